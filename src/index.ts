/**
 * plan-targets as a library: `import { target, cagr } from "plan-targets"`.
 * The free functions answer over the bundled seeds (or the folder PLAN_TARGETS_DATA names); `Catalog`,
 * `buildDataset`, `catalogFrom` and `catalogFromDir` take any dataset.
 */
import type { Entry, RecordFilter, SectorNode, TargetAnswer } from "./core/catalog";
import type { Result } from "./core/errors";
import type { YearAsked } from "./core/vocabulary";
import { defaultCatalog } from "./node/default-catalog";

export * from "./core/index";
export * from "./data/index";
export * from "./extract/index";
export { DATA_ENV, defaultCatalog, useCatalog } from "./node/default-catalog";
export { catalogFromDir, readDatasetDir, type DatasetDirResult, type DatasetLayout } from "./node/dataset-dir";
export { publishFailure, publishSeeds, writePublished, type PublishResult } from "./node/publish";
export { loadSeeds, readSeeds, SeedFilesError, SEEDS_DIR, type SeedsRead } from "./node/seeds";

/**
 * The target for a region, sector and metric; year defaults to the plan's end year (EVERY_YEAR asks for a
 * recurring target), plan pins a plan.
 */
export function target(
  region: string,
  sector: string,
  metric: string,
  year?: YearAsked,
  plan?: string | null,
): Result<TargetAnswer> {
  return defaultCatalog().target({ region, sector, metric, year: year ?? null, plan: plan ?? null });
}

/** Records matching a filter (every field optional). */
export function list(filter: RecordFilter = {}): Result<Entry[]> {
  return defaultCatalog().list(filter);
}

export function sectors(filter: { region?: string | null; plan?: string | null } = {}): Result<SectorNode[]> {
  return defaultCatalog().sectorTree(filter);
}
