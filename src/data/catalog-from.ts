/**
 * The one path from raw data to a catalogue: verify everything, then index. The Node default catalogue, the
 * add-in's start-up, the store's swap, `plan-targets check` and the tests all go through here.
 */
import { Catalog } from "../core/catalog";
import type { Dataset } from "../core/dataset";
import { buildDataset, formatIssue, type DatasetIssue, type RawDataset } from "./validate";

export type CatalogResult =
  | { readonly ok: true; readonly catalog: Catalog; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** Verifies `raw` completely and builds its catalogue, or returns every issue found. */
export function catalogFrom(raw: RawDataset): CatalogResult {
  const built = buildDataset(raw);
  if (!built.ok) return built;
  return { ok: true, catalog: new Catalog(built.dataset), dataset: built.dataset };
}

/**
 * The catalogue of data that shipped with the program (the bundled seeds). It was verified by the tests and the
 * build, so an issue here is a broken installation, not bad input: it throws, naming every issue.
 */
export function shippedCatalog(raw: RawDataset, origin: string): Catalog {
  const result = catalogFrom(raw);
  if (!result.ok)
    throw new Error(
      `plan-targets: ${origin} is invalid:\n${result.issues.map((issue) => formatIssue(issue, "zh")).join("\n")}`,
    );
  return result.catalog;
}
