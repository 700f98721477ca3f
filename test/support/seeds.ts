/**
 * The bundled seeds, built once for all specs, through the one path raw data takes (catalogFrom); and the same
 * seeds compiled as the build publishes them (fixed dates), read back through the add-in's start path.
 */
import { createHash } from "node:crypto";
import type { Catalog } from "../../src/core/catalog";
import type { Dataset } from "../../src/core/dataset";
import type { PlanError, Result } from "../../src/core/errors";
import { catalogFrom } from "../../src/data/catalog-from";
import type { DatasetSnapshot } from "../../src/data/compiled";
import { compileDataset, snapshotOf, type PublishedDataset } from "../../src/data/publish";
import { catalogFromSnapshot } from "../../src/data/snapshot";
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

/** The fixed publication time of the compiled seeds in tests. */
export const TEST_GENERATED = "2026-11-30T08:00:00.000Z";

export const nodeSha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

let compiled: { published: PublishedDataset; snapshot: DatasetSnapshot; catalog: Catalog } | null = null;

/** The seeds published in format 2 (every plan dated 2026-11-29), and the catalogue the add-in would start with. */
export function compiledSeeds(): { published: PublishedDataset; snapshot: DatasetSnapshot; catalog: Catalog } {
  if (compiled) return compiled;
  const raw = readSeeds();
  const published = compileDataset({
    dataset: seeds().dataset,
    documents: raw.documents ?? {},
    generated: TEST_GENERATED,
    updated: () => "2026-11-29",
    sha256: nodeSha256,
  });
  const snapshot = snapshotOf(published);
  const built = catalogFromSnapshot(snapshot);
  if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "zh")).join("\n"));
  compiled = { published, snapshot, catalog: built.catalog };
  return compiled;
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
