/**
 * The conflict rule for `target` (the README documents it):
 *   1. candidates are the target-like records (target, cap, relative target) of the sector node, metric and year;
 *      the year defaults to each record's plan end year;
 *   2. records of a plan that another candidate's plan `supersedes` drop out;
 *   3. the first record in dataset order wins (document order, then plan letter, then line): the plans are undated,
 *      so no "newest" can be computed; the answer lists every record that states the figure differently (`others`:
 *      value, threshold, 力争) and the versions of the plan that leave the target out (`unrestated`).
 * Children are never summed into parents.
 */
import type { CatalogNames } from "./catalog-names";
import type { Entry, TargetAnswer, TargetQuery, Unrestated } from "./catalog-types";
import type { Dataset } from "./dataset";
import { fail, ok, type Result } from "./errors";
import { answersLookup } from "./kinds";
import { KIND_LABELS } from "./labels";
import type { Located } from "./catalog-locate";
import { figureOfRegion, NONE, push, type Indexed, type RecordIndex } from "./record-index";
import type { Plan } from "./schema";
import { EVERY_YEAR, type YearAsked } from "./vocabulary";

// ---- comparing two statements of one figure ----------------------------------------------------------------------

function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Same amount, compared in the unit's base (350亿元 = 3500000万元), ranges included. */
export function sameAmount(a: Entry, b: Entry): boolean {
  if (a.unit.base !== b.unit.base) return false;
  const maxA = a.record.valueMax === null ? null : a.record.valueMax * a.unit.factor;
  const maxB = b.record.valueMax === null ? null : b.record.valueMax * b.unit.factor;
  const sameMax = maxA === null || maxB === null ? maxA === maxB : close(maxA, maxB);
  return close(a.record.value * a.unit.factor, b.record.value * b.unit.factor) && sameMax;
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

// ---- steps 1–3: which records are candidates, which wins ---------------------------------------------------------

/** A record answers for a year: its own, or any year of its plan's period when it recurs (每年). */
export function inYear(entry: Entry, year: number): boolean {
  if (entry.record.year !== null) return entry.record.year === year;
  return year >= entry.plan.period.start && year <= entry.plan.period.end;
}

/** Step 2 and 3's order: drops the records of plans that another record's plan supersedes; dataset order. */
export function unsuperseded(entries: readonly Entry[]): Entry[] {
  if (entries.length <= 1) return [...entries];
  const superseded = new Set(entries.flatMap((e) => e.plan.supersedes));
  return entries.filter((e) => !superseded.has(e.plan.id)).sort((a, b) => a.order - b.order);
}

/**
 * Step 1's year: the records of the asked year. A recurring figure (每年…) answers any year of its plan's period.
 * Without a year: the plan's end year, or else the latest year the plan states the figure for (a plan dated by 三年内
 * says 2023).
 */
export function pickYear(pool: readonly Indexed[], year: YearAsked, what: string): Result<Indexed[]> {
  const found =
    year === null
      ? latestPerPlan(pool)
      : year === EVERY_YEAR
        ? pool.filter((i) => i.entry.record.year === null)
        : pool.filter((i) => inYear(i.entry, year));
  if (found.length > 0) return ok(found);
  const years = [...new Set(pool.map((i) => i.entry.record.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return fail("YEAR_NOT_FOUND", { what, year, years });
}

function latestPerPlan(pool: readonly Indexed[]): Indexed[] {
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

const STATED_NOWHERE_ELSE: Omit<TargetAnswer, "entry"> = Object.freeze({
  others: [],
  agreeing: [],
  combined: [],
  unrestated: [],
});

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

/** The rule over a catalogue's records, with the versions of each plan (plans linked by sameAs). */
export class ConflictRule {
  private readonly sameAsLinks = new Map<string, string[]>();
  /** Plans linked to a plan by sameAs: its other versions. */
  private readonly versionPlans = new Map<string, Set<string>>();

  constructor(
    dataset: Dataset,
    private readonly names: CatalogNames,
    private readonly index: RecordIndex,
  ) {
    for (const plan of dataset.plans) {
      for (const record of plan.records) {
        for (const other of record.sameAs) {
          push(this.sameAsLinks, record.id, other);
          push(this.sameAsLinks, other, record.id);
          const otherPlan = other.slice(0, other.indexOf("-"));
          if (otherPlan === plan.id || !names.planWithId(otherPlan)) continue;
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

  /** The winner among the records of one located figure, for the query's year and pin. */
  target(located: Located, query: TargetQuery): Result<TargetAnswer> {
    const { pool, what } = located;
    const targets = pool.filter((i) => answersLookup(i.entry.record.kind));
    if (targets.length === 0) {
      const kinds = [...new Set(pool.map((i) => i.entry.record.kind))];
      return fail("NO_TARGET", { what, kinds: kinds.map((k) => KIND_LABELS[k]) });
    }
    const ofYear = pickYear(targets, query.year ?? null, what);
    if (!ofYear.ok) return ofYear;
    const candidates = unsuperseded(ofYear.value.map((i) => i.entry));
    const winner = candidates[0]!;
    if (query.plan && candidates.some((e) => e.plan !== winner.plan)) {
      const plans = [...new Set(candidates.map((e) => e.plan))];
      return fail("PLAN_AMBIGUOUS", { input: query.plan, candidates: plans.map((p) => `${p.id} ${p.title}`) });
    }
    return this.answerWith(this.index.byRecordId(winner.record.id)!);
  }

  /**
   * The winner read without building anything when one record alone states the figure for the asked year (the
   * usual question): what `target` answers then. Null for every other question, which `target` answers.
   */
  soleTarget(pool: readonly Indexed[], year: YearAsked | undefined): Result<TargetAnswer> | null {
    if (typeof year !== "number") return null;
    let sole: Indexed | null = null;
    for (const i of pool) {
      if (!answersLookup(i.entry.record.kind) || !inYear(i.entry, year)) continue;
      if (sole !== null) return null;
      sole = i;
    }
    return sole && this.answerWith(sole);
  }

  /** A record as the answer it gives: the same answer object whichever question it wins. */
  private answerWith(indexed: Indexed): Result<TargetAnswer> {
    // What else states this figure depends on the winner alone: work it out once per record.
    indexed.answered ??= ok(new Answer(indexed.entry, () => (indexed.elsewhere ??= this.statedElsewhere(indexed))));
    return indexed.answered;
  }

  /** Records stating the same fact elsewhere (sameAs, read both ways). */
  related(entry: Entry): Entry[] {
    const ids = this.sameAsLinks.get(entry.record.id);
    if (!ids) return [];
    return ids.flatMap((id) => {
      const found = this.index.byRecordId(id);
      return found ? [found.entry] : [];
    });
  }

  /**
   * The records that state a record's figure elsewhere: the same figure in every plan of the region (named even
   * when one plan is pinned), and the versions linked by sameAs wherever they sit (another node, another threshold
   * label) — one linked to several of this plan's records states their sum.
   */
  private statedElsewhere(indexed: Indexed): Omit<TargetAnswer, "entry"> {
    const winner = indexed.entry;
    const year = winner.record.year;
    const figure = this.index.region(winner.region).byFigure.get(figureOfRegion(indexed));
    const unrestated = this.unrestated(winner);
    // Most figures are stated once: nothing to compare.
    if ((figure?.length ?? 0) <= 1 && !this.sameAsLinks.has(winner.record.id) && unrestated.length === 0)
      return STATED_NOWHERE_ELSE;
    const sameFigure = unsuperseded(
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
    const indexed = this.index.byRecordId(entry.record.id);
    const figure = indexed ? this.index.region(entry.region).byFigure.get(figureOfRegion(indexed)) : undefined;
    for (const i of figure ?? NONE)
      if (answersLookup(i.entry.record.kind) && i.entry.record.year === entry.record.year) stating.add(i.entry.plan.id);
    const own = this.names.orderOf(entry.plan);
    return [...versions]
      .filter((id) => !stating.has(id))
      .map((id) => this.names.planWithId(id)!)
      .sort((a, b) => this.names.orderOf(a) - this.names.orderOf(b))
      .map((plan) => ({ plan, later: this.names.orderOf(plan) > own }));
  }
}
