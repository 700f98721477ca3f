/** The word tables drive the curation checks: qualifier words, bounds and 力争 agree on every seed record. */
import { expect } from "chai";
import { curationIssues, qualifierIssues } from "../../src/core/curation";
import type { PlanRecord } from "../../src/core/schema";
import { BOUND_WORDS, boundOfWord, findYearPhrase } from "../../src/core/words";
import { seedDataset, value } from "../support/seeds";
import { seedCatalog } from "../support/seeds";

describe("word tables and the curation checks", () => {
  it("every seed record's qualifiers are known words that agree with its bound and 力争", () => {
    expect(curationIssues(seedDataset()).map((i) => `${i.record}: ${i.message}`)).to.deep.equal([]);
  });

  it("catches a bound that contradicts its words, an unknown word and a 力争 not flagged (the check can fail)", () => {
    const record = value(seedCatalog().record("002-L17-1")).record;
    const wrong: PlanRecord = {
      ...record,
      bound: "le",
      qualifiers: [...record.qualifiers, "大约"],
      aspiration: !record.aspiration,
    };
    const issues = qualifierIssues(wrong);
    expect(issues.some((m) => m.includes("大约"))).to.equal(true);
    expect(issues.some((m) => m.startsWith("bound 为 le"))).to.equal(true);
    expect(issues.some((m) => m.startsWith("aspiration"))).to.equal(true);
  });

  it("maps bound words to bounds: 以上 ≥, 突破 >, 左右 ≈, 以内 ≤, 低于 <", () => {
    expect(["以上", "突破", "左右", "以内", "低于", "达到", "约束"].map(boundOfWord)).to.deep.equal([
      "ge",
      "gt",
      "approx",
      "le",
      "lt",
      null,
      null,
    ]);
    const all = Object.values(BOUND_WORDS).flat();
    expect(new Set(all).size, "a word belongs to one bound").to.equal(all.length);
  });

  it("reads year phrases: 到2025年, “十四五”末, 2022年底前, 三年内, 每年, “十四五”期间", () => {
    const period = { start: 2021, end: 2025 };
    const read = (text: string) => {
      const found = findYearPhrase(text, period);
      return found && [found.basis, found.year];
    };
    expect(read("到2025年，稀土新材料产值达到350亿元")).to.deep.equal(["stated", 2025]);
    expect(read("“十四五”末，产值翻一番")).to.deep.equal(["fyp_end", 2025]);
    expect(read("2022年底前完成改造")).to.deep.equal(["deadline", 2022]);
    expect(read("用三年时间培育10家企业")).to.deep.equal(["relative", 2023]);
    expect(read("每年选择2-4个盟市")).to.deep.equal(["recurring", null]);
    expect(read("“十四五”期间新增产能100万吨")).to.deep.equal(["period", 2025]);
    expect(read("产值达到350亿元")).to.equal(null);
  });
});
