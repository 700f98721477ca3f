/** The bundled seeds, built once for all specs. */
import { Catalog } from "../../src/core/catalog";
import { buildDataset, formatIssue, type Dataset } from "../../src/core/dataset";
import { readSeeds } from "../../src/node/seeds";

let dataset: Dataset | null = null;

export function seedDataset(): Dataset {
  if (dataset) return dataset;
  const built = buildDataset(readSeeds());
  if (!built.ok) throw new Error(built.issues.map(formatIssue).join("\n"));
  dataset = built.dataset;
  return dataset;
}

let catalog: Catalog | null = null;
export function seedCatalog(): Catalog {
  catalog ??= new Catalog(seedDataset());
  return catalog;
}

/** The value of a successful result, or a failed assertion naming the error. */
export function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf(result: { ok: boolean; error?: { code: string } } & object): { code: string; message: string; messageEn: string; category: string; suggestions: readonly string[] } {
  if (result.ok) throw new Error("expected an error, got a value");
  return (result as unknown as { error: { code: string; message: string; messageEn: string; category: string; suggestions: readonly string[] } }).error;
}
