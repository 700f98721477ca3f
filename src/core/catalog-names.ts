/**
 * Name resolution without records: regions (names, aliases, codes), plans (id, document, bundle, title) and the
 * alias groups that fold a sector or metric name to its key. Each distinct name is folded once per catalogue.
 */
import type { Dataset } from "./dataset";
import { fail, ok, type Result } from "./errors";
import { remembered } from "./memo";
import { Equivalence, metricKey, regionKey, sectorKey } from "./names";
import type { Plan, Region } from "./schema";
import { nearest } from "./suggest";
import { normalizeText, splitPath } from "./text";

export class CatalogNames {
  private readonly sectorGroups = new Equivalence();
  private readonly metricGroups = new Equivalence();
  private readonly regionByName: ReadonlyMap<string, Region>;
  private readonly regionByKey = new Map<string, Region>();
  private readonly planById: ReadonlyMap<string, Plan>;
  private readonly planByKey: ReadonlyMap<string, Plan>;
  private readonly planOrder: ReadonlyMap<Plan, number>;
  // A record's sector and metric names repeat across records: each distinct one is folded once.
  private readonly sectorRep = new Map<string, string>();
  private readonly metricRep = new Map<string, string>();
  // What a typed name folds to, once per distinct input (folding is most of a first call's cost).
  private readonly typedRegions = new Map<string, Region | null>();
  private readonly typedSectors = new Map<string, string[]>();
  private readonly typedMetrics = new Map<string, string>();

  constructor(private readonly dataset: Dataset) {
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
  }

  get regions(): readonly Region[] {
    return this.dataset.regions;
  }

  /** A region by its name exactly as the dataset spells it. */
  regionNamed(name: string): Region | undefined {
    return this.regionByName.get(name);
  }

  /** A plan by its id exactly (001D). */
  planWithId(id: string): Plan | undefined {
    return this.planById.get(id);
  }

  /** A plan's position in the dataset. */
  orderOf(plan: Plan): number {
    return this.planOrder.get(plan)!;
  }

  /** The key of a sector name as a record spells it: alias groups folded (先进化工材料 = 化工高分子材料). */
  sectorNodeKey(name: string): string {
    return remembered(this.sectorRep, name, () => this.sectorGroups.find(sectorKey(name)));
  }

  /** The key of a metric label as a record spells it: synonyms folded. */
  metricNameKey(name: string): string {
    return remembered(this.metricRep, name, () => this.metricGroups.find(metricKey(name)));
  }

  /** A typed sector path (新材料›稀土新材料) as the keys of its segments. */
  typedSectorPath(input: string): readonly string[] {
    return remembered(this.typedSectors, input, () =>
      splitPath(input).map((s) => this.sectorGroups.find(sectorKey(s))),
    );
  }

  /** A typed metric name as its key. */
  typedMetric(input: string): string {
    return remembered(this.typedMetrics, input, () => this.metricGroups.find(metricKey(input)));
  }

  resolveRegion(input: string): Result<Region> {
    const found = remembered(this.typedRegions, input, () => this.regionByKey.get(regionKey(input)) ?? null);
    if (found) return ok(found);
    const key = regionKey(input);
    const names = this.dataset.regions.flatMap((r) => [r.name, ...r.aliases.filter((a) => a.length > 1)]);
    const suggestions = nearest(key, names).map(
      (n) => this.dataset.regions.find((r) => r.name === n || r.aliases.includes(n))!.name,
    );
    return fail("REGION_NOT_FOUND", { input, suggestions: [...new Set(suggestions)] });
  }

  /**
   * The region itself when its records are held; when they are not (a shard not loaded, or failed), why. A
   * question over every region (no region named) waits for the first one absent.
   */
  held(region: Region | null): Result<Region | null> {
    const absent = this.dataset.absent;
    if (!absent || absent.size === 0) return ok(region);
    const name = region ? region.name : absent.keys().next().value!;
    const why = absent.get(name);
    if (!why) return ok(region);
    return why.state === "loading"
      ? fail("REGION_LOADING", { region: name })
      : fail("REGION_UNAVAILABLE", { region: name, detail: why.detail });
  }

  /** Plans, optionally of one region. */
  plans(region?: Region | null): readonly Plan[] {
    return region ? this.dataset.plans.filter((p) => p.region === region.name) : this.dataset.plans;
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
}
