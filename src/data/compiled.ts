/**
 * The published dataset format (format 2): what `npm run build` writes to dist/datasets/, what the taskpane's
 * refresh fetches, and what `plan-targets --data DIR` reads. Paths are relative to the folder of index.json.
 *
 *   index.json                         DatasetIndex: the only file whose content changes under the same name
 *   tables/regions.<hash>.json         the regions table (seeds/regions.json, validated)
 *   tables/aliases.<hash>.json         the alias table (seeds/aliases.json, validated)
 *   plans/<id>.<hash>.json             one plan, validated, compact (no whitespace)
 *   documents/<name>.<hash>.txt        the plan documents, verbatim (the source view and a refresh's quote check)
 *
 * <hash> is the first 16 hex of the file's sha256 (`contentName`): every other file is named by its content, so a
 * new release lies beside the old one in one folder (a pane still on older data reads its own documents) and a cache
 * may keep any of them forever. Format 1 named them plans/<id>.json etc.; readers take every path from the index,
 * so format 1 is still read (a dataset stored by an older add-in, an older server).
 */

export const DATASET_FORMAT = 2;
/** The formats this add-in reads: the index's shape is the same, only the file names differ. */
export const READABLE_FORMATS: readonly number[] = [1, DATASET_FORMAT];
export const INDEX_FILE = "index.json";

/** How many hex digits of a file's sha256 go into its published name. */
const NAME_HASH_DIGITS = 16;

/**
 * The published path of a file named by its content: `documents/000_x.txt` with sha256 `ab12…` →
 * `documents/000_x.ab12….txt` (the extension stays last, so servers still send the right content type).
 */
export function contentName(path: string, sha256: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  const hash = sha256.slice(0, NAME_HASH_DIGITS);
  return dot > slash ? `${path.slice(0, dot)}.${hash}${path.slice(dot)}` : `${path}.${hash}`;
}

/** A file of the dataset with what verifies it. */
export interface FileRef {
  /** Relative to the folder of index.json, with forward slashes. */
  readonly file: string;
  /** sha256 of the file's bytes, lowercase hex. */
  readonly sha256: string;
  readonly bytes: number;
}

export interface IndexedPlan extends FileRef {
  readonly id: string;
  readonly title: string;
  readonly region: string;
  /** Number of records in the plan file. */
  readonly records: number;
  /** ISO date (YYYY-MM-DD) of the last change to the plan's data. */
  readonly updated: string;
  /** The plan's document (documents/<name>.<hash>.txt; the plan's `document` field names it without the hash). */
  readonly document: FileRef;
}

export interface DatasetIndex {
  /** DATASET_FORMAT when published by this version; a stored or older server's index may say 1. */
  readonly format: number;
  /** The dataset's version label; a refresh offers a dataset whose version differs from the one in use. */
  readonly version: string;
  /** ISO timestamp of the build that published it; "newer" compares this. */
  readonly generated: string;
  readonly tables: { readonly regions: FileRef; readonly aliases: FileRef };
  readonly plans: readonly IndexedPlan[];
}

/**
 * A compiled dataset as the add-in holds it: its index and the texts of its tables and plan files; a refreshed one
 * also the documents it downloaded (the built-in documents are published beside the add-in, named by content).
 */
export interface DatasetSnapshot {
  readonly index: DatasetIndex;
  /** Path (as in the index) → the file's text, for the two tables and every plan. */
  readonly files: Readonly<Record<string, string>>;
  /** Path (as in the index) → the text of a plan's document held with the data (a refresh's); checked when read. */
  readonly documents?: Readonly<Record<string, string>>;
}

/** What a refresh accepts: index.json up to 1 MB, any other file up to 5 MB. */
export const SIZE_LIMITS = { index: 1024 * 1024, file: 5 * 1024 * 1024 } as const;

/** The files a snapshot holds, tables first, then the plans in index order. */
export function snapshotFiles(index: DatasetIndex): FileRef[] {
  return [index.tables.regions, index.tables.aliases, ...index.plans];
}

/** `2026.11.29-ab12cd34`: the date of the newest data, then 8 hex of a hash over every file's sha256. */
export function versionLabel(newestDate: string, contentHash: string): string {
  return `${newestDate.replaceAll("-", ".")}-${contentHash.slice(0, 8)}`;
}

/** What every file's sha256 is hashed over for the version label: one line per file, sorted by path. */
export function contentLines(refs: readonly FileRef[]): string {
  return [...refs]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((r) => `${r.file} ${r.sha256}`)
    .join("\n");
}

export type IndexResult = { ok: true; index: DatasetIndex } | { ok: false; field: string; format?: string };

const SHA256 = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Relative paths inside the dataset folder: no scheme, no leading slash, no "..". */
const SAFE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._\-/]+$/;

/**
 * Checks the shape of an index.json by hand (no zod: the add-in's start path reads stored indexes too). Returns the
 * first field that is missing or invalid; an unknown format is reported as such, so a newer publisher can say so.
 */
export function readIndex(json: unknown): IndexResult {
  const bad = (field: string): IndexResult => ({ ok: false, field });
  if (!isObject(json)) return bad("(root)");
  if (typeof json.format !== "number" || !READABLE_FORMATS.includes(json.format))
    return { ok: false, field: "format", format: String(json.format) };
  if (typeof json.version !== "string" || json.version.length === 0) return bad("version");
  if (typeof json.generated !== "string" || Number.isNaN(Date.parse(json.generated))) return bad("generated");
  const tables = json.tables;
  if (!isObject(tables)) return bad("tables");
  for (const name of ["regions", "aliases"] as const) {
    if (!isFileRef(tables[name])) return bad(`tables.${name}`);
  }
  if (!Array.isArray(json.plans)) return bad("plans");
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const [i, plan] of (json.plans as unknown[]).entries()) {
    const at = (field: string): string => `plans[${i}].${field}`;
    if (!isObject(plan)) return bad(`plans[${i}]`);
    if (!isFileRef(plan)) return bad(at("file/sha256/bytes"));
    for (const field of ["id", "title", "region"] as const) {
      if (typeof plan[field] !== "string" || plan[field].length === 0) return bad(at(field));
    }
    if (!Number.isInteger(plan.records) || (plan.records as number) < 0) return bad(at("records"));
    if (typeof plan.updated !== "string" || !DATE.test(plan.updated)) return bad(at("updated"));
    if (!isFileRef(plan.document)) return bad(at("document"));
    if (ids.has(plan.id as string)) return bad(at("id"));
    if (files.has(plan.file)) return bad(at("file"));
    ids.add(plan.id as string);
    files.add(plan.file);
  }
  return { ok: true, index: json as unknown as DatasetIndex };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFileRef(value: unknown): value is FileRef {
  return (
    isObject(value) &&
    typeof value.file === "string" &&
    SAFE_PATH.test(value.file) &&
    typeof value.sha256 === "string" &&
    SHA256.test(value.sha256) &&
    Number.isInteger(value.bytes) &&
    (value.bytes as number) >= 0
  );
}

/**
 * The name a plan cites its document by (its `document` field, the key of the documents a verification reads), or,
 * for content that is not a plan, the published file's name.
 */
export function documentName(plan: unknown, published: FileRef): string {
  const named = isObject(plan) ? plan.document : undefined;
  return typeof named === "string" ? named : published.file.slice(published.file.lastIndexOf("/") + 1);
}
