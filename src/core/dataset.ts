/**
 * A dataset: the plans, the region and alias tables and (when read from files) the documents, verified (src/data)
 * and ready to index. The catalogue never needs the documents; the completeness scan and full validation do.
 */
import type { Bilingual } from "./locale";
import type { Aliases, Plan, PlanRecord, Region } from "./schema";

/** Why a region's records are not in a dataset: not loaded yet (a shard fetched on first use), or failed to load. */
export type RegionAbsence = (
  { readonly state: "loading" } | { readonly state: "failed"; readonly detail: Bilingual }
) & {
  /** How many records the region's shards hold (the index says), for the pane to show before loading them. */
  readonly records?: number;
};

export interface Dataset {
  /** A label for this version of the data (the seeds' content hash, or a refresh's version). */
  readonly version: string;
  readonly regions: readonly Region[];
  readonly aliases: Aliases;
  /** In dataset order: document order, then plan letter. This order breaks ties between conflicting plans. */
  readonly plans: readonly Plan[];
  /**
   * Source documents split into lines; line n is `documents[file][n - 1]`. Absent in a compiled dataset (the
   * add-in's snapshot, a refresh): their quotes were checked against them when the dataset was published.
   */
  readonly documents?: Readonly<Record<string, readonly string[]>>;
  /** When a compiled dataset was published (ISO timestamp, its index's `generated`); absent for seed files. */
  readonly published?: string;
  /**
   * Regions (by name) whose plans are published but not in `plans`: a sharded dataset holds only the provinces
   * loaded. A lookup there answers REGION_LOADING or REGION_UNAVAILABLE, never a partial answer.
   */
  readonly absent?: ReadonlyMap<string, RegionAbsence>;
}

/** The text a quote must contain to show its value: valueText, or the digits as JavaScript prints them. */
export function valueTexts(record: Pick<PlanRecord, "value" | "valueMax" | "valueText">): string[] {
  if (record.valueText !== null) return [record.valueText];
  return record.valueMax === null ? [String(record.value)] : [String(record.value), String(record.valueMax)];
}
