/**
 * What a new dataset changes against the one in use, for the taskpane to show after a refresh: plans added,
 * removed and changed, and in a changed plan every figure whose amount moved (old → new, with its citation), the
 * records added and removed. Pure: it compares two catalogues.
 */
import type { Catalog, Entry } from "../core/catalog";
import type { Plan, PlanRecord } from "../core/schema";

export interface FigureChange {
  readonly before: Entry;
  readonly after: Entry;
}

export interface PlanChange {
  readonly before: Plan;
  readonly after: Plan;
  /** Records (same id) whose figure changed: value, range, unit, bound, 力争 or year. */
  readonly figures: readonly FigureChange[];
  readonly added: readonly Entry[];
  readonly removed: readonly Entry[];
}

export interface DatasetDiff {
  readonly added: readonly Plan[];
  readonly removed: readonly Plan[];
  readonly changed: readonly PlanChange[];
  /** The region or alias table changed (names people can type). */
  readonly tablesChanged: boolean;
}

const FIGURE_FIELDS = ["value", "valueMax", "unit", "bound", "aspiration", "year"] as const satisfies ReadonlyArray<
  keyof PlanRecord
>;

function figureMoved(a: PlanRecord, b: PlanRecord): boolean {
  return FIGURE_FIELDS.some((field) => a[field] !== b[field]);
}

function byPlan(catalog: Catalog): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const entry of catalog.entries) map.set(entry.plan.id, [...(map.get(entry.plan.id) ?? []), entry]);
  return map;
}

/** Nothing changed: a region's shard joining the data in use changes no figure. */
export const NO_CHANGE: DatasetDiff = { added: [], removed: [], changed: [], tablesChanged: false };

/**
 * What changed between two catalogues, over the regions both hold (a region not loaded on one side, a shard fetched
 * on first use, is neither added nor removed).
 */
export function diffCatalogs(before: Catalog, after: Catalog): DatasetDiff {
  const heldInBoth = (plan: Plan): boolean =>
    !before.dataset.absent?.has(plan.region) && !after.dataset.absent?.has(plan.region);
  const oldPlans = new Map(before.dataset.plans.filter(heldInBoth).map((p) => [p.id, p]));
  const newPlans = new Map(after.dataset.plans.filter(heldInBoth).map((p) => [p.id, p]));
  const oldEntries = byPlan(before);
  const newEntries = byPlan(after);
  const changed: PlanChange[] = [];
  for (const [id, plan] of newPlans) {
    const old = oldPlans.get(id);
    if (!old || JSON.stringify(old) === JSON.stringify(plan)) continue;
    const was = new Map((oldEntries.get(id) ?? []).map((e) => [e.record.id, e]));
    const now = newEntries.get(id) ?? [];
    const nowIds = new Set(now.map((e) => e.record.id));
    const figures: FigureChange[] = [];
    const added: Entry[] = [];
    for (const entry of now) {
      const prior = was.get(entry.record.id);
      if (!prior) added.push(entry);
      else if (figureMoved(prior.record, entry.record)) figures.push({ before: prior, after: entry });
    }
    const removed = [...was.values()].filter((e) => !nowIds.has(e.record.id));
    changed.push({ before: old, after: plan, figures, added, removed });
  }
  return {
    added: [...newPlans.values()].filter((p) => !oldPlans.has(p.id)),
    removed: [...oldPlans.values()].filter((p) => !newPlans.has(p.id)),
    changed,
    tablesChanged:
      JSON.stringify(before.dataset.regions) !== JSON.stringify(after.dataset.regions) ||
      JSON.stringify(before.dataset.aliases) !== JSON.stringify(after.dataset.aliases),
  };
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0 && !diff.tablesChanged;
}
