/**
 * The live catalogue of a running add-in: one value, swapped whole when a refresh or an import succeeds.
 * Readers always see a complete dataset; a failed refresh never replaces what is there.
 */
import { Catalog } from "./catalog";
import { buildDataset, type DatasetIssue, type RawDataset } from "./dataset";

export type SwapResult = { ok: true; catalog: Catalog } | { ok: false; issues: DatasetIssue[] };

export class CatalogStore {
  private current: Catalog;
  private readonly listeners = new Set<(catalog: Catalog) => void>();

  constructor(initial: Catalog) {
    this.current = initial;
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Validates `raw` completely, then swaps it in and notifies listeners; on any issue keeps the current data. */
  swap(raw: RawDataset): SwapResult {
    const built = buildDataset(raw);
    if (!built.ok) return built;
    this.current = new Catalog(built.dataset);
    for (const listener of this.listeners) listener(this.current);
    return { ok: true, catalog: this.current };
  }

  /** Calls `listener` after every successful swap; returns the unsubscribe function. */
  subscribe(listener: (catalog: Catalog) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The version label of seed content, the same whether Node read the files or webpack bundled them. */
export function seedsVersion(regions: unknown, aliases: unknown, plans: ReadonlyArray<{ readonly content: unknown }>): string {
  return `seeds-${fingerprint([JSON.stringify(regions), JSON.stringify(aliases), ...plans.map((p) => JSON.stringify(p.content))])}`;
}

/** FNV-1a over the content: a short, stable version label for a dataset, the same in Node and the browser. */
export function fingerprint(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash = (hash ^ 0xff) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
