/**
 * The catalogue the library's free functions (and the CLI) answer from, built once on first use: the dataset
 * folder named by PLAN_TARGETS_DATA when it is set (seeds layout or a published dist/datasets/ folder; see
 * dataset-dir.ts), else the bundled seeds.
 */
import type { Catalog } from "../core/catalog";
import { catalogFrom } from "../data/catalog-from";
import { catalogFromDir } from "./dataset-dir";
import { readSeeds, SeedFilesError } from "./seeds";

/** The environment variable that points the library and the CLI at another dataset folder. */
export const DATA_ENV = "PLAN_TARGETS_DATA";

let cached: Catalog | null = null;

/**
 * Throws a SeedFilesError naming every file, record and field when the data (the seeds, or the folder named by
 * PLAN_TARGETS_DATA) cannot be read or does not validate.
 */
export function defaultCatalog(): Catalog {
  if (cached === null) {
    const dir = process.env[DATA_ENV];
    const built = dir ? catalogFromDir(dir) : catalogFrom(readSeeds());
    if (!built.ok) throw new SeedFilesError(built.issues);
    cached = built.catalog;
  }
  return cached;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}
