import { expect } from "chai";
import { ARG, toNumber, toOptionalYear, toText, toYear } from "../../src/core/input";
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
