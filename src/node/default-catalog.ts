/** The catalogue over the bundled seeds, built once on first use (Node: the CLI and the library entry). */
import type { Catalog } from "../core/catalog";
import { shippedCatalog } from "../data/catalog-from";
import { readSeeds } from "./seeds";

let cached: Catalog | null = null;

export function defaultCatalog(): Catalog {
  cached ??= shippedCatalog(readSeeds(), "the bundled seeds");
  return cached;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}
