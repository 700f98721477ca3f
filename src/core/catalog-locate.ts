/**
 * Sector and metric resolution over the indexed records: a scope (region and plan pin), the records at a sector node
 * (aliases, paths, sub-nodes), those of a metric (threshold, synonyms, the plan's own word), and on a miss the
 * nearest names or the plans that have what a pin left out.
 */
import type { CatalogNames } from "./catalog-names";
import type { TargetQuery } from "./catalog-types";
import { fail, ok, type Result } from "./errors";
import { ARG } from "./input";
import { answersLookup } from "./kinds";
import { MEMO_LIMIT, remembered } from "./memo";
import { metricKey, sectorKey } from "./names";
import type { Plan, Region } from "./schema";
import { nearest } from "./suggest";
import { normalizeText, splitPath } from "./text";
import { NONE, type Indexed, type RecordIndex, type RegionIndex, type Scope } from "./record-index";

/** The records of one figure (all kinds, all years) and how to name it in a message (稀土新材料·产值). */
export interface Located {
  readonly pool: Indexed[];
  readonly what: string;
}

/** Whether the earlier segments of a sector path are ancestors, in order, of the node at `end` of `keys`. */
function ancestorsMatch(segments: readonly string[], keys: readonly string[], end: number): boolean {
  let cursor = 0;
  for (let k = 0; k < end && cursor < segments.length - 1; k++) if (keys[k] === segments[cursor]) cursor++;
  return cursor >= segments.length - 1;
}

/** Whether a record's sector keys match a path: at its node, or (descendants) anywhere under it. */
export function pathMatches(segments: readonly string[], keys: readonly string[], descendants: boolean): boolean {
  if (!descendants) return ancestorsMatch(segments, keys, keys.length - 1);
  const last = segments.at(-1);
  for (let end = 0; end < keys.length; end++)
    if (keys[end] === last && ancestorsMatch(segments, keys, end)) return true;
  return false;
}

/** Records with target-like kinds first, then in dataset order: what "say what exists" lists. */
export function byTargetsFirst(pool: readonly Indexed[]): Indexed[] {
  return [...pool].sort(
    (a, b) =>
      Number(!answersLookup(a.entry.record.kind)) - Number(!answersLookup(b.entry.record.kind)) ||
      a.entry.order - b.entry.order,
  );
}

export class Locator {
  /** The scope a region and plan pin resolve to, once per distinct pair (region, then pin: no key is built). */
  private readonly scopes = new Map<string, Map<string, Result<Scope>>>();
  private scopeCount = 0;
  /** The figure a region, sector, metric and pin name, once per distinct question as typed. */
  private readonly figures = new Map<string, Result<Located>>();

  constructor(
    private readonly names: CatalogNames,
    private readonly index: RecordIndex,
  ) {}

  scope(region?: string | null, plan?: string | null): Result<Scope> {
    // Asked on every first call: two Map reads, no key built, no closure.
    let pins = this.scopes.get(region ?? "");
    const known = pins?.get(plan ?? "");
    if (known) return known;
    if (this.scopeCount >= MEMO_LIMIT) {
      this.scopes.clear();
      this.scopeCount = 0;
      pins = undefined;
    }
    if (!pins) this.scopes.set(region ?? "", (pins = new Map<string, Result<Scope>>()));
    const scope = this.computeScope(region, plan);
    pins.set(plan ?? "", scope);
    this.scopeCount++;
    return scope;
  }

  private computeScope(region?: string | null, plan?: string | null): Result<Scope> {
    let resolvedRegion: Region | null = null;
    if (region) {
      const r = this.names.resolveRegion(region);
      if (!r.ok) return r;
      resolvedRegion = r.value;
    }
    const held = this.names.held(resolvedRegion);
    if (!held.ok) return held;
    if (!plan) return ok({ region: resolvedRegion, plans: null });
    const plans = this.names.resolvePlans(plan, resolvedRegion);
    if (!plans.ok) return plans;
    return ok({ region: resolvedRegion, plans: new Set(plans.value) });
  }

  /**
   * The records of the figure a question names when it names a region and spells its sector (a name or a path) and
   * its metric as the records do, and those records are at the node itself, of one node and one metric label: the
   * usual question, answered by Map reads from the region's tables (`RegionIndex.figuresAt`, `spelled`), folding
   * nothing and building nothing when no pin narrows them. What `locate` would answer then; null for every other
   * question (`locate` answers it, and its errors).
   */
  spelledFigure(query: TargetQuery): readonly Indexed[] | null {
    if (!query.region) return null;
    const scoped = this.scope(query.region, query.plan);
    if (!scoped.ok || scoped.value.region === null) return null;
    const scope = scoped.value;
    const index = this.index.region(scoped.value.region);
    const segments = index.spelled.get(query.sector);
    if (segments === undefined) return null;
    const figure = index.figuresAt.get(segments.at(-1)!)?.get(this.names.metricNameKey(query.metric));
    if (figure === undefined) return null;
    // As `matchSector` and `matchMetric` narrow the node's records: by the pin, by the path's earlier segments.
    let pool: readonly Indexed[] = figure;
    if (scope.plans || segments.length > 1) {
      const plans = scope.plans;
      pool = figure.filter(
        (i) => (plans === null || plans.has(i.entry.plan)) && pathMatches(segments, i.sectorKeys, false),
      );
      if (pool.length === 0) return null;
    }
    // `locateIn`'s checks: one node, one metric label (else it says which).
    const first = pool[0]!;
    for (const i of pool) {
      if (i.nodeKey !== first.nodeKey || i.entry.metricLabel !== first.entry.metricLabel) return null;
    }
    return pool;
  }

  /**
   * Region, plan, sector node and metric resolved to the records of one figure (all kinds, all years). A node that
   * has no record of the metric itself (its figures sit on sub-nodes, or it is an alias of such a node) resolves
   * to the sub-node that has it — or says which sub-nodes do.
   */
  locate(query: TargetQuery): Result<Located> {
    // The year does not take part: TARGET, UNIT, SOURCE and the growth functions of one figure share this.
    return remembered(
      this.figures,
      `${query.region}\u0000${query.sector}\u0000${query.metric}\u0000${query.plan ?? ""}`,
      () => this.computeLocate(query),
    );
  }

  private computeLocate(query: TargetQuery): Result<Located> {
    const scoped = this.scope(query.region, query.plan);
    if (!scoped.ok) return scoped;
    const found = this.locateIn(scoped.value, query);
    if (found.ok || !scoped.value.plans) return found;
    return this.pinnedMiss(scoped.value, query.sector, query.metric) ?? found;
  }

  /**
   * A pinned lookup that misses where another plan of the region has the sector (or, the sector being there, the
   * metric): says which plans have it, and suggests only the pinned plans' names, never the very name typed.
   */
  pinnedMiss(scope: Scope, sector: string, metric: string | null): Result<never> | null {
    const pins = scope.plans;
    if (!pins || pins.size === 0) return null;
    const region = scope.region ?? this.names.regionNamed([...pins][0]!.region) ?? null;
    const wide = this.matchSector({ region, plans: null }, sector, true);
    if (!wide.ok) return null;
    const outside = wide.value.filter((i) => !pins.has(i.entry.plan));
    const inPins = this.matchSector(scope, sector, true);
    let miss: { thing: "sector" | "metric"; input: string; holders: readonly Indexed[]; near: string[] };
    if (!inPins.ok) {
      const names = this.index.recordsOf(scope).flatMap((i) => i.entry.record.sector);
      miss = { thing: "sector", input: sector, holders: outside, near: nearest(sectorKey(sector), names) };
    } else {
      if (metric === null) return null;
      const has = this.matchMetric(outside, metric, sector);
      if (!has.ok) return null;
      const names = byTargetsFirst(inPins.value).map((i) => i.entry.metricLabel);
      miss = { thing: "metric", input: metric, holders: has.value, near: nearest(metricKey(metric), names) };
    }
    if (miss.holders.length === 0) return null;
    const byOrder = (a: Plan, b: Plan): number => this.names.orderOf(a) - this.names.orderOf(b);
    return fail("NOT_IN_PINNED_PLAN", {
      input: miss.input,
      thing: miss.thing,
      plans: [...pins].sort(byOrder).map((p) => p.id),
      elsewhere: [...new Set(miss.holders.map((i) => i.entry.plan))].sort(byOrder).map((p) => `${p.id}《${p.title}》`),
      suggestions: miss.near,
    });
  }

  private locateIn(scope: Scope, query: TargetQuery): Result<Located> {
    const segments = this.names.typedSectorPath(query.sector);
    if (segments.length === 0) return fail("MISSING_ARGUMENT", { arg: ARG.sector });
    // At the node itself, else below it; a sector found nowhere is said once (its suggestions are the costly part).
    const atNode = this.sectorPool(scope, segments, false);
    let byMetric = atNode.length > 0 ? this.matchMetric(atNode, query.metric, query.sector) : null;
    if (byMetric === null || !byMetric.ok) {
      const under = this.sectorPool(scope, segments, true);
      const below = under.length > 0 ? this.matchMetric(under, query.metric, query.sector) : null;
      if (below !== null && (below.ok || byMetric === null)) byMetric = below;
    }
    if (byMetric === null) return this.sectorNotFound(scope, query.sector);
    if (!byMetric.ok) return byMetric;
    const first = byMetric.value[0]!.entry;
    const pool = byMetric.value;
    if (pool.some((i) => i.nodeKey !== pool[0]!.nodeKey)) {
      const nodes = new Map(pool.map((i) => [i.nodeKey, i.entry.sectorLabel]));
      return fail("SECTOR_AMBIGUOUS", { input: query.sector, candidates: [...nodes.values()] });
    }
    if (pool.some((i) => i.entry.metricLabel !== first.metricLabel)) {
      const labels = new Set(pool.map((i) => i.entry.metricLabel));
      return fail("METRIC_AMBIGUOUS", { input: query.metric, candidates: [...labels] });
    }
    return ok({ pool: byMetric.value, what: `${first.record.sector.at(-1)}·${first.metricLabel}` });
  }

  /**
   * Records at a sector node of the scope: the query's last segment names the node, earlier segments must be its
   * ancestors in order. With `descendants`, records below the node count too. Found through the node indexes.
   */
  matchSector(scope: Scope, input: string, descendants: boolean): Result<Indexed[]> {
    const segments = this.names.typedSectorPath(input);
    if (segments.length === 0) return fail("MISSING_ARGUMENT", { arg: ARG.sector });
    const found = this.sectorPool(scope, segments, descendants);
    return found.length > 0 ? ok(found) : this.sectorNotFound(scope, input);
  }

  /** The records of the scope at the node a path's keys name (or under it), in index order; none when nothing is. */
  private sectorPool(scope: Scope, segments: readonly string[], descendants: boolean): Indexed[] {
    const last = segments.at(-1)!;
    const at = (index: RegionIndex): readonly Indexed[] =>
      (descendants ? index.underNode : index.atNode).get(last) ?? NONE;
    const candidates = scope.region
      ? at(this.index.region(scope.region))
      : this.names.regions.flatMap((r) => at(this.index.region(r)));
    // One segment names the node alone: every candidate of the scope is at (or under) it.
    const found: Indexed[] = [];
    for (const i of candidates) {
      if (this.index.inScope(scope, i) && (segments.length === 1 || pathMatches(segments, i.sectorKeys, descendants))) {
        found.push(i);
      }
    }
    return found;
  }

  private sectorNotFound(scope: Scope, input: string): Result<never> {
    return fail("SECTOR_NOT_FOUND", {
      input,
      suggestions: this.index.suggestSectors(scope.region, sectorKey(splitPath(input).at(-1)!)),
    });
  }

  /** Records whose metric is the input: with its threshold (企业（产值≥10亿元）), or by name alone. */
  matchMetric(pool: readonly Indexed[], input: string, sector: string | null): Result<Indexed[]> {
    const key = this.names.typedMetric(input);
    const full = pool.filter((i) => i.metricFull === key);
    if (full.length > 0) return ok(full);
    const bare = pool.filter((i) => i.metricBare === key);
    if (bare.length > 0) return ok(bare);
    const byWord = byPlanWord(pool, input);
    if (byWord.length > 0) return ok(byWord);
    // Say what exists: the node's metrics, targets first (with no sector named, the nearest names only).
    const labels = [...new Set(byTargetsFirst(pool).map((i) => i.entry.metricLabel))];
    const suggestions = nearest(key, labels);
    return fail(
      "METRIC_NOT_FOUND",
      sector === null ? { input, sector, suggestions } : { input, sector, available: labels, suggestions },
    );
  }
}

/**
 * Records named by a word the plan itself uses for their measure: a word (two characters or more) of both the
 * metric and the quote — 盟市 and 对标达标 reach 对标达标活动盟市 (每年选择2-4个盟市…开展…对标达标活动).
 */
function byPlanWord(pool: readonly Indexed[], input: string): Indexed[] {
  const word = normalizeText(input);
  if ([...word].length < 2) return [];
  // Only a miss of every name comes here: the texts are folded now rather than when the region is indexed.
  return pool.filter(
    (i) => normalizeText(i.entry.record.metric).includes(word) && normalizeText(i.entry.record.quote).includes(word),
  );
}
