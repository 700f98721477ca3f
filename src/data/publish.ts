/**
 * Publishing a verified dataset in the compiled format (format 3, compiled.ts): one shard per region (its plans,
 * compact, and its documents' references), the regions, aliases and names tables, the documents verbatim, each named
 * by its content, and index.json with each file's sha256 and size. Pure: the caller (the build, `npm run
 * publish:data`, the tests) verifies the seeds first and passes the hash function and the dates.
 */
import type { Dataset } from "../core/dataset";
import type { Region } from "../core/schema";
import {
  contentLines,
  contentName,
  DATASET_FORMAT,
  INDEX_FILE,
  tableRefs,
  versionLabel,
  type DatasetIndex,
  type DatasetSnapshot,
  type FileRef,
  type IndexedShard,
} from "./compiled";
import { utf8 } from "./digest";
import { namesTable } from "./names";

export interface PublishInput {
  /** Verified (buildDataset): the plan files are written as the schema filled them in, defaults included. */
  readonly dataset: Dataset;
  /** The documents' texts by file name, verbatim. */
  readonly documents: Readonly<Record<string, string>>;
  /** ISO timestamp of this publication. */
  readonly generated: string;
  /** YYYY-MM-DD of the last change to a plan's data (git's commit date of its seed file, else today). */
  readonly updated: (planId: string) => string;
  /** Lowercase hex sha256 of some bytes. */
  readonly sha256: (bytes: Uint8Array) => string;
}

export interface PublishedDataset {
  readonly index: DatasetIndex;
  /** Every file but index.json, by path: tables, plans and documents. */
  readonly files: Readonly<Record<string, string>>;
}

export function compileDataset(input: PublishInput): PublishedDataset {
  const files: Record<string, string> = {};
  const ref = (path: string, text: string): FileRef => {
    const bytes = utf8(text);
    const sha256 = input.sha256(bytes);
    const file = contentName(path, sha256);
    files[file] = text;
    return { file, sha256, bytes: bytes.length };
  };
  const { dataset } = input;
  const tables = {
    regions: ref("tables/regions.json", JSON.stringify({ regions: dataset.regions })),
    aliases: ref("tables/aliases.json", JSON.stringify(dataset.aliases)),
    names: ref("tables/names.json", JSON.stringify(namesTable(dataset))),
  };
  const documents = new Map<string, FileRef>();
  for (const name of Object.keys(input.documents).sort()) {
    documents.set(name, ref(`documents/${name}`, input.documents[name]!));
  }
  const shards: IndexedShard[] = [];
  for (const region of dataset.regions) {
    const plans = dataset.plans.filter((p) => p.region === region.name);
    if (plans.length === 0) continue;
    const cited: Record<string, FileRef> = {};
    for (const plan of plans) {
      const document = documents.get(plan.document);
      if (!document) throw new Error(`plan-targets: no document ${plan.document} for plan ${plan.id}`);
      cited[plan.document] = document;
    }
    const text = JSON.stringify({ region: region.name, plans, documents: cited });
    shards.push({
      region: region.name,
      ...ref(shardPath(region), text),
      plans: plans.length,
      records: plans.reduce((n, p) => n + p.records.length, 0),
      updated: plans
        .map((p) => input.updated(p.id))
        .sort()
        .at(-1)!,
    });
  }
  const refs = [tables.regions, tables.aliases, tables.names, ...shards, ...documents.values()];
  // The date of the newest plan data (not of the build), so republishing unchanged seeds gives the same version.
  const dates = shards.map((s) => s.updated).sort();
  const newest = dates.at(-1) ?? input.generated.slice(0, 10);
  const version = versionLabel(newest, input.sha256(utf8(contentLines(refs))));
  return { index: { format: DATASET_FORMAT, version, generated: input.generated, tables, shards }, files };
}

/** A region's shard is named by its code (150000 for 内蒙古): ASCII, stable, unique. */
function shardPath(region: Region): string {
  return `shards/${region.code}.json`;
}

/** index.json as written: indented, so a maintainer can read what is published. */
export function indexText(index: DatasetIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** Every file of a published dataset by path, index.json included: what goes into dist/datasets/. */
export function publishedFiles(published: PublishedDataset): Record<string, string> {
  return { [INDEX_FILE]: indexText(published.index), ...published.files };
}

/**
 * The snapshot the add-in embeds and keeps: the index with the regions and aliases tables and the shards of the
 * regions `embed` keeps (all by default), without the documents or the names table (fetched when the pane needs
 * them).
 */
export function snapshotOf(
  published: PublishedDataset,
  embed: (region: string) => boolean = () => true,
): DatasetSnapshot {
  const files: Record<string, string> = {};
  const { index } = published;
  for (const ref of [...tableRefs(index), ...index.shards.filter((s) => embed(s.region))])
    files[ref.file] = published.files[ref.file]!;
  return { index, files };
}
