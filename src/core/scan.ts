/**
 * The completeness scanner: finds every quantitative mention in a line of a plan document, so a test can demand
 * that each one is claimed by a record or by an exclusion with its reason.
 */

export interface Mention {
  /** UTF-16 offsets in the line, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** A run of digits with decimals or thousands separators: 350, 1.2, 48.5, 1,4 (the caller decides what it is). */
const NUMBER = /\d+(?:[.,．]\d+)*/g;

/** Magnitudes written without digits: 千亿级, 五百亿级, 百万吨级, 万亿级, 倍增, 翻一番. */
const MAGNITUDE_WORD =
  /(?:[一二两三四五六七八九]?[十百千]?[百千万]亿(?:元)?级|[百千]万吨级|百亿级|千亿级|万亿级|倍增|翻一番|翻番)/g;

/**
 * Outline numbering carries no quantity: "1．", "2、" and "（3）" at the start of a line, and "专栏1".
 * These are skipped by rule rather than listed one by one.
 */
const STRUCTURAL = /^[\s\u3000\t\u00a0]*(?:\d+[、.．](?!\d)|[（(]\d+[）)])|专栏\s*\d+/g;

function structuralSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of line.matchAll(STRUCTURAL)) {
    const index = match.index ?? 0;
    spans.push([index, index + match[0].length]);
  }
  return spans;
}

function within(start: number, end: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

/** Every quantitative mention in one line, in order of position. */
export function findMentions(line: string): Mention[] {
  const skip = structuralSpans(line);
  const mentions: Mention[] = [];
  for (const pattern of [NUMBER, MAGNITUDE_WORD]) {
    for (const match of line.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!within(start, end, skip)) mentions.push({ start, end, text: match[0] });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** All positions at which `needle` occurs in `line`, as spans. */
export function occurrences(line: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (needle.length === 0) return spans;
  let from = line.indexOf(needle);
  while (from !== -1) {
    spans.push([from, from + needle.length]);
    from = line.indexOf(needle, from + 1);
  }
  return spans;
}

/** The mentions of `line` not covered by any of the claimed substrings (record quotes and exclusion texts). */
export function unclaimedMentions(line: string, claimedTexts: readonly string[]): Mention[] {
  const claimed = claimedTexts.flatMap((text) => occurrences(line, text));
  return findMentions(line).filter((m) => !within(m.start, m.end, claimed));
}
