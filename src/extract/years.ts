/**
 * Year phrases in a sentence, with their positions (the word table YEAR_PHRASES says how each is read): a figure takes
 * the phrase nearest before it, or a dated phrase after it in the same sentence. 较2020年 names a reference, not a
 * year; 以2020年为基期 names the base.
 */
import type { YearBasis } from "../core/schema";
import { REFERENCE_WORDS, YEAR_PHRASES, type PeriodContext } from "../core/words";
import { suffixOf } from "./lexicon";
import { skipped, type SkipMask } from "./skip";

export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly basis: YearBasis;
  readonly year: number | null;
  /** Written with 到/至/在 (到2025年): a year to reach, never a past figure's. */
  readonly ahead: boolean;
}

const REFERENCE = new RegExp(`(?:${REFERENCE_WORDS.join("|")})(\\d{4})年`);
/** Every year phrase holds 年 (2025年, 三年内) or a Five-Year Plan's name (“十四五”末). */
const MAY_NAME_A_YEAR = /年|十[一二三四五六七八九]五/;
const GLOBAL = YEAR_PHRASES.map((phrase) => ({ phrase, pattern: new RegExp(phrase.pattern.source, "g") }));

/** Year phrases of folded[from, to), outside the skipped spans, most specific reading first where they overlap. */
export function yearMentions(
  folded: string,
  from: number,
  to: number,
  period: PeriodContext,
  skip: SkipMask,
): YearMention[] {
  const text = folded.slice(from, to);
  if (!MAY_NAME_A_YEAR.test(text)) return [];
  const found: YearMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const { phrase, pattern } of GLOBAL) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (taken.subarray(match.index, match.index + match[0].length).includes(1)) continue;
      if (skipped(skip, start)) continue;
      const after = folded.slice(end, end + 3);
      // 较2020年 (a reference), 以2020年为基期, 2024年10月 (a date), 2020年度 are not the year of a figure.
      if (suffixOf(folded.slice(Math.max(0, start - 2), start), REFERENCE_WORDS) !== null) continue;
      if (/^(?:为基|\d+月|度)/.test(after) || folded[start - 1] === "以") continue;
      // 用三年时间（2021—2023年）: the span's end is the deadline.
      const span = phrase.basis === "relative" ? /^\s*\(\s*\d{4}\s*[-—~至]\s*(\d{4})/.exec(folded.slice(end)) : null;
      taken.fill(1, match.index, match.index + match[0].length);
      found.push({
        start,
        end,
        basis: span ? "deadline" : phrase.basis,
        year: span ? Number(span[1]) : phrase.year(match, period),
        ahead: /^(?:到|至|在|于)/.test(match[0]),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The reference year of a change written before `at`: 较2020年下降13% → 2020. */
export function referenceYear(folded: string, from: number, at: number): number | null {
  const text = folded.slice(from, at);
  const match = REFERENCE.exec(text);
  return match ? Number(match[1]) : null;
}

/** The last mention ending at or before `offset` (mentions are sorted and do not overlap): a binary search. */
export function lastBefore(mentions: readonly YearMention[], offset: number): YearMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return mentions[low - 1];
}
