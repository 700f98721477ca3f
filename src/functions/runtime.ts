/**
 * The add-in's one live catalogue, shared by the custom functions and the taskpane (they run in one shared
 * runtime). Built from the bundled seeds at start-up; a refresh swaps it whole through `store.swap`.
 */
import { Catalog } from "../core/catalog";
import { buildDataset, formatIssue } from "../core/dataset";
import { CatalogStore } from "../core/store";
import { bundledSeeds } from "./bundled-seeds";
import { install } from "./live";

function bundledCatalog(): Catalog {
  const built = buildDataset(bundledSeeds());
  // The bundled seeds are validated by the test suite; failing here means a broken build.
  if (!built.ok) throw new Error(`plan-targets: bundled data invalid: ${built.issues.map(formatIssue).join("; ")}`);
  return new Catalog(built.dataset);
}

export const store = new CatalogStore(bundledCatalog());
install(store);
