/**
 * Published datasets for the refresh tests: read one from a folder (dist/datasets), publish an edited copy (change a
 * figure, then publish again as the build does: every sha256, size, count, the names table, the version and the
 * date), and damage one on the way out (a fault server). Produces v1 → v2 as a maintainer would: the publish step,
 * then an edit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/core/dataset";
import type { Aliases, Plan, Region } from "../../src/core/schema";
import {
  contentLines,
  contentName,
  INDEX_FILE,
  readShard,
  tableRefs,
  versionLabel,
  type DatasetIndex,
  type FileRef,
} from "../../src/data/compiled";
import { compileDataset, type PublishedDataset } from "../../src/data/publish";
import { nodeSha256 } from "./seeds";

type Json = Record<string, unknown> & { records: Array<Record<string, unknown>> };

export interface Edit {
  /** Changes to plans by id (the parsed plan, edited in place). */
  readonly plans?: Readonly<Record<string, (plan: Json) => void>>;
  /** Plans taken out (by id). */
  readonly remove?: readonly string[];
  /** Changes to documents by file name (as plans cite them: 000_7fb2c2560672e87d.txt). */
  readonly documents?: Readonly<Record<string, (text: string) => string>>;
  /** Replaces a file's text as published (before hashing), by its path without the hash: a broken publisher. */
  readonly raw?: Readonly<Record<string, string>>;
  readonly generated: string;
}

/** A published dataset read from a folder (index.json and every file it names). */
export function readPublished(dir: string): PublishedDataset {
  const index = JSON.parse(readFileSync(join(dir, INDEX_FILE), "utf8")) as DatasetIndex;
  const files: Record<string, string> = {};
  const read = (file: string): string => (files[file] = readFileSync(join(dir, file), "utf8"));
  for (const ref of [...tableRefs(index), index.tables.names!]) read(ref.file);
  for (const shard of index.shards) {
    const content = JSON.parse(read(shard.file)) as { documents: Record<string, FileRef> };
    for (const ref of Object.values(content.documents)) if (files[ref.file] === undefined) read(ref.file);
  }
  return { index, files };
}

/** Every file of a published dataset but index.json. */
function allFiles(published: PublishedDataset): string[] {
  return Object.keys(published.files);
}

/** A published path without its content hash: shards/150000.ab12cd34ef56ab78.json → shards/150000.json. */
export function logicalPath(file: string): string {
  return file.replace(/\.[0-9a-f]{16}(?=\.[^./]+$)/, "");
}

/** Where a file is published in this dataset, by its path without the hash ("documents/000_….txt"). */
export function pathIn(published: PublishedDataset, logical: string): string {
  const file = allFiles(published).find((f) => logicalPath(f) === logical);
  if (!file) throw new Error(`no ${logical} in this dataset`);
  return file;
}

/** The shard file that holds a plan (000 → shards/150000.<hash>.json). */
export function shardFileOf(published: PublishedDataset, planId: string): string {
  for (const shard of published.index.shards) {
    const plans = JSON.parse(published.files[shard.file]!) as { plans: Array<{ id: string }> };
    if (plans.plans.some((p) => p.id === planId)) return shard.file;
  }
  throw new Error(`no plan ${planId} in this dataset`);
}

/** The dataset a publication holds, with its documents by name and each plan's last-change date. */
function contentOf(base: PublishedDataset): {
  dataset: Dataset;
  documents: Record<string, string>;
  updated: Map<string, string>;
} {
  const { index, files } = base;
  const plans: Plan[] = [];
  const documents: Record<string, string> = {};
  const updated = new Map<string, string>();
  for (const shard of index.shards) {
    const read = readShard(shard, JSON.parse(files[shard.file]!));
    if (!read.ok) throw new Error(`shard ${shard.file}: ${read.field}`);
    for (const plan of read.content.plans as Plan[]) {
      plans.push(plan);
      updated.set(plan.id, shard.updated);
    }
    for (const [name, ref] of Object.entries(read.content.documents)) documents[name] = files[ref.file]!;
  }
  const regions = (JSON.parse(files[index.tables.regions.file]!) as { regions: Region[] }).regions;
  const aliases = JSON.parse(files[index.tables.aliases.file]!) as Aliases;
  return { dataset: { version: index.version, regions, aliases, plans }, documents, updated };
}

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `base` with the edits applied and published again as the build does: a valid newer publication (unless `raw` breaks it). */
export function republish(base: PublishedDataset, edit: Edit): PublishedDataset {
  const { dataset, documents, updated } = contentOf(base);
  const day = edit.generated.slice(0, 10);
  const plans = dataset.plans
    .filter((plan) => !edit.remove?.includes(plan.id))
    .map((plan) => {
      const change = edit.plans?.[plan.id];
      if (!change) return plan;
      const copy = structuredClone(plan) as unknown as Json;
      change(copy);
      updated.set(plan.id, day);
      return copy as unknown as Plan;
    });
  for (const [name, change] of Object.entries(edit.documents ?? {})) documents[name] = change(documents[name]!);
  // A document is published verbatim: a raw one goes in as it is and its shard cites it.
  const raw = { ...edit.raw };
  for (const [path, text] of Object.entries(raw)) {
    if (!path.startsWith("documents/")) continue;
    documents[path.slice("documents/".length)] = text;
    delete raw[path];
  }
  const published = compileDataset({
    dataset: { ...dataset, plans },
    documents,
    generated: edit.generated,
    updated: (id) => updated.get(id) ?? day,
    sha256: nodeSha256,
  });
  return Object.keys(raw).length > 0 ? withRaw(published, raw) : published;
}

/** A broken publisher: files replaced by path (without the hash) after publishing, re-hashed and re-indexed. */
function withRaw(published: PublishedDataset, raw: Readonly<Record<string, string>>): PublishedDataset {
  const files = { ...published.files };
  const moved = new Map<string, FileRef>();
  for (const [logical, text] of Object.entries(raw)) {
    const old = pathIn(published, logical);
    const sha256 = nodeSha256(enc(text));
    const ref = { file: contentName(logical, sha256), sha256, bytes: enc(text).length };
    delete files[old];
    files[ref.file] = text;
    moved.set(old, ref);
  }
  const swap = <T extends FileRef>(ref: T): T => ({ ...ref, ...(moved.get(ref.file) ?? {}) });
  const { index } = published;
  const tables = {
    regions: swap(index.tables.regions),
    aliases: swap(index.tables.aliases),
    ...(index.tables.names ? { names: swap(index.tables.names) } : {}),
  };
  const shards = index.shards.map(swap);
  const refs = [...Object.values(tables), ...shards];
  const version = versionLabel(index.version.slice(0, 10).replaceAll(".", "-"), nodeSha256(enc(contentLines(refs))));
  return { index: { ...index, version, tables, shards }, files };
}

/** v2 of the seeds: 内蒙古 稀土新材料 产值 2025 in plan 000 goes from 350 to 360 (quote and document line too). */
export function withRareEarth360(base: PublishedDataset, generated = "2026-12-01T08:00:00.000Z"): PublishedDataset {
  return republish(base, {
    generated,
    plans: {
      "000": (plan) => {
        const record = plan.records.find((r) => r.id === "000-L17-7")!;
        record.value = 360;
        record.quote = String(record.quote).replace("350", "360");
      },
    },
    documents: {
      "000_7fb2c2560672e87d.txt": (text) =>
        text
          .split("\n")
          .map((line, i) => (i === 16 ? line.replace("稀土新材料产值达到350亿元", "稀土新材料产值达到360亿元") : line))
          .join("\n"),
    },
  });
}
