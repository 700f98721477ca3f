/** "Did you mean" suggestions: the nearest names by edit distance, with containment counted as close. */

/** Levenshtein distance over UTF-16 code units (every Chinese character is one unit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Inputs longer than this are not names anyone typed (a pasted paragraph, REPT("1",32766)): edit distance would
 * cost length × length per candidate, so they are matched by containment only.
 */
export const FUZZY_LIMIT = 64;

/**
 * Up to `limit` candidates close to `input` (already normalised), best first.
 * A candidate that contains the input, or is contained in it, counts as close whatever its length.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: Array<{ name: string; score: number }> = [];
  const seen = new Set<string>();
  const fuzzy = input.length <= FUZZY_LIMIT;
  for (const name of candidates) {
    if (seen.has(name)) continue;
    seen.add(name);
    const key = name.normalize("NFKC").toLowerCase();
    const contains = input.length > 0 && (key.includes(input) || input.includes(key));
    if (!fuzzy) {
      if (contains) scored.push({ name, score: 0 });
      continue;
    }
    const distance = editDistance(input, key);
    const shared = [...new Set(input)].filter((ch) => key.includes(ch)).length;
    const close =
      contains || distance <= Math.max(1, Math.floor(Math.max(input.length, key.length) / 2)) || shared >= 2;
    if (close) scored.push({ name, score: (contains ? 0 : distance) - shared * 0.1 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}
