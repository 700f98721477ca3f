/** "Did you mean" suggestions: the nearest names by edit distance, with containment counted as close. */

/** Two rows of the distance table, reused between calls (a miss scores dozens of names). */
let rows = { previous: new Uint32Array(64), current: new Uint32Array(64) };

/** Levenshtein distance over UTF-16 code units (every Chinese character is one unit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (rows.previous.length <= b.length) {
    rows = { previous: new Uint32Array(b.length + 1), current: new Uint32Array(b.length + 1) };
  }
  let { previous, current } = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Inputs longer than this are not names anyone typed (a pasted paragraph, REPT("1",32766)): edit distance would
 * cost length × length per candidate, so they are matched by containment only.
 */
export const FUZZY_LIMIT = 64;

/** A name to score, with its folded form and how many distinct characters of the input it holds. */
interface Candidate {
  readonly name: string;
  readonly key: string;
  readonly shared: number;
}

/**
 * Up to `limit` candidates close to `input` (already normalised), best first.
 * A candidate that contains the input, or is contained in it, counts as close whatever its length.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const chars = [...new Set(input)];
  const prepared: Candidate[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    if (seen.has(name)) continue;
    seen.add(name);
    const key = fold(name);
    prepared.push({ name, key, shared: chars.filter((ch) => key.includes(ch)).length });
  }
  return ranked(input, prepared, limit);
}

function fold(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

/** What `localeCompare` without arguments compares by, made once (it would look the collator up per call). */
const collator = new Intl.Collator();

function ranked(input: string, candidates: readonly Candidate[], limit: number): string[] {
  const scored: Array<{ name: string; score: number }> = [];
  const fuzzy = input.length <= FUZZY_LIMIT;
  for (const { name, key, shared } of candidates) {
    const contains = input.length > 0 && (key.includes(input) || input.includes(key));
    if (!fuzzy) {
      if (contains) scored.push({ name, score: 0 });
      continue;
    }
    const distance = editDistance(input, key);
    const close =
      contains || distance <= Math.max(1, Math.floor(Math.max(input.length, key.length) / 2)) || shared >= 2;
    if (close) scored.push({ name, score: (contains ? 0 : distance) - shared * 0.1 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.length - b.name.length || collator.compare(a.name, b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

/**
 * Suggestions over a fixed list of names, prepared once (a catalogue's sector names of a region): each name's
 * folded form and, per character, the names holding it. A miss then scores only the names that share a character
 * with the input — the closest few dozen by shared characters — so its cost does not grow with the list.
 */
export class SuggestionIndex {
  /** The names and their folded keys, shortest key first: a lower number is a shorter name. */
  private readonly names: readonly string[];
  private readonly keys: readonly string[];
  private readonly byChar = new Map<string, Uint32Array>();
  /** Per name, how many of the input's characters it holds: reused by every miss (zeroed after each). */
  private readonly counts: Uint8Array;

  constructor(names: readonly string[]) {
    const byLength = names.map((name) => ({ name, key: fold(name) })).sort((a, b) => a.key.length - b.key.length);
    this.names = byLength.map((x) => x.name);
    this.keys = byLength.map((x) => x.key);
    this.counts = new Uint8Array(this.names.length);
    const lists = new Map<string, number[]>();
    this.keys.forEach((key, n) => {
      for (const ch of new Set(key)) {
        const list = lists.get(ch);
        if (list) list.push(n);
        else lists.set(ch, [n]);
      }
    });
    for (const [ch, list] of lists) this.byChar.set(ch, Uint32Array.from(list));
  }

  /** As `nearest`, over the names that share the most characters with the input (at most `breadth` of them). */
  nearest(input: string, limit = 3, breadth = 48): string[] {
    const counts = this.counts;
    const touched: number[] = [];
    const histogram = new Uint32Array(FUZZY_LIMIT + 1);
    for (const ch of new Set(input.slice(0, FUZZY_LIMIT))) {
      const list = this.byChar.get(ch);
      if (!list) continue;
      for (const n of list) {
        if (counts[n] === 0) touched.push(n);
        counts[n]!++;
      }
    }
    for (const n of touched) histogram[counts[n]!]!++;
    // The fewest shared characters a candidate may have: the most shared first, `breadth` of them.
    let floor = FUZZY_LIMIT;
    let above = 0;
    while (floor > 1 && above + histogram[floor]! < breadth) above += histogram[floor--]!;
    const closest: Candidate[] = [];
    const atFloor: number[] = [];
    for (const n of touched) {
      const count = counts[n]!;
      counts[n] = 0;
      if (count > floor) closest.push({ name: this.names[n]!, key: this.keys[n]!, shared: count });
      else if (count === floor) atFloor.push(n);
    }
    // Among those at the floor, the shortest names (the lowest numbers) fill what is left.
    const rest = atFloor.length > breadth - closest.length ? Uint32Array.from(atFloor).sort() : atFloor;
    for (const n of rest.slice(0, Math.max(0, breadth - closest.length))) {
      closest.push({ name: this.names[n]!, key: this.keys[n]!, shared: floor });
    }
    // The names are distinct, their keys folded and their shared characters counted: score them as they are.
    return ranked(input, closest, limit);
  }
}
