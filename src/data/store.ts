/**
 * The live catalogue of a running add-in: one value, swapped whole when a refresh or an import succeeds.
 * Readers always see a complete dataset; a failed refresh never replaces what is there.
 */
import type { Catalog } from "../core/catalog";
import { catalogFrom } from "./catalog-from";
import type { DatasetIssue, RawDataset } from "./validate";

export type SwapResult = { ok: true; catalog: Catalog } | { ok: false; issues: readonly DatasetIssue[] };

export class CatalogStore {
  private current: Catalog;
  private readonly listeners = new Set<(catalog: Catalog) => void>();

  constructor(initial: Catalog) {
    this.current = initial;
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Verifies `raw` completely, then swaps it in and notifies listeners; on any issue keeps the current data. */
  swap(raw: RawDataset): SwapResult {
    const built = catalogFrom(raw);
    if (!built.ok) return built;
    this.current = built.catalog;
    for (const listener of this.listeners) listener(this.current);
    return { ok: true, catalog: this.current };
  }

  /** Calls `listener` after every successful swap; returns the unsubscribe function. */
  subscribe(listener: (catalog: Catalog) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
