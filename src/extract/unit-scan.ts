/** Finds a unit spelling of the unit table right after a number in a folded line (longest spelling wins). */
import { lookupUnit, UNIT_SPELLINGS } from "../core/units";
import { foldLine } from "./fold";

const LATIN = /[A-Za-z]/;

/** Spellings by their first character, folded and lower-cased, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const spelling of UNIT_SPELLINGS) {
    const key = foldLine(spelling).toLowerCase();
    const list = map.get(key[0]!) ?? [];
    list.push(key);
    map.set(key[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

function tableSpellingAt(folded: string, at: number): number {
  const first = folded[at]?.toLowerCase();
  if (first === undefined) return at;
  for (const spelling of BY_FIRST.get(first) ?? []) {
    if (folded.slice(at, at + spelling.length).toLowerCase() !== spelling) continue;
    // A Latin unit must end a Latin word: 5MW is a unit, the W of 5Wi-Fi is not.
    if (LATIN.test(spelling[spelling.length - 1]!) && LATIN.test(folded[at + spelling.length] ?? "")) continue;
    return at + spelling.length;
  }
  return at;
}

/**
 * The end of the unit written at `at` (at itself when there is none): a table spelling (万吨, 亿, 台（套）, kWh), or a
 * rate of two (万元/人, 台/万人) that the unit table reads.
 */
export function unitEnd(original: string, folded: string, at: number): number {
  const end = tableSpellingAt(folded, at);
  if (end === at || folded[end] !== "/") return end;
  const rateEnd = tableSpellingAt(folded, end + 1);
  if (rateEnd > end + 1 && lookupUnit(original.slice(at, rateEnd))) return rateEnd;
  return end;
}
