/**
 * A published, sharded dataset folder read region by region (`PLAN_TARGETS_DATA=DIR`, `plan-targets --data DIR`):
 * index.json and the tables at first, then a region's shard the first time a question needs it — read, checked
 * against the index (size, sha256) and verified as the build verifies (the schema, the quotes on the lines of the
 * documents when the folder has them). A command that asks one province reads one shard; one that lists the nation
 * reads them all. A shard that is missing or damaged leaves the other regions answering; its own questions say why.
 *
 * The catalogue handed out is a stand-in that answers from the regions read so far and, when an answer waits for a
 * region (REGION_LOADING), reads it and asks again: Node reads synchronously, so callers never see the wait.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../core/catalog";
import type { Result } from "../core/errors";
import type { Bilingual } from "../core/locale";
import { tableRefs, type DatasetIndex, type DatasetSnapshot } from "../data/compiled";
import { formatIssue } from "../data/issues";
import { catalogFromSnapshot } from "../data/snapshot";
import { readPublishedShards } from "./dataset-dir";
import { SeedFilesError } from "./seeds";
import { verifier } from "./verifier";

export class ShardedFolder {
  private files: Record<string, string> = {};
  private readonly failed = new Map<string, Bilingual>();
  private current: Catalog;

  constructor(
    private readonly root: string,
    private readonly index: DatasetIndex,
  ) {
    for (const ref of tableRefs(index)) this.files[ref.file] = readFileSync(join(root, ref.file), "utf8");
    this.current = this.build();
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Reads and verifies a region's shards; a failure is kept as the region's answer. False when nothing changed. */
  load(region: string): boolean {
    const shards = this.index.shards.filter((s) => s.region === region && this.files[s.file] === undefined);
    if (shards.length === 0 || this.failed.has(region)) return false;
    const read = readPublishedShards(this.root, this.index, shards);
    const built = read.ok ? verifier().catalogFrom(read.raw) : read;
    if (!built.ok) {
      const first = built.issues[0]!;
      this.failed.set(region, { zh: formatIssue(first, "zh"), en: formatIssue(first, "en") });
    } else {
      for (const shard of shards) this.files[shard.file] = readFileSync(join(this.root, shard.file), "utf8");
    }
    this.current = this.build();
    return true;
  }

  /** Every region read (what a question over the nation needs). */
  loadAll(): void {
    for (const shard of this.index.shards) this.load(shard.region);
  }

  private build(): Catalog {
    const snapshot: DatasetSnapshot = { index: this.index, files: this.files };
    const built = catalogFromSnapshot(snapshot, this.failed);
    if (!built.ok) throw new SeedFilesError(built.issues);
    return built.catalog;
  }
}

/** Members whose value covers every region: reading them reads every shard first. */
const NATIONWIDE = new Set<PropertyKey>(["entries", "dataset"]);

/**
 * The folder's catalogue as one Catalog: every method answers from the regions read, reading the region an answer
 * waits for and asking again (at most once per region).
 */
export function lazyCatalog(folder: ShardedFolder): Catalog {
  return new Proxy(folder.catalog, {
    get(_, property) {
      if (NATIONWIDE.has(property)) folder.loadAll();
      const value: unknown = Reflect.get(folder.catalog, property);
      if (typeof value !== "function") return value;
      return (...args: unknown[]): unknown => {
        for (;;) {
          const catalog = folder.catalog;
          const answer = (catalog[property as keyof Catalog] as (...a: unknown[]) => unknown).apply(catalog, args);
          const waiting =
            (answer as Result<unknown> | null)?.ok === false
              ? (answer as { error: { waitingFor?: string } }).error.waitingFor
              : undefined;
          if (waiting === undefined || !folder.load(waiting)) return answer;
        }
      };
    },
  });
}
