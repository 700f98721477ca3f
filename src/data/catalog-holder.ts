/**
 * The live catalogue of a running add-in: one value, replaced whole (`install`) by a catalogue built from verified
 * data, and the listeners told. No verification and no zod here, so the add-in's start path can hold one;
 * CatalogStore (store.ts) adds `swap(raw)`, which verifies raw data first.
 */
import type { Catalog } from "../core/catalog";

export class CatalogHolder {
  private current: Catalog;
  private readonly listeners = new Set<(catalog: Catalog) => void>();
  private wantedListener: ((region: string) => void) | null = null;

  constructor(initial: Catalog) {
    this.current = initial;
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Swaps in a catalogue built elsewhere (a verified compiled dataset) and tells the listeners. */
  install(catalog: Catalog): { ok: true; catalog: Catalog } {
    this.current = catalog;
    for (const listener of this.listeners) {
      try {
        listener(catalog);
      } catch (error) {
        // One listener's failure (a pane that is closing) must not keep the others on the old data.
        console.error("plan-targets: a listener failed after a data swap", error);
      }
    }
    return { ok: true, catalog };
  }

  /**
   * A cell asked for a region whose records are not held (REGION_LOADING): the page's data lifecycle loads it.
   * Synchronous and cheap: the functions call it from inside a calculation.
   */
  want(region: string): void {
    this.wantedListener?.(region);
  }

  /** Who loads a region wanted (the page's LiveData). */
  onWanted(listener: (region: string) => void): void {
    this.wantedListener = listener;
  }

  /** Calls `listener` after every successful swap; returns the unsubscribe function. */
  subscribe(listener: (catalog: Catalog) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
