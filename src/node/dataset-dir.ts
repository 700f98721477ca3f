/**
 * Reads any dataset folder (Node): the seeds layout (regions.json, aliases.json, plans/*.json, documents/*.txt) or
 * a published one (index.json, tables/, shards/, documents/: what `npm run build` writes to dist/datasets/). A
 * published folder is checked against its index (sizes, sha256s) as it is read; its documents are optional (the
 * quotes are then checked for their values but not against their lines). `catalogFromDir` then verifies the
 * content completely, as for the seeds. Every problem names its file, in Chinese (`formatIssue`).
 *
 *   plan-targets --data DIR …            (the CLI)
 *   PLAN_TARGETS_DATA=DIR node app.js    (the library's free functions: defaultCatalog())
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CatalogResult } from "../data/catalog-from";
import { INDEX_FILE, readIndex, readShard, type DatasetIndex, type FileRef, type IndexedShard } from "../data/compiled";
import { datasetIssue, type DatasetIssue } from "../data/issues";
import type { RawDataset } from "../data/validate";
import { loadSeeds } from "./seeds";
import { verifier } from "./verifier";

export type DatasetLayout = "seeds" | "published";

export type DatasetDirResult =
  | { readonly ok: true; readonly raw: RawDataset; readonly layout: DatasetLayout }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** The raw contents of a dataset folder in either layout, or what is missing or damaged. */
export function readDatasetDir(dir: string): DatasetDirResult {
  const root = resolve(dir);
  if (existsSync(join(root, INDEX_FILE))) return readPublished(root);
  if (existsSync(join(root, "regions.json")) && isDir(join(root, "plans"))) return readSeedsLayout(root);
  return { ok: false, issues: [datasetIssue("NOT_A_DATASET", { file: root })] };
}

/** A dataset folder read and verified completely, with its catalogue; or every issue, naming the files. */
export function catalogFromDir(dir: string): CatalogResult {
  const read = readDatasetDir(dir);
  return read.ok ? verifier().catalogFrom(read.raw) : read;
}

class Reader {
  readonly issues: DatasetIssue[] = [];
  constructor(readonly root: string) {}

  text(file: string): string | null {
    try {
      return readFileSync(join(this.root, file), "utf8");
    } catch {
      this.issues.push(datasetIssue("FILE_MISSING", { file }));
      return null;
    }
  }

  json(file: string, text: string | null = this.text(file)): unknown {
    if (text === null) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.issues.push(datasetIssue("INVALID_JSON", { file }, { line: null, column: null, detail }));
      return null;
    }
  }

  /** The file's text when its size and sha256 are the index's. */
  verified(ref: FileRef): string | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.root, ref.file));
    } catch {
      this.issues.push(datasetIssue("FILE_MISSING", { file: ref.file }));
      return null;
    }
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (bytes.length !== ref.bytes || actual !== ref.sha256) {
      this.issues.push(datasetIssue("HASH_MISMATCH", { file: ref.file }, { expected: ref.sha256, actual }));
      return null;
    }
    return bytes.toString("utf8");
  }
}

/** index.json of a published folder, read by hand; or why not, naming the file. */
export function readPublishedIndex(
  root: string,
): { ok: true; index: DatasetIndex } | { ok: false; issues: DatasetIssue[] } {
  const reader = new Reader(root);
  const json = reader.json(INDEX_FILE);
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  const read = readIndex(json);
  if (!read.ok) {
    const field = read.format !== undefined ? `format（${read.format}）` : read.field;
    return { ok: false, issues: [datasetIssue("BAD_SHAPE", { file: INDEX_FILE }, { field })] };
  }
  return { ok: true, index: read.index };
}

/**
 * The raw contents of some shards of a published folder (all by default), each checked against the index, with
 * the documents they cite when the folder has documents/ (optional as a whole: a copy of the shards alone still
 * answers; when the folder is there, each document cited must be there too, intact).
 */
export function readPublishedShards(
  root: string,
  index: DatasetIndex,
  shards: readonly IndexedShard[] = index.shards,
): DatasetDirResult {
  const reader = new Reader(root);
  const content = (ref: FileRef): unknown => {
    const text = reader.verified(ref);
    return text === null ? null : reader.json(ref.file, text);
  };
  const regions = content(index.tables.regions);
  const aliases = content(index.tables.aliases);
  const plans: Array<{ file: string; content: unknown }> = [];
  const cited = new Map<string, FileRef>();
  for (const shard of shards) {
    const json = content(shard);
    if (json === null) continue;
    const read = readShard(shard, json);
    if (!read.ok) {
      reader.issues.push(datasetIssue("BAD_SHAPE", { file: shard.file }, { field: read.field }));
      continue;
    }
    for (const plan of read.content.plans) plans.push({ file: shard.file, content: plan });
    for (const [name, ref] of Object.entries(read.content.documents)) cited.set(name, ref);
  }
  let documents: Record<string, string> | undefined;
  if (isDir(join(root, "documents"))) {
    documents = {};
    for (const [name, ref] of cited) {
      const text = reader.verified(ref);
      if (text !== null) documents[name] = text;
    }
  }
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  const raw: RawDataset = {
    version: index.version,
    published: index.generated,
    regions,
    aliases,
    plans,
    ...(documents ? { documents } : {}),
  };
  return { ok: true, raw, layout: "published" };
}

function readPublished(root: string): DatasetDirResult {
  const read = readPublishedIndex(root);
  return read.ok ? readPublishedShards(root, read.index) : read;
}

/** The seeds layout, read as the CLI reads seeds/ (loadSeeds: files named on error, a BOM stripped). */
function readSeedsLayout(root: string): DatasetDirResult {
  const read = loadSeeds(root);
  return read.ok ? { ok: true, raw: read.raw, layout: "seeds" } : { ok: false, issues: read.issues };
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
