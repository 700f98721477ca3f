/**
 * The browse tree: region → plan → sector tree, each with its record count, and the records under a node. The
 * user's own plans (导入规划) are kept apart, under 我的规划, each with its sectors.
 */
import type { Catalog, Entry, SectorNode } from "../../core/catalog";
import type { RegionAbsence } from "../../core/dataset";
import type { Plan, Region } from "../../core/schema";
import { isUserPlanId } from "../../data/user-plan-id";

export interface BrowsePlan {
  readonly plan: Plan;
  readonly count: number;
  readonly sectors: readonly SectorNode[];
}

export interface BrowseRegion {
  readonly region: Region;
  readonly count: number;
  readonly plans: readonly BrowsePlan[];
  /** Published but not loaded (its shard loads when the region is opened), or failed to load. */
  readonly absent?: RegionAbsence;
}

/** What the user picked in the tree; records below it are listed. */
export type BrowseSelection =
  | { readonly kind: "all" }
  /** Every plan the user imported (我的规划). */
  | { readonly kind: "mine" }
  | { readonly kind: "region"; readonly region: string }
  | { readonly kind: "plan"; readonly region: string; readonly plan: string }
  | { readonly kind: "sector"; readonly region: string; readonly plan: string; readonly sector: string };

export const ALL: BrowseSelection = { kind: "all" };

function browsePlan(catalog: Catalog, plan: Plan): BrowsePlan {
  const tree = catalog.sectorTree({ region: plan.region, plan: plan.id });
  return { plan, count: plan.records.length, sectors: tree.ok ? tree.value : [] };
}

/**
 * The published plans by region (the user's own are under myPlansTree); a region published but not loaded is
 * listed with its record count and no plans until it is opened.
 */
export function browseTree(catalog: Catalog): BrowseRegion[] {
  return catalog.regions
    .map((region): BrowseRegion => {
      const absent = catalog.dataset.absent?.get(region.name);
      if (absent) return { region, count: absent.records ?? 0, plans: [], absent };
      const plans = catalog
        .plans(region)
        .filter((plan) => !isUserPlanId(plan.id))
        .map((plan) => browsePlan(catalog, plan));
      return { region, count: plans.reduce((sum, p) => sum + p.count, 0), plans };
    })
    .filter((r) => r.plans.length > 0 || r.absent);
}

/** The user's own plans in the catalogue (我的规划), in id order. */
export function myPlansTree(catalog: Catalog): BrowsePlan[] {
  return catalog
    .plans()
    .filter((plan) => isUserPlanId(plan.id))
    .map((plan) => browsePlan(catalog, plan));
}

/** Records under the selected node, in dataset order (a sector includes the nodes below it). */
export function entriesUnder(catalog: Catalog, selection: BrowseSelection): Entry[] {
  if (selection.kind === "mine") return catalog.entries.filter((e) => isUserPlanId(e.plan.id));
  const listed =
    selection.kind === "all"
      ? { ok: true as const, value: [...catalog.entries] }
      : catalog.list({
          region: selection.region,
          plan: selection.kind === "region" ? null : selection.plan,
          sector: selection.kind === "sector" ? selection.sector : null,
        });
  return listed.ok ? listed.value : [];
}
