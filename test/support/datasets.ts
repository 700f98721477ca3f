/**
 * Published datasets for the refresh tests: read one from a folder (dist/datasets), publish an edited copy (change a
 * figure, recompute every sha256, the sizes, the record counts, the version and the date), and damage one on the
 * way out (a fault server). Produces v1 → v2 as a maintainer would: the publish step, then an edit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  contentLines,
  contentName,
  INDEX_FILE,
  versionLabel,
  type DatasetIndex,
  type FileRef,
} from "../../src/data/compiled";
import type { PublishedDataset } from "../../src/data/publish";
import { nodeSha256 } from "./seeds";

type Json = Record<string, unknown> & { records: Array<Record<string, unknown>> };

export interface Edit {
  /** Changes to plan files by id (the parsed plan, edited in place). */
  readonly plans?: Readonly<Record<string, (plan: Json) => void>>;
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
  for (const ref of allRefs(index)) files[ref.file] = readFileSync(join(dir, ref.file), "utf8");
  return { index, files };
}

function allRefs(index: DatasetIndex): FileRef[] {
  return [index.tables.regions, index.tables.aliases, ...index.plans, ...index.plans.map((p) => p.document)];
}

/** A published path without its content hash: plans/000.ab12cd34ef56ab78.json → plans/000.json. */
export function logicalPath(file: string): string {
  return file.replace(/\.[0-9a-f]{16}(?=\.[^./]+$)/, "");
}

/** Where a file is published in this dataset, by its path without the hash ("plans/000.json"). */
export function pathIn(published: PublishedDataset, logical: string): string {
  const ref = allRefs(published.index).find((r) => logicalPath(r.file) === logical);
  if (!ref) throw new Error(`no ${logical} in this dataset`);
  return ref.file;
}

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A file published under its content name, as the publisher names it (contentName). */
function refOf(file: string, text: string): FileRef {
  const sha256 = nodeSha256(enc(text));
  return { file: contentName(logicalPath(file), sha256), sha256, bytes: enc(text).length };
}

/** `base` with the edits applied and re-indexed consistently: a valid newer publication (unless `raw` breaks it). */
export function republish(base: PublishedDataset, edit: Edit): PublishedDataset {
  const files: Record<string, string> = {};
  const day = edit.generated.slice(0, 10);
  const plans = base.index.plans.map((ref) => {
    let text = base.files[ref.file]!;
    let records = ref.records;
    let updated = ref.updated;
    const change = edit.plans?.[ref.id];
    if (change) {
      const plan = JSON.parse(text) as Json;
      change(plan);
      text = JSON.stringify(plan);
      records = plan.records.length;
      updated = day;
    }
    const raw = edit.raw?.[logicalPath(ref.file)];
    if (raw !== undefined) text = raw;
    const docName = logicalPath(ref.document.file).slice("documents/".length);
    let doc = base.files[ref.document.file]!;
    const docChange = edit.documents?.[docName];
    if (docChange) doc = docChange(doc);
    const plan = refOf(ref.file, text);
    const document = refOf(ref.document.file, doc);
    files[plan.file] = text;
    files[document.file] = doc;
    return { ...ref, ...plan, records, updated, document };
  });
  const table = (ref: FileRef): FileRef => {
    const next = refOf(ref.file, base.files[ref.file]!);
    files[next.file] = base.files[ref.file]!;
    return next;
  };
  const tables = { regions: table(base.index.tables.regions), aliases: table(base.index.tables.aliases) };
  const refs = [tables.regions, tables.aliases, ...plans, ...plans.map((p) => p.document)];
  const newest = plans
    .map((p) => p.updated)
    .sort()
    .at(-1)!;
  const version = versionLabel(newest, nodeSha256(enc(contentLines(refs))));
  return { index: { ...base.index, version, generated: edit.generated, tables, plans }, files };
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
