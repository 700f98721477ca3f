/**
 * Year phrases in a sentence, with their positions (the word table YEAR_PHRASES says how each is read): a figure takes
 * the phrase nearest before it, or a dated phrase after it in the same sentence. 较2020年 names a reference, not a
 * year; 以2020年为基期 names the base.
 */
import type { YearBasis } from "../schema";
import { REFERENCE_WORDS, YEAR_PHRASES, type PeriodContext } from "../words";
import { suffixOf } from "./lexicon";

export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly basis: YearBasis;
  readonly year: number | null;
  /** Written with 到/至/在 (到2025年): a year to reach, never a past figure's. */
  readonly ahead: boolean;
}

const GLOBAL = YEAR_PHRASES.map((phrase) => ({ phrase, pattern: new RegExp(phrase.pattern.source, "g") }));

/** Year phrases of folded[from, to), outside the skipped spans, most specific reading first where they overlap. */
export function yearMentions(
  folded: string,
  from: number,
  to: number,
  period: PeriodContext,
  skip: ReadonlyArray<readonly [number, number]>,
): YearMention[] {
  const text = folded.slice(from, to);
  const found: YearMention[] = [];
  for (const { phrase, pattern } of GLOBAL) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (found.some((m) => start < m.end && end > m.start)) continue;
      if (skip.some(([s, e]) => start >= s && start < e)) continue;
      const after = folded.slice(end, end + 3);
      // 较2020年 (a reference), 以2020年为基期, 2024年10月 (a date), 2020年度 are not the year of a figure.
      if (suffixOf(folded.slice(Math.max(0, start - 2), start), REFERENCE_WORDS) !== null) continue;
      if (/^(?:为基|\d+月|度)/.test(after) || folded[start - 1] === "以") continue;
      found.push({
        start,
        end,
        basis: phrase.basis,
        year: phrase.year(match, period),
        ahead: /^(?:到|至|在|于)/.test(match[0]),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The reference year of a change written before `at`: 较2020年下降13% → 2020. */
export function referenceYear(folded: string, from: number, at: number): number | null {
  const text = folded.slice(from, at);
  const match = /(?:较|比|相比|相较)(\d{4})年/.exec(text);
  return match ? Number(match[1]) : null;
}
