/**
 * The live catalogue of a running add-in: one value, swapped whole when a refresh or an import succeeds.
 * Readers always see a complete dataset; a failed refresh never replaces what is there: `swap` answers with the
 * issues of any malformed input (it never throws), refuses a dataset without records, and a listener that fails
 * does not keep the others from hearing of the swap (CatalogHolder, which the add-in's start path uses alone:
 * `swap` verifies with zod, `install` does not).
 */
import type { Catalog } from "../core/catalog";
import { catalogFrom } from "./catalog-from";
import { CatalogHolder } from "./catalog-holder";
import { datasetIssue, type DatasetIssue } from "./issues";
import type { RawDataset } from "./validate";

export { CatalogHolder } from "./catalog-holder";

export type SwapResult = { ok: true; catalog: Catalog } | { ok: false; issues: readonly DatasetIssue[] };

export class CatalogStore extends CatalogHolder {
  /** Verifies `raw` completely, then swaps it in and notifies listeners; on any issue keeps the current data. */
  swap(raw: RawDataset): SwapResult {
    const built = safely(() => catalogFrom(raw));
    if (!built.ok) return built;
    if (built.catalog.entries.length === 0) return { ok: false, issues: [datasetIssue("EMPTY_DATASET", { file: "" })] };
    return this.install(built.catalog);
  }
}

/** Input of the wrong shape altogether (null, a string, cycles) is an issue like any other, not an exception. */
function safely(build: () => ReturnType<typeof catalogFrom>): ReturnType<typeof catalogFrom> {
  try {
    return build();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [datasetIssue("MALFORMED", { file: "" }, { detail })] };
  }
}
