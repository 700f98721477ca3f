/** Matching the word tables of words.ts against text: longest word first, so 年均增长 beats 增长. */

interface Index {
  /** Words by their first and by their last character, longest first: a lookup tries only the candidates. */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byLast: ReadonlyMap<string, readonly string[]>;
  readonly longestFirst: readonly string[];
}

const INDEXES = new WeakMap<readonly string[], Index>();

function group(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) map.set(key(word), [...(map.get(key(word)) ?? []), word]);
  return map;
}

function indexOf(words: readonly string[]): Index {
  let index = INDEXES.get(words);
  if (!index) {
    const longestFirst = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    index = {
      byFirst: group(longestFirst, (w) => w[0]!),
      byLast: group(longestFirst, (w) => w[w.length - 1]!),
      longestFirst,
    };
    INDEXES.set(words, index);
  }
  return index;
}

/** The longest word that `text` ends with. */
export function suffixOf(text: string, words: readonly string[]): string | null {
  for (const word of indexOf(words).byLast.get(text[text.length - 1] ?? "") ?? []) if (text.endsWith(word)) return word;
  return null;
}

/** The longest word that `text` starts with (at `from`). */
export function prefixOf(text: string, words: readonly string[], from = 0): string | null {
  for (const word of indexOf(words).byFirst.get(text[from] ?? "") ?? []) if (text.startsWith(word, from)) return word;
  return null;
}

export function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

/** The last occurrence of any of the words (the longest at a tie). */
export function lastOf(text: string, words: readonly string[]): { index: number; word: string } | null {
  let best: { index: number; word: string } | null = null;
  for (const word of indexOf(words).longestFirst) {
    const index = text.lastIndexOf(word);
    if (index >= 0 && (best === null || index > best.index)) best = { index, word };
  }
  return best;
}

/** Strips words from the start of `text` for as long as one matches. */
export function stripPrefixes(text: string, words: readonly string[]): string {
  let rest = text;
  for (let word = prefixOf(rest, words); word !== null && rest.length > word.length; word = prefixOf(rest, words)) {
    rest = rest.slice(word.length);
  }
  return rest;
}

/** Strips words from the end of `text` for as long as one matches. */
export function stripSuffixes(text: string, words: readonly string[]): string {
  let rest = text;
  for (let word = suffixOf(rest, words); word !== null; word = suffixOf(rest, words)) {
    rest = rest.slice(0, rest.length - word.length);
  }
  return rest;
}
