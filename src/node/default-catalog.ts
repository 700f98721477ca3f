/** The catalogue over the bundled seeds, built once on first use (Node: the CLI and the library entry). */
import { Catalog } from "../core/catalog";
import { buildDataset, formatIssue } from "../core/dataset";
import { readSeeds } from "./seeds";

let cached: Catalog | null = null;

/** The bundled data is checked by the tests, so a failure here is a broken installation, not bad input. */
export function defaultCatalog(): Catalog {
  if (cached) return cached;
  const built = buildDataset(readSeeds());
  if (!built.ok) throw new Error(`plan-targets: the bundled seeds are invalid:\n${built.issues.map(formatIssue).join("\n")}`);
  cached = new Catalog(built.dataset);
  return cached;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}
