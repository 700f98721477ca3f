/**
 * From proposals to a plan file: proposalsToPlan builds a plan in the seeds schema with the text as its document,
 * which buildDataset accepts beside the seeds and the catalogue answers from. User plan ids are U + digits.
 */
import { expect } from "chai";
import { Catalog } from "../../src/core/catalog";
import { curationIssues } from "../../src/core/curation";
import { userDocumentName } from "../../src/data/user-plan-id";
import { extractProposals, proposalsToPlan, type Proposal } from "../../src/extract";
import { PlanSchema, type PlanInput } from "../../src/core/schema";
import { buildDataset, formatIssue, type RawDataset } from "../../src/data/validate";
import { readSeeds } from "../../src/node/seeds";
import { seedDataset } from "../support/seeds";
import { FIXTURES } from "./extract-fixtures";
import { REPORTED } from "./extract-reported";

const PERIOD = { start: 2021, end: 2025 };

function extracted(text: string, title: string): Proposal[] {
  const result = extractProposals(text, { title, region: "江西省", period: PERIOD });
  if (!result.ok) throw new Error(result.error.message.zh);
  return [...result.value.proposals];
}

function userPlan(id: string, text: string, title: string): PlanInput {
  return proposalsToPlan(extracted(text, title), {
    id,
    title,
    region: "江西省",
    period: PERIOD,
    document: userDocumentName(id, text),
    text,
  });
}

/** The seeds plus user plans, their texts as documents. */
function withUserPlans(...plans: Array<{ plan: PlanInput; text: string }>): RawDataset {
  const seeds = readSeeds();
  const documents = { ...seeds.documents };
  for (const { plan, text } of plans) documents[plan.document] = text;
  return {
    ...seeds,
    version: "test",
    plans: [...seeds.plans, ...plans.map(({ plan }) => ({ file: `${plan.id}.json`, content: plan }))],
    documents,
  };
}

describe("extract: proposalsToPlan", () => {
  const dataset = seedDataset();
  const plan004 = dataset.plans.find((p) => p.id === "004")!;
  const text004 = dataset.documents![plan004.document]!.join("\n");

  it("builds a plan that buildDataset accepts with its text as the document", () => {
    const plan = userPlan("U001", text004, "江西省“十四五”新材料产业高质量发展规划");
    const built = buildDataset(withUserPlans({ plan, text: text004 }));
    expect(built.ok, built.ok ? "" : built.issues.map((issue) => formatIssue(issue, "zh")).join("\n")).to.equal(true);
    expect(plan.records.length).to.be.greaterThan(20);
    expect(plan).to.deep.include({ id: "U001", region: "江西省", lines: [1, 196], baseYear: 2020 });
  });

  it("builds plans from the excerpts of other provinces' styles too", () => {
    const plans = FIXTURES.map((fixture, i) => {
      const id = `U00${i + 2}`;
      return { plan: userPlan(id, fixture.text, fixture.context.title ?? fixture.name), text: fixture.text };
    });
    const built = buildDataset(withUserPlans(...plans));
    expect(built.ok, built.ok ? "" : built.issues.map((issue) => formatIssue(issue, "zh")).join("\n")).to.equal(true);
  });

  it("builds plans from reported texts too: baselines of achieved growth, projects, restated figures", () => {
    const plans = REPORTED.map((reported, i) => {
      const id = `U${100 + i}`;
      return { plan: userPlan(id, reported.text, reported.context.title ?? reported.name), text: reported.text };
    });
    expect(plans.flatMap(({ plan }) => plan.records).some((r) => r.kind === "baseline" && r.growth !== null)).to.equal(
      true,
    );
    const built = buildDataset(withUserPlans(...plans));
    expect(built.ok, built.ok ? "" : built.issues.map((issue) => formatIssue(issue, "zh")).join("\n")).to.equal(true);
  });

  it("numbers records <planId>-L<line>-<n> from the left of each line, uniquely", () => {
    const text = "到2025年，产值达到350亿元，产能突破20万吨。\n培育龙头企业10家。";
    const plan = userPlan("U007", text, "测试规划");
    const ids = plan.records.map((r) => r.id);
    expect(ids).to.deep.equal(["U007-L1-1", "U007-L1-2", "U007-L2-1"]);
    const shuffled = proposalsToPlan([...extracted(text, "测试规划")].reverse(), {
      id: "U007",
      title: "测试规划",
      region: "江西省",
      period: PERIOD,
      document: userDocumentName("U007", text),
      text,
    });
    expect(shuffled.records.map((r) => [r.id, r.value])).to.deep.equal(plan.records.map((r) => [r.id, r.value]));
  });

  it("passes the curation checks: qualifier words agree with bound and 力争", () => {
    const plan = userPlan("U001", text004, "江西省“十四五”新材料产业高质量发展规划");
    const built = buildDataset(withUserPlans({ plan, text: text004 }));
    if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "zh")).join("\n"));
    const issues = curationIssues(built.dataset).filter((i) => i.record.startsWith("U001"));
    expect(issues).to.deep.equal([]);
  });

  it("is answered by the catalogue like a seed plan", () => {
    const text = "（一）稀土新材料。到2025年，稀土新材料产值达到900亿元。";
    const plan = userPlan("U009", text, "江西省稀土产业发展方案");
    const built = buildDataset(withUserPlans({ plan, text }));
    if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "zh")).join("\n"));
    const answer = new Catalog(built.dataset).target({
      region: "江西",
      sector: "稀土新材料",
      metric: "产值",
      plan: "U009",
    });
    expect(answer.ok && answer.value.entry.record.value).to.equal(900);
  });

  it("is refused by buildDataset when a record no longer matches its text (the check can fail)", () => {
    const text = "到2025年，产值达到350亿元。";
    const plan = userPlan("U010", text, "测试规划");
    const built = buildDataset(withUserPlans({ plan, text: text.replace("350", "360") }));
    expect(built.ok).to.equal(false);
  });
});

describe("schema: user plan ids", () => {
  const base = { title: "用户规划", region: "江西省", period: PERIOD, baseYear: 2020, lines: [1, 1], records: [] };

  it("accepts U + digits beside the seeds' ids, and their document names", () => {
    for (const id of ["U001", "U123456", "000", "001D", "1234", "1234A"]) {
      const document = /^U/.test(id) ? userDocumentName(id, "文本") : "000_7fb2c2560672e87d.txt";
      expect(PlanSchema.safeParse({ ...base, id, document }).success, id).to.equal(true);
    }
  });

  it("refuses ids that are neither", () => {
    for (const id of ["U01", "u001", "X001", "001J", "U001A", "00001", "01"]) {
      const document = userDocumentName("U001", "文本");
      expect(PlanSchema.safeParse({ ...base, id, document }).success, id).to.equal(false);
    }
    expect(PlanSchema.safeParse({ ...base, id: "U001", document: "U001_xyz.txt" }).success).to.equal(false);
  });

  it("names a user document by its content: stable, and different for different texts", () => {
    expect(userDocumentName("U001", "甲")).to.match(/^U001_[0-9a-f]{16}\.txt$/);
    expect(userDocumentName("U001", "甲")).to.equal(userDocumentName("U001", "甲"));
    expect(userDocumentName("U001", "甲")).not.to.equal(userDocumentName("U001", "乙"));
  });
});
