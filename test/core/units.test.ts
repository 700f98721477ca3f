import { expect } from "chai";
import { convert, lookupUnit, resolveUnit } from "../../src/core/units";
import { errorOf, value } from "../support/seeds";

describe("units: canonical forms and conversion", () => {
  it("knows the scale of 万吨, 亿元 and a bare 亿", () => {
    expect(lookupUnit("万吨")).to.include({ dimension: "mass", base: "吨", factor: 1e4 });
    expect(lookupUnit("亿元")).to.include({ dimension: "money", base: "元", factor: 1e8 });
    expect(lookupUnit("亿")).to.include({ canonical: "亿元", factor: 1e8 });
  });

  it("folds spelling variants: ％, 亿平米, 台（套）", () => {
    expect(lookupUnit("％")?.canonical).to.equal("%");
    expect(lookupUnit("亿平米")?.canonical).to.equal("亿平方米");
    expect(lookupUnit("台（套）")?.canonical).to.equal("台套");
  });

  it("converts within a dimension: 吨 ↔ 万吨, 元 ↔ 万元 ↔ 亿元", () => {
    expect(value(convert(1, "万吨", "吨"))).to.equal(10000);
    expect(value(convert(25000, "吨", "万吨"))).to.equal(2.5);
    expect(value(convert(1, "亿元", "万元"))).to.equal(10000);
    expect(value(convert(350, "亿元", "元"))).to.equal(3.5e10);
    expect(value(convert(3, "万千瓦", "兆瓦"))).to.equal(30);
  });

  it("refuses to convert across dimensions with a Chinese message", () => {
    const error = errorOf(convert(1, "亿元", "万吨"));
    expect(error.code).to.equal("UNIT_MISMATCH");
    expect(error.category).to.equal("invalid");
    expect(error.message.zh).to.equal("单位“亿元”（金额）不能换算为“万吨”（质量）");
  });

  it("does not convert between different counted things (个 → 家)", () => {
    expect(errorOf(convert(1, "个", "家")).code).to.equal("UNIT_MISMATCH");
  });

  it("reads a rate of two known units (万元/人, 台/万人) and converts it only to the same rate", () => {
    expect(lookupUnit("万元/人")).to.include({ canonical: "万元/人", dimension: "specific", base: "元/人" });
    expect(lookupUnit("台/万人")).to.include({ canonical: "台/万人", base: "台/人" });
    expect(value(convert(3.5, "万元/人", "元/人"))).to.equal(35000);
    expect(errorOf(convert(1, "万元/人", "万元")).code).to.equal("UNIT_MISMATCH");
    expect(lookupUnit("万吨/年")?.canonical, "a table row wins").to.equal("万吨");
    expect(lookupUnit("%/人")).to.equal(undefined);
    expect(lookupUnit("万元/人/年")).to.equal(undefined);
  });

  it("names an unknown unit and suggests a close one", () => {
    const error = errorOf(resolveUnit("万顿"));
    expect(error.code).to.equal("UNKNOWN_UNIT");
    expect(error.suggestions.length).to.be.greaterThan(0);
  });
});
