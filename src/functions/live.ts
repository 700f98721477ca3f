/**
 * Where the custom functions find their data: the store installed at start-up (the bundled seeds in the add-in,
 * the Node seeds in tests). Functions read `liveStore().catalog` on every call, so a swap takes effect at once.
 */
import type { CatalogStore } from "../data/store";

let active: CatalogStore | null = null;

export function install(store: CatalogStore): void {
  active = store;
}

export function liveStore(): CatalogStore {
  if (!active) throw new Error("plan-targets: no dataset installed");
  return active;
}
