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

/**
 * Suggestions over a fixed list of names, prepared once (a catalogue's sector names of a region): each name's
 * folded form and, per character, the names holding it. A miss then scores only the names that share a character
 * with the input — the closest few dozen by shared characters — so its cost does not grow with the list.
 */
export class SuggestionIndex {
  private readonly keys: readonly string[];
  private readonly byChar = new Map<string, number[]>();

  constructor(private readonly names: readonly string[]) {
    this.keys = names.map((name) => name.normalize("NFKC").toLowerCase());
    this.keys.forEach((key, n) => {
      for (const ch of new Set(key)) {
        const list = this.byChar.get(ch);
        if (list) list.push(n);
        else this.byChar.set(ch, [n]);
      }
    });
  }

  /** As `nearest`, over the names that share the most characters with the input (at most `breadth` of them). */
  nearest(input: string, limit = 3, breadth = 48): string[] {
    const shared = new Map<number, number>();
    for (const ch of new Set(input.slice(0, FUZZY_LIMIT))) {
      for (const n of this.byChar.get(ch) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
    }
    const closest = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || this.keys[a[0]]!.length - this.keys[b[0]]!.length)
      .slice(0, breadth)
      .map(([n]) => this.names[n]!);
    return nearest(input, closest, limit);
  }
}
