/**
 * Refreshing from a published dataset (format 3, or 2 or 1) on a web server: read its index.json, compare per shard
 * (sha256) with the snapshot in use, download only the shards of the regions held that changed and the documents of
 * the plans they change, verify every byte (size limit, size, sha256, JSON) and then the content exactly as the
 * build does (`verifyDataset`: the schema and the links, every quote verbatim on its document's line, every number
 * claimed, the qualifier words) and build the new catalogue aside. Regions not held are not downloaded: they load
 * from the new index on first use (`fetchShard`, the same verification). Nothing here swaps or stores: the caller
 * (LiveData) does that only when everything passed.
 *
 * The schema check loads zod on demand (`import("./validate")`, its own chunk in the add-in), so the add-in's start
 * path never loads it.
 */
import type { Catalog } from "../core/catalog";
import type { Dataset } from "../core/dataset";
import { dataFault, type DataFault } from "../core/errors";
import {
  DATASET_FORMAT,
  heldShards,
  INDEX_FILE,
  indexedRegions,
  readIndex,
  SIZE_LIMITS,
  snapshotFiles,
  tableRefs,
  type DatasetIndex,
  type DatasetSnapshot,
  type FileRef,
  type IndexedShard,
  type ShardContent,
} from "./compiled";
import { matchesRef, utf8 } from "./digest";
import { datasetIssue, formatIssue, type DatasetIssue } from "./issues";
import { catalogFromSnapshot, rememberShard, shardOf } from "./snapshot";
import type * as verifier from "./validate.js";

type Verifier = typeof verifier;

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  /** The fetch to use (tests pass their own); default the global one. */
  readonly fetch?: typeof fetch;
  /** Per request, headers and body together; default 15 s. */
  readonly timeoutMs?: number;
  readonly limits?: { readonly index: number; readonly shard: number; readonly file: number };
  /** Cancels the whole refresh (the pane going away). */
  readonly signal?: AbortSignal;
  /** The add-in's own origin: a request elsewhere that fails may have been refused for want of a CORS header. */
  readonly pageOrigin?: string;
  /** A shard's text kept on this computer (the shard cache), by file: taken instead of a download when intact. */
  readonly kept?: (file: string) => Promise<string | null>;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fault: DataFault };

const fault = (f: DataFault): { ok: false; fault: DataFault } => ({ ok: false, fault: f });

/** What a remote index offers against the snapshot in use. */
export interface UpdateCheck {
  readonly indexUrl: string;
  readonly index: DatasetIndex;
  /** Regions new on the server, changed there (any of their shards' sha256), and gone from it. */
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Tables whose content changed. */
  readonly tables: readonly FileRef[];
  /** The remote dataset is the one in use (same version): nothing to do. */
  readonly current: boolean;
  /** The remote dataset was published before the one in use: not an update (a refresh leaves the data as it is). */
  readonly older: boolean;
  /** The version and publication time of the data in use, to say what the remote one is older than. */
  readonly inUse: { readonly version: string; readonly generated: string };
}

export interface Update {
  readonly indexUrl: string;
  readonly snapshot: DatasetSnapshot;
  readonly dataset: Dataset;
  readonly catalog: Catalog;
  /** The paths downloaded (what changed, and its documents); every other file was kept from the snapshot in use. */
  readonly downloaded: readonly string[];
}

/** Each region's shards as one fingerprint (a format 1 or 2 index has a shard per plan). */
function regionPrints(index: DatasetIndex): Map<string, string> {
  const prints = new Map<string, string[]>();
  for (const shard of index.shards) prints.set(shard.region, [...(prints.get(shard.region) ?? []), shard.sha256]);
  return new Map([...prints].map(([region, hashes]) => [region, hashes.sort().join(" ")]));
}

/** Reads `indexUrl` and compares it, region by region (the shards' sha256), with the snapshot in use. */
export async function checkForUpdate(
  indexUrl: string,
  current: DatasetIndex,
  options: FetchOptions = {},
): Promise<Outcome<UpdateCheck>> {
  const read = await fetchIndex(indexUrl, options);
  if (!read.ok) return read;
  const index = read.value;
  const before = regionPrints(current);
  const after = regionPrints(index);
  const tables = tableRefs(index).filter((t, i) => t.sha256 !== tableRefs(current)[i]!.sha256);
  return {
    ok: true,
    value: {
      indexUrl,
      index,
      added: [...after.keys()].filter((r) => !before.has(r)),
      changed: [...after.keys()].filter((r) => before.has(r) && before.get(r) !== after.get(r)),
      removed: [...before.keys()].filter((r) => !after.has(r)),
      tables,
      current: index.version === current.version,
      older: index.version !== current.version && Date.parse(index.generated) < Date.parse(current.generated),
      inUse: { version: current.version, generated: current.generated },
    },
  };
}

/** index.json at `indexUrl`, read and checked (a web page, not JSON, a format this add-in does not read). */
export async function fetchIndex(indexUrl: string, options: FetchOptions = {}): Promise<Outcome<DatasetIndex>> {
  const limits = options.limits ?? SIZE_LIMITS;
  const got = await download(indexUrl, INDEX_FILE, limits.index, null, options);
  if (!got.ok) return got;
  if (got.value.html || looksLikeHtml(got.value.bytes)) return fault(dataFault("INDEX_IS_WEB_PAGE", { url: indexUrl }));
  const json = parseJson(got.value.bytes, INDEX_FILE);
  if (!json.ok) return json;
  const read = readIndex(json.value);
  if (!read.ok) {
    return fault(
      read.format !== undefined
        ? dataFault("UNSUPPORTED_FORMAT", { format: read.format, supported: DATASET_FORMAT })
        : dataFault("BAD_INDEX", { field: read.field }),
    );
  }
  return { ok: true, value: read.index };
}

/** The texts a snapshot holds by sha256 (tables, shards, documents): what a download need not fetch again. */
function heldTexts(current: DatasetSnapshot): Map<string, string> {
  const known = new Map<string, string>();
  for (const ref of snapshotFiles(current)) {
    const text = current.files[ref.file];
    if (text !== undefined) known.set(ref.sha256, text);
  }
  const documents = current.documents ?? {};
  for (const shard of heldShards(current)) {
    const content = shardOf(current, shard, []);
    for (const ref of Object.values(content?.documents ?? {})) {
      const text = documents[ref.file];
      if (text !== undefined) known.set(ref.sha256, text);
    }
  }
  return known;
}

/** A file's text from the shard cache when its size and sha256 are the reference's. */
async function keptIntact(ref: FileRef, options: FetchOptions): Promise<string | undefined> {
  const text = await options.kept?.(ref.file);
  return typeof text === "string" && (await matchesRef(utf8(text), ref)) ? text : undefined;
}

/** Each plan of the shards held, as its compact JSON and its document's sha256: what says a plan changed. */
function planPrints(snapshot: DatasetSnapshot): Map<string, string> {
  const prints = new Map<string, string>();
  for (const shard of heldShards(snapshot)) {
    const content = shardOf(snapshot, shard, []);
    for (const plan of content?.plans ?? []) {
      const id = (plan as { id?: unknown }).id;
      if (typeof id === "string") prints.set(id, planPrint(plan, content!));
    }
  }
  return prints;
}

function planPrint(plan: unknown, content: ShardContent): string {
  const document = (plan as { document?: unknown }).document;
  return `${JSON.stringify(plan)}\u0000${typeof document === "string" ? content.documents[document]?.sha256 : ""}`;
}

/**
 * Downloads what `check` found changed in the regions the snapshot in use holds, and verifies the whole of what
 * will be held; returns it with its catalogue, built aside. Regions not held stay so: they load on first use from
 * the new index. Any failure returns a fault and leaves nothing behind.
 */
export async function fetchUpdate(
  check: UpdateCheck,
  current: DatasetSnapshot,
  options: FetchOptions = {},
): Promise<Outcome<Update>> {
  const known = heldTexts(current);
  const downloaded: string[] = [];
  const limits = options.limits ?? SIZE_LIMITS;
  const get = async (ref: FileRef, limit: number): Promise<Outcome<string>> => {
    const kept = known.get(ref.sha256) ?? (await keptIntact(ref, options));
    if (kept !== undefined) return { ok: true, value: kept };
    const got = await fetchFile(ref, check.indexUrl, { ...options, limit });
    if (got.ok) {
      downloaded.push(ref.file);
      known.set(ref.sha256, got.value);
    }
    return got;
  };
  const held = new Set(heldShards(current).map((s) => s.region));
  // A snapshot that held every region (the seeds' build) keeps doing so: a region new on the server comes too.
  const everything = indexedRegions(current.index).every((r) => held.has(r));
  const files: Record<string, string> = {};
  for (const ref of tableRefs(check.index)) {
    const got = await get(ref, limits.file);
    if (!got.ok) return got;
    files[ref.file] = got.value;
  }
  for (const shard of check.index.shards) {
    if (!everything && !held.has(shard.region)) continue;
    const got = await get(shard, limits.shard);
    if (!got.ok) return got;
    files[shard.file] = got.value;
  }
  const shardsByFile = new Map(check.index.shards.map((s) => [s.file, s]));
  for (const file of Object.keys(files)) {
    try {
      const json: unknown = JSON.parse(files[file]!);
      const shard = shardsByFile.get(file);
      if (shard) rememberShard(shard, files[file]!, json);
    } catch (error) {
      return fault(dataFault("NOT_JSON", { file, detail: errorText(error) }));
    }
  }
  const next: DatasetSnapshot = { index: check.index, files };
  const before = planPrints(current);
  const verified = await verifyHeld(next, before, (ref) => get(ref, limits.file));
  if (!verified.ok) return verified;
  const snapshot: DatasetSnapshot = { ...next, documents: verified.value };
  const built = catalogFromSnapshot(snapshot);
  if (!built.ok) return invalid(built.issues);
  return {
    ok: true,
    value: { indexUrl: check.indexUrl, snapshot, dataset: built.dataset, catalog: built.catalog, downloaded },
  };
}

/**
 * One region's shard fetched on first use, from the index in use: downloaded with its documents, verified as a
 * refresh verifies (the build's verification over the shard's plans, their quotes on the documents' lines); answers
 * the shard's text and the documents by path, for the caller to add to the snapshot it holds.
 */
export async function fetchShard(
  shard: IndexedShard,
  current: DatasetSnapshot,
  indexUrl: string,
  options: FetchOptions = {},
): Promise<Outcome<{ readonly text: string; readonly documents: Readonly<Record<string, string>> }>> {
  const limits = options.limits ?? SIZE_LIMITS;
  const got = await fetchFile(shard, indexUrl, { ...options, limit: limits.shard });
  if (!got.ok) return got;
  try {
    rememberShard(shard, got.value, JSON.parse(got.value));
  } catch (error) {
    return fault(dataFault("NOT_JSON", { file: shard.file, detail: errorText(error) }));
  }
  const tables = Object.fromEntries(tableRefs(current.index).map((t) => [t.file, current.files[t.file]!]));
  const alone: DatasetSnapshot = {
    index: { ...current.index, shards: [shard] },
    files: { ...tables, [shard.file]: got.value },
  };
  const known = heldTexts(current);
  const get = async (ref: FileRef): Promise<Outcome<string>> => {
    const kept = known.get(ref.sha256);
    return kept !== undefined
      ? { ok: true, value: kept }
      : fetchFile(ref, indexUrl, { ...options, limit: limits.file });
  };
  const verified = await verifyHeld(alone, new Map(), get);
  if (!verified.ok) return verified;
  return { ok: true, value: { text: got.value, documents: verified.value } };
}

/**
 * The build's verification over the plans of every shard a snapshot holds, with the documents of the plans that
 * changed against `before` (fetched through `get`; unchanged plans were checked on their lines before), and that
 * each plan is in compiled form. Answers the documents (by path) to keep with the data.
 */
async function verifyHeld(
  snapshot: DatasetSnapshot,
  before: ReadonlyMap<string, string>,
  get: (ref: FileRef) => Promise<Outcome<string>>,
): Promise<Outcome<Record<string, string>>> {
  const issues: DatasetIssue[] = [];
  const plans: Array<{ file: string; content: unknown }> = [];
  const checkedBefore = new Set<string>();
  const documents: Record<string, string> = {};
  const byName: Record<string, string> = {};
  for (const shard of heldShards(snapshot)) {
    const content = shardOf(snapshot, shard, issues);
    if (!content) continue;
    for (const plan of content.plans) {
      const { id, document } = plan as { id?: unknown; document?: unknown };
      plans.push({ file: shard.file, content: plan });
      const ref = typeof document === "string" ? content.documents[document] : undefined;
      const print = typeof id === "string" ? before.get(id) : undefined;
      const unchanged = print !== undefined && print === planPrint(plan, content);
      if (unchanged) checkedBefore.add(id as string);
      if (!ref || typeof document !== "string" || byName[document] !== undefined) continue;
      if (unchanged) continue;
      const got = await get(ref);
      if (!got.ok) return got;
      documents[ref.file] = got.value;
      byName[document] = got.value;
    }
  }
  if (issues.length > 0) return invalid(issues);
  const verified = await verifyContent(snapshot, plans, byName, checkedBefore);
  return verified.ok ? { ok: true, value: documents } : verified;
}

/** One file of a dataset, downloaded and checked against its reference (size limit, size, sha256), as text. */
export async function fetchFile(
  ref: FileRef,
  indexUrl: string,
  options: FetchOptions & { readonly limit?: number } = {},
): Promise<Outcome<string>> {
  const limit = options.limit ?? (options.limits ?? SIZE_LIMITS).file;
  const url = new URL(ref.file, indexUrl).href;
  const got = await download(url, ref.file, limit, ref.bytes, options);
  if (!got.ok) return got;
  const { bytes } = got.value;
  const right = await matchesRef(bytes, ref);
  // A login or error page in place of the file: say so rather than "damaged".
  if (!right && (got.value.html || looksLikeHtml(bytes))) {
    return fault(dataFault("FILE_IS_WEB_PAGE", { file: ref.file, url }));
  }
  if (bytes.length !== ref.bytes) {
    const sizes = { file: ref.file, expected: ref.bytes, actual: bytes.length };
    return fault(dataFault(bytes.length < ref.bytes ? "TRUNCATED" : "SIZE_MISMATCH", sizes));
  }
  if (!right) return fault(dataFault("HASH_MISMATCH", { file: ref.file }));
  const text = decode(bytes);
  return text === null ? fault(dataFault("NOT_JSON", { file: ref.file, detail: "UTF-8" })) : { ok: true, value: text };
}

/**
 * The build's verification (zod, loaded on demand) over the plans held, with the documents at hand (plans checked
 * before on their lines are named in `checkedBefore`), and that each plan is in compiled form.
 */
async function verifyContent(
  snapshot: DatasetSnapshot,
  plans: ReadonlyArray<{ readonly file: string; readonly content: unknown }>,
  documents: Readonly<Record<string, string>>,
  checkedBefore: ReadonlySet<string>,
): Promise<Outcome<null>> {
  let validate: Verifier;
  try {
    validate = await import(/* webpackChunkName: "verify" */ "./validate.js");
  } catch (error) {
    return fault(dataFault("VERIFIER_FAILED", { detail: errorText(error) }));
  }
  const { index, files } = snapshot;
  const content = (ref: FileRef): unknown => JSON.parse(files[ref.file]!) as unknown;
  const raw = {
    version: index.version,
    published: index.generated,
    regions: content(index.tables.regions),
    aliases: content(index.tables.aliases),
    plans,
    documents,
    checkedBefore,
  };
  const built = validate.verifyDataset(raw);
  if (!built.ok) return invalid(built.issues);
  // The add-in's start reads stored plans without the schema, so they must already hold every default.
  const filled = new Map(built.dataset.plans.map((p) => [p.id, p]));
  const issues: DatasetIssue[] = [];
  for (const { file, content: plan } of plans) {
    const filledPlan = filled.get(String((plan as { id?: unknown }).id));
    // The common case compares without building paths; a difference is then named by firstDifference.
    const field = sameJson(filledPlan, plan) ? null : firstDifference(filledPlan, plan);
    if (field !== null) issues.push(datasetIssue("NOT_COMPILED", { file }, { field }));
  }
  return issues.length > 0 ? invalid(issues) : { ok: true, value: null };
}

function invalid(issues: readonly DatasetIssue[]): { ok: false; fault: DataFault } {
  const first = issues[0]!;
  return fault(
    dataFault("INVALID_DATA", {
      count: issues.length,
      first: { zh: formatIssue(first, "zh"), en: formatIssue(first, "en") },
    }),
  );
}

/** Whether two JSON values are equal (key order aside), without allocating: the fast check before firstDifference. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    count++;
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

/** The first path where two JSON values differ (key order aside), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = "(root)"): string | null {
  if (a === b) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const next = path === "(root)" ? key : `${path}.${key}`;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], next);
    if (found !== null) return found;
  }
  return null;
}

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(bytes: Uint8Array, file: string): Outcome<unknown> {
  const text = decode(bytes);
  if (text === null) return fault(dataFault("NOT_JSON", { file, detail: "UTF-8" }));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fault(dataFault("NOT_JSON", { file, detail: errorText(error) }));
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Downloaded {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The server called it a web page (Content-Type text/html). */
  readonly html: boolean;
}

/** Bytes that begin (after a BOM and blanks) with "<": a web page (login, error, a portal's fallback), not data. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d))
    at++;
  return bytes[at] === 0x3c;
}

/**
 * One GET with a timeout over headers and body, a size limit (Content-Length first, then while streaming) and the
 * faults named: network down, timeout, 404 and other statuses, too large, cut short (`expected` bytes known).
 */
async function download(
  url: string,
  file: string,
  limit: number,
  expected: number | null,
  options: FetchOptions,
): Promise<Outcome<Downloaded>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = (): void => controller.abort();
  options.signal?.addEventListener("abort", cancel);
  const failed = (received: number | null): { ok: false; fault: DataFault } => {
    if (timedOut) return fault(dataFault("TIMEOUT", { url, seconds: timeoutMs / 1000 }));
    if (options.signal?.aborted) return fault(dataFault("CANCELLED"));
    if (received !== null && expected !== null) {
      return fault(dataFault("TRUNCATED", { file, expected, actual: received }));
    }
    // fetch says no more than "failed": a server down and a cross-origin answer without CORS look the same.
    const origin = options.pageOrigin;
    const crossOrigin = origin !== undefined && origin !== new URL(url).origin;
    return fault(dataFault(crossOrigin ? "NETWORK_OR_CORS" : "NETWORK", { url, origin: origin ?? "" }));
  };
  try {
    if (options.signal?.aborted) return fault(dataFault("CANCELLED"));
    let response: Response;
    try {
      // No HTTP cache: an index.json cached by the browser would hide the update it announces.
      const init = { signal: controller.signal, cache: "no-store" } as RequestInit;
      response = await (options.fetch ?? globalThis.fetch)(url, init);
    } catch {
      return failed(null);
    }
    if (response.status === 404) return fault(dataFault("NOT_FOUND", { file }));
    if (!response.ok) return fault(dataFault("HTTP_STATUS", { file, status: response.status }));
    const html = /^\s*text\/html\b/i.test(response.headers.get("content-type") ?? "");
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > limit) {
      await response.body?.cancel().catch(() => undefined);
      return fault(dataFault("TOO_LARGE", { file, limit }));
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, value: { bytes: new Uint8Array(await response.arrayBuffer()), html } };
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
        if (received > limit) {
          await reader.cancel().catch(() => undefined);
          return fault(dataFault("TOO_LARGE", { file, limit }));
        }
        chunks.push(value);
      }
    } catch {
      return failed(received);
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { ok: true, value: { bytes, html } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}
