/**
 * Which way a target is reached: up to a level (产值达到350亿元), down to one (PUE降至1.25, 能耗下降), or held
 * under a cap (控制在1500万吨以内). Progress, gap, the required rate and the on-track status are read this way round.
 */
import type { Entry } from "./catalog";
import { valueTexts } from "./dataset";
import { KIND_TRAITS } from "./kinds";
import { FALLING_WORDS, LOWER_IS_BETTER_METRICS } from "./words";

export type Direction = "up" | "down" | "cap";

/** The clause of the quote that leads to the figure: from the last ，；。、 before the number up to it. */
function leadingClause(quote: string, figure: string): string {
  const at = quote.indexOf(figure);
  const before = at < 0 ? quote : quote.slice(0, at);
  const start = Math.max(...["，", "；", "。", "、", ",", ";"].map((mark) => before.lastIndexOf(mark)));
  return before.slice(start + 1);
}

/** Records never change: what their words say is read once per record. */
const byWords = new WeakMap<Entry, boolean>();

/** Whether the plan's own words make it a falling target, whatever the numbers. */
export function fallsByWords(entry: Entry): boolean {
  let falls = byWords.get(entry);
  if (falls === undefined) {
    falls = readsAsFalling(entry);
    byWords.set(entry, falls);
  }
  return falls;
}

function readsAsFalling(entry: Entry): boolean {
  const r = entry.record;
  if (r.bound === "le" || r.bound === "lt") return true;
  if (r.relative?.op === "decrease_pct" || r.relative?.op === "decrease_pp") return true;
  const clause = leadingClause(r.quote, valueTexts(r)[0] ?? "");
  if (FALLING_WORDS.some((word) => clause.includes(word))) return true;
  return LOWER_IS_BETTER_METRICS.some((word) => r.metric.includes(word));
}

/**
 * The direction of a target: a cap is a cap; otherwise the words decide, then a basis above the target (the path
 * comes down); up by default.
 */
export function directionOf(entry: Entry, base: number | null): Direction {
  if (KIND_TRAITS[entry.record.kind].limit) return "cap";
  if (fallsByWords(entry)) return "down";
  if (base !== null && base > entry.record.value) return "down";
  return "up";
}
