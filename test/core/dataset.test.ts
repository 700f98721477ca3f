import { expect } from "chai";
import { valueTexts } from "../../src/core/dataset";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_RULES_ZH } from "../../src/data/schema-issues";
import { buildDataset, formatIssue, type RawDataset } from "../../src/data/validate";
import { readSeeds } from "../../src/node/seeds";
import { seedDataset } from "../support/seeds";

function withPlan(
  mutate: (plan: Record<string, unknown> & { records: Array<Record<string, unknown>> }) => void,
): RawDataset {
  const raw = readSeeds();
  const plans = raw.plans.map((p) => ({ file: p.file, content: structuredClone(p.content) }));
  const target = plans.find((p) => p.file === "002.json")!;
  mutate(target.content as Record<string, unknown> & { records: Array<Record<string, unknown>> });
  return { ...raw, plans };
}

describe("dataset: the bundled seeds", () => {
  it("validate against the schema and their documents", () => {
    const built = buildDataset(readSeeds());
    expect(built.ok, built.ok ? "" : built.issues.map((i) => formatIssue(i, "en")).join("\n")).to.equal(true);
  });

  it("have every quote verbatim on its cited line, containing its value", () => {
    const dataset = seedDataset();
    let checked = 0;
    for (const plan of dataset.plans) {
      const lines = dataset.documents![plan.document]!;
      for (const record of plan.records) {
        const line = lines[record.line - 1];
        expect(line, `${record.id}: line ${record.line}`).to.be.a("string");
        expect(line!.includes(record.quote), `${record.id}: quote not on line ${record.line}`).to.equal(true);
        for (const text of valueTexts(record)) expect(record.quote, record.id).to.include(text);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(100);
  });

  it("copy the five source documents verbatim, one plan file per plan", () => {
    const dataset = seedDataset();
    expect(Object.keys(dataset.documents!)).to.have.length(5);
    const ids = dataset.plans.map((p) => p.id);
    expect(ids).to.include.members(["000", "002", "003"]);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe("dataset: a bad file is named with its record and field", () => {
  it("reports a wrong type with file, record id and field", () => {
    const built = buildDataset(withPlan((plan) => (plan.records[0]!.value = "350")));
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    const issue = built.issues[0]!;
    expect(issue.file).to.equal("002.json");
    expect(issue.record).to.equal("002-L17-1");
    expect(issue.field).to.equal("value");
  });

  it("reports a quote that is not on its line", () => {
    const built = buildDataset(withPlan((plan) => (plan.records[0]!.quote = "产业总体规模力争突破600亿元")));
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    expect(built.issues.map((i) => formatIssue(i, "en")).join()).to.match(/002\.json, record 002-L17-1, field quote/);
    expect(built.issues.map((i) => formatIssue(i, "zh")).join()).to.include(
      "002.json，记录 002-L17-1，字段 quote：引文不在第17行原文中：“产业总体规模力争突破600亿元”",
    );
  });

  it("reports a quote that does not show the value", () => {
    const built = buildDataset(withPlan((plan) => (plan.records[0]!.value = 501)));
    expect(built.ok).to.equal(false);
    if (!built.ok) expect(built.issues[0]!.field).to.equal("value");
  });

  it("reports an unknown unit, an unknown region and a dangling sameAs", () => {
    const built = buildDataset(
      withPlan((plan) => {
        plan.records[0]!.unit = "亿斤";
        plan.region = "火星省";
        plan.records[1]!.sameAs = ["000-L999-1"];
      }),
    );
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    const fields = built.issues.map((i) => i.field);
    expect(fields).to.include.members(["unit", "region", "sameAs"]);
  });

  it("reports an exclusion that no longer matches its line", () => {
    const built = buildDataset(
      withPlan((plan) =>
        (plan.exclusions as Array<Record<string, unknown>>).push({ line: 4, text: "2099年", reason: "date" }),
      ),
    );
    expect(built.ok).to.equal(false);
    if (!built.ok) expect(built.issues[0]!.message.en).to.match(/no longer matches/);
  });

  it("reports a record id used twice", () => {
    const built = buildDataset(withPlan((plan) => plan.records.push({ ...plan.records[0]! })));
    expect(built.ok).to.equal(false);
    if (!built.ok) expect(built.issues[0]!.message.en).to.match(/used twice/);
  });
});

describe("dataset: issues in the reader's language", () => {
  it("says every issue in Chinese, and in English on request, from one table", () => {
    const built = buildDataset(
      withPlan((plan) => {
        plan.records[0]!.unit = "亿斤";
        plan.region = "火星省";
        plan.records[1]!.sameAs = ["000-L999-1"];
      }),
    );
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    const zh = built.issues.map((i) => formatIssue(i, "zh"));
    expect(zh).to.include("002.json，字段 region：地区“火星省”不在 regions.json 中");
    expect(zh.join("\n")).to.include("未知单位“亿斤”");
    expect(zh.join("\n")).to.include("没有记录000-L999-1");
    // Chinese output says no English sentence: no run of three Latin words.
    for (const line of zh) expect(line, line).to.not.match(/[a-z]+ [a-z]+ [a-z]+/i);
    expect(built.issues.map((i) => formatIssue(i, "en"))).to.include(
      '002.json, field region: region "火星省" is not in regions.json',
    );
  });

  it("gives schema issues zod's Chinese and a plain word for a missing field", () => {
    const built = buildDataset(
      withPlan((plan) => {
        delete (plan as Record<string, unknown>).title;
        plan.records[0]!.value = "350";
      }),
    );
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    const zh = built.issues.map((i) => formatIssue(i, "zh"));
    expect(zh).to.include("002.json，字段 title：缺少该字段（应为string）");
    expect(zh.find((l) => l.includes("记录 002-L17-1，字段 value"))).to.match(/无效输入：期望 数字/);
  });

  it("translates every custom rule of the schema", () => {
    const source = readFileSync(join(__dirname, "..", "..", "src", "core", "schema.ts"), "utf8");
    const rules = [...source.matchAll(/addIssue\(\{[^}]*message: "([^"]+)"/g)].map((m) => m[1]!);
    expect(rules.length).to.be.greaterThan(3);
    for (const rule of rules) expect(SCHEMA_RULES_ZH[rule], rule).to.be.a("string");
  });
});
