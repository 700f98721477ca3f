/**
 * The catalogue: a dataset indexed for lookups. Build one per dataset; to refresh, build a new one and swap it whole.
 *
 * Resolution: region, plan, sector and metric names go through keys (width, spaces, suffixes) and alias groups.
 * Conflict rule for `target` (the README documents it):
 *   1. candidates are the target-like records (target, cap, relative target) of the sector node, metric and year;
 *      the year defaults to each record's plan end year;
 *   2. records of a plan that another candidate's plan `supersedes` drop out;
 *   3. the first record in dataset order wins (document order, then plan letter, then line): the plans are undated,
 *      so no "newest" can be computed; the answer lists every record that states a different figure (`others`).
 * Children are never summed into parents.
 */
import type { Dataset } from "./dataset";
import { fail, ok, type Result } from "./errors";
import { ARG } from "./input";
import { KIND_LABELS } from "./labels";
import { Equivalence, metricKey, metricLabel, regionKey, sectorKey } from "./names";
import { answersLookup } from "./kinds";
import type { Plan, PlanRecord, RecordKind, Region } from "./schema";
import { nearest } from "./suggest";
import { normalizeText, splitPath } from "./text";
import { lookupUnit, type UnitInfo } from "./units";

/** A record with everything a caller needs to show or compute with it. */
export interface Entry {
  readonly record: PlanRecord;
  readonly plan: Plan;
  readonly region: Region;
  readonly unit: UnitInfo;
  /** 企业（产值≥10亿元）: the metric with its threshold. */
  readonly metricLabel: string;
  /** 新材料›稀土新材料 */
  readonly sectorLabel: string;
  /** Position in dataset order (ties are broken by it). */
  readonly order: number;
}

export interface TargetQuery {
  readonly region: string;
  readonly sector: string;
  readonly metric: string;
  readonly year?: number | null;
  readonly plan?: string | null;
}

export interface TargetAnswer {
  readonly entry: Entry;
  /** Records of the same figure that state a different value (another version, a restatement). */
  readonly others: readonly Entry[];
  /** Records that state the same value elsewhere. */
  readonly agreeing: readonly Entry[];
}

export interface RecordFilter {
  readonly region?: string | null;
  readonly plan?: string | null;
  /** A sector node or path; its descendants are included. */
  readonly sector?: string | null;
  readonly metric?: string | null;
  readonly year?: number | null;
  readonly kinds?: readonly RecordKind[] | null;
}

export interface SectorNode {
  readonly name: string;
  readonly path: readonly string[];
  readonly label: string;
  /** Records at this node and below. */
  readonly count: number;
  readonly children: readonly SectorNode[];
}

export const PATH_JOINER = "›";

interface Indexed {
  readonly entry: Entry;
  readonly sectorKeys: readonly string[];
  readonly metricFull: string;
  readonly metricBare: string;
}

function ordinal(id: string): number {
  return Number(id.slice(id.lastIndexOf("-") + 1));
}

/** Same amount, compared in the unit's base (350亿元 = 3500000万元), ranges included. */
export function sameAmount(a: Entry, b: Entry): boolean {
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (a.unit.base !== b.unit.base) return false;
  const maxA = a.record.valueMax === null ? null : a.record.valueMax * a.unit.factor;
  const maxB = b.record.valueMax === null ? null : b.record.valueMax * b.unit.factor;
  const sameMax = maxA === null || maxB === null ? maxA === maxB : close(maxA, maxB);
  return close(a.record.value * a.unit.factor, b.record.value * b.unit.factor) && sameMax;
}

export class Catalog {
  readonly dataset: Dataset;
  private readonly indexed: readonly Indexed[];
  private readonly byId: ReadonlyMap<string, Indexed>;
  private readonly sameAsLinks: ReadonlyMap<string, readonly string[]>;
  private readonly sectorGroups = new Equivalence();
  private readonly metricGroups = new Equivalence();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    for (const [name, aliases] of Object.entries(dataset.aliases.sectors)) {
      for (const alias of aliases) this.sectorGroups.union(sectorKey(name), sectorKey(alias));
    }
    for (const plan of dataset.plans) {
      for (const [name, aliases] of Object.entries(plan.sectorAliases)) {
        for (const alias of aliases) this.sectorGroups.union(sectorKey(name), sectorKey(alias));
      }
    }
    for (const [name, synonyms] of Object.entries(dataset.aliases.metrics)) {
      for (const synonym of synonyms) this.metricGroups.union(metricKey(name), metricKey(synonym));
    }
    const regions = new Map(dataset.regions.map((r) => [r.name, r]));
    const indexed: Indexed[] = [];
    const links = new Map<string, string[]>();
    const link = (a: string, b: string): void => {
      links.set(a, [...(links.get(a) ?? []), b]);
    };
    dataset.plans.forEach((plan, planIndex) => {
      const records = [...plan.records].sort((a, b) => a.line - b.line || ordinal(a.id) - ordinal(b.id));
      records.forEach((record, recordIndex) => {
        const entry: Entry = {
          record,
          plan,
          region: regions.get(plan.region)!,
          unit: lookupUnit(record.unit)!,
          metricLabel: metricLabel(record),
          sectorLabel: record.sector.join(PATH_JOINER),
          order: planIndex * 100_000 + recordIndex,
        };
        indexed.push({
          entry,
          sectorKeys: record.sector.map((s) => this.sectorGroups.find(sectorKey(s))),
          metricFull: this.metricGroups.find(metricKey(entry.metricLabel)),
          metricBare: this.metricGroups.find(metricKey(record.metric)),
        });
        for (const other of record.sameAs) {
          link(record.id, other);
          link(other, record.id);
        }
      });
    });
    this.indexed = indexed;
    this.byId = new Map(indexed.map((i) => [i.entry.record.id, i]));
    this.sameAsLinks = links;
  }

  /** Every record in dataset order. */
  get entries(): readonly Entry[] {
    return this.indexed.map((i) => i.entry);
  }

  get regions(): readonly Region[] {
    return this.dataset.regions;
  }

  resolveRegion(input: string): Result<Region> {
    const key = regionKey(input);
    const found = this.dataset.regions.find(
      (r) =>
        regionKey(r.name) === key ||
        r.aliases.some((a) => regionKey(a) === key) ||
        r.code === key ||
        r.iso.toLowerCase() === key,
    );
    if (found) return ok(found);
    const names = this.dataset.regions.flatMap((r) => [r.name, ...r.aliases.filter((a) => a.length > 1)]);
    const suggestions = nearest(key, names).map(
      (n) => this.dataset.regions.find((r) => r.name === n || r.aliases.includes(n))!.name,
    );
    return fail("REGION_NOT_FOUND", { input, suggestions: [...new Set(suggestions)] });
  }

  /** Plans, optionally of one region. */
  plans(region?: Region | null): readonly Plan[] {
    return region ? this.dataset.plans.filter((p) => p.region === region.name) : this.dataset.plans;
  }

  /** A plan by id (001D), seed file name, or words of its title or bundle heading (新材料产业发展实施方案). */
  resolvePlan(input: string, region?: Region | null): Result<Plan> {
    const key = normalizeText(input);
    const pool = this.plans(region);
    const byId = pool.find((p) => p.id.toLowerCase() === key);
    if (byId) return ok(byId);
    const matches = pool.filter(
      (p) =>
        normalizeText(p.document) === key ||
        normalizeText(p.document).startsWith(key + "_") ||
        normalizeText(p.title).includes(key) ||
        (p.bundle !== null && normalizeText(p.bundle) === key),
    );
    const exactTitle = matches.filter((p) => normalizeText(p.title) === key);
    if (exactTitle.length === 1) return ok(exactTitle[0]!);
    if (matches.length === 1) return ok(matches[0]!);
    if (matches.length > 1) {
      return fail("PLAN_AMBIGUOUS", { input, candidates: matches.map((p) => `${p.id} ${p.title}`) });
    }
    return fail("PLAN_NOT_FOUND", {
      input,
      suggestions: nearest(
        key,
        pool.flatMap((p) => [p.title, p.id]),
      ),
    });
  }

  record(id: string): Result<Entry> {
    const found = this.byId.get(id.trim());
    return found ? ok(found.entry) : fail("RECORD_NOT_FOUND", { input: id });
  }

  /** A sector node's identity: its path of alias-folded keys (equal for 先进化工材料 and 化工高分子材料). */
  nodeKey(entry: Entry): string {
    return this.byId.get(entry.record.id)!.sectorKeys.join(PATH_JOINER);
  }

  /** A metric's identity, threshold included. */
  metricKeyOf(entry: Entry): string {
    return this.byId.get(entry.record.id)!.metricFull;
  }

  /** Records stating the same fact elsewhere (sameAs, read both ways). */
  related(entry: Entry): Entry[] {
    const ids = this.sameAsLinks.get(entry.record.id) ?? [];
    return ids.flatMap((id) => {
      const found = this.byId.get(id);
      return found ? [found.entry] : [];
    });
  }

  /** Records matching every given filter, in dataset order; a name that resolves to nothing is an error. */
  list(filter: RecordFilter = {}): Result<Entry[]> {
    const scoped = this.scope(filter.region, filter.plan);
    if (!scoped.ok) return scoped;
    let pool = scoped.value;
    if (filter.sector) {
      const bySector = this.matchSector(pool, filter.sector, true);
      if (!bySector.ok) return bySector;
      pool = bySector.value;
    }
    if (filter.metric) {
      const byMetric = this.matchMetric(pool, filter.metric, filter.sector ?? null);
      if (!byMetric.ok) return byMetric;
      pool = byMetric.value;
    }
    if (filter.year !== undefined && filter.year !== null)
      pool = pool.filter((i) => i.entry.record.year === filter.year);
    if (filter.kinds && filter.kinds.length > 0) {
      const kinds = new Set(filter.kinds);
      pool = pool.filter((i) => kinds.has(i.entry.record.kind));
    }
    return ok(pool.map((i) => i.entry));
  }

  /** The target for a sector, metric and year, by the conflict rule at the top of this file. */
  target(query: TargetQuery): Result<TargetAnswer> {
    const located = this.locate(query);
    if (!located.ok) return located;
    const { pool, what } = located.value;
    const targets = pool.filter((i) => answersLookup(i.entry.record.kind));
    if (targets.length === 0) {
      const kinds = [...new Set(pool.map((i) => i.entry.record.kind))];
      return fail("NO_TARGET", { what, kinds: kinds.map((k) => KIND_LABELS[k]) });
    }
    const inYear = this.pickYear(targets, query.year ?? null, what);
    if (!inYear.ok) return inYear;
    const superseded = new Set(inYear.value.flatMap((i) => i.entry.plan.supersedes));
    const candidates = inYear.value.filter((i) => !superseded.has(i.entry.plan.id)).map((i) => i.entry);
    const [winner, ...rest] = candidates.sort((a, b) => a.order - b.order);
    return ok({
      entry: winner!,
      others: rest.filter((e) => !sameAmount(e, winner!)),
      agreeing: rest.filter((e) => sameAmount(e, winner!)),
    });
  }

  /** The latest stated baseline of a sector and metric (kind baseline), optionally before `beforeYear`. */
  baseline(query: TargetQuery, beforeYear?: number | null): Result<Entry> {
    const located = this.locate(query);
    if (!located.ok) return located;
    const baselines = located.value.pool
      .map((i) => i.entry)
      .filter((e) => e.record.kind === "baseline" && e.record.year !== null)
      .filter((e) => beforeYear === undefined || beforeYear === null || e.record.year! < beforeYear)
      .sort((a, b) => b.record.year! - a.record.year! || a.order - b.order);
    return baselines[0] ? ok(baselines[0]) : fail("BASELINE_NOT_FOUND", { what: located.value.what });
  }

  /** The baseline stated for a target record: same plan, sector node and metric, an earlier year. */
  baselineOf(entry: Entry): Entry | null {
    const target = this.byId.get(entry.record.id);
    if (!target || entry.record.year === null) return null;
    const path = target.sectorKeys.join(PATH_JOINER);
    const found = this.indexed
      .filter(
        (i) =>
          i.entry.plan.id === entry.plan.id &&
          i.entry.record.kind === "baseline" &&
          i.metricFull === target.metricFull &&
          i.sectorKeys.join(PATH_JOINER) === path &&
          i.entry.record.year !== null &&
          i.entry.record.year < entry.record.year!,
      )
      .sort((a, b) => b.entry.record.year! - a.entry.record.year!);
    return found[0]?.entry ?? null;
  }

  /** The sector tree of a region or plan, with record counts. */
  sectorTree(filter: { region?: string | null; plan?: string | null } = {}): Result<SectorNode[]> {
    const scoped = this.scope(filter.region, filter.plan);
    if (!scoped.ok) return scoped;
    interface Mutable {
      name: string;
      path: string[];
      count: number;
      children: Map<string, Mutable>;
    }
    const root = new Map<string, Mutable>();
    for (const { entry, sectorKeys } of scoped.value) {
      let level = root;
      const path: string[] = [];
      entry.record.sector.forEach((name, depth) => {
        path.push(name);
        const key = sectorKeys[depth]!;
        const node = level.get(key) ?? { name, path: [...path], count: 0, children: new Map<string, Mutable>() };
        node.count += 1;
        level.set(key, node);
        level = node.children;
      });
    }
    const freeze = (nodes: Map<string, Mutable>): SectorNode[] =>
      [...nodes.values()].map((n) => ({
        name: n.name,
        path: n.path,
        label: n.path.join(PATH_JOINER),
        count: n.count,
        children: freeze(n.children),
      }));
    return ok(freeze(root));
  }

  /** Metric labels a sector node has, in first-seen order (target-like kinds first). */
  metrics(region: string, sector: string, plan?: string | null): Result<string[]> {
    const scoped = this.scope(region, plan);
    if (!scoped.ok) return scoped;
    const bySector = this.matchSector(scoped.value, sector, false);
    if (!bySector.ok) return bySector;
    const sorted = [...bySector.value].sort(
      (a, b) =>
        Number(!answersLookup(a.entry.record.kind)) - Number(!answersLookup(b.entry.record.kind)) ||
        a.entry.order - b.entry.order,
    );
    return ok([...new Set(sorted.map((i) => i.entry.metricLabel))]);
  }

  // ---- resolution steps -------------------------------------------------------------------------------------------

  private scope(region?: string | null, plan?: string | null): Result<Indexed[]> {
    let resolvedRegion: Region | null = null;
    if (region) {
      const r = this.resolveRegion(region);
      if (!r.ok) return r;
      resolvedRegion = r.value;
    }
    let pool = resolvedRegion ? this.indexed.filter((i) => i.entry.region === resolvedRegion) : [...this.indexed];
    if (plan) {
      const p = this.resolvePlan(plan, resolvedRegion);
      if (!p.ok) return p;
      pool = pool.filter((i) => i.entry.plan === p.value);
    }
    return ok(pool);
  }

  /** Region, plan, sector node and metric resolved to the records of one figure (all kinds, all years). */
  private locate(query: TargetQuery): Result<{ pool: Indexed[]; what: string }> {
    const scoped = this.scope(query.region, query.plan);
    if (!scoped.ok) return scoped;
    const bySector = this.matchSector(scoped.value, query.sector, false);
    if (!bySector.ok) return bySector;
    const byMetric = this.matchMetric(bySector.value, query.metric, query.sector);
    if (!byMetric.ok) return byMetric;
    const nodes = new Map(byMetric.value.map((i) => [i.sectorKeys.join(PATH_JOINER), i.entry.sectorLabel]));
    if (nodes.size > 1) {
      return fail("SECTOR_AMBIGUOUS", { input: query.sector, candidates: [...nodes.values()] });
    }
    const labels = new Set(byMetric.value.map((i) => i.entry.metricLabel));
    if (labels.size > 1) return fail("METRIC_AMBIGUOUS", { input: query.metric, candidates: [...labels] });
    const first = byMetric.value[0]!.entry;
    return ok({ pool: byMetric.value, what: `${first.record.sector.at(-1)}·${first.metricLabel}` });
  }

  /**
   * Records at a sector node: the query's last segment names the node, earlier segments must be its ancestors
   * in order. With `descendants`, records below the node count too.
   */
  private matchSector(pool: readonly Indexed[], input: string, descendants: boolean): Result<Indexed[]> {
    const segments = splitPath(input).map((s) => this.sectorGroups.find(sectorKey(s)));
    if (segments.length === 0) return fail("MISSING_ARGUMENT", { arg: ARG.sector });
    const matches = (keys: readonly string[]): boolean => {
      const last = segments.at(-1)!;
      const ends = descendants ? keys.map((k, i) => (k === last ? i : -1)).filter((i) => i >= 0) : [keys.length - 1];
      return ends.some((end) => {
        if (keys[end] !== last) return false;
        let cursor = 0;
        for (const key of keys.slice(0, end)) if (key === segments[cursor]) cursor++;
        return cursor >= segments.length - 1;
      });
    };
    const found = pool.filter((i) => matches(i.sectorKeys));
    if (found.length > 0) return ok(found);
    const names = new Set(pool.flatMap((i) => i.entry.record.sector));
    return fail("SECTOR_NOT_FOUND", { input, suggestions: nearest(sectorKey(segments.at(-1)!), names) });
  }

  /** Records whose metric is the input: with its threshold (企业（产值≥10亿元）), or by name alone. */
  private matchMetric(pool: readonly Indexed[], input: string, sector: string | null): Result<Indexed[]> {
    const key = this.metricGroups.find(metricKey(input));
    const full = pool.filter((i) => i.metricFull === key);
    if (full.length > 0) return ok(full);
    const bare = pool.filter((i) => i.metricBare === key);
    if (bare.length > 0) return ok(bare);
    const labels = new Set(pool.map((i) => i.entry.metricLabel));
    return fail("METRIC_NOT_FOUND", { input, sector, suggestions: nearest(key, labels) });
  }

  private pickYear(pool: readonly Indexed[], year: number | null, what: string): Result<Indexed[]> {
    const found =
      year === null
        ? pool.filter((i) => i.entry.record.year === i.entry.plan.period.end)
        : pool.filter((i) => i.entry.record.year === year);
    if (found.length > 0) return ok(found);
    const years = [...new Set(pool.map((i) => i.entry.record.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    return fail("YEAR_NOT_FOUND", { what, year, years });
  }
}
