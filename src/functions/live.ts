/**
 * Where the custom functions find their data: the live catalogue installed at start-up (the compiled snapshot in the add-in,
 * the compiled seeds in tests). Functions read `liveStore().catalog` on every call, so a swap takes effect at once.
 */
import type { CatalogHolder } from "../data/catalog-holder";

let active: CatalogHolder | null = null;

export function install(store: CatalogHolder): void {
  active = store;
}

export function liveStore(): CatalogHolder {
  if (!active) throw new Error("plan-targets: no dataset installed");
  return active;
}
