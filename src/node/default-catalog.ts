/**
 * The catalogue the library's free functions (and the CLI) answer from, built once on first use: the dataset
 * folder named by PLAN_TARGETS_DATA when it is set (seeds layout or a published dist/datasets/ folder; see
 * dataset-dir.ts), else the bundled seeds.
 */
import type { Catalog } from "../core/catalog";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { INDEX_FILE } from "../data/compiled";
import type * as DatasetDir from "./dataset-dir";
import { onDemand } from "./on-demand";
import type * as Sharded from "./sharded-folder";
import { readSeeds, SeedFilesError } from "./seeds";
import { catalogFromSeedsSnapshot } from "./seeds-snapshot";
import { verifier } from "./verifier";

// Only a PLAN_TARGETS_DATA folder is read through dataset-dir (and node:crypto): the seeds start without it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as above
const datasetDir = onDemand(() => require("./dataset-dir") as typeof DatasetDir);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as above
const sharded = onDemand(() => require("./sharded-folder") as typeof Sharded);

/** The environment variable that points the library and the CLI at another dataset folder. */
export const DATA_ENV = "PLAN_TARGETS_DATA";

let cached: Catalog | null = null;
const byFolder = new Map<string, Catalog>();

/**
 * Throws a SeedFilesError naming every file, record and field when the data (the seeds, or the folder named by
 * PLAN_TARGETS_DATA) cannot be read or does not validate.
 */
export function defaultCatalog(): Catalog {
  if (cached === null) {
    const dir = process.env[DATA_ENV];
    cached = dir ? catalogOfFolder(dir) : shipped();
  }
  return cached;
}

/**
 * The catalogue of a dataset folder (`plan-targets --data DIR`), read once per folder: a published folder region by
 * region as questions need them (sharded-folder.ts), a seeds folder whole.
 */
export function catalogOfFolder(dir: string): Catalog {
  let catalog = byFolder.get(dir);
  if (!catalog) {
    catalog = existsSync(join(resolve(dir), INDEX_FILE)) ? publishedCatalog(resolve(dir)) : wholeFolder(dir);
    byFolder.set(dir, catalog);
  }
  return catalog;
}

function publishedCatalog(root: string): Catalog {
  const read = datasetDir.readPublishedIndex(root);
  if (!read.ok) throw new SeedFilesError(read.issues);
  return sharded.lazyCatalog(new sharded.ShardedFolder(root, read.index));
}

function wholeFolder(dir: string): Catalog {
  const built = datasetDir.catalogFromDir(dir);
  if (!built.ok) throw new SeedFilesError(built.issues);
  return built.catalog;
}

/** The seeds: from their compiled snapshot when it is current, else verified completely. */
function shipped(): Catalog {
  const fast = catalogFromSeedsSnapshot();
  if (fast) return fast;
  const built = verifier().catalogFrom(readSeeds());
  if (!built.ok) throw new SeedFilesError(built.issues);
  return built.catalog;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}
