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

/**
 * A sector path as records spell it, worked out once for all the records that share it (most records of a node):
 * its label, its keys, and where a region files it.
 */
export interface SectorPath {
  readonly names: readonly string[];
  /** 新材料›稀土新材料 */
  readonly label: string;
  readonly keys: readonly string[];
  /** The keys joined: a node's identity. */
  readonly nodeKey: string;
  /** The distinct keys of the path, each a node the record sits at or under. */
  readonly nodes: readonly string[];
  /** Whether a typed path splits into these very names (no separator, no outer space in any): see `spelled`. */
  readonly plain: boolean;
  /** Per metric (full key), the figure key `figureOfRegion` gives: one string per figure, not one per record. */
  readonly figures: Map<string, string>;
}

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
  private readonly paths = new Set<SectorPath>();

  /** Adds a record sitting at `path`. */
  add(i: Indexed, path: SectorPath): void {
    this.indexed.push(i);
    if (!this.paths.has(path)) {
      this.paths.add(path);
      for (const name of path.names) this.sectorNames.add(name);
      if (path.plain && !this.spelled.has(path.label)) {
        this.spelled.set(path.label, path.keys);
        const name = path.names.at(-1)!;
        if (!this.spelled.has(name)) this.spelled.set(name, [path.keys.at(-1)!]);
      }
    }
    push(this.byPlan, i.entry.plan, i);
    const leaf = path.keys.at(-1)!;
    push(this.atNode, leaf, i);
    let byMetric = this.figuresAt.get(leaf);
    if (!byMetric) this.figuresAt.set(leaf, (byMetric = new Map<string, Indexed[]>()));
    push(byMetric, i.metricFull, i);
    let figure = path.figures.get(i.metricFull);
    if (figure === undefined) path.figures.set(i.metricFull, (figure = figureOfRegion(i)));
    push(this.byFigure, figure, i);
    for (const key of path.nodes) push(this.underNode, key, i);
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

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  /** The sector paths records spell, by their last name (a list: the same name under other parents). */
  private readonly pathsByLeaf = new Map<string, SectorPath[]>();

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
        const path = this.pathOf(record.sector);
        const i = this.indexOne(record, plan, region, path, order * 100_000 + n);
        index.add(i, path);
        this.byId.set(record.id, i);
      });
    }
    index.complete();
    this.regionIndexes.set(region, index);
    return index;
  }

  /** The path these names spell, made the first time a record spells it. */
  private pathOf(names: readonly string[]): SectorPath {
    const leaf = names.at(-1)!;
    let known = this.pathsByLeaf.get(leaf);
    for (const path of known ?? []) if (sameNames(path.names, names)) return path;
    const keys = names.map((name) => this.names.sectorNodeKey(name));
    const path: SectorPath = {
      names,
      label: names.join(PATH_JOINER),
      keys,
      nodeKey: keys.join(PATH_JOINER),
      nodes: [...new Set(keys)],
      plain: names.every((name) => name.length > 0 && name.trim() === name && !PATH_SEPARATOR.test(name)),
      figures: new Map(),
    };
    if (!known) this.pathsByLeaf.set(leaf, (known = []));
    known.push(path);
    return path;
  }

  private indexOne(record: PlanRecord, plan: Plan, region: Region, path: SectorPath, order: number): Indexed {
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
      sectorLabel: path.label,
      order,
    };
    return {
      entry,
      sectorKeys: path.keys,
      nodeKey: path.nodeKey,
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
