/**
 * The published dataset format (format 3, sharded by region): what `npm run build` writes to dist/datasets/, what
 * the taskpane's refresh and the on-demand loading fetch, and what `plan-targets --data DIR` reads. Paths are
 * relative to the folder of index.json.
 *
 *   index.json                         DatasetIndex: the only file whose content changes under the same name
 *   tables/regions.<hash>.json         the regions table (seeds/regions.json, validated)
 *   tables/aliases.<hash>.json         the alias table (seeds/aliases.json, validated)
 *   tables/names.<hash>.json           the names of the nation without its records (names.ts: plans, sector paths,
 *                                      metrics per region), for browsing and searching regions not loaded
 *   shards/<code>.<hash>.json          one region: its plans (validated, compact) and its documents' references
 *   documents/<name>.<hash>.txt        the plan documents, verbatim (the source view, the quote check)
 *
 * <hash> is the first 16 hex of the file's sha256 (`contentName`): every other file is named by its content, so a
 * new release lies beside the old one in one folder (a pane still on older data reads its own documents and shards)
 * and a cache may keep any of them forever. The add-in holds the shards of the regions it embeds or has loaded;
 * any other region is fetched the first time a cell asks for it.
 *
 * Formats 1 and 2 (one file per plan, listed in the index with its document) are still read: `readIndex` takes
 * each plan file as a shard of one plan, with its document's reference from the index.
 */

export const DATASET_FORMAT = 3;
/** The formats this add-in reads. */
export const READABLE_FORMATS: readonly number[] = [1, 2, DATASET_FORMAT];
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

/** One region's shard as the index lists it. */
export interface IndexedShard extends FileRef {
  /** The region's name as the regions table spells it. */
  readonly region: string;
  /** How many plans and records the shard holds. */
  readonly plans: number;
  readonly records: number;
  /** ISO date (YYYY-MM-DD) of the last change to any of its plans' data. */
  readonly updated: string;
  /**
   * Formats 1 and 2 only: the plan file is the shard, and its document's reference comes from the index (a
   * format 3 shard holds its documents' references itself).
   */
  readonly legacyDocument?: { readonly name: string | null; readonly ref: FileRef };
}

export interface DatasetIndex {
  /** DATASET_FORMAT when published by this version; a stored or older server's index may say 1 or 2. */
  readonly format: number;
  /** The dataset's version label; a refresh offers a dataset whose version differs from the one in use. */
  readonly version: string;
  /** ISO timestamp of the build that published it; "newer" compares this. */
  readonly generated: string;
  /** The names table is absent in formats 1 and 2. */
  readonly tables: { readonly regions: FileRef; readonly aliases: FileRef; readonly names?: FileRef };
  /** One per region with plans (format 3), or one per plan file (formats 1 and 2). */
  readonly shards: readonly IndexedShard[];
}

/** A shard's content: the region's plans and, by the name each plan cites, its document's published file. */
export interface ShardContent {
  readonly region: string;
  readonly plans: readonly unknown[];
  readonly documents: Readonly<Record<string, FileRef>>;
}

/**
 * A compiled dataset as the add-in holds it: its index, the texts of its tables and of the shards it holds (the
 * regions embedded or loaded; every other region is fetched on first use), and a refreshed one's documents.
 */
export interface DatasetSnapshot {
  readonly index: DatasetIndex;
  /** Path (as in the index) → the file's text: the regions and aliases tables and every shard held. */
  readonly files: Readonly<Record<string, string>>;
  /** Path (as in the index) → the text of a plan's document held with the data (a refresh's); checked when read. */
  readonly documents?: Readonly<Record<string, string>>;
  /**
   * Shards held parsed only (path → content): those loaded on first use, whose text is kept in the shard cache, not
   * in memory (a province at 1000× is 10 MB of text beside its records). Verified when they were loaded.
   */
  readonly parsed?: Readonly<Record<string, ShardContent>>;
}

/** Whether a snapshot holds a shard, as text or parsed. */
export function holds(snapshot: Pick<DatasetSnapshot, "files" | "parsed">, file: string): boolean {
  return snapshot.files[file] !== undefined || snapshot.parsed?.[file] !== undefined;
}

/**
 * What a download accepts: index.json up to 1 MB, a shard up to 64 MB (a province of the national dataset at
 * 1000× is about 8 MB), any other file up to 5 MB.
 */
export const SIZE_LIMITS = { index: 1024 * 1024, shard: 64 * 1024 * 1024, file: 5 * 1024 * 1024 } as const;

/** The two tables every snapshot holds. */
export function tableRefs(index: DatasetIndex): FileRef[] {
  return [index.tables.regions, index.tables.aliases];
}

/** The files whose text a snapshot holds: the two tables, then its shards held as text (in index order). */
export function snapshotFiles(snapshot: Pick<DatasetSnapshot, "index" | "files">): FileRef[] {
  return [...tableRefs(snapshot.index), ...snapshot.index.shards.filter((s) => snapshot.files[s.file] !== undefined)];
}

/** The shards of a snapshot's index that it holds, as text or parsed. */
export function heldShards(snapshot: Pick<DatasetSnapshot, "index" | "files" | "parsed">): IndexedShard[] {
  return snapshot.index.shards.filter((s) => holds(snapshot, s.file));
}

/** The regions whose shards an index lists, in index order, each once. */
export function indexedRegions(index: DatasetIndex): string[] {
  return [...new Set(index.shards.map((s) => s.region))];
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
 * Checks the shape of an index.json by hand (no zod: the add-in's start path reads stored indexes too) and gives it
 * in format 3's shape (a format 1 or 2 index lists plan files: each becomes a shard of one plan). Returns the first
 * field that is missing or invalid; an unknown format is reported as such, so a newer publisher can say so.
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
  if (json.format === DATASET_FORMAT && !isFileRef(tables.names)) return bad("tables.names");
  const listed = json.format === DATASET_FORMAT ? "shards" : "plans";
  if (!Array.isArray(json[listed])) return bad(listed);
  const files = new Set<string>();
  const keys = new Set<string>();
  const shards: IndexedShard[] = [];
  for (const [i, entry] of (json[listed] as unknown[]).entries()) {
    const at = (field: string): string => `${listed}[${i}].${field}`;
    if (!isObject(entry)) return bad(`${listed}[${i}]`);
    if (!isFileRef(entry)) return bad(at("file/sha256/bytes"));
    if (typeof entry.region !== "string" || entry.region.length === 0) return bad(at("region"));
    if (!Number.isInteger(entry.records) || (entry.records as number) < 0) return bad(at("records"));
    if (typeof entry.updated !== "string" || !DATE.test(entry.updated)) return bad(at("updated"));
    if (files.has(entry.file)) return bad(at("file"));
    files.add(entry.file);
    const ref: FileRef = { file: entry.file, sha256: entry.sha256, bytes: entry.bytes };
    const counts = { region: entry.region, records: entry.records as number, updated: entry.updated };
    if (listed === "shards") {
      if (!Number.isInteger(entry.plans) || (entry.plans as number) < 0) return bad(at("plans"));
      if (keys.has(entry.region)) return bad(at("region"));
      keys.add(entry.region);
      shards.push({ ...ref, ...counts, plans: entry.plans as number });
    } else {
      for (const field of ["id", "title"] as const) {
        if (typeof entry[field] !== "string" || entry[field].length === 0) return bad(at(field));
      }
      if (!isFileRef(entry.document)) return bad(at("document"));
      if (keys.has(entry.id as string)) return bad(at("id"));
      keys.add(entry.id as string);
      shards.push({ ...ref, ...counts, plans: 1, legacyDocument: { name: null, ref: entry.document } });
    }
  }
  const index: DatasetIndex = {
    format: json.format,
    version: json.version,
    generated: json.generated,
    tables: {
      regions: tables.regions as FileRef,
      aliases: tables.aliases as FileRef,
      ...(isFileRef(tables.names) ? { names: tables.names } : {}),
    },
    shards,
  };
  return { ok: true, index };
}

export type ShardRead = { ok: true; content: ShardContent } | { ok: false; field: string };

/**
 * A shard's parsed JSON in one shape: format 3's `{region, plans, documents}`, or a format 1/2 plan file (a shard
 * of one plan, its document from the index). Checks the shape only; the plans are checked by whoever reads them.
 */
export function readShard(shard: IndexedShard, json: unknown): ShardRead {
  const bad = (field: string): ShardRead => ({ ok: false, field });
  if (!isObject(json)) return bad("(root)");
  if (shard.legacyDocument) {
    const named = typeof json.document === "string" ? json.document : documentName(json, shard.legacyDocument.ref);
    return {
      ok: true,
      content: { region: shard.region, plans: [json], documents: { [named]: shard.legacyDocument.ref } },
    };
  }
  if (json.region !== shard.region) return bad("region");
  if (!Array.isArray(json.plans)) return bad("plans");
  if (!isObject(json.documents)) return bad("documents");
  for (const [name, ref] of Object.entries(json.documents)) {
    if (!isFileRef(ref)) return bad(`documents.${name}`);
  }
  return {
    ok: true,
    content: { region: json.region, plans: json.plans, documents: json.documents as Record<string, FileRef> },
  };
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
