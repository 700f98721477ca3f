/**
 * The bound of a figure from the words around it (约400亿元, 400万吨以上, 1万多户, 千亿级) and the qualifiers a record
 * shows, kept consistent with the curation check (qualifierIssues): one bound per record, 力争 ⇔ aspiration.
 */
import type { Bound } from "../core/schema";
import { BOUND_WORDS, boundOfWord, TRAILING_BOUND_WORDS } from "../core/words";
import type { Figure } from "./figures";
import { prefixOf, suffixOf } from "./lexicon";

const BEFORE_WORDS = Object.values(BOUND_WORDS)
  .flat()
  .filter((word) => !TRAILING_BOUND_WORDS.includes(word) && word !== "级" && boundOfWord(word) !== null);

/** The bound word written right before the figure (突破, 超过, 约, 不低于), if any. */
export function boundBefore(lead: string): string | null {
  return suffixOf(lead.trimEnd(), BEFORE_WORDS);
}

/** The bound word written right after the figure's unit (以上, 左右, 以内), if any. */
export function boundAfter(folded: string, figure: Figure): string | null {
  return prefixOf(folded, TRAILING_BOUND_WORDS, figure.after);
}

export interface BoundReading {
  readonly bound: Bound;
  /** The bound words as written, in reading order, all giving `bound` (or none for a range's own eq). */
  readonly words: readonly string[];
}

/**
 * One bound from the words: the first bound word decides and words giving another bound are dropped. A range is eq
 * (approx with 左右 or 约); a magnitude class (千亿级) is at least its value.
 */
export function readBound(figure: Figure, before: string | null, after: string | null): BoundReading {
  const candidates = [before, figure.more, after].filter((w): w is string => w !== null);
  const classBound: Bound | null = figure.form === "magnitude" ? "ge" : null;
  if (figure.valueMax !== null) {
    const approx = candidates.filter((w) => boundOfWord(w) === "approx");
    return { bound: approx.length > 0 ? "approx" : "eq", words: approx.length > 0 ? approx : [] };
  }
  const first = classBound ?? candidates.map(boundOfWord).find((b) => b !== null) ?? "eq";
  return { bound: first, words: candidates.filter((w) => boundOfWord(w) === first) };
}
