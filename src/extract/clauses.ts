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

const enum Mark {
  None,
  Open,
  Close,
  SentenceEnd,
  ClauseEnd,
  ItemEnd,
  Dot,
}

const MARKS = new Map<string, Mark>([
  ...[..."(《“‘[【{"].map((c) => [c, Mark.Open] as const),
  ...[...")》”’]】}"].map((c) => [c, Mark.Close] as const),
  ...[..."。!?;"].map((c) => [c, Mark.SentenceEnd] as const),
  [",", Mark.ClauseEnd],
  [":", Mark.ClauseEnd],
  ["、", Mark.ItemEnd],
  [".", Mark.Dot],
]);

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
    const mark = MARKS.get(folded[i]!) ?? Mark.None;
    if (mark === Mark.None) continue;
    if (mark === Mark.Open) depth++;
    else if (mark === Mark.Close) depth = Math.max(0, depth - 1);
    else if (mark === Mark.SentenceEnd || (mark === Mark.Dot && !/\d/.test(folded[i + 1] ?? ""))) closeSentence(i);
    else if (depth > 0 || mark === Mark.Dot) continue;
    else if (mark === Mark.ClauseEnd) closeClause(i);
    else closeItem(i);
  }
  if (sentenceStart < to) closeSentence(to);
  return sentences.filter((s) => s.end > s.start);
}
