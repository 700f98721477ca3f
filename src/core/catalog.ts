/**
 * The catalogue: a dataset indexed for lookups. Build one per dataset; to refresh, build a new one and swap it whole.
 *
 * A façade over its parts, each per catalogue instance:
 *   - `catalog-names`: regions, plans and the alias groups of sector and metric names (`CatalogNames`);
 *   - `record-index`: the records indexed lazily, one region at a time (`RecordIndex`);
 *   - `catalog-locate`: sector and metric resolution over the index, with suggestions (`Locator`);
 *   - `conflict-rule`: which statement wins, how two statements differ, the versions that leave one out;
 *   - `catalog-listing`: list, the sector tree and a node's metrics (`Listing`).
 * Answers are memoised here, keyed by the arguments as typed (the memo is per catalogue: names need no folding).
 */
import { CatalogNames } from "./catalog-names";
import { Listing } from "./catalog-listing";
import { Locator } from "./catalog-locate";
import type { Entry, RecordFilter, SectorNode, TargetAnswer, TargetQuery, Unrestated } from "./catalog-types";
import { ConflictRule } from "./conflict-rule";
import type { Dataset } from "./dataset";
import { fail, ok, type Result } from "./errors";
import { remembered } from "./memo";
import { figureOfPlan, RecordIndex, type Indexed } from "./record-index";
import type { Plan, Region } from "./schema";

export * from "./catalog-types";
export {
  sameAmount,
  sameStatement,
  statementDifferences,
  thresholdOf,
  type StatementDifference,
} from "./conflict-rule";

/** A memo key of a lookup: every argument, as typed. */
function queryKey(query: TargetQuery): string {
  return `${query.region}\u0000${query.sector}\u0000${query.metric}\u0000${query.year ?? ""}\u0000${query.plan ?? ""}`;
}

export class Catalog {
  readonly dataset: Dataset;
  private readonly names: CatalogNames;
  private readonly index: RecordIndex;
  private readonly locator: Locator;
  private readonly rule: ConflictRule;
  private readonly listing: Listing;
  private readonly targets = new Map<string, Result<TargetAnswer>>();
  private readonly baselines = new Map<string, Result<Entry>>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.names = new CatalogNames(dataset);
    this.index = new RecordIndex(dataset, this.names);
    this.locator = new Locator(this.names, this.index);
    this.rule = new ConflictRule(dataset, this.names, this.index);
    this.listing = new Listing(this.locator, this.index);
  }

  /** Every record in dataset order. */
  get entries(): readonly Entry[] {
    return this.index.entries;
  }

  get regions(): readonly Region[] {
    return this.dataset.regions;
  }

  resolveRegion(input: string): Result<Region> {
    return this.names.resolveRegion(input);
  }

  /** Plans, optionally of one region. */
  plans(region?: Region | null): readonly Plan[] {
    return this.names.plans(region);
  }

  /** The plans a pin names (id, document, bundle, title words); see `CatalogNames.resolvePlans`. */
  resolvePlans(input: string, region?: Region | null): Result<Plan[]> {
    return this.names.resolvePlans(input, region);
  }

  /** Exactly one plan: as `resolvePlans`, an ambiguity error when the pin names several. */
  resolvePlan(input: string, region?: Region | null): Result<Plan> {
    return this.names.resolvePlan(input, region);
  }

  record(id: string): Result<Entry> {
    const found = this.index.byRecordId(id.trim());
    return found ? ok(found.entry) : fail("RECORD_NOT_FOUND", { input: id });
  }

  /** A sector node's identity: its path of alias-folded keys (equal for 先进化工材料 and 化工高分子材料). */
  nodeKey(entry: Entry): string {
    return this.index.byRecordId(entry.record.id)!.nodeKey;
  }

  /** A metric's identity, threshold included. */
  metricKeyOf(entry: Entry): string {
    return this.index.byRecordId(entry.record.id)!.metricFull;
  }

  /** Records stating the same fact elsewhere (sameAs, read both ways). */
  related(entry: Entry): Entry[] {
    return this.rule.related(entry);
  }

  /** Records matching every given filter, in dataset order; a name that resolves to nothing is an error. */
  list(filter: RecordFilter = {}): Result<Entry[]> {
    return this.listing.list(filter);
  }

  /** The target for a sector, metric and year, by the conflict rule (`conflict-rule.ts`). */
  target(query: TargetQuery): Result<TargetAnswer> {
    // The usual question (names as the records spell them, one record for the year) is read, not worked out: no
    // key, no memo; any other goes the whole way, which gives the same answer for the usual one.
    const figure = this.locator.spelledFigure(query);
    const sole = figure && this.rule.soleTarget(figure, query.year);
    if (sole) return sole;
    return remembered(this.targets, queryKey(query), () => {
      const located = this.locator.locate(query);
      return located.ok ? this.rule.target(located.value, query) : located;
    });
  }

  /**
   * The other versions of a target's plan (plans linked to it by sameAs) that do not state the target. The data
   * report's "does not restate" reads this too.
   */
  unrestated(entry: Entry): Unrestated[] {
    return this.rule.unrestated(entry);
  }

  /** The latest stated baseline of a sector and metric (kind baseline), optionally before `beforeYear`. */
  baseline(query: TargetQuery, beforeYear?: number | null): Result<Entry> {
    return remembered(this.baselines, `${queryKey(query)}\u0000${beforeYear ?? ""}`, () => {
      const located = this.locator.locate(query);
      if (!located.ok) return located;
      const baselines = located.value.pool
        .map((i) => i.entry)
        .filter((e) => e.record.kind === "baseline" && e.record.year !== null)
        .filter((e) => beforeYear === undefined || beforeYear === null || e.record.year! < beforeYear)
        .sort((a, b) => b.record.year! - a.record.year! || a.order - b.order);
      return baselines[0] ? ok(baselines[0]) : fail("BASELINE_NOT_FOUND", { what: located.value.what });
    });
  }

  /** The baseline stated for a target record: same plan, sector node and metric, an earlier year. */
  baselineOf(entry: Entry): Entry | null {
    const target = this.index.byRecordId(entry.record.id);
    if (!target || entry.record.year === null) return null;
    const year = entry.record.year;
    let latest: Indexed | null = null;
    for (const i of this.index.region(entry.region).baselines.get(figureOfPlan(target)) ?? []) {
      if (i.entry.record.year! < year && (latest === null || i.entry.record.year! > latest.entry.record.year!))
        latest = i;
    }
    return latest?.entry ?? null;
  }

  /** The sector tree of a region or plan, with record counts. */
  sectorTree(filter: { region?: string | null; plan?: string | null } = {}): Result<SectorNode[]> {
    return this.listing.sectorTree(filter);
  }

  /** Metric labels a sector node has, in first-seen order (target-like kinds first). */
  metrics(region: string, sector: string, plan?: string | null): Result<string[]> {
    return this.listing.metrics(region, sector, plan);
  }
}
