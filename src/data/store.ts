/**
 * The live catalogue of a running add-in: one value, swapped whole when a stored or refreshed dataset has been
 * verified and built aside (LiveData). Readers always see a complete dataset; a failed refresh never replaces what
 * is there. No verification happens here, so the add-in's start path stays free of zod.
 */
import type { Catalog } from "../core/catalog";

export class CatalogStore {
  private current: Catalog;
  private readonly listeners = new Set<(catalog: Catalog) => void>();

  constructor(initial: Catalog) {
    this.current = initial;
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Swaps in a catalogue built from verified data (catalogFrom, catalogFromSnapshot, a refresh) and notifies. */
  swap(catalog: Catalog): void {
    this.current = catalog;
    for (const listener of this.listeners) listener(this.current);
  }

  /** Calls `listener` after every swap; returns the unsubscribe function. */
  subscribe(listener: (catalog: Catalog) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
