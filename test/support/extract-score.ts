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
>;

export interface Score {
  readonly records: number;
  readonly proposals: number;
  readonly matched: number;
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
  const share = (field: (typeof FIELDS)[number]): number =>
    pairs.length === 0 ? 0 : pairs.filter(([p, r]) => agrees(field, p, r)).length / pairs.length;
  return {
    records: records.length,
    proposals: proposals.length,
    matched: pairs.length,
    precision: proposals.length === 0 ? 0 : pairs.length / proposals.length,
    recall: records.length === 0 ? 0 : pairs.length / records.length,
    agree: {
      metric: share("metric"),
      year: share("year"),
      bound: share("bound"),
      aspiration: share("aspiration"),
      kind: share("kind"),
    },
    missed,
    extra,
  };
}

/** Proposals shifted to the lines of a whole document (an excerpt of lines from..to was extracted). */
export function shifted<T extends { line: number }>(items: readonly T[], firstLine: number): T[] {
  return items.map((item) => ({ ...item, line: item.line + firstLine - 1 }));
}

export type { Proposal };
