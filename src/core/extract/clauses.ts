/**
 * A line cut into sentences (。！？； or the line's end), clauses (，：) and list items (、), outside brackets, book
 * titles and quotation marks. Offsets are into the folded line, which are offsets into the original line.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Clause extends Span {
  readonly items: readonly Span[];
}

export interface Sentence extends Span {
  readonly clauses: readonly Clause[];
}

const OPEN = "(《“‘[【{";
const CLOSE = ")》”’]】}";
const SENTENCE_END = "。!?;";

/** The sentences of folded[from, to). */
export function splitSentences(folded: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let depth = 0;
  let sentenceStart = from;
  let clauseStart = from;
  let itemStart = from;
  let clauses: Clause[] = [];
  let items: Span[] = [];
  const closeItem = (end: number): void => {
    items.push({ start: itemStart, end });
    itemStart = end + 1;
  };
  const closeClause = (end: number): void => {
    closeItem(end);
    clauses.push({ start: clauseStart, end, items });
    items = [];
    clauseStart = end + 1;
  };
  const closeSentence = (end: number): void => {
    closeClause(end);
    sentences.push({ start: sentenceStart, end, clauses });
    clauses = [];
    sentenceStart = end + 1;
    depth = 0;
  };
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (SENTENCE_END.includes(ch) || (ch === "." && !/\d/.test(folded[i + 1] ?? ""))) closeSentence(i);
    else if (depth > 0) continue;
    else if (ch === "," || ch === ":") closeClause(i);
    else if (ch === "、") closeItem(i);
  }
  if (sentenceStart < to) closeSentence(to);
  return sentences.filter((s) => s.end > s.start);
}
