/**
 * From a compiled snapshot (index + table and plan texts) to a dataset, on the add-in's start path: no zod and no
 * documents, only a cheap integrity check (files present, JSON, ids, record counts, regions and units known), since
 * the content was verified completely when it was published (the build) or downloaded (a refresh). A stored
 * snapshot is first checked against its sha256s (`verifySnapshotFiles`).
 */
import { Catalog } from "../core/catalog";
import type { Dataset } from "../core/dataset";
import type { Aliases, Plan, Region } from "../core/schema";
import { lookupUnit } from "../core/units";
import { snapshotFiles, type DatasetSnapshot } from "./compiled";
import { sha256Hex, utf8 } from "./digest";
import { datasetIssue, type DatasetIssue } from "./issues";

export type SnapshotResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly catalog: Catalog }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

const PLAN_ID = { zh: "规划编号", en: "plan id" };
const RECORD_COUNT = { zh: "记录条数", en: "record count" };

function parse(snapshot: DatasetSnapshot, file: string, issues: DatasetIssue[]): Record<string, unknown> | null {
  const text = snapshot.files[file];
  if (text === undefined) {
    issues.push(datasetIssue("FILE_MISSING", { file }));
    return null;
  }
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === "object" && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
    issues.push(datasetIssue("BAD_SHAPE", { file }, { field: "(root)" }));
  } catch (error) {
    issues.push(
      datasetIssue(
        "INVALID_JSON",
        { file },
        { line: null, column: null, detail: error instanceof Error ? error.message : String(error) },
      ),
    );
  }
  return null;
}

/** The dataset of a snapshot and its catalogue, or every integrity issue found. */
export function catalogFromSnapshot(snapshot: DatasetSnapshot): SnapshotResult {
  const { index } = snapshot;
  const issues: DatasetIssue[] = [];
  const regionsFile = parse(snapshot, index.tables.regions.file, issues);
  const aliasesFile = parse(snapshot, index.tables.aliases.file, issues);
  const regions = regionsFile?.regions;
  if (regionsFile && !Array.isArray(regions)) {
    issues.push(datasetIssue("BAD_SHAPE", { file: index.tables.regions.file }, { field: "regions" }));
  }
  for (const table of ["metrics", "sectors"] as const) {
    if (aliasesFile && (typeof aliasesFile[table] !== "object" || aliasesFile[table] === null)) {
      issues.push(datasetIssue("BAD_SHAPE", { file: index.tables.aliases.file }, { field: table }));
    }
  }
  const regionNames = new Set(Array.isArray(regions) ? regions.map((r) => (r as Region).name) : []);

  const plans: Plan[] = [];
  const recordIds = new Set<string>();
  for (const ref of index.plans) {
    const plan = parse(snapshot, ref.file, issues);
    if (!plan) continue;
    const file = ref.file;
    const records = plan.records;
    if (plan.id !== ref.id) {
      issues.push(
        datasetIssue(
          "INDEX_MISMATCH",
          { file, field: "id" },
          {
            what: PLAN_ID,
            expected: ref.id,
            actual: String(plan.id),
          },
        ),
      );
    }
    if (!Array.isArray(records)) {
      issues.push(datasetIssue("BAD_SHAPE", { file, field: "records" }, { field: "records" }));
      continue;
    }
    if (records.length !== ref.records) {
      const counts = { what: RECORD_COUNT, expected: String(ref.records), actual: String(records.length) };
      issues.push(datasetIssue("INDEX_MISMATCH", { file, field: "records" }, counts));
    }
    if (!regionNames.has(String(plan.region))) {
      issues.push(datasetIssue("REGION_UNKNOWN", { file, field: "region" }, { region: String(plan.region) }));
    }
    for (const record of records as Plan["records"]) {
      const where = { file, record: String(record?.id), field: "unit" };
      if (typeof record?.id !== "string" || recordIds.has(record.id)) {
        issues.push(datasetIssue("RECORD_ID_TWICE", { ...where, field: "id" }));
      } else {
        recordIds.add(record.id);
      }
      if (!lookupUnit(String(record?.unit)))
        issues.push(datasetIssue("UNKNOWN_UNIT", where, { unit: String(record?.unit) }));
    }
    plans.push(plan as unknown as Plan);
  }
  if (issues.length > 0) return { ok: false, issues };
  const dataset: Dataset = {
    version: index.version,
    published: index.generated,
    regions: regions as Region[],
    aliases: aliasesFile as unknown as Aliases,
    plans: plans.sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { ok: true, dataset, catalog: new Catalog(dataset) };
}

/** Every file of a snapshot against the size and sha256 its index gives: the check of a stored dataset. */
export async function verifySnapshotFiles(snapshot: DatasetSnapshot): Promise<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  for (const ref of snapshotFiles(snapshot.index)) {
    const text = snapshot.files[ref.file];
    if (typeof text !== "string") {
      issues.push(datasetIssue("FILE_MISSING", { file: ref.file }));
      continue;
    }
    const bytes = utf8(text);
    const actual = await sha256Hex(bytes);
    if (bytes.length !== ref.bytes || actual !== ref.sha256) {
      issues.push(datasetIssue("HASH_MISMATCH", { file: ref.file }, { expected: ref.sha256, actual }));
    }
  }
  return issues;
}
