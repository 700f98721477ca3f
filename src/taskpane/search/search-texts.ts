/**
 * The distinct texts of a catalogue's fields, and where a query token can land in each. Names and quotes repeat
 * across records (a national dataset: 6.9 million fields, 194,000 distinct texts), so a token is matched once per
 * text, never per record. Posting lists from short keys — a character, the first one to three letters of a pinyin
 * syllable (as positions in one pinyin strip), two initials, the first one or two digits of a number — name the
 * texts worth reading: a token reads only the texts its rarest key names. A key as long as the token is the match
 * itself, so a one-letter keystroke reads no text at all.
 */
import type { PinyinForms } from "./pinyin-forms";

/** What a token scores where it lands (before the field's weight): the whole text, its start, inside it. */
interface Placement {
  readonly whole: number;
  readonly start: number;
  readonly inside: number;
}
const IN_TEXT: Placement = { whole: 10, start: 6, inside: 4 };
const IN_PINYIN: Placement = { whole: 8, start: 5, inside: 3 };
const IN_INITIALS: Placement = { whole: 5, start: 3, inside: 2 };
/** A number standing alone in a text (350 in 达到350亿元), or starting a longer one (350 in 3500). */
const NUMBER_ALONE = 3;
const NUMBER_START = 1;

/** The longest key (characters, initials, digits): a token this long or shorter is found by its key alone. */
const KEY = 2;
/** Pinyin keys are longer: two letters start a syllable in a tenth of a national dataset's texts (xi, zh). */
const SYLLABLE_KEY = 3;

/** A token's texts are kept for the next keystroke when they are fewer than this share of all texts (1/16). */
const PRIOR_SHARE = 16;

export type TokenKind = "latin" | "text" | "number";

/**
 * Posting lists under construction: texts are added in ascending order, each once per key, as `text << 1 | 1` when
 * the key starts the text (a token as long as its key then places without reading the text), else `text << 1`.
 */
class PostingsBuilder {
  private readonly lists = new Map<string, number[]>();

  /** `at`: where the key is in the text; a text's first occurrence of a key comes first, so its flag stays. */
  add(key: string, text: number, at: number): void {
    const entry = (text << 1) | (at === 0 ? 1 : 0);
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [entry]);
    else if (list[list.length - 1]! >> 1 !== text) list.push(entry);
  }

  /** The prefixes of `source` from `at` up to `longest` long: "xing" at 0 → x, xi, xin. */
  addPrefixes(source: string, at: number, text: number, longest: number): void {
    for (let length = 1; length <= longest && at + length <= source.length; length++) {
      this.add(source.slice(at, at + length), text, at);
    }
  }

  seal(): ReadonlyMap<string, Int32Array> {
    const sealed = new Map<string, Int32Array>();
    for (const [key, list] of this.lists) sealed.set(key, Int32Array.from(list));
    return sealed;
  }
}

const EMPTY = new Int32Array(0);

/** Between two texts' pinyin in the pinyin strip: no token holds it, so no match runs into the next text. */
const SEP = "\u0001";

/**
 * Where pinyin syllables start in the pinyin strip, by their first one to `SYLLABLE_KEY` letters, as pairs (position,
 * text): a longer token is checked where its key is, in place — one comparison per syllable, no text read.
 */
class SyllablesBuilder {
  private readonly lists = new Map<string, number[]>();

  add(full: string, start: number, position: number, text: number): void {
    for (let length = 1; length <= SYLLABLE_KEY && start + length <= full.length; length++) {
      const key = full.slice(start, start + length);
      const list = this.lists.get(key);
      if (list) list.push(position, text);
      else this.lists.set(key, [position, text]);
    }
  }

  seal(): ReadonlyMap<string, Int32Array> {
    const sealed = new Map<string, Int32Array>();
    for (const [key, list] of this.lists) sealed.set(key, Int32Array.from(list));
    return sealed;
  }
}

/** Where a number starts in a text: a digit after anything but a digit or a point. */
function startsNumber(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at)) && (at === 0 || !isDigitOrPoint(text.charCodeAt(at - 1)));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigitOrPoint(code: number): boolean {
  return isDigit(code) || code === 46;
}

export class SearchTexts {
  readonly count: number;
  /** Per text, of the last token scored: its best placement in the text or its pinyin, and in its initials. */
  readonly plain: Float64Array;
  readonly initials: Float64Array;
  /** The texts the last token landed in (plain or initials above 0): touched[0 .. touchedCount). */
  readonly touched: Int32Array;
  touchedCount = 0;
  /** The texts each token of the current and of the last query landed in, by kind and token (xi → its texts). */
  private current = new Map<string, Int32Array>();
  private recent = new Map<string, Int32Array>();

  /** Posting lists (see PostingsBuilder), and the lengths a token as long as its key is placed by. */
  private readonly chars: ReadonlyMap<string, Int32Array>;
  private readonly syllables: ReadonlyMap<string, Int32Array>;
  private readonly initialPairs: ReadonlyMap<string, Int32Array>;
  private readonly numbers: ReadonlyMap<string, Int32Array>;
  private readonly textLength: Int32Array;
  /** Every text's pinyin, one after another (SEP between): where each starts, and how long it is. */
  private readonly pinyin: string;
  private readonly pinyinStart: Int32Array;
  private readonly pinyinLength: Int32Array;
  private readonly initialsLength: Int32Array;

  /** `texts` normalised (normalizeText), `forms` their pinyin (null: no Chinese characters, or no pinyin yet). */
  constructor(
    private readonly texts: readonly string[],
    private readonly forms: ReadonlyArray<PinyinForms | null>,
  ) {
    this.count = texts.length;
    const chars = new PostingsBuilder();
    const syllables = new SyllablesBuilder();
    const pinyin: string[] = [];
    let pinyinSize = 0;
    const initialPairs = new PostingsBuilder();
    const numbers = new PostingsBuilder();
    this.textLength = new Int32Array(this.count);
    this.pinyinStart = new Int32Array(this.count);
    this.pinyinLength = new Int32Array(this.count);
    this.initialsLength = new Int32Array(this.count);
    texts.forEach((text, id) => {
      this.textLength[id] = text.length;
      for (let at = 0; at < text.length; at++) {
        chars.add(text[at]!, id, at);
        if (startsNumber(text, at)) numbers.addPrefixes(text, at, id, KEY);
      }
      const form = forms[id];
      if (!form) return;
      this.pinyinStart[id] = pinyinSize;
      this.pinyinLength[id] = form.full.length;
      this.initialsLength[id] = form.initials.length;
      for (const start of form.starts) syllables.add(form.full, start, pinyinSize + start, id);
      pinyin.push(form.full);
      pinyinSize += form.full.length + 1;
      for (let at = 0; at + 1 < form.initials.length; at++) {
        initialPairs.add(form.initials.slice(at, at + KEY), id, at);
      }
    });
    this.chars = chars.seal();
    this.syllables = syllables.seal();
    this.pinyin = pinyin.join(SEP);
    this.initialPairs = initialPairs.seal();
    this.numbers = numbers.seal();
    this.plain = new Float64Array(this.count);
    this.initials = new Float64Array(this.count);
    this.touched = new Int32Array(this.count);
  }

  /**
   * Scores one token against every text it lands in (clearing the last token's scores first). A token that extends
   * one of the last query's (xit after xi, as typed) lands only among the texts that one did: those are read
   * instead of a key's list when fewer.
   */
  score(kind: TokenKind, token: string): void {
    this.clear();
    const prior = token.length > KEY ? this.priorMatches(kind, token) : null;
    // Reading a text costs more than checking a key's entry in place: the prior texts must be much fewer.
    if (prior && prior.length * 4 < this.keyReach(kind, token)) {
      for (const text of prior) this.verify(kind, token, text);
    } else if (kind === "number") {
      this.scoreNumber(token);
    } else {
      this.scoreText(token);
      if (kind === "latin") {
        this.scorePinyin(token);
        // Two letters or more: a single initial would match almost any name.
        if (token.length >= 2) this.scoreInitials(token);
      }
    }
    // Kept only when few: a longer token would read many texts rather than check its key's entries in place.
    if (token.length >= KEY && this.touchedCount * PRIOR_SHARE < this.count) {
      this.current.set(`${kind}:${token}`, this.touched.slice(0, this.touchedCount));
    }
  }

  /** A new query: the tokens of the last one are what its tokens may extend. */
  startQuery(): void {
    this.recent = this.current;
    this.current = new Map();
  }

  /** The texts the longest token of the last query that `token` extends landed in, if any. */
  private priorMatches(kind: TokenKind, token: string): Int32Array | null {
    let best: Int32Array | null = null;
    let bestLength = 0;
    for (const [key, texts] of this.recent) {
      const prefix = key.slice(kind.length + 1);
      if (key.startsWith(`${kind}:`) && prefix.length > bestLength && token.startsWith(prefix)) {
        best = texts;
        bestLength = prefix.length;
      }
    }
    return best;
  }

  /** How many texts the key lists would have the token read. */
  private keyReach(kind: TokenKind, token: string): number {
    const key = token.slice(0, KEY);
    if (kind === "number") return this.numbers.get(key)?.length ?? 0;
    let reach = this.rarestChar(token).length;
    if (kind === "latin") {
      reach += (this.syllables.get(token.slice(0, SYLLABLE_KEY))?.length ?? 0) / 2;
      reach += this.initialPairs.get(key)?.length ?? 0;
    }
    return reach;
  }

  /** One text against the token, every way it may land: the slow path, for a few texts. */
  private verify(kind: TokenKind, token: string, text: number): void {
    const haystack = this.texts[text]!;
    if (kind === "number") {
      const placed = placeNumber(haystack, token);
      if (placed > 0) this.raise(this.plain, text, placed);
      return;
    }
    const form = kind === "latin" ? this.forms[text] : null;
    const plain = Math.max(place(haystack, token, IN_TEXT), form ? placeAtSyllable(form, token) : 0);
    if (plain > 0) this.raise(this.plain, text, plain);
    if (form && token.length >= 2) {
      const initials = place(form.initials, token, IN_INITIALS);
      if (initials > 0) this.raise(this.initials, text, initials);
    }
  }

  private clear(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const text = this.touched[i]!;
      this.plain[text] = 0;
      this.initials[text] = 0;
    }
    this.touchedCount = 0;
  }

  private raise(scores: Float64Array, text: number, score: number): void {
    if (score <= scores[text]!) return;
    if (this.plain[text] === 0 && this.initials[text] === 0) this.touched[this.touchedCount++] = text;
    scores[text] = score;
  }

  /** The texts holding every character of the token are among those holding its rarest. */
  private rarestChar(token: string): Int32Array {
    let rarest: Int32Array | undefined;
    // By code unit, as the lists are keyed (a character outside the BMP is two).
    for (let at = 0; at < token.length; at++) {
      const list = this.chars.get(token[at]!) ?? EMPTY;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? EMPTY;
  }

  /** The characters of the token in the text: read from the posting list of its rarest character. */
  private scoreText(token: string): void {
    const list = this.rarestChar(token);
    if (token.length === 1) this.placeAll(list, this.plain, this.textLength, 1, IN_TEXT);
    else this.verifyAll(list, token, (text) => place(this.texts[text]!, token, IN_TEXT), this.plain);
  }

  /** The token's letters at the start of a syllable of the text's pinyin (xitu in xi|tu|xin, never itu). */
  private scorePinyin(token: string): void {
    const list = this.syllables.get(token.slice(0, SYLLABLE_KEY)) ?? EMPTY;
    const checked = token.length > SYLLABLE_KEY;
    for (let i = 0; i < list.length; i += 2) {
      const at = list[i]!;
      if (checked && !this.pinyin.startsWith(token, at)) continue;
      const text = list[i + 1]!;
      let placed: number = IN_PINYIN.inside;
      if (at === this.pinyinStart[text]) {
        placed = this.pinyinLength[text] === token.length ? IN_PINYIN.whole : IN_PINYIN.start;
      }
      this.raise(this.plain, text, placed);
    }
  }

  private scoreInitials(token: string): void {
    const list = this.initialPairs.get(token.slice(0, KEY)) ?? EMPTY;
    if (token.length <= KEY) this.placeAll(list, this.initials, this.initialsLength, token.length, IN_INITIALS);
    else this.verifyAll(list, token, (text) => place(this.forms[text]!.initials, token, IN_INITIALS), this.initials);
  }

  /** Digits where a number starts in the text: 350 in 达到350亿元 or 3500, not in 1350 or 2.350. */
  private scoreNumber(token: string): void {
    const list = this.numbers.get(token.slice(0, KEY)) ?? EMPTY;
    this.verifyAll(list, token, (text) => placeNumber(this.texts[text]!, token), this.plain);
  }

  /** A list whose key is the token: each text placed by its flag and its length, none read. */
  private placeAll(list: Int32Array, scores: Float64Array, lengths: Int32Array, length: number, placement: Placement) {
    for (const entry of list) {
      const text = entry >> 1;
      const placed =
        (entry & 1) === 0 ? placement.inside : lengths[text] === length ? placement.whole : placement.start;
      this.raise(scores, text, placed);
    }
  }

  private verifyAll(list: Int32Array, token: string, placed: (text: number) => number, scores: Float64Array): void {
    for (const entry of list) {
      const text = entry >> 1;
      const score = placed(text);
      if (score > 0) this.raise(scores, text, score);
    }
  }
}

/** The best of the token's occurrences where a number starts in the text: alone (3), or starting a longer one (1). */
function placeNumber(haystack: string, token: string): number {
  let best = 0;
  for (let at = haystack.indexOf(token); at >= 0 && best < NUMBER_ALONE; at = haystack.indexOf(token, at + 1)) {
    if (!startsNumber(haystack, at)) continue;
    best = isDigit(haystack.charCodeAt(at + token.length)) ? NUMBER_START : NUMBER_ALONE;
  }
  return best;
}

/** Where `token` first lands in `haystack`: the whole of it, its start, inside it, or nowhere (0). */
function place(haystack: string, token: string, placement: Placement): number {
  const at = haystack.indexOf(token);
  if (at < 0) return 0;
  return at > 0 ? placement.inside : placeKnown(haystack, token, placement);
}

function placeKnown(haystack: string, token: string, placement: Placement): number {
  if (!haystack.startsWith(token)) return placement.inside;
  return haystack.length === token.length ? placement.whole : placement.start;
}

/** As place in the pinyin, counting only matches that begin a syllable. */
function placeAtSyllable(form: PinyinForms, token: string): number {
  if (form.full.startsWith(token)) return placeKnown(form.full, token, IN_PINYIN);
  for (const start of form.starts) if (start > 0 && form.full.startsWith(token, start)) return IN_PINYIN.inside;
  return 0;
}
