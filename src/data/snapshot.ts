/**
 * From a compiled snapshot (index + table and shard texts) to a dataset, on the add-in's start path: no zod and no
 * documents, only a cheap integrity check (files present, JSON, ids, record counts, regions and units known), since
 * the content was verified completely when it was published (the build) or downloaded (a refresh). A stored
 * snapshot is first checked against its sha256s (`verifySnapshotFiles`).
 */
import { Catalog } from "../core/catalog";
import type { Dataset, RegionAbsence } from "../core/dataset";
import type { Bilingual } from "../core/locale";
import type { Aliases, Plan, Region } from "../core/schema";
import { lookupUnit } from "../core/units";
import {
  holds,
  readShard,
  snapshotFiles,
  type DatasetSnapshot,
  type IndexedShard,
  type ShardContent,
} from "./compiled";
import { sha256Hex, utf8 } from "./digest";
import { datasetIssue, type DatasetIssue } from "./issues";

export type SnapshotResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly catalog: Catalog }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

const REGION = { zh: "地区", en: "region" };
const RECORD_COUNT = { zh: "记录条数", en: "record count" };
const PLAN_COUNT = { zh: "规划个数", en: "plan count" };

function parse(
  snapshot: Pick<DatasetSnapshot, "files">,
  file: string,
  issues: DatasetIssue[],
): Record<string, unknown> | null {
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

/**
 * Shards read lately, by file: a catalogue is rebuilt over every shard held each time one more region loads, and
 * parsing the others again would cost more than the new one. The text is compared, so a changed file is read anew.
 */
const readShards = new Map<string, { readonly text: string; readonly content: ShardContent }>();
const READ_SHARDS_KEPT = 64;

/** A shard now held parsed only: its text is let go. */
export function forgetShardText(file: string): void {
  readShards.delete(file);
}

/** A shard's text just parsed elsewhere (a download's JSON check): later reads of the same text reuse it. */
export function rememberShard(shard: IndexedShard, text: string, json: unknown): void {
  const read = readShard(shard, json);
  if (read.ok) keepRead(shard.file, text, read.content);
}

function keepRead(file: string, text: string, content: ShardContent): void {
  if (readShards.size >= READ_SHARDS_KEPT) readShards.delete(readShards.keys().next().value!);
  readShards.set(file, { text, content });
}

/** The plans of a shard held in a snapshot, their shape checked; null (and the issue) when it cannot be read. */
export function shardOf(
  snapshot: Pick<DatasetSnapshot, "files" | "parsed">,
  shard: IndexedShard,
  issues: DatasetIssue[],
): ShardContent | null {
  const parsed = snapshot.parsed?.[shard.file];
  if (parsed) return parsed;
  const text = snapshot.files[shard.file];
  const known = readShards.get(shard.file);
  if (known && text !== undefined && known.text === text) return known.content;
  const json = parse(snapshot, shard.file, issues);
  if (!json) return null;
  const read = readShard(shard, json);
  if (!read.ok) {
    issues.push(datasetIssue("BAD_SHAPE", { file: shard.file }, { field: read.field }));
    return null;
  }
  keepRead(shard.file, text!, read.content);
  return read.content;
}

/**
 * The dataset of a snapshot and its catalogue, or every integrity issue found. Regions whose shards the snapshot
 * does not hold are absent (loaded on first use), or failed with the reason `failed` gives.
 */
export function catalogFromSnapshot(
  snapshot: DatasetSnapshot,
  failed: ReadonlyMap<string, Bilingual> = new Map(),
): SnapshotResult {
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
  const absent = new Map<string, RegionAbsence>();
  for (const shard of index.shards) {
    if (!regionNames.has(shard.region)) {
      issues.push(datasetIssue("REGION_UNKNOWN", { file: shard.file, field: "region" }, { region: shard.region }));
      continue;
    }
    if (!holds(snapshot, shard.file)) {
      const why = failed.get(shard.region);
      const records = (absent.get(shard.region)?.records ?? 0) + shard.records;
      absent.set(shard.region, why ? { state: "failed", detail: why, records } : { state: "loading", records });
      continue;
    }
    const content = shardOf(snapshot, shard, issues);
    if (content) plans.push(...shardPlans(shard, content, recordIds, issues));
  }
  // A region with one shard held and another not (a format 1 or 2 index: a file per plan) is not held whole.
  for (const plan of plans) if (absent.has(plan.region)) issues.push(datasetIssue("FILE_MISSING", { file: plan.id }));
  if (issues.length > 0) return { ok: false, issues };
  const dataset: Dataset = {
    version: index.version,
    published: index.generated,
    regions: regions as Region[],
    aliases: aliasesFile as unknown as Aliases,
    plans: plans.sort((a, b) => a.id.localeCompare(b.id)),
    ...(absent.size > 0 ? { absent } : {}),
  };
  return { ok: true, dataset, catalog: new Catalog(dataset) };
}

/** A shard's plans with the integrity the start path can afford: ids, record counts, region, units. */
function shardPlans(
  shard: IndexedShard,
  content: ShardContent,
  recordIds: Set<string>,
  issues: DatasetIssue[],
): Plan[] {
  const file = shard.file;
  const plans: Plan[] = [];
  let count = 0;
  for (const value of content.plans) {
    const plan = value as Record<string, unknown>;
    if (typeof plan !== "object" || plan === null || !Array.isArray(plan.records)) {
      issues.push(datasetIssue("BAD_SHAPE", { file, field: "records" }, { field: "records" }));
      continue;
    }
    if (plan.region !== shard.region) {
      const mismatch = { what: REGION, expected: shard.region, actual: String(plan.region) };
      issues.push(datasetIssue("INDEX_MISMATCH", { file, field: "region" }, mismatch));
    }
    if (typeof plan.document !== "string" || content.documents[plan.document] === undefined) {
      issues.push(datasetIssue("BAD_SHAPE", { file, field: "document" }, { field: `${String(plan.id)}.document` }));
    }
    count += plan.records.length;
    for (const record of plan.records as Plan["records"]) {
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
  if (count !== shard.records) {
    const counts = { what: RECORD_COUNT, expected: String(shard.records), actual: String(count) };
    issues.push(datasetIssue("INDEX_MISMATCH", { file, field: "records" }, counts));
  }
  if (plans.length !== shard.plans) {
    const counts = { what: PLAN_COUNT, expected: String(shard.plans), actual: String(plans.length) };
    issues.push(datasetIssue("INDEX_MISMATCH", { file, field: "plans" }, counts));
  }
  return plans;
}

/** Every file of a snapshot against the size and sha256 its index gives: the check of a stored dataset. */
export async function verifySnapshotFiles(snapshot: DatasetSnapshot): Promise<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  for (const ref of snapshotFiles(snapshot)) {
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
