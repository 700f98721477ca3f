/**
 * Search as you type over every record: regions, plans, sectors, metrics and quotes, in Chinese characters,
 * pinyin (xitu) and initials (xt), and numbers (350).
 *
 * Built once per catalogue: every field of every record goes into three long strings — the text, the pinyin (with a
 * mark at each syllable start) and the initials of names — with tables from a position back to its field and
 * record. A keystroke then costs what its token occurs, not what the data holds: each occurrence is found with
 * `indexOf` and scored where it lands (the whole field, its start, inside it). A query that extends the previous one
 * looks only among the previous hits. See bench/search.bench.ts.
 *
 * Matching: the query splits into tokens (spaces, and script changes: "xitu350" → xitu, 350); every token must
 * match the record somewhere. Initials match names only: two letters would match almost any long quote.
 */
import type { Catalog, Entry } from "../../core/catalog";
import { KIND_LABELS } from "../../core/labels";
import type { RecordKind } from "../../core/schema";
import { normalizeText } from "../../core/text";
import type { PinyinForms } from "./pinyin-forms";

export interface SearchFilters {
  readonly year?: number | null;
  /** A metric label exactly as the records show it (企业（产值≥10亿元）). */
  readonly metric?: string | null;
  readonly kind?: RecordKind | null;
}

export interface SearchHit {
  readonly entry: Entry;
  readonly score: number;
}

/** A search's best hits (at most the limit asked for) and how many records match in all. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

export interface Facets {
  /** Years present, ascending; records without a year (每年) are not a facet value. */
  readonly years: readonly number[];
  /** Metric labels, most frequent first. */
  readonly metrics: readonly string[];
  readonly kinds: readonly RecordKind[];
}

/** The pinyin of a text, or null when it has no Chinese characters (from pinyin-table.ts or pinyin-pro.ts). */
export type PinyinSource = (text: string) => PinyinForms | null;

/** Before pinyin-pro has loaded: the index still finds characters, numbers and ids. */
export const WITHOUT_PINYIN: PinyinSource = () => null;

const WEIGHT = { metric: 3, leaf: 3, sector: 2, region: 2, subRegion: 1.5, plan: 1.5, quote: 1, minor: 0.5 } as const;

/** Between two fields (and records) of a long string: no token contains it, so no match spans two fields. */
const SEP = "\u0001";

/**
 * One long string and, for each field in it, where it starts and ends, its record and its weight; the fields of a
 * record are consecutive, so a record's fields are a range too.
 */
class Strip {
  text = "";
  private parts: string[] = [];
  private length = 0;
  private count = 0;
  // Typed arrays grown by doubling: pushing millions of numbers onto plain arrays was most of a national build.
  starts: Int32Array;
  ends: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
  /** fields[docFirst[d] .. docFirst[d + 1]) belong to record d. */
  docFirst = new Int32Array(0);

  /** `capacity`: the fields expected, so that the tables rarely grow (they are trimmed when sealed). */
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.docs = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  add(text: string, doc: number, weight: number): number {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length + 1;
    if (this.count === this.starts.length) this.resize(Math.max(1024, this.count * 2));
    const n = this.count++;
    this.starts[n] = start;
    this.ends[n] = start + text.length;
    this.docs[n] = doc;
    this.weights[n] = weight;
    return start;
  }

  seal(docCount: number): void {
    this.text = this.parts.length > 0 ? this.parts.join(SEP) + SEP : "";
    this.parts = [];
    this.resize(this.count);
    this.docFirst = new Int32Array(docCount + 1).fill(-1);
    for (let field = this.docs.length - 1; field >= 0; field--) this.docFirst[this.docs[field]!] = field;
    this.docFirst[docCount] = this.docs.length;
    for (let d = docCount - 1; d >= 0; d--) if (this.docFirst[d] === -1) this.docFirst[d] = this.docFirst[d + 1]!;
  }

  /** The field tables with room for `size` fields (keeping what was added). */
  private resize(size: number): void {
    const kept = Math.min(this.count, size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const docs = new Int32Array(size);
    const weights = new Float64Array(size);
    starts.set(this.starts.subarray(0, kept));
    ends.set(this.ends.subarray(0, kept));
    docs.set(this.docs.subarray(0, kept));
    weights.set(this.weights.subarray(0, kept));
    this.starts = starts;
    this.ends = ends;
    this.docs = docs;
    this.weights = weights;
  }
}

/** The best score of one token per record, reused across keystrokes: records touched, and their scores. */
class Scores {
  readonly best: Float64Array;
  readonly touched: Int32Array;
  size = 0;

  constructor(docCount: number) {
    this.best = new Float64Array(docCount);
    this.touched = new Int32Array(docCount);
  }

  raise(doc: number, score: number): void {
    if (score <= 0) return;
    const was = this.best[doc]!;
    if (was === 0) this.touched[this.size++] = doc;
    if (score > was) this.best[doc] = score;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.best[this.touched[i]!] = 0;
    this.size = 0;
  }
}

type Token =
  | { readonly kind: "number"; readonly text: string; readonly value: number }
  | { readonly kind: "latin" | "text" | "plan"; readonly text: string };

/** Plan ids: 000, 001D, 1234A (a national dataset), U001. Three or four digits alone may also be a value (350), so those are scored both ways. */
const PLAN_ID = /^[0-9]{3,4}[a-i]?$/;
/** A plan id that cannot be a number: 001D, or a user plan's U001. */
const LETTERED_PLAN_ID = /^(?:[0-9]{3,4}[a-i]|u[0-9]{3,})$/;

/** "内蒙古 xitu350" → 内蒙古, xitu, 350. Full-width forms fold first (３５０ → 350). */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const word of query
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s,，、;；]+/)) {
    if (LETTERED_PLAN_ID.test(word)) {
      tokens.push({ kind: "plan", text: word });
      continue;
    }
    const parts = word.match(/[0-9]+(?:\.[0-9]+)?|[a-z]+|[^0-9a-z]+/g) ?? [];
    for (const part of parts) {
      const text = normalizeText(part);
      if (text.length === 0) continue;
      if (/^[0-9]/.test(text)) tokens.push({ kind: "number", text, value: Number(text) });
      else if (/^[a-z]+$/.test(text)) tokens.push({ kind: "latin", text });
      else tokens.push({ kind: "text", text });
    }
  }
  return tokens;
}

/** Whether a record passes the year, metric and kind filters (unset filters pass everything). */
export function passesFilters(entry: Entry, filters: SearchFilters): boolean {
  if (filters.year !== undefined && filters.year !== null && entry.record.year !== filters.year) return false;
  if (filters.metric && entry.metricLabel !== filters.metric) return false;
  if (filters.kind && entry.record.kind !== filters.kind) return false;
  return true;
}

export class SearchIndex {
  readonly facets: Facets;
  private readonly entries: readonly Entry[];
  private readonly text: Strip;
  private readonly pinyin: Strip;
  private readonly initials: Strip;
  /** 1 where a syllable (or a non-Chinese character) starts in the pinyin strip: a match must begin at one. */
  private syllableStarts = new Uint8Array(0);
  /** Where syllables start in the pinyin strip, by their first letter: a one-letter query reads only those. */
  private readonly byInitial = new Map<string, Int32Array>();
  private readonly scores: Scores;
  private readonly total: Float64Array;
  private readonly matchedTokens: Uint8Array;
  /** 1 for the records a narrowed keystroke may match (the last keystroke's hits), during one search. */
  private readonly allowed: Uint8Array;
  /** Which records the token being scored may still match; null for all. */
  private admits: ((doc: number) => boolean) | null = null;
  private previous: { readonly query: string; readonly docs: Int32Array } | null = null;

  constructor(catalog: Catalog, pinyinOf: PinyinSource) {
    this.entries = catalog.entries;
    // A record has a dozen fields or so (fewer with pinyin, fewer still with initials).
    this.text = new Strip(this.entries.length * 14);
    this.pinyin = new Strip(this.entries.length * 12);
    this.initials = new Strip(this.entries.length * 8);
    /** The forms of each field of the pinyin strip, in order: where its syllables start, once the strip is sealed. */
    const pinyinFields: PinyinForms[] = [];
    // Names repeat across thousands of records (regions, plans, metrics): fold each distinct text once.
    const folded = new Map<string, { readonly text: string; readonly forms: PinyinForms | null }>();
    const fold = (raw: string): { readonly text: string; readonly forms: PinyinForms | null } => {
      let known = folded.get(raw);
      if (!known) {
        known = {
          text: normalizeText(raw),
          forms: pinyinOf === WITHOUT_PINYIN ? null : pinyinOf(raw.normalize("NFKC")),
        };
        folded.set(raw, known);
      }
      return known;
    };
    this.entries.forEach((entry, doc) => {
      for (const field of fieldsOf(entry)) {
        const { text, forms } = fold(field.raw);
        if (text.length === 0) continue;
        this.text.add(text, doc, field.weight);
        if (!forms) continue;
        this.pinyin.add(forms.full, doc, field.weight);
        pinyinFields.push(forms);
        if (field.initials) this.initials.add(forms.initials, doc, field.weight);
      }
    });
    const count = this.entries.length;
    this.text.seal(count);
    this.pinyin.seal(count);
    this.initials.seal(count);
    this.syllableStarts = new Uint8Array(this.pinyin.text.length);
    const byInitial = new Map<string, number>();
    pinyinFields.forEach((forms, field) => {
      const base = this.pinyin.starts[field]!;
      for (const s of forms.starts) {
        this.syllableStarts[base + s] = 1;
        const letter = forms.full[s]!;
        byInitial.set(letter, (byInitial.get(letter) ?? 0) + 1);
      }
    });
    // The posting lists, sized from the counts above and filled in strip order.
    const filled = new Map<string, number>();
    for (const [letter, size] of byInitial) {
      this.byInitial.set(letter, new Int32Array(size));
      filled.set(letter, 0);
    }
    const strip = this.pinyin.text;
    for (let at = 0; at < strip.length; at++) {
      if (this.syllableStarts[at] !== 1) continue;
      const letter = strip[at]!;
      const n = filled.get(letter)!;
      this.byInitial.get(letter)![n] = at;
      filled.set(letter, n + 1);
    }
    this.scores = new Scores(count);
    this.total = new Float64Array(count);
    this.matchedTokens = new Uint8Array(count);
    this.allowed = new Uint8Array(count);
    this.facets = facetsOf(this.entries);
  }

  /** Every record matching the query and filters, best first (ties in dataset order). An empty query lists all. */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    return [...this.find(query, filters, Infinity).hits];
  }

  /**
   * The best `limit` records matching the query and filters, and how many match in all: what a pane shows while
   * typing (a one-letter query matches nearly everything at national scale; only the top of it is drawn).
   */
  find(query: string, filters: SearchFilters = {}, limit = 500): SearchResult {
    const tokens = tokenize(query);
    if (tokens.length === 0) {
      this.previous = null;
      const all = this.entries.filter((e) => passesFilters(e, filters));
      return { hits: all.slice(0, limit).map((entry) => ({ entry, score: 0 })), total: all.length };
    }
    const key = tokens.map((t) => t.text).join(" ");
    // Typing on: the new query's hits are among the last one's (each token only grew or was added). Not for a
    // number: 00 → 001 is the value 1, which 00 never matched.
    const last = tokens.at(-1)!.kind;
    const narrows = (last === "latin" || last === "text") && this.previous && extends_(key, this.previous.query);
    const within = narrows ? this.previous!.docs : null;
    if (within) for (const doc of within) this.allowed[doc] = 1;

    // AND over the tokens: a record's total counts only if every token matched it.
    let candidates: Int32Array | null = within;
    for (const [n, token] of tokens.entries()) {
      // Only records every earlier token matched (or, for the first, the last keystroke's hits) can match.
      this.admits = n > 0 ? (doc) => this.matchedTokens[doc] === n : within ? (doc) => this.allowed[doc] === 1 : null;
      this.scoreToken(token, candidates);
      const next = new Int32Array(this.scores.size);
      let kept = 0;
      for (let i = 0; i < this.scores.size; i++) {
        const doc = this.scores.touched[i]!;
        if (this.matchedTokens[doc] !== n) continue;
        this.matchedTokens[doc] = n + 1;
        this.total[doc] = this.total[doc]! + this.scores.best[doc]!;
        next[kept++] = doc;
      }
      this.scores.clear();
      // Records an earlier token matched but this one did not drop out.
      if (candidates) for (const doc of candidates) if (this.matchedTokens[doc] !== n + 1) this.reset(doc);
      candidates = next.subarray(0, kept);
      if (kept === 0) break;
    }
    if (within) for (const doc of within) this.allowed[doc] = 0;
    const matched = candidates ?? new Int32Array(0);
    this.previous = { query: key, docs: matched.slice() };
    const result = this.ranked(matched, filters, limit);
    for (const doc of matched) this.reset(doc);
    return result;
  }

  private reset(doc: number): void {
    this.total[doc] = 0;
    this.matchedTokens[doc] = 0;
  }

  /**
   * Best first, then dataset order, top `limit` only: scores are multiples of 0.1, so a count per score finds the
   * lowest score that still makes the top; only those records are sorted (one numeric sort over packed keys).
   */
  private ranked(docs: Int32Array, filters: SearchFilters, limit: number): SearchResult {
    const passing = new Int32Array(docs.length);
    let total = 0;
    let top = 0;
    for (const doc of docs) {
      if (!passesFilters(this.entries[doc]!, filters)) continue;
      passing[total++] = doc;
      const score10 = Math.round(this.total[doc]! * 10);
      this.total[doc] = score10;
      if (score10 > top) top = score10;
    }
    let threshold = 0;
    if (total > limit) {
      const counts = new Int32Array(top + 1);
      for (let i = 0; i < total; i++) counts[this.total[passing[i]!]!]!++;
      let kept = 0;
      for (threshold = top; threshold > 0 && kept + counts[threshold]! < limit; threshold--) kept += counts[threshold]!;
    }
    const keys: number[] = [];
    for (let i = 0; i < total; i++) {
      const doc = passing[i]!;
      const score10 = this.total[doc]!;
      // The score above, the record's position below: one number sorts both ways (positions stay under 1e7).
      if (score10 >= threshold) keys.push(score10 * 1e7 - doc);
    }
    keys.sort((a, b) => b - a);
    const count = Math.min(limit, keys.length);
    const hits: SearchHit[] = new Array<SearchHit>(count);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const score10 = Math.ceil(key / 1e7);
      hits[i] = { entry: this.entries[score10 * 1e7 - key]!, score: score10 / 10 };
    }
    return { hits, total };
  }

  /** Fills `this.scores` with one token's best score per record (only among `within` when given). */
  private scoreToken(token: Token, within: Int32Array | null): void {
    const scores = this.scores;
    if (token.kind === "plan" || token.kind === "number") {
      const value = token.kind === "number" ? token.value : NaN;
      const visit = (doc: number): void => {
        const entry = this.entries[doc]!;
        if (token.kind === "plan") scores.raise(doc, scorePlan(entry, token.text));
        else {
          scores.raise(doc, scoreNumber(entry, token.text, value));
          if (PLAN_ID.test(token.text)) scores.raise(doc, scorePlan(entry, token.text));
        }
      };
      if (within) for (const doc of within) visit(doc);
      else for (let doc = 0; doc < this.entries.length; doc++) visit(doc);
      if (token.kind === "plan") return;
      this.occurrences(this.text, token.text, within, (field, at) => {
        const placement = numberPlacement(this.text.text, at, token.text.length);
        if (placement > 0) scores.raise(this.text.docs[field]!, placement * this.text.weights[field]!);
      });
      return;
    }
    const length = token.text.length;
    this.occurrences(this.text, token.text, within, (field, at) =>
      scores.raise(this.text.docs[field]!, placed(this.text, field, at, length, 10, 6, 4)),
    );
    if (token.kind !== "latin") return;
    const starts = this.syllableStarts;
    const inPinyin = (field: number, at: number): void => {
      if (starts[at] === 1) scores.raise(this.pinyin.docs[field]!, placed(this.pinyin, field, at, length, 8, 5, 3));
    };
    if (length === 1 && !within) this.syllablesStartingWith(token.text, inPinyin);
    else this.occurrences(this.pinyin, token.text, within, inPinyin);
    if (length >= 2) {
      this.occurrences(this.initials, token.text, within, (field, at) =>
        scores.raise(this.initials.docs[field]!, placed(this.initials, field, at, length, 5, 3, 2)),
      );
    }
  }

  /** The syllables of the pinyin strip that start with `letter`, in order, with their field. */
  private syllablesStartingWith(letter: string, found: (field: number, at: number) => void): void {
    const strip = this.pinyin;
    const admits = this.admits;
    let field = 0;
    for (const at of this.byInitial.get(letter) ?? []) {
      while (strip.ends[field]! < at) field++;
      if (admits && !admits(strip.docs[field]!)) continue;
      found(field, at);
    }
  }

  /**
   * Every occurrence of `needle` in a strip, in order, with its field; only in the given records' fields when there
   * are few of them. The field follows the position (occurrences come in order), so no search per occurrence.
   */
  private occurrences(
    strip: Strip,
    needle: string,
    within: Int32Array | null,
    found: (field: number, at: number) => void,
  ): void {
    const haystack = strip.text;
    if (within && within.length < this.entries.length / 8) {
      for (const doc of within) {
        for (let field = strip.docFirst[doc]!; field < strip.docFirst[doc + 1]!; field++) {
          // Search the field alone: indexOf on the whole strip would run on past the field's end.
          const start = strip.starts[field]!;
          const text = haystack.slice(start, strip.ends[field]);
          for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found(field, start + at);
        }
      }
      return;
    }
    const admits = this.admits;
    let field = 0;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      while (strip.ends[field]! < at) field++;
      if (admits && !admits(strip.docs[field]!)) continue;
      found(field, at);
    }
  }
}

/** Whether `query` only adds to `previous`: every earlier token is a prefix of its counterpart. */
function extends_(query: string, previous: string): boolean {
  return query.length > previous.length && query.startsWith(previous) && !/\s$/.test(previous);
}

/** A match scored where it lands: the whole field, its start, or inside it; times the field's weight. */
function placed(
  strip: Strip,
  field: number,
  at: number,
  length: number,
  whole: number,
  start: number,
  inside: number,
): number {
  const weight = strip.weights[field]!;
  const from = strip.starts[field]!;
  if (at === from) return (at + length === strip.ends[field]! ? whole : start) * weight;
  return inside * weight;
}

/** 001D is the plan; 001 while typing is any plan 001A–001I. */
function scorePlan(entry: Entry, text: string): number {
  const id = entry.plan.id.toLowerCase();
  return id === text ? 20 : id.startsWith(text) ? 10 : 0;
}

/** 350 is the value (best), a year, or digits in a quote standing alone; "35" as a prefix while typing. */
function scoreNumber(entry: Entry, text: string, value: number): number {
  const r = entry.record;
  if (r.value === value || r.valueMax === value) return 40;
  if (r.year === value) return 20;
  if (String(r.value).startsWith(text) || (r.valueMax !== null && String(r.valueMax).startsWith(text))) return 15;
  if (String(r.year ?? "").startsWith(text)) return 8;
  return 0;
}

/** 3 when the digits stand alone in the text (350 in 达到350亿元), 1 as the start of a longer number, else 0. */
function numberPlacement(haystack: string, at: number, length: number): number {
  const before = haystack[at - 1] ?? "";
  const after = haystack[at + length] ?? "";
  if (/[0-9.]/.test(before)) return 0;
  return /[0-9]/.test(after) ? 1 : 3;
}

interface FieldSource {
  readonly raw: string;
  readonly weight: number;
  /** Names allow initials; quotes do not. */
  readonly initials: boolean;
}

/** The searchable fields of a record, with their weights (exported for the tests' reference search). */
export function fieldsOf(entry: Entry): FieldSource[] {
  const r = entry.record;
  const fields: FieldSource[] = [];
  const add = (raw: string | null | undefined, weight: number, initials: boolean): void => {
    if (raw) fields.push({ raw, weight, initials });
  };
  add(entry.metricLabel, WEIGHT.metric, true);
  r.sector.forEach((name, i) => add(name, i === r.sector.length - 1 ? WEIGHT.leaf : WEIGHT.sector, true));
  add(entry.region.name, WEIGHT.region, true);
  for (const alias of entry.region.aliases) if (alias.length > 1) add(alias, WEIGHT.region, false);
  add(r.subRegion, WEIGHT.subRegion, true);
  add(entry.plan.title, WEIGHT.plan, true);
  add(entry.plan.bundle, WEIGHT.plan, false);
  add(r.quote, WEIGHT.quote, false);
  add(r.unit, WEIGHT.minor, false);
  add(KIND_LABELS[r.kind].zh, WEIGHT.minor, true);
  return fields;
}

function facetsOf(entries: readonly Entry[]): Facets {
  const years = new Set<number>();
  const metricCounts = new Map<string, number>();
  const kinds = new Set<RecordKind>();
  for (const e of entries) {
    if (e.record.year !== null) years.add(e.record.year);
    metricCounts.set(e.metricLabel, (metricCounts.get(e.metricLabel) ?? 0) + 1);
    kinds.add(e.record.kind);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    metrics: [...metricCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh")).map(([m]) => m),
    kinds: (Object.keys(KIND_LABELS) as RecordKind[]).filter((k) => kinds.has(k)),
  };
}
