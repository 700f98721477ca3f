import { expect } from "chai";
import {
  ARG,
  toAmount,
  toKinds,
  toNumber,
  toOptionalYear,
  toOptions,
  toRate,
  toShare,
  toText,
  toYear,
} from "../../src/core/input";
import { lookupUnit } from "../../src/core/units";
import { errorOf, value } from "../support/seeds";

describe("input coercion: what a cell or a command line holds", () => {
  it("reads numbers, numeric text, full-width digits, thousands separators and percentages", () => {
    expect(value(toNumber(350, ARG.value))).to.equal(350);
    expect(value(toNumber("350", ARG.value))).to.equal(350);
    expect(value(toNumber("３５０", ARG.value))).to.equal(350);
    expect(value(toNumber(" 1,200.5 ", ARG.value))).to.equal(1200.5);
    expect(value(toNumber("8%", ARG.rate))).to.be.closeTo(0.08, 1e-15);
  });

  it("refuses text that is not a number, booleans and non-finite numbers", () => {
    expect(errorOf(toNumber("三百", ARG.value)).code).to.equal("NOT_A_NUMBER");
    expect(errorOf(toNumber(true, ARG.value)).code).to.equal("NOT_A_NUMBER");
    expect(errorOf(toNumber(Number.NaN, ARG.value)).code).to.equal("NOT_A_NUMBER");
    expect(errorOf(toNumber(Infinity, ARG.value)).code).to.equal("NOT_A_NUMBER");
    expect(errorOf(toNumber("", ARG.value)).code).to.equal("MISSING_ARGUMENT");
  });

  it('reads years as 2025, "2025", "2025年", "２０２５年底"', () => {
    for (const typed of [2025, "2025", "2025年", "２０２５年底", " 2025 "])
      expect(value(toYear(typed, ARG.year))).to.equal(2025);
    expect(errorOf(toYear("二〇二五", ARG.year)).code).to.equal("NOT_A_YEAR");
    expect(errorOf(toYear(2025.5, ARG.year)).code).to.equal("NOT_A_YEAR");
    expect(value(toOptionalYear(null, ARG.year))).to.equal(null);
    expect(errorOf(toYear("abc", ARG.year)).message.zh).to.equal("年份应为年份（如2025或“2025年”），收到“abc”");
  });

  it("reads names as trimmed text and numbers as their text", () => {
    expect(value(toText(" 内蒙古 ", ARG.region))).to.equal("内蒙古");
    expect(value(toText(4, ARG.plan))).to.equal("4");
    expect(errorOf(toText([["a"]], ARG.region)).code).to.equal("NOT_TEXT");
  });
});

describe("input coercion: the rate and share rules", () => {
  const percent = lookupUnit("%")!;
  const yuan = lookupUnit("亿元")!;

  it("reads a rate as 0.08 or 8%, and refuses a bare number above 1 with both ways to write it", () => {
    expect(value(toRate(0.08, ARG.rate))).to.equal(0.08);
    expect(value(toRate("８％", ARG.rate))).to.equal(0.08);
    expect(value(toRate("150%", ARG.rate))).to.equal(1.5);
    expect(value(toRate(-1, ARG.rate))).to.equal(-1);
    for (const bare of [8, "8", " 8 ", -5, 1.5, "1,200"]) {
      expect(errorOf(toRate(bare, ARG.rate)).code, String(bare)).to.equal("RATE_WITHOUT_PERCENT_SIGN");
    }
    expect(errorOf(toRate(7.3, ARG.rate)).message.zh).to.equal("增长率“7.3”应写作7.3%或0.073");
    expect(errorOf(toRate("abc", ARG.rate)).code).to.equal("NOT_A_NUMBER");
  });

  it("reads a percentage metric's value as Excel holds it, in the plan's number, without binary noise", () => {
    expect(value(toAmount(0.35, percent, ARG.current))).to.equal(35);
    expect(value(toAmount("35%", percent, ARG.current))).to.equal(35);
    expect(value(toAmount(0.29, percent, ARG.current))).to.equal(29);
    expect(value(toAmount(0.07, percent, ARG.current))).to.equal(7);
    expect(value(toAmount(1, percent, ARG.current))).to.equal(100);
    expect(value(toAmount(35, yuan, ARG.current))).to.equal(35);
    expect(errorOf(toAmount(35, percent, ARG.current)).message.zh).to.equal("该指标以%计，当前值“35”应写作35%或0.35");
    expect(errorOf(toShare("35", ARG.base)).message.en).to.equal(
      'The baseline "35" must be written as 35% or 0.35 (the metric is a percentage)',
    );
  });

  it("reads kinds by id or label and a filter only as an object", () => {
    expect(value(toKinds(["上限", "target"], ARG.kind))).to.deep.equal(["cap", "target"]);
    expect(value(toKinds(null, ARG.kind))).to.equal(null);
    expect(errorOf(toKinds([{}], ARG.kind)).code).to.equal("NOT_TEXT");
    expect(errorOf(toKinds("甚么", ARG.kind)).code).to.equal("UNKNOWN_KIND");
    expect(value(toOptions(undefined, ARG.filter, "{}"))).to.deep.equal({});
    expect(errorOf(toOptions([1], ARG.filter, "{}")).code).to.equal("NOT_AN_OBJECT");
  });
});

describe("input coercion: bad input stays cheap", () => {
  it("refuses a 131,071-digit argument with the ordinary error (the number scan cannot backtrack)", () => {
    // `npm run bench` times the 32,767-character case (Excel's longest cell text); here only the answer.
    const long = "1".repeat(131070) + "x";
    const error = errorOf(toNumber(long, ARG.value));
    expect(error.code).to.equal("NOT_A_NUMBER");
    expect(error.message.zh.startsWith("数值应为数字，收到“111")).to.equal(true);
    // All digits: a number too large to be finite is refused the same way.
    expect(errorOf(toNumber("1".repeat(131071), ARG.value)).code).to.equal("NOT_A_NUMBER");
  });

  it("still reads every form the scan allows and refuses the near misses", () => {
    const read = (text: string): number | null => {
      const result = toNumber(text, ARG.value);
      return result.ok ? result.value : null;
    };
    expect(read("1.5e3")).to.equal(1500);
    expect(read("-.5")).to.equal(-0.5);
    expect(read("+3.")).to.equal(3);
    expect(read("12.5%")).to.equal(0.125);
    for (const bad of ["1e", ".", "1.2.3", "%", "1%%", "e5", "--1"]) expect(read(bad), bad).to.equal(null);
  });
});
