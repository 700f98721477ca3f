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
