/** The bundled seeds, built once for all specs, through the one path raw data takes (catalogFrom). */
import type { Catalog } from "../../src/core/catalog";
import type { Dataset } from "../../src/core/dataset";
import type { PlanError, Result } from "../../src/core/errors";
import { catalogFrom } from "../../src/data/catalog-from";
import { formatIssue } from "../../src/data/validate";
import { readSeeds } from "../../src/node/seeds";

let built: { catalog: Catalog; dataset: Dataset } | null = null;

function seeds(): { catalog: Catalog; dataset: Dataset } {
  if (built) return built;
  const result = catalogFrom(readSeeds());
  if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(issue, "en")).join("\n"));
  built = { catalog: result.catalog, dataset: result.dataset };
  return built;
}

export function seedDataset(): Dataset {
  return seeds().dataset;
}

export function seedCatalog(): Catalog {
  return seeds().catalog;
}

/** The value of a successful result, or a failed assertion naming the error. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.zh}`);
  return result.value;
}

/** The error of a failed result, or a failed assertion. */
export function errorOf(result: Result<unknown>): PlanError {
  if (result.ok) throw new Error("expected an error, got a value");
  return result.error;
}
