/** The word tables drive the curation checks: qualifier words, bounds and 力争 agree on every seed record. */
import { expect } from "chai";
import { curationIssues, qualifierIssues, sameLineIssues, yearSourceIssues } from "../../src/core/curation";
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

describe("curation checks for scope and year source (issue 17 audit)", () => {
  const catalog = seedCatalog();
  const plan = (id: string) => catalog.dataset.plans.find((p) => p.id === id)!;

  it("two targets of one line on one node, metric and year must differ in scope; the seeds' two PUE scopes and two belts do", () => {
    expect(sameLineIssues(plan("001F"))).to.deep.equal([]);
    expect(sameLineIssues(plan("004"))).to.deep.equal([]);
    const belts = plan("004");
    const oneNode = {
      ...belts,
      records: belts.records.map((r) =>
        r.id === "004-L28-8" ? { ...r, sector: ["新材料", "京九（江西）新材料产业带"] } : r,
      ),
    };
    expect(sameLineIssues(oneNode).map((i) => i.record)).to.deep.equal(["004-L28-8"]);
  });

  it("an inherited year must be named on its line or a line its note cites; a base_year is the plan's base year", () => {
    const jiangxi = plan("004");
    const lines = catalog.dataset.documents![jiangxi.document]!;
    expect(yearSourceIssues(jiangxi, lines)).to.deep.equal([]);
    const asInherited = {
      ...jiangxi,
      records: jiangxi.records.map((r) => (r.id === "004-L191-2" ? { ...r, yearBasis: "inherited" as const } : r)),
    };
    expect(yearSourceIssues(asInherited, lines).map((i) => i.record)).to.deep.equal(["004-L191-2"]);
    const wrongBase = {
      ...jiangxi,
      records: jiangxi.records.map((r) => (r.id === "004-L191-2" ? { ...r, year: 2021 } : r)),
    };
    expect(yearSourceIssues(wrongBase, lines).map((i) => i.record)).to.deep.equal(["004-L191-2"]);
  });

  it("001F's two PUE scopes are distinct figures, not conflicting versions of the table's 1.3—1.25", () => {
    const table = value(
      catalog.target({ region: "内蒙古", sector: "工业数字化基础设施", metric: "数据中心PUE值", plan: "001F" }),
    );
    expect(table.entry.record.valueMax).to.equal(1.3);
    const named = [...table.others, ...table.agreeing].map((e) => e.record.id);
    expect(named).to.not.include.members(["001F-L548-3"]);
    expect(named).to.not.include("001F-L548-4");
    for (const [scope, id] of [
      ["数据中心PUE值（算力枢纽节点范围内）", "001F-L548-3"],
      ["数据中心PUE值（算力枢纽节点以外地区）", "001F-L548-4"],
    ] as const) {
      const answer = value(catalog.target({ region: "内蒙古", sector: "工业数字化基础设施", metric: scope }));
      expect(answer.entry.record.id).to.equal(id);
      expect(answer.others).to.deep.equal([]);
    }
  });

  it("004's two belts (京九, 沪昆) are two sector nodes, each reachable by its name", () => {
    for (const [belt, id] of [
      ["京九（江西）新材料产业带", "004-L28-7"],
      ["沪昆（江西）新材料产业带", "004-L28-8"],
    ] as const) {
      const answer = value(catalog.target({ region: "江西", sector: belt, metric: "产业带规模" }));
      expect(answer.entry.record.id).to.equal(id);
      expect(answer.others).to.deep.equal([]);
    }
  });

  it("004-L191-2 (居全国第7位, no year in the text) is dated by the plan's base year, not as inherited", () => {
    const entry = value(catalog.record("004-L191-2"));
    expect(entry.record.yearBasis).to.equal("base_year");
    expect(entry.record.year).to.equal(entry.plan.baseYear);
  });
});
