/**
 * The catalogue: a dataset indexed for lookups. Build one per dataset; to refresh, build a new one and swap it whole.
 *
 * Resolution: region, plan, sector and metric names go through keys (width, spaces, suffixes) and alias groups.
 * Conflict rule for `target` (the README documents it):
 *   1. candidates are the target-like records (target, cap, relative target) of the sector node, metric and year;
 *      the year defaults to each record's plan end year;
 *   2. records of a plan that another candidate's plan `supersedes` drop out;
 *   3. the first record in dataset order wins (document order, then plan letter, then line): the plans are undated,
 *      so no "newest" can be computed; the answer lists every record that states the figure differently (`others`:
 *      value, threshold, 力争) and the versions of the plan that leave the target out (`unrestated`).
 * Children are never summed into parents.
 */
import type { Dataset } from "./dataset";
import { andThen, fail, ok, type Result } from "./errors";
import { ARG } from "./input";
import { KIND_LABELS } from "./labels";
import { Equivalence, metricKey, metricLabel, regionKey, sectorKey } from "./names";
import { answersLookup } from "./kinds";
import type { Plan, PlanRecord, RecordKind, Region } from "./schema";
import { EVERY_YEAR, type YearAsked } from "./vocabulary";
import { nearest, SuggestionIndex } from "./suggest";
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
  /** A year, 每年 (EVERY_YEAR: the recurring figure), or none for the plan's end year. */
  readonly year?: YearAsked;
  readonly plan?: string | null;
}

export interface TargetAnswer {
  readonly entry: Entry;
  /**
   * Records of the same figure that state it differently — another value, another threshold word (达到 vs 超),
   * 力争 in one only — in another plan or version, or restated in the same plan.
   */
  readonly others: readonly Entry[];
  /** Records that state the same figure the same way elsewhere. */
  readonly agreeing: readonly Entry[];
  /** Records of another version that state this figure together with others, as one sum (5户 + 2户 = 7户). */
  readonly combined: readonly Entry[];
  /** Other versions of the plan that do not state this target at all (001D 未再列出此目标). */
  readonly unrestated: readonly Unrestated[];
}

/** A version of a plan that leaves a target out; `later` when it comes after the plan in dataset order. */
export interface Unrestated {
  readonly plan: Plan;
  readonly later: boolean;
}

export interface RecordFilter {
  readonly region?: string | null;
  readonly plan?: string | null;
  /** A sector node or path; its descendants are included. */
  readonly sector?: string | null;
  readonly metric?: string | null;
  readonly year?: YearAsked;
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
  /** The sector keys joined: a node's identity. */
  readonly nodeKey: string;
  readonly metricFull: string;
  readonly metricBare: string;
  /** What else states this record's figure: worked out the first time the record answers a lookup. */
  elsewhere: Omit<TargetAnswer, "entry"> | null;
}

/** Where a lookup looks: a region (or all), and the plans a pin named (or all of the region's). */
interface Scope {
  readonly region: Region | null;
  readonly plans: ReadonlySet<Plan> | null;
}

/** Answers are memoised per catalogue (a catalogue never changes); past this many, the memo starts afresh. */
const MEMO_LIMIT = 100_000;

const NONE: readonly Indexed[] = [];
const STATED_NOWHERE_ELSE: Omit<TargetAnswer, "entry"> = Object.freeze({
  others: [],
  agreeing: [],
  combined: [],
  unrestated: [],
});

function ordinal(id: string): number {
  return Number(id.slice(id.lastIndexOf("-") + 1));
}

/** Same amount, compared in the unit's base (350亿元 = 3500000万元), ranges included. */
export function sameAmount(a: Entry, b: Entry): boolean {
  if (a.unit.base !== b.unit.base) return false;
  const maxA = a.record.valueMax === null ? null : a.record.valueMax * a.unit.factor;
  const maxB = b.record.valueMax === null ? null : b.record.valueMax * b.unit.factor;
  const sameMax = maxA === null || maxB === null ? maxA === maxB : close(maxA, maxB);
  return close(a.record.value * a.unit.factor, b.record.value * b.unit.factor) && sameMax;
}

/** An answer whose other statements are worked out when first read: TARGET needs the winner alone. */
class Answer implements TargetAnswer {
  constructor(
    readonly entry: Entry,
    private readonly elsewhere: () => Omit<TargetAnswer, "entry">,
  ) {}

  get others(): readonly Entry[] {
    return this.elsewhere().others;
  }

  get agreeing(): readonly Entry[] {
    return this.elsewhere().agreeing;
  }

  get combined(): readonly Entry[] {
    return this.elsewhere().combined;
  }

  get unrestated(): readonly Unrestated[] {
    return this.elsewhere().unrestated;
  }
}

function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Whether the earlier segments of a sector path are ancestors, in order, of the node at `end` of `keys`. */
function ancestorsMatch(segments: readonly string[], keys: readonly string[], end: number): boolean {
  let cursor = 0;
  for (let k = 0; k < end && cursor < segments.length - 1; k++) if (keys[k] === segments[cursor]) cursor++;
  return cursor >= segments.length - 1;
}

/** Whether a record's sector keys match a path: at its node, or (descendants) anywhere under it. */
function pathMatches(segments: readonly string[], keys: readonly string[], descendants: boolean): boolean {
  if (!descendants) return ancestorsMatch(segments, keys, keys.length - 1);
  const last = segments.at(-1);
  for (let end = 0; end < keys.length; end++)
    if (keys[end] === last && ancestorsMatch(segments, keys, end)) return true;
  return false;
}

/** One region's records and their indexes, built the first time the region is asked about. */
class RegionIndex {
  readonly indexed: Indexed[] = [];
  readonly byPlan = new Map<Plan, Indexed[]>();
  /** Records by the key of their leaf node, and by every node of their path (for "this node and below"). */
  readonly atNode = new Map<string, Indexed[]>();
  readonly underNode = new Map<string, Indexed[]>();
  /** Records of one figure (node, metric), every plan and year: what "the same figure elsewhere" reads. */
  readonly byFigure = new Map<string, Indexed[]>();
  /** Baselines by plan, node and metric. */
  readonly baselines = new Map<string, Indexed[]>();
  /** The region's sector names, for "did you mean" on a miss (prebuilt: a miss does bounded work). */
  suggestions!: SuggestionIndex; // set by complete(), before the region is handed out
  private readonly sectorNames = new Set<string>();

  add(i: Indexed): void {
    this.indexed.push(i);
    for (const name of i.entry.record.sector) this.sectorNames.add(name);
    push(this.byPlan, i.entry.plan, i);
    push(this.atNode, i.sectorKeys.at(-1)!, i);
    push(this.byFigure, figureOfRegion(i), i);
    i.sectorKeys.forEach((key, depth) => {
      if (i.sectorKeys.indexOf(key) === depth) push(this.underNode, key, i);
    });
    if (i.entry.record.kind === "baseline" && i.entry.record.year !== null) push(this.baselines, figureOfPlan(i), i);
  }

  /** Called once every record is added. */
  complete(): void {
    this.suggestions = new SuggestionIndex([...this.sectorNames]);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Node and metric: a figure across the plans and years of a region. */
function figureOfRegion(i: Indexed): string {
  return `${i.nodeKey}\u0000${i.metricFull}`;
}

/** Plan, node and metric: the identity of a figure within a plan. */
function figureOfPlan(i: Indexed): string {
  return `${i.entry.plan.id}\u0000${i.nodeKey}\u0000${i.metricFull}`;
}

export class Catalog {
  readonly dataset: Dataset;
  private readonly sectorGroups = new Equivalence();
  private readonly metricGroups = new Equivalence();
  private readonly regionByName: ReadonlyMap<string, Region>;
  private readonly regionByKey = new Map<string, Region>();
  private readonly planById: ReadonlyMap<string, Plan>;
  private readonly planByKey: ReadonlyMap<string, Plan>;
  private readonly planOrder: ReadonlyMap<Plan, number>;
  private readonly sameAsLinks = new Map<string, string[]>();
  /** Plans linked to a plan by sameAs: its other versions. */
  private readonly versionPlans = new Map<string, Set<string>>();
  // Built lazily, one region at a time: a catalogue of the 31 provinces starts as fast as one of a few plans, and a
  // lookup's cost does not grow with the data (region → node → metric → year).
  private readonly regionIndexes = new Map<Region, RegionIndex>();
  private readonly byId = new Map<string, Indexed>();
  private allIndexed: Indexed[] | null = null;
  private allEntries: Entry[] | null = null;
  private globalSuggestions: SuggestionIndex | null = null;
  // One memo per question, keyed by the arguments as typed (the memo is per catalogue: names need no folding).
  private readonly memo = {
    target: new Map<string, Result<unknown>>(),
    baseline: new Map<string, Result<unknown>>(),
    locate: new Map<string, Result<unknown>>(),
  };
  /** What a typed name folds to, once per distinct input and kind (folding is most of a first call's cost). */
  private readonly folded = {
    r: new Map<string, unknown>(),
    s: new Map<string, unknown>(),
    m: new Map<string, unknown>(),
  };
  /** The scope a region and plan pin resolve to, once per distinct pair. */
  private readonly scopes = new Map<string, Result<Scope>>();
  // Names, metrics and units repeat across records: each distinct one is folded once.
  private readonly sectorRep = new Map<string, string>();
  private readonly metricRep = new Map<string, string>();
  private readonly unitOf = new Map<string, UnitInfo>();

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
    this.regionByName = new Map(dataset.regions.map((r) => [r.name, r]));
    for (const region of dataset.regions) {
      for (const key of [region.name, ...region.aliases].map(regionKey)) this.regionByKey.set(key, region);
      this.regionByKey.set(region.code, region);
      this.regionByKey.set(region.iso.toLowerCase(), region);
    }
    this.planById = new Map(dataset.plans.map((p) => [p.id, p]));
    this.planByKey = new Map(dataset.plans.map((p) => [p.id.toLowerCase(), p]));
    this.planOrder = new Map(dataset.plans.map((p, n) => [p, n]));
    for (const plan of dataset.plans) {
      for (const record of plan.records) {
        for (const other of record.sameAs) {
          push(this.sameAsLinks, record.id, other);
          push(this.sameAsLinks, other, record.id);
          const otherPlan = other.slice(0, other.indexOf("-"));
          if (otherPlan === plan.id || !this.planById.has(otherPlan)) continue;
          for (const [a, b] of [
            [plan.id, otherPlan],
            [otherPlan, plan.id],
          ] as const) {
            const versions = this.versionPlans.get(a) ?? new Set<string>();
            this.versionPlans.set(a, versions.add(b));
          }
        }
      }
    }
  }

  /** A region's records and indexes, built on first use. */
  private regionIndex(region: Region): RegionIndex {
    let index = this.regionIndexes.get(region);
    if (index) return index;
    index = new RegionIndex();
    for (const plan of this.dataset.plans) {
      if (plan.region !== region.name) continue;
      const order = this.planOrder.get(plan)!;
      const records = [...plan.records].sort((a, b) => a.line - b.line || ordinal(a.id) - ordinal(b.id));
      records.forEach((record, n) => {
        const i = this.indexOne(record, plan, region, order * 100_000 + n);
        index.add(i);
        this.byId.set(record.id, i);
      });
    }
    index.complete();
    this.regionIndexes.set(region, index);
    return index;
  }

  private indexOne(record: PlanRecord, plan: Plan, region: Region, order: number): Indexed {
    const entry: Entry = {
      record,
      plan,
      region,
      unit: this.cached(this.unitOf, record.unit, () => lookupUnit(record.unit)!),
      metricLabel: metricLabel(record),
      sectorLabel: record.sector.join(PATH_JOINER),
      order,
    };
    const sectorKeys = record.sector.map((name) =>
      this.cached(this.sectorRep, name, () => this.sectorGroups.find(sectorKey(name))),
    );
    const metric = (name: string): string =>
      this.cached(this.metricRep, name, () => this.metricGroups.find(metricKey(name)));
    return {
      entry,
      sectorKeys,
      nodeKey: sectorKeys.join(PATH_JOINER),
      metricFull: metric(entry.metricLabel),
      metricBare: metric(record.metric),
      elsewhere: null,
    };
  }

  private cached<T>(map: Map<string, T>, key: string, compute: () => T): T {
    let value = map.get(key);
    if (value === undefined) {
      value = compute();
      map.set(key, value);
    }
    return value;
  }

  /** Every record, indexed, in dataset order (every region built). */
  private everything(): Indexed[] {
    if (this.allIndexed === null) {
      for (const region of this.dataset.regions) this.regionIndex(region);
      this.allIndexed = this.dataset.plans.flatMap((plan) => {
        const region = this.regionByName.get(plan.region);
        return region ? (this.regionIndex(region).byPlan.get(plan) ?? []) : [];
      });
    }
    return this.allIndexed;
  }

  /** A record's index entry by its id (the plan id before the first "-" names its region). */
  private indexedOf(id: string): Indexed | undefined {
    const known = this.byId.get(id);
    if (known) return known;
    const plan = this.planById.get(id.slice(0, id.indexOf("-")));
    const region = plan && this.regionByName.get(plan.region);
    if (!region) return undefined;
    this.regionIndex(region);
    return this.byId.get(id);
  }

  /** A folded form of a typed name, computed once per catalogue and input. */
  private fold<T>(kind: keyof Catalog["folded"], input: string, compute: () => T): T {
    const folded = this.folded[kind];
    const known = folded.get(input);
    if (known !== undefined) return known as T;
    if (folded.size >= MEMO_LIMIT) folded.clear();
    const value = compute();
    folded.set(input, value);
    return value;
  }

  /** A catalogue never changes, so an answer, once computed, is the answer. */
  private memoised<T>(memo: keyof Catalog["memo"], key: string, compute: () => Result<T>): Result<T> {
    const answers = this.memo[memo];
    const known = answers.get(key);
    if (known) return known as Result<T>;
    if (answers.size >= MEMO_LIMIT) answers.clear();
    const result = compute();
    answers.set(key, result);
    return result;
  }

  /** Every record in dataset order. */
  get entries(): readonly Entry[] {
    this.allEntries ??= this.everything().map((i) => i.entry);
    return this.allEntries;
  }

  get regions(): readonly Region[] {
    return this.dataset.regions;
  }

  resolveRegion(input: string): Result<Region> {
    const found = this.fold("r", input, () => this.regionByKey.get(regionKey(input)) ?? null);
    if (found) return ok(found);
    const key = regionKey(input);
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

  /** The records of a scope, in dataset order. */
  private recordsOf(scope: Scope): readonly Indexed[] {
    if (scope.plans) {
      return [...scope.plans]
        .flatMap((plan) => {
          const region = this.regionByName.get(plan.region);
          return region ? (this.regionIndex(region).byPlan.get(plan) ?? []) : [];
        })
        .sort(byOrder);
    }
    return scope.region ? this.regionIndex(scope.region).indexed : this.everything();
  }

  private inScope(scope: Scope, i: Indexed): boolean {
    if (scope.plans) return scope.plans.has(i.entry.plan);
    return scope.region === null || i.entry.region === scope.region;
  }

  /**
   * The plans a pin names: one by id (001D); every plan of a document by its file name (001_ffb1d88e27a1f2f1.txt)
   * or its bundle number (001); those whose title or bundle heading holds the words. Lookups narrow to these and
   * then resolve by sector, so a pin is ambiguous only if the figure is still found in several of them.
   */
  resolvePlans(input: string, region?: Region | null): Result<Plan[]> {
    const key = normalizeText(input);
    const byId = this.planByKey.get(key);
    if (byId && (!region || byId.region === region.name)) return ok([byId]);
    const pool = this.plans(region);
    const document = pool.filter((p) => {
      const file = normalizeText(p.document);
      return file === key || file.startsWith(`${key}_`) || file === `${key}.txt`;
    });
    if (document.length > 0) return ok(document);
    const exactTitle = pool.filter(
      (p) => normalizeText(p.title) === key || (p.bundle !== null && normalizeText(p.bundle) === key),
    );
    if (exactTitle.length > 0) return ok(exactTitle);
    const titled = pool.filter((p) => normalizeText(p.title).includes(key));
    if (titled.length > 0) return ok(titled);
    const suggestions = nearest(
      key,
      pool.flatMap((p) => [p.title, p.id]),
    );
    return fail("PLAN_NOT_FOUND", { input, suggestions });
  }

  /** Exactly one plan: as `resolvePlans`, an ambiguity error when the pin names several. */
  resolvePlan(input: string, region?: Region | null): Result<Plan> {
    const plans = this.resolvePlans(input, region);
    if (!plans.ok) return plans;
    if (plans.value.length === 1) return ok(plans.value[0]!);
    return fail("PLAN_AMBIGUOUS", { input, candidates: plans.value.map((p) => `${p.id} ${p.title}`) });
  }

  record(id: string): Result<Entry> {
    const found = this.indexedOf(id.trim());
    return found ? ok(found.entry) : fail("RECORD_NOT_FOUND", { input: id });
  }

  /** A sector node's identity: its path of alias-folded keys (equal for 先进化工材料 and 化工高分子材料). */
  nodeKey(entry: Entry): string {
    return this.indexedOf(entry.record.id)!.nodeKey;
  }

  /** A metric's identity, threshold included. */
  metricKeyOf(entry: Entry): string {
    return this.indexedOf(entry.record.id)!.metricFull;
  }

  /** Records stating the same fact elsewhere (sameAs, read both ways). */
  related(entry: Entry): Entry[] {
    const ids = this.sameAsLinks.get(entry.record.id);
    if (!ids) return [];
    return ids.flatMap((id) => {
      const found = this.indexedOf(id);
      return found ? [found.entry] : [];
    });
  }

  /** Records matching every given filter, in dataset order; a name that resolves to nothing is an error. */
  list(filter: RecordFilter = {}): Result<Entry[]> {
    const scoped = this.scope(filter.region, filter.plan);
    if (!scoped.ok) return scoped;
    let pool: readonly Indexed[];
    if (filter.sector) {
      const bySector = this.matchSector(scoped.value, filter.sector, true);
      if (!bySector.ok) return this.pinnedMiss(scoped.value, filter.sector, null) ?? bySector;
      pool = bySector.value;
    } else {
      pool = this.recordsOf(scoped.value);
    }
    if (filter.metric) {
      const byMetric = this.matchMetric(pool, filter.metric, filter.sector ?? null);
      if (!byMetric.ok)
        return (filter.sector && this.pinnedMiss(scoped.value, filter.sector, filter.metric)) || byMetric;
      pool = byMetric.value;
    }
    if (filter.year !== undefined && filter.year !== null) {
      const year = filter.year === EVERY_YEAR ? null : filter.year;
      pool = pool.filter((i) => i.entry.record.year === year);
    }
    if (filter.kinds && filter.kinds.length > 0) {
      const kinds = new Set(filter.kinds);
      pool = pool.filter((i) => kinds.has(i.entry.record.kind));
    }
    return ok(pool.map((i) => i.entry));
  }

  /** The target for a sector, metric and year, by the conflict rule at the top of this file. */
  target(query: TargetQuery): Result<TargetAnswer> {
    return this.memoised("target", queryKey(query), () => this.computeTarget(query));
  }

  private computeTarget(query: TargetQuery): Result<TargetAnswer> {
    const located = this.locate(query);
    if (!located.ok) return located;
    const { pool, what } = located.value;
    const targets = pool.filter((i) => answersLookup(i.entry.record.kind));
    if (targets.length === 0) {
      const kinds = [...new Set(pool.map((i) => i.entry.record.kind))];
      return fail("NO_TARGET", { what, kinds: kinds.map((k) => KIND_LABELS[k]) });
    }
    const ofYear = this.pickYear(targets, query.year ?? null, what);
    if (!ofYear.ok) return ofYear;
    const candidates = this.unsuperseded(ofYear.value.map((i) => i.entry));
    const winner = candidates[0]!;
    if (query.plan && candidates.some((e) => e.plan !== winner.plan)) {
      const plans = [...new Set(candidates.map((e) => e.plan))];
      return fail("PLAN_AMBIGUOUS", { input: query.plan, candidates: plans.map((p) => `${p.id} ${p.title}`) });
    }
    // What else states this figure depends on the winner alone: work it out once per record.
    const indexed = this.indexedOf(winner.record.id)!;
    return ok(new Answer(winner, () => (indexed.elsewhere ??= this.statedElsewhere(indexed))));
  }

  /**
   * The records that state a record's figure elsewhere: the same figure in every plan of the region (named even
   * when one plan is pinned), and the versions linked by sameAs wherever they sit (another node, another threshold
   * label) — one linked to several of this plan's records states their sum.
   */
  private statedElsewhere(indexed: Indexed): Omit<TargetAnswer, "entry"> {
    const winner = indexed.entry;
    const year = winner.record.year;
    const figure = this.regionIndex(winner.region).byFigure.get(figureOfRegion(indexed));
    const unrestated = this.unrestated(winner);
    // Most figures are stated once: nothing to compare.
    if ((figure?.length ?? 0) <= 1 && !this.sameAsLinks.has(winner.record.id) && unrestated.length === 0)
      return STATED_NOWHERE_ELSE;
    const sameFigure = this.unsuperseded(
      (figure ?? NONE)
        .filter(
          (i) =>
            answersLookup(i.entry.record.kind) &&
            (year === null ? i.entry.record.year === null : inYear(i.entry, year)),
        )
        .map((i) => i.entry),
    );
    const linked = this.related(winner).filter((e) => e.plan !== winner.plan);
    const combined = linked.filter((e) => this.related(e).filter((r) => r.plan === winner.plan).length > 1);
    const elsewhere = [...new Set([...sameFigure, ...linked.filter((e) => !combined.includes(e))])]
      .filter((e) => e !== winner)
      .sort((a, b) => a.order - b.order);
    return {
      others: elsewhere.filter((e) => !sameStatement(e, winner)),
      agreeing: elsewhere.filter((e) => sameStatement(e, winner)),
      combined,
      unrestated,
    };
  }

  /**
   * The other versions of a target's plan (plans linked to it by sameAs) that do not state the target: no record
   * linked to it, none of the same figure and year. The data report's "does not restate" reads this too.
   */
  unrestated(entry: Entry): Unrestated[] {
    const versions = this.versionPlans.get(entry.plan.id);
    if (!versions || !answersLookup(entry.record.kind)) return [];
    const stating = new Set(this.related(entry).map((e) => e.plan.id));
    const indexed = this.indexedOf(entry.record.id);
    const figure = indexed ? this.regionIndex(entry.region).byFigure.get(figureOfRegion(indexed)) : undefined;
    for (const i of figure ?? NONE)
      if (answersLookup(i.entry.record.kind) && i.entry.record.year === entry.record.year) stating.add(i.entry.plan.id);
    const own = this.planOrder.get(entry.plan)!;
    return [...versions]
      .filter((id) => !stating.has(id))
      .map((id) => this.planById.get(id)!)
      .sort((a, b) => this.planOrder.get(a)! - this.planOrder.get(b)!)
      .map((plan) => ({ plan, later: this.planOrder.get(plan)! > own }));
  }

  /** Drops the records of plans that another record's plan supersedes; dataset order. */
  private unsuperseded(entries: readonly Entry[]): Entry[] {
    if (entries.length <= 1) return [...entries];
    const superseded = new Set(entries.flatMap((e) => e.plan.supersedes));
    return entries.filter((e) => !superseded.has(e.plan.id)).sort((a, b) => a.order - b.order);
  }

  /** The latest stated baseline of a sector and metric (kind baseline), optionally before `beforeYear`. */
  baseline(query: TargetQuery, beforeYear?: number | null): Result<Entry> {
    return this.memoised("baseline", `${queryKey(query)}\u0000${beforeYear ?? ""}`, () => {
      const located = this.locate(query);
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
    const target = this.indexedOf(entry.record.id);
    if (!target || entry.record.year === null) return null;
    const year = entry.record.year;
    let latest: Indexed | null = null;
    for (const i of this.regionIndex(entry.region).baselines.get(figureOfPlan(target)) ?? []) {
      if (i.entry.record.year! < year && (latest === null || i.entry.record.year! > latest.entry.record.year!))
        latest = i;
    }
    return latest?.entry ?? null;
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
    for (const { entry, sectorKeys } of this.recordsOf(scoped.value)) {
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
    // A node whose figures all sit on sub-nodes lists theirs.
    const labels = (pool: readonly Indexed[]): string[] => [
      ...new Set(this.byTargetsFirst(pool).map((i) => i.entry.metricLabel)),
    ];
    const atNode = this.matchSector(scoped.value, sector, false);
    if (atNode.ok) return ok(labels(atNode.value));
    const below = this.matchSector(scoped.value, sector, true);
    return below.ok ? ok(labels(below.value)) : atNode;
  }

  // ---- resolution steps -------------------------------------------------------------------------------------------

  private scope(region?: string | null, plan?: string | null): Result<Scope> {
    const key = `${region ?? ""}\u0000${plan ?? ""}`;
    let known = this.scopes.get(key);
    if (known === undefined) {
      if (this.scopes.size >= MEMO_LIMIT) this.scopes.clear();
      known = this.computeScope(region, plan);
      this.scopes.set(key, known);
    }
    return known;
  }

  private computeScope(region?: string | null, plan?: string | null): Result<Scope> {
    let resolvedRegion: Region | null = null;
    if (region) {
      const r = this.resolveRegion(region);
      if (!r.ok) return r;
      resolvedRegion = r.value;
    }
    if (!plan) return ok({ region: resolvedRegion, plans: null });
    const plans = this.resolvePlans(plan, resolvedRegion);
    if (!plans.ok) return plans;
    return ok({ region: resolvedRegion, plans: new Set(plans.value) });
  }

  /**
   * Region, plan, sector node and metric resolved to the records of one figure (all kinds, all years). A node that
   * has no record of the metric itself (its figures sit on sub-nodes, or it is an alias of such a node) resolves
   * to the sub-node that has it — or says which sub-nodes do.
   */
  private locate(query: TargetQuery): Result<{ pool: Indexed[]; what: string }> {
    // The year does not take part: TARGET, UNIT, SOURCE and the growth functions of one figure share this.
    return this.memoised(
      "locate",
      `${query.region}\u0000${query.sector}\u0000${query.metric}\u0000${query.plan ?? ""}`,
      () => this.computeLocate(query),
    );
  }

  private computeLocate(query: TargetQuery): Result<{ pool: Indexed[]; what: string }> {
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
  private pinnedMiss(scope: Scope, sector: string, metric: string | null): Result<never> | null {
    const pins = scope.plans;
    if (!pins || pins.size === 0) return null;
    const region = scope.region ?? this.regionByName.get([...pins][0]!.region) ?? null;
    const wide = this.matchSector({ region, plans: null }, sector, true);
    if (!wide.ok) return null;
    const outside = wide.value.filter((i) => !pins.has(i.entry.plan));
    const inPins = this.matchSector(scope, sector, true);
    let miss: { thing: "sector" | "metric"; input: string; holders: readonly Indexed[]; near: string[] };
    if (!inPins.ok) {
      const names = this.recordsOf(scope).flatMap((i) => i.entry.record.sector);
      miss = { thing: "sector", input: sector, holders: outside, near: nearest(sectorKey(sector), names) };
    } else {
      if (metric === null) return null;
      const has = this.matchMetric(outside, metric, sector);
      if (!has.ok) return null;
      const names = this.byTargetsFirst(inPins.value).map((i) => i.entry.metricLabel);
      miss = { thing: "metric", input: metric, holders: has.value, near: nearest(metricKey(metric), names) };
    }
    if (miss.holders.length === 0) return null;
    const byOrder = (a: Plan, b: Plan): number => this.planOrder.get(a)! - this.planOrder.get(b)!;
    return fail("NOT_IN_PINNED_PLAN", {
      input: miss.input,
      thing: miss.thing,
      plans: [...pins].sort(byOrder).map((p) => p.id),
      elsewhere: [...new Set(miss.holders.map((i) => i.entry.plan))].sort(byOrder).map((p) => `${p.id}《${p.title}》`),
      suggestions: miss.near,
    });
  }

  private locateIn(scope: Scope, query: TargetQuery): Result<{ pool: Indexed[]; what: string }> {
    let byMetric = andThen(this.matchSector(scope, query.sector, false), (atNode) =>
      this.matchMetric(atNode, query.metric, query.sector),
    );
    if (!byMetric.ok) {
      const below = andThen(this.matchSector(scope, query.sector, true), (under) =>
        this.matchMetric(under, query.metric, query.sector),
      );
      if (below.ok) byMetric = below;
      else if (byMetric.error.code === "SECTOR_NOT_FOUND") byMetric = below;
    }
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
  private matchSector(scope: Scope, input: string, descendants: boolean): Result<Indexed[]> {
    const segments = this.fold("s", input, () => splitPath(input).map((s) => this.sectorGroups.find(sectorKey(s))));
    const last = segments.at(-1);
    if (last === undefined) return fail("MISSING_ARGUMENT", { arg: ARG.sector });
    const at = (index: RegionIndex): readonly Indexed[] =>
      (descendants ? index.underNode : index.atNode).get(last) ?? NONE;
    const candidates = scope.region
      ? at(this.regionIndex(scope.region))
      : this.dataset.regions.flatMap((r) => at(this.regionIndex(r)));
    // One segment names the node alone: every candidate of the scope is at (or under) it.
    const found: Indexed[] = [];
    for (const i of candidates) {
      if (this.inScope(scope, i) && (segments.length === 1 || pathMatches(segments, i.sectorKeys, descendants))) {
        found.push(i);
      }
    }
    if (found.length > 0) return ok(found);
    return fail("SECTOR_NOT_FOUND", {
      input,
      suggestions: this.suggestSectors(scope, sectorKey(splitPath(input).at(-1)!)),
    });
  }

  /** The nearest sector names of a region (or of all), from a list built once per region. */
  private suggestSectors(scope: Scope, key: string): string[] {
    if (scope.region) return this.regionIndex(scope.region).suggestions.nearest(key);
    if (!this.globalSuggestions) {
      const seen = new Set<string>();
      for (const i of this.recordsOf({ region: null, plans: null }))
        for (const name of i.entry.record.sector) seen.add(name);
      this.globalSuggestions = new SuggestionIndex([...seen]);
    }
    return this.globalSuggestions.nearest(key);
  }

  /** Records whose metric is the input: with its threshold (企业（产值≥10亿元）), or by name alone. */
  private matchMetric(pool: readonly Indexed[], input: string, sector: string | null): Result<Indexed[]> {
    const key = this.fold("m", input, () => this.metricGroups.find(metricKey(input)));
    const full = pool.filter((i) => i.metricFull === key);
    if (full.length > 0) return ok(full);
    const bare = pool.filter((i) => i.metricBare === key);
    if (bare.length > 0) return ok(bare);
    const byWord = this.byPlanWord(pool, input);
    if (byWord.length > 0) return ok(byWord);
    // Say what exists: the node's metrics, targets first (with no sector named, the nearest names only).
    const labels = [...new Set(this.byTargetsFirst(pool).map((i) => i.entry.metricLabel))];
    const suggestions = nearest(key, labels);
    return fail(
      "METRIC_NOT_FOUND",
      sector === null ? { input, sector, suggestions } : { input, sector, available: labels, suggestions },
    );
  }

  /**
   * Records named by a word the plan itself uses for their measure: a word (two characters or more) of both the
   * metric and the quote — 盟市 and 对标达标 reach 对标达标活动盟市 (每年选择2-4个盟市…开展…对标达标活动).
   */
  private byPlanWord(pool: readonly Indexed[], input: string): Indexed[] {
    const word = normalizeText(input);
    if ([...word].length < 2) return [];
    // Only a miss of every name comes here: the texts are folded now rather than when the region is indexed.
    return pool.filter(
      (i) => normalizeText(i.entry.record.metric).includes(word) && normalizeText(i.entry.record.quote).includes(word),
    );
  }

  private byTargetsFirst(pool: readonly Indexed[]): Indexed[] {
    return [...pool].sort(
      (a, b) =>
        Number(!answersLookup(a.entry.record.kind)) - Number(!answersLookup(b.entry.record.kind)) ||
        a.entry.order - b.entry.order,
    );
  }

  /**
   * The records of the asked year. A recurring figure (每年…) answers any year of its plan's period. Without a year:
   * the plan's end year, or else the latest year the plan states the figure for (a plan dated by 三年内 says 2023).
   */
  private pickYear(pool: readonly Indexed[], year: YearAsked, what: string): Result<Indexed[]> {
    const found =
      year === null
        ? this.latestPerPlan(pool)
        : year === EVERY_YEAR
          ? pool.filter((i) => i.entry.record.year === null)
          : pool.filter((i) => inYear(i.entry, year));
    if (found.length > 0) return ok(found);
    const years = [...new Set(pool.map((i) => i.entry.record.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    return fail("YEAR_NOT_FOUND", { what, year, years });
  }

  private latestPerPlan(pool: readonly Indexed[]): Indexed[] {
    const byPlan = new Map<Plan, Indexed[]>();
    for (const i of pool) byPlan.set(i.entry.plan, [...(byPlan.get(i.entry.plan) ?? []), i]);
    return [...byPlan.entries()].flatMap(([plan, records]) => {
      const dated = records.filter((i) => i.entry.record.year !== null);
      const atEnd = dated.filter((i) => i.entry.record.year === plan.period.end);
      if (atEnd.length > 0) return atEnd;
      if (dated.length > 0) {
        const latest = Math.max(...dated.map((i) => i.entry.record.year!));
        return dated.filter((i) => i.entry.record.year === latest);
      }
      return records;
    });
  }
}

/** The order of the dataset: what breaks ties. */
function byOrder(a: Indexed, b: Indexed): number {
  return a.entry.order - b.entry.order;
}

/** A memo key of a lookup: every argument, as typed (the memo is per catalogue, so names need no folding). */
function queryKey(query: TargetQuery): string {
  return `${query.region}\u0000${query.sector}\u0000${query.metric}\u0000${query.year ?? ""}\u0000${query.plan ?? ""}`;
}

/** A record answers for a year: its own, or any year of its plan's period when it recurs (每年). */
function inYear(entry: Entry, year: number): boolean {
  if (entry.record.year !== null) return entry.record.year === year;
  return year >= entry.plan.period.start && year <= entry.plan.period.end;
}

/** How two statements of one figure differ: the amount, the threshold word, 力争. */
export type StatementDifference = "value" | "threshold" | "aspiration";

/**
 * A statement's threshold: its bound (以上, 不低于) and, on a counted thing, the threshold with the word before it
 * (产值达到10亿元 ≥ against 产值超10亿元 >).
 */
export function thresholdOf(e: Entry): string {
  const filter = e.record.entityFilter;
  const counted = filter ? `${filter.measure}|${filter.op}|${filter.value}|${filter.valueMax}|${filter.unit}` : "";
  return `${e.record.bound}|${counted}`;
}

/** What differs between two statements of one figure; none when they say the same. */
export function statementDifferences(a: Entry, b: Entry): StatementDifference[] {
  const differences: StatementDifference[] = [];
  if (!sameAmount(a, b)) differences.push("value");
  if (thresholdOf(a) !== thresholdOf(b)) differences.push("threshold");
  if (a.record.aspiration !== b.record.aspiration) differences.push("aspiration");
  return differences;
}

/** Two records state the same figure only if amount, threshold words and 力争 all agree. */
export function sameStatement(a: Entry, b: Entry): boolean {
  return statementDifferences(a, b).length === 0;
}
