/**
 * The records indexed for lookups, built lazily one region at a time: a catalogue of the 31 provinces starts as
 * fast as one of a few plans, and a lookup's cost does not grow with the data (region → node → metric → year).
 */
import type { CatalogNames } from "./catalog-names";
import { PATH_JOINER, type Entry, type TargetAnswer } from "./catalog-types";
import type { Dataset } from "./dataset";
import type { Result } from "./errors";
import { metricLabel } from "./names";
import type { Plan, PlanRecord, Region } from "./schema";
import { SuggestionIndex } from "./suggest";
import { PATH_SEPARATOR } from "./text";
import { lookupUnit, type UnitInfo } from "./units";

/** A record with the keys lookups match it by. */
export interface Indexed {
  readonly entry: Entry;
  readonly sectorKeys: readonly string[];
  /** The sector keys joined: a node's identity. */
  readonly nodeKey: string;
  readonly metricFull: string;
  readonly metricBare: string;
  /** What else states this record's figure: worked out the first time the record answers a lookup. */
  elsewhere: Omit<TargetAnswer, "entry"> | null;
  /** The record as a lookup's answer, made the first time it wins one (it depends on the record alone). */
  answered?: Result<TargetAnswer>;
}

/** Where a lookup looks: a region (or all), and the plans a pin named (or all of the region's). */
export interface Scope {
  readonly region: Region | null;
  readonly plans: ReadonlySet<Plan> | null;
}

export const NONE: readonly Indexed[] = [];

/** One region's records and their indexes, built the first time the region is asked about. */
export class RegionIndex {
  readonly indexed: Indexed[] = [];
  readonly byPlan = new Map<Plan, Indexed[]>();
  /** Records by the key of their leaf node, and by every node of their path (for "this node and below"). */
  readonly atNode = new Map<string, Indexed[]>();
  readonly underNode = new Map<string, Indexed[]>();
  /** Records of one figure (node, metric), every plan and year: what "the same figure elsewhere" reads. */
  readonly byFigure = new Map<string, Indexed[]>();
  /** Baselines by plan, node and metric. */
  readonly baselines = new Map<string, Indexed[]>();
  /**
   * Records by the key of their leaf node, then by their metric (full key), in the order of `atNode`: the records a
   * lookup finds when it names a node and a metric, read with two Map reads.
   */
  readonly figuresAt = new Map<string, Map<string, Indexed[]>>();
  /**
   * The sector texts the records spell (a name, a path joined by ›) and the keys they fold to: a lookup that types
   * a sector as the data spells it folds nothing. Only texts that a typed path splits into the same names.
   */
  readonly spelled = new Map<string, readonly string[]>();
  /** The region's sector names, for "did you mean" on a miss (prebuilt: a miss does bounded work). */
  suggestions!: SuggestionIndex; // set by complete(), before the region is handed out
  private readonly sectorNames = new Set<string>();

  /** Adds a record; `plain` when its sector names are as a typed path splits them (no separator, no outer space). */
  add(i: Indexed, plain: boolean): void {
    this.indexed.push(i);
    const sector = i.entry.record.sector;
    for (const name of sector) this.sectorNames.add(name);
    push(this.byPlan, i.entry.plan, i);
    const leaf = i.sectorKeys.at(-1)!;
    push(this.atNode, leaf, i);
    let byMetric = this.figuresAt.get(leaf);
    if (!byMetric) this.figuresAt.set(leaf, (byMetric = new Map<string, Indexed[]>()));
    push(byMetric, i.metricFull, i);
    if (plain && !this.spelled.has(i.entry.sectorLabel)) {
      this.spelled.set(i.entry.sectorLabel, i.sectorKeys);
      const name = sector.at(-1)!;
      if (!this.spelled.has(name)) this.spelled.set(name, [leaf]);
    }
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

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Node and metric: a figure across the plans and years of a region. */
export function figureOfRegion(i: Indexed): string {
  return `${i.nodeKey}\u0000${i.metricFull}`;
}

/** Plan, node and metric: the identity of a figure within a plan. */
export function figureOfPlan(i: Indexed): string {
  return `${i.entry.plan.id}\u0000${i.nodeKey}\u0000${i.metricFull}`;
}

/** The order of the dataset: what breaks ties. */
export function byOrder(a: Indexed, b: Indexed): number {
  return a.entry.order - b.entry.order;
}

function ordinal(id: string): number {
  return Number(id.slice(id.lastIndexOf("-") + 1));
}

/** Every region's index, each built on first use, and the records by id. */
export class RecordIndex {
  private readonly regionIndexes = new Map<Region, RegionIndex>();
  private readonly byId = new Map<string, Indexed>();
  private allIndexed: Indexed[] | null = null;
  private allEntries: Entry[] | null = null;
  private globalSuggestions: SuggestionIndex | null = null;
  private readonly unitOf = new Map<string, UnitInfo>();
  /** Whether a sector name is one a typed path splits out as it is (see `RegionIndex.spelled`), per distinct name. */
  private readonly plainName = new Map<string, boolean>();

  constructor(
    private readonly dataset: Dataset,
    private readonly names: CatalogNames,
  ) {}

  /** A region's records and indexes, built on first use. */
  region(region: Region): RegionIndex {
    let index = this.regionIndexes.get(region);
    if (index) return index;
    index = new RegionIndex();
    for (const plan of this.dataset.plans) {
      if (plan.region !== region.name) continue;
      const order = this.names.orderOf(plan);
      const records = [...plan.records].sort((a, b) => a.line - b.line || ordinal(a.id) - ordinal(b.id));
      records.forEach((record, n) => {
        const i = this.indexOne(record, plan, region, order * 100_000 + n);
        index.add(
          i,
          record.sector.every((name) => this.plain(name)),
        );
        this.byId.set(record.id, i);
      });
    }
    index.complete();
    this.regionIndexes.set(region, index);
    return index;
  }

  private plain(name: string): boolean {
    let plain = this.plainName.get(name);
    if (plain === undefined) {
      plain = name.length > 0 && name.trim() === name && !PATH_SEPARATOR.test(name);
      this.plainName.set(name, plain);
    }
    return plain;
  }

  private indexOne(record: PlanRecord, plan: Plan, region: Region, order: number): Indexed {
    let unit = this.unitOf.get(record.unit);
    if (unit === undefined) {
      unit = lookupUnit(record.unit)!;
      this.unitOf.set(record.unit, unit);
    }
    const entry: Entry = {
      record,
      plan,
      region,
      unit,
      metricLabel: metricLabel(record),
      sectorLabel: record.sector.join(PATH_JOINER),
      order,
    };
    const sectorKeys = record.sector.map((name) => this.names.sectorNodeKey(name));
    return {
      entry,
      sectorKeys,
      nodeKey: sectorKeys.join(PATH_JOINER),
      metricFull: this.names.metricNameKey(entry.metricLabel),
      metricBare: this.names.metricNameKey(record.metric),
      elsewhere: null,
      answered: undefined, // in the shape from the start
    };
  }

  /** Every record, indexed, in dataset order (every region built). */
  everything(): Indexed[] {
    if (this.allIndexed === null) {
      for (const region of this.dataset.regions) this.region(region);
      this.allIndexed = this.dataset.plans.flatMap((plan) => this.ofPlan(plan));
    }
    return this.allIndexed;
  }

  /** Every record in dataset order. */
  get entries(): readonly Entry[] {
    this.allEntries ??= this.everything().map((i) => i.entry);
    return this.allEntries;
  }

  /** A record's index entry by its id (the plan id before the first "-" names its region). */
  byRecordId(id: string): Indexed | undefined {
    const known = this.byId.get(id);
    if (known) return known;
    const plan = this.names.planWithId(id.slice(0, id.indexOf("-")));
    const region = plan && this.names.regionNamed(plan.region);
    if (!region) return undefined;
    this.region(region);
    return this.byId.get(id);
  }

  private ofPlan(plan: Plan): readonly Indexed[] {
    const region = this.names.regionNamed(plan.region);
    return region ? (this.region(region).byPlan.get(plan) ?? NONE) : NONE;
  }

  /** The records of a scope, in dataset order. */
  recordsOf(scope: Scope): readonly Indexed[] {
    if (scope.plans) {
      return [...scope.plans].flatMap((plan) => this.ofPlan(plan)).sort(byOrder);
    }
    return scope.region ? this.region(scope.region).indexed : this.everything();
  }

  inScope(scope: Scope, i: Indexed): boolean {
    if (scope.plans) return scope.plans.has(i.entry.plan);
    return scope.region === null || i.entry.region === scope.region;
  }

  /** The nearest sector names of a region (or of all), from a list built once per region. */
  suggestSectors(region: Region | null, key: string): string[] {
    if (region) return this.region(region).suggestions.nearest(key);
    if (!this.globalSuggestions) {
      const seen = new Set<string>();
      for (const i of this.everything()) for (const name of i.entry.record.sector) seen.add(name);
      this.globalSuggestions = new SuggestionIndex([...seen]);
    }
    return this.globalSuggestions.nearest(key);
  }
}
