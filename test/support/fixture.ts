/** A small synthetic dataset for rules that the seeds do not exercise (supersession, ties, baselines). */
import type { Catalog } from "../../src/core/catalog";
import type { PlanInput } from "../../src/core/schema";
import { catalogFrom } from "../../src/data/catalog-from";
import { formatIssue } from "../../src/data/validate";

export const FIXTURE_DOCUMENT = [
  "到2025年，甲材料产值达到100亿元。", // 1
  "2020年甲材料产值50亿元。", // 2
  "到2025年，甲材料产值达到120亿元左右。", // 3
  "到2025年，甲材料产值达到100亿元。", // 4
].join("\n");

type RecordInput = PlanInput["records"][number];

export function fixtureRecord(
  id: string,
  line: number,
  quote: string,
  value: number,
  overrides: Partial<RecordInput> = {},
): RecordInput {
  return {
    id,
    line,
    quote,
    sector: ["材料", "甲材料"],
    metric: "产值",
    kind: "target",
    year: 2025,
    yearBasis: "stated",
    value,
    unit: "亿元",
    ...overrides,
  };
}

export function fixturePlan(id: string, records: RecordInput[], overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    id,
    title: `测试规划${id}`,
    document: "900_0000000000000000.txt",
    lines: [1, 4],
    region: "测试省",
    period: { start: 2021, end: 2025 },
    baseYear: 2020,
    records,
    ...overrides,
  };
}

export function fixtureCatalog(plans: PlanInput[]): Catalog {
  const built = catalogFrom({
    version: "fixture",
    regions: { regions: [{ name: "测试省", code: "990000", iso: "CN-ZZ", aliases: ["测试"] }] },
    aliases: { metrics: {}, sectors: {} },
    plans: plans.map((content) => ({ file: `${content.id}.json`, content })),
    documents: { "900_0000000000000000.txt": FIXTURE_DOCUMENT },
  });
  if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "en")).join("\n"));
  return built.catalog;
}
