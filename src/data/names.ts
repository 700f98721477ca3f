/**
 * The names table of a sharded dataset: each region's plans (id, title, bundle, document, record count), sector
 * paths and metric labels, without the records. The pane browses and searches the regions it has not loaded
 * through it; opening one loads its shard. Published as tables/names.<hash>.json, read by hand (no zod).
 */
import { PATH_JOINER } from "../core/catalog-types";
import type { Dataset } from "../core/dataset";
import { metricLabel } from "../core/names";

export interface PlanName {
  readonly id: string;
  readonly title: string;
  readonly bundle: string | null;
  readonly document: string;
  readonly records: number;
}

export interface RegionNames {
  readonly region: string;
  readonly plans: readonly PlanName[];
  /** Every sector node's path, its names joined by ›, in first-seen order. */
  readonly sectors: readonly string[];
  /** Every metric label (threshold included), in first-seen order. */
  readonly metrics: readonly string[];
}

export interface NamesTable {
  readonly regions: readonly RegionNames[];
}

/** The names table of a dataset, regions in the regions table's order (those without plans left out). */
export function namesTable(dataset: Dataset): NamesTable {
  const regions: RegionNames[] = [];
  for (const region of dataset.regions) {
    const plans = dataset.plans.filter((p) => p.region === region.name);
    if (plans.length === 0) continue;
    const sectors = new Set<string>();
    const metrics = new Set<string>();
    for (const plan of plans) {
      for (const record of plan.records) {
        record.sector.forEach((_, depth) => sectors.add(record.sector.slice(0, depth + 1).join(PATH_JOINER)));
        metrics.add(metricLabel(record));
      }
    }
    regions.push({
      region: region.name,
      plans: plans.map((p) => ({
        id: p.id,
        title: p.title,
        bundle: p.bundle,
        document: p.document,
        records: p.records.length,
      })),
      sectors: [...sectors],
      metrics: [...metrics],
    });
  }
  return { regions };
}

/** A names table read back, or null when its shape is wrong (the pane then browses the loaded regions only). */
export function readNamesTable(json: unknown): NamesTable | null {
  const table = json as { regions?: unknown };
  if (typeof table !== "object" || table === null || !Array.isArray(table.regions)) return null;
  const texts = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");
  for (const entry of table.regions as Array<Partial<Record<keyof RegionNames, unknown>>>) {
    if (typeof entry?.region !== "string" || !Array.isArray(entry.plans)) return null;
    if (!texts(entry.sectors) || !texts(entry.metrics)) return null;
    for (const plan of entry.plans as Array<Partial<Record<keyof PlanName, unknown>>>) {
      if (typeof plan?.id !== "string" || typeof plan.title !== "string" || typeof plan.document !== "string")
        return null;
      if (typeof plan.records !== "number" || (plan.bundle !== null && typeof plan.bundle !== "string")) return null;
    }
  }
  return table as NamesTable;
}
