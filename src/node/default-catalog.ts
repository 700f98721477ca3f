/**
 * The catalogue the library's free functions (and the CLI) answer from, built once on first use: the dataset
 * folder named by PLAN_TARGETS_DATA when it is set (seeds layout or a published dist/datasets/ folder; see
 * dataset-dir.ts), else the bundled seeds.
 */
import type { Catalog } from "../core/catalog";
import { shippedCatalog } from "../data/catalog-from";
import { formatIssue } from "../data/issues";
import { catalogFromDir } from "./dataset-dir";
import { readSeeds } from "./seeds";

/** The environment variable that points the library and the CLI at another dataset folder. */
export const DATA_ENV = "PLAN_TARGETS_DATA";

let cached: Catalog | null = null;

export function defaultCatalog(): Catalog {
  cached ??= fromEnvironment() ?? shippedCatalog(readSeeds(), "the bundled seeds");
  return cached;
}

/** Replaces the catalogue the free functions use (a refreshed or imported dataset). */
export function useCatalog(catalog: Catalog): void {
  cached = catalog;
}

function fromEnvironment(): Catalog | null {
  const dir = process.env[DATA_ENV];
  if (!dir) return null;
  const built = catalogFromDir(dir);
  if (!built.ok) {
    throw new Error(`plan-targets：${DATA_ENV}=${dir} 中的数据无法使用：\n${built.issues.map(formatIssue).join("\n")}`);
  }
  return built.catalog;
}
