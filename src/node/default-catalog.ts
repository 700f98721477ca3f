/** The catalogue over the bundled seeds, built once on first use (Node: the CLI and the library entry). */
import type { Catalog } from "../core/catalog";
import { catalogFrom } from "../data/catalog-from";
import { readSeeds, SeedFilesError } from "./seeds";

let cached: Catalog | null = null;

/** Throws a SeedFilesError naming every file, record and field when the seeds cannot be read or do not validate. */
export function defaultCatalog(): Catalog {
  if (cached === null) {
    const built = catalogFrom(readSeeds());
    if (!built.ok) throw new SeedFilesError(built.issues);
    cached = built.catalog;
  }
  return cached;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}
