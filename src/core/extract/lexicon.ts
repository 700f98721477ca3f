/** Matching the word tables of words.ts against text: longest word first, so 年均增长 beats 增长. */

const SORTED = new WeakMap<readonly string[], readonly string[]>();

function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = SORTED.get(words);
  if (!sorted) {
    sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    SORTED.set(words, sorted);
  }
  return sorted;
}

/** The longest word that `text` ends with. */
export function suffixOf(text: string, words: readonly string[]): string | null {
  for (const word of longestFirst(words)) if (text.endsWith(word)) return word;
  return null;
}

/** The longest word that `text` starts with (at `from`). */
export function prefixOf(text: string, words: readonly string[], from = 0): string | null {
  for (const word of longestFirst(words)) if (text.startsWith(word, from)) return word;
  return null;
}

export function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

/** The last occurrence of any of the words (the longest at a tie). */
export function lastOf(text: string, words: readonly string[]): { index: number; word: string } | null {
  let best: { index: number; word: string } | null = null;
  for (const word of longestFirst(words)) {
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
