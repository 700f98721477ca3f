/**
 * Scoring extracted proposals against curated records (the extractor bench and its smoke test): a match is the same
 * line, value, range end and unit (canonical, via the unit table); among matches, how often metric, year, bound, 力争
 * and kind agree too.
 */
import type { Proposal } from "../../src/extract";
import type { PlanRecord } from "../../src/core/schema";
import { normalizeText } from "../../src/core/text";
import { lookupUnit } from "../../src/core/units";

type Comparable = Pick<
  PlanRecord,
  "line" | "value" | "valueMax" | "unit" | "metric" | "year" | "bound" | "aspiration" | "kind" | "quote"
> & { readonly restated?: readonly number[] };

export interface Score {
  readonly records: number;
  readonly proposals: number;
  readonly matched: number;
  /** Records found as a restatement a proposal names (the same figure proposed once, at its first statement). */
  readonly restated: number;
  readonly precision: number;
  readonly recall: number;
  /** Among matches: the share whose field agrees. */
  readonly agree: { metric: number; year: number; bound: number; aspiration: number; kind: number };
  readonly missed: readonly Comparable[];
  readonly extra: readonly Comparable[];
}

function key(item: Comparable): string {
  const unit = lookupUnit(item.unit)?.canonical ?? item.unit;
  return `${item.line}|${item.value}|${item.valueMax ?? ""}|${unit}`;
}

const FIELDS = ["metric", "year", "bound", "aspiration", "kind"] as const;

function agrees(field: (typeof FIELDS)[number], a: Comparable, b: Comparable): boolean {
  return field === "metric" ? normalizeText(a.metric) === normalizeText(b.metric) : a[field] === b[field];
}

export function scoreProposals(proposals: readonly Comparable[], records: readonly Comparable[]): Score {
  const open = new Map<string, Comparable[]>();
  for (const proposal of proposals) open.set(key(proposal), [...(open.get(key(proposal)) ?? []), proposal]);
  const pairs: Array<[Comparable, Comparable]> = [];
  const missed: Comparable[] = [];
  for (const record of records) {
    const candidates = open.get(key(record)) ?? [];
    if (candidates.length === 0) {
      missed.push(record);
      continue;
    }
    // The candidate that agrees on most fields (several proposals can share a line, value and unit).
    let best = 0;
    let bestScore = -1;
    candidates.forEach((candidate, i) => {
      const points = FIELDS.filter((f) => agrees(f, candidate, record)).length;
      if (points > bestScore) [best, bestScore] = [i, points];
    });
    pairs.push([candidates[best]!, record]);
    candidates.splice(best, 1);
  }
  const extra = [...open.values()].flat();
  // A record of a line a proposal names as restating its figure was found: the figure is proposed once.
  const restatements = new Set(proposals.flatMap((p) => (p.restated ?? []).map((line) => key({ ...p, line }))));
  const stillMissed = missed.filter((record) => !restatements.has(key(record)));
  const restated = missed.length - stillMissed.length;
  const share = (field: (typeof FIELDS)[number]): number =>
    pairs.length === 0 ? 0 : pairs.filter(([p, r]) => agrees(field, p, r)).length / pairs.length;
  return {
    records: records.length,
    proposals: proposals.length,
    matched: pairs.length,
    restated,
    precision: proposals.length === 0 ? 0 : pairs.length / proposals.length,
    recall: records.length === 0 ? 0 : (pairs.length + restated) / records.length,
    agree: {
      metric: share("metric"),
      year: share("year"),
      bound: share("bound"),
      aspiration: share("aspiration"),
      kind: share("kind"),
    },
    missed: stillMissed,
    extra,
  };
}

/** Proposals shifted to the lines of a whole document (an excerpt of lines from..to was extracted). */
export function shifted<T extends { line: number; restated?: readonly number[] }>(
  items: readonly T[],
  firstLine: number,
): T[] {
  return items.map((item) => ({
    ...item,
    line: item.line + firstLine - 1,
    ...(item.restated ? { restated: item.restated.map((line) => line + firstLine - 1) } : {}),
  }));
}

export type { Proposal };

/** The kinds a reviewer reads as something to reach (what the tense rules must not give an achievement). */
export const TARGET_KINDS: readonly PlanRecord["kind"][] = ["target", "cap", "relative_target", "growth_rate"];

interface Annotation {
  readonly line: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly kind: string;
  readonly quote: string;
  readonly restated: readonly number[];
}

type Located = Pick<PlanRecord, "line" | "value" | "valueMax" | "unit" | "kind" | "quote">;

/** How target proposals score against annotated figures (target / baseline / context / project). */
export interface TargetScore {
  readonly targets: number;
  readonly targetProposals: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  /** Target proposals of a figure annotated as an achievement, context or project. */
  readonly wrongKind: readonly Located[];
  /** Target proposals restating a figure already proposed (the same value on a line that repeats it). */
  readonly duplicates: readonly Located[];
  /** Target proposals of no annotated figure. */
  readonly unannotated: readonly Located[];
  readonly missed: readonly Annotation[];
  /** Proposals (of any kind) of a figure at a line that only restates it. */
  readonly restatements: number;
}

/**
 * Precision and recall of target proposals: a target proposal (TARGET_KINDS) matches a figure annotated `target` with
 * the same line, value, range end and canonical unit. A restatement of a figure (the lines in `restated`) is matched by
 * nothing: a proposal there counts against precision.
 */
export function scoreTargets(proposals: readonly Located[], figures: readonly Annotation[]): TargetScore {
  const open = new Map<string, Located[]>();
  const targetProposals = proposals.filter((p) => TARGET_KINDS.includes(p.kind));
  for (const p of targetProposals) open.set(key(p as Comparable), [...(open.get(key(p as Comparable)) ?? []), p]);
  const missed: Annotation[] = [];
  let matched = 0;
  for (const figure of figures.filter((a) => a.kind === "target")) {
    const found = open.get(key(figure as unknown as Comparable)) ?? [];
    if (found.length === 0) missed.push(figure);
    else {
      found.shift();
      matched++;
    }
  }
  const left = [...open.values()].flat();
  const annotated = new Map(figures.map((a) => [key(a as unknown as Comparable), a]));
  const restatedKeys = new Set(
    figures.flatMap((a) => a.restated.map((line) => key({ ...a, line } as unknown as Comparable))),
  );
  return {
    targets: figures.filter((a) => a.kind === "target").length,
    targetProposals: targetProposals.length,
    matched,
    precision: targetProposals.length === 0 ? 1 : matched / targetProposals.length,
    recall: matched / Math.max(1, figures.filter((a) => a.kind === "target").length),
    wrongKind: left.filter((p) => annotated.has(key(p as Comparable))),
    duplicates: left.filter((p) => restatedKeys.has(key(p as Comparable))),
    unannotated: left.filter((p) => !annotated.has(key(p as Comparable)) && !restatedKeys.has(key(p as Comparable))),
    missed,
    restatements: proposals.filter((p) => restatedKeys.has(key(p as Comparable))).length,
  };
}
