/**
 * The tense of a figure, read as a planner reads a 政府工作报告 or a plan's 发展基础: what the text reports as done
 * (截至2022年底…达到, “十三五”期间…, 五年来…年均增长, 今年1-9月…) is a baseline, what it sets out to do (到2025年, 力争,
 * 将, 今后五年, 主要目标) a target. A figure takes the tense of the last cue before it in its clause, then in its
 * sentence, then of its paragraph, its section and the text's title; a weak cue (预计) decides only when nothing else
 * does. Cues are the words of src/core/words.ts (TENSE_*), partial-year spans (1-9月, 三季度, 上半年) and years: one
 * before the plan's period is past, one inside it or at its end future (the period's first year written without 到
 * reports, as the classifier has always read it).
 */
import {
  PAST_MARKERS,
  TENSE_FUTURE_WORDS,
  TENSE_PAST_WORDS,
  TENSE_RESULT_TITLE_WORDS,
  TENSE_WEAK_FUTURE_WORDS,
  type PeriodContext,
} from "../core/words";
import { lastOf } from "./lexicon";
import type { YearMention } from "./years";

export type Tense = "past" | "future";

export interface TenseCue {
  readonly tense: Tense;
  readonly start: number;
  readonly end: number;
  /** Offset of the cue's year, when the cue is a year phrase (its year is the figure's when past). */
  readonly year: number | null;
  readonly weak: boolean;
  /** Said of its own clause only (PAST_MARKERS: 已, 目前, 现有). */
  readonly clauseOnly: boolean;
}

/** What a review shows: the tense and the words that gave it (as written), or null when nothing said. */
export interface TenseReading {
  readonly tense: Tense | null;
  readonly cue: string | null;
  /** The cue's year, when the cue is a year phrase. */
  readonly year: number | null;
}

export const NO_TENSE: TenseReading = { tense: null, cue: null, year: null };

const CLAUSE_ONLY = PAST_MARKERS.filter((w) => !TENSE_PAST_WORDS.includes(w));
const WORDS: ReadonlyArray<readonly [string, Tense, boolean, boolean]> = [
  ...TENSE_PAST_WORDS.map((w) => [w, "past", false, false] as const),
  ...CLAUSE_ONLY.map((w) => [w, "past", false, true] as const),
  ...TENSE_FUTURE_WORDS.map((w) => [w, "future", false, false] as const),
  ...TENSE_WEAK_FUTURE_WORDS.map((w) => [w, "future", true, false] as const),
].sort((a, b) => b[0].length - a[0].length);
const BY_WORD = new Map(WORDS.map(([word, tense, weak, clauseOnly]) => [word, { tense, weak, clauseOnly }]));
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Leftmost-longest over every cue word, and the partial-year spans (1-9月, 1至8月, 前三季度, 三季度, 上半年). */
const CUES = new RegExp(
  `(\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}\\s*月份?|前[一二三]季度|[一二三四]季度|上半年)|${WORDS.map(([w]) => escape(w)).join("|")}`,
  "g",
);

/** The cues of folded[from, to), sorted by position: words, partial-year spans and the year mentions given. */
export function tenseCues(
  folded: string,
  from: number,
  to: number,
  years: readonly YearMention[],
  period: PeriodContext,
  /** The title names results (…主要成就, 回眸“十三五”): the period's years are looked back on. */
  reporting = false,
): TenseCue[] {
  const cues: TenseCue[] = [];
  const text = folded.slice(from, to);
  CUES.lastIndex = 0;
  for (const match of text.matchAll(CUES)) {
    const start = from + match.index;
    const end = start + match[0].length;
    // 今年1-9月, 今年以来: results of the current year (the period's first, in a work report).
    const thisYear = folded.slice(Math.max(0, start - 2), start) === "今年" ? period.start : null;
    if (match[1] !== undefined) {
      cues.push({ tense: "past", start, end, year: thisYear, weak: false, clauseOnly: false });
      continue;
    }
    const word = BY_WORD.get(match[0])!;
    cues.push({ start, end, year: word.tense === "past" ? thisYear : null, ...word });
  }
  for (const mention of years) {
    const tense = yearTense(folded, mention, period, reporting);
    if (tense) {
      // 截至2022年底 is one cue, 截 included (the year reader starts it at 至): the review shows the whole phrase.
      const start = folded[mention.start - 1] === "截" ? mention.start - 1 : mention.start;
      cues.push({ tense, start, end: mention.end, year: mention.year, weak: false, clauseOnly: false });
    }
  }
  return cues.sort((a, b) => a.end - b.end || a.start - b.start);
}

function yearTense(folded: string, mention: YearMention, period: PeriodContext, reporting: boolean): Tense | null {
  // 从2020年的52.4%提高到56%: the start of a change names its own figure's year, not the tense of what follows.
  if (mention.year === null || folded[mention.start - 1] === "从") return null;
  // 截至2022年底 (read as 至2022年底, a year to reach): a date things stood at.
  if (/截[至止]/.test(folded.slice(Math.max(0, mention.start - 2), mention.start + 1))) return "past";
  // 在2023年 in a 2024 report is done; so is any year of the period a results text (…主要成就) looks back on.
  if (mention.year < period.start || (reporting && mention.year <= period.end)) return "past";
  if (mention.basis === "deadline" || mention.basis === "relative" || mention.ahead) return "future";
  // 2021年，…达到324亿元 in a plan from 2021: a statement of the first year.
  return mention.year === period.start && mention.basis === "stated" ? "past" : "future";
}

/**
 * The last strong cue in [from, before) — of the clause when `clause`, else one said of the sentence — or the last weak
 * one when `weak`. Cues are sorted by end: a binary search.
 */
export function lastCue(
  cues: readonly TenseCue[],
  from: number,
  before: number,
  { weak = false, clause = false }: { weak?: boolean; clause?: boolean } = {},
): TenseCue | null {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cues[middle]!.end <= before) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0 && cues[i]!.end > from; i--) {
    const cue = cues[i]!;
    if (cue.start >= from && cue.weak === weak && (clause || !cue.clauseOnly)) return cue;
  }
  return null;
}

export function readingOf(raw: string, cue: TenseCue | null): TenseReading {
  return cue
    ? { tense: cue.tense, cue: raw.slice(cue.start, cue.end), year: cue.tense === "past" ? cue.year : null }
    : NO_TENSE;
}

/** A title naming results (…主要成就, 回眸“十三五”) reads a text without other cues as a report of what was done. */
export function titleTense(title: string): TenseReading {
  const word = lastOf(title, TENSE_RESULT_TITLE_WORDS)?.word ?? null;
  return word ? { tense: "past", cue: word, year: null } : NO_TENSE;
}
