/**
 * The shared runtime's one live catalogue, for the custom functions and the taskpane (they run in one page).
 * Built from the bundled seeds at start-up and installed where the functions read it; a refresh swaps it whole.
 */
import { shippedCatalog } from "../data/catalog-from";
import { CatalogStore } from "../data/store";
import { install } from "../functions/live";
import { bundledSeeds } from "./bundled-seeds";

export const store = new CatalogStore(shippedCatalog(bundledSeeds(), "the bundled data"));
install(store);
