/** The browse tree: region → plan → sector tree, each with its record count, and the records under a node. */
import type { Catalog, Entry, SectorNode } from "../../core/catalog";
import type { Plan, Region } from "../../core/schema";

export interface BrowsePlan {
  readonly plan: Plan;
  readonly count: number;
  readonly sectors: readonly SectorNode[];
}

export interface BrowseRegion {
  readonly region: Region;
  readonly count: number;
  readonly plans: readonly BrowsePlan[];
}

/** What the user picked in the tree; records below it are listed. */
export type BrowseSelection =
  | { readonly kind: "all" }
  | { readonly kind: "region"; readonly region: string }
  | { readonly kind: "plan"; readonly region: string; readonly plan: string }
  | { readonly kind: "sector"; readonly region: string; readonly plan: string; readonly sector: string };

export const ALL: BrowseSelection = { kind: "all" };

export function browseTree(catalog: Catalog): BrowseRegion[] {
  return catalog.regions
    .map((region) => {
      const plans = catalog.plans(region).map((plan) => {
        const tree = catalog.sectorTree({ region: region.name, plan: plan.id });
        return { plan, count: plan.records.length, sectors: tree.ok ? tree.value : [] };
      });
      return { region, count: plans.reduce((sum, p) => sum + p.count, 0), plans };
    })
    .filter((r) => r.plans.length > 0);
}

/** Records under the selected node, in dataset order (a sector includes the nodes below it). */
export function entriesUnder(catalog: Catalog, selection: BrowseSelection): Entry[] {
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
