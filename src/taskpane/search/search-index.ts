/**
 * Search as you type over every record: regions, plans, sectors, metrics and quotes, in Chinese characters,
 * pinyin (xitu) and initials (xt), and numbers (350). The index is built once per catalogue; a query does only
 * string comparisons, so it answers well within one animation frame (see bench/search.bench.ts).
 *
 * Matching: the query splits into tokens (spaces, and script changes: "xitu350" → xitu, 350); every token must
 * match the record somewhere. Initials match names only: two letters would match almost any long quote.
 */
import type { Catalog, Entry } from "../../core/catalog";
import { KIND_LABELS } from "../../core/labels";
import type { RecordKind } from "../../core/schema";
import { normalizeText } from "../../core/text";
import { matchesPinyin, PinyinCache, type PinyinForms } from "./pinyin-forms";

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

export interface Facets {
  /** Years present, ascending; records without a year (每年) are not a facet value. */
  readonly years: readonly number[];
  /** Metric labels, most frequent first. */
  readonly metrics: readonly string[];
  readonly kinds: readonly RecordKind[];
}

interface Field {
  /** Normalized text (NFKC, no spaces, lower case). */
  readonly text: string;
  readonly pinyin: PinyinForms | null;
  /** Names allow initials; quotes do not. */
  readonly initials: boolean;
  readonly weight: number;
}

interface Doc {
  readonly entry: Entry;
  readonly fields: readonly Field[];
  /** Every field's text, for a quick reject before scoring. */
  readonly haystack: string;
  /** Every field's pinyin and initials, for the same quick reject. */
  readonly pinyinHaystack: string;
  readonly value: number;
  readonly valueMax: number | null;
  readonly year: number | null;
}

const WEIGHT = { metric: 3, leaf: 3, sector: 2, region: 2, subRegion: 1.5, plan: 1.5, quote: 1, minor: 0.5 } as const;

export class SearchIndex {
  readonly facets: Facets;
  private readonly docs: readonly Doc[];

  constructor(catalog: Catalog) {
    const cache = new PinyinCache();
    this.docs = catalog.entries.map((entry) => indexEntry(entry, cache));
    this.facets = facetsOf(catalog.entries);
  }

  /** Records matching the query and filters, best first (ties in dataset order). An empty query lists all. */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    const tokens = tokenize(query);
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      if (!passesFilters(doc.entry, filters)) continue;
      let score = 0;
      for (const token of tokens) {
        const s = scoreToken(doc, token);
        if (s === 0) {
          score = -1;
          break;
        }
        score += s;
      }
      if (score >= 0) hits.push({ entry: doc.entry, score });
    }
    if (tokens.length > 0) hits.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    return hits;
  }
}

type Token =
  | { readonly kind: "number"; readonly text: string; readonly value: number }
  | { readonly kind: "latin" | "text" | "plan"; readonly text: string };

/** Plan ids: 000, 001D. Three digits alone may also be a value (350), so those are scored both ways. */
const PLAN_ID = /^[0-9]{3}[a-i]?$/;

/** "内蒙古 xitu350" → 内蒙古, xitu, 350. Full-width forms fold first (３５０ → 350). */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const word of query
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s,，、;；]+/)) {
    if (PLAN_ID.test(word) && /[a-i]$/.test(word)) {
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

function scoreToken(doc: Doc, token: Token): number {
  if (token.kind === "plan") return scorePlan(doc, token.text);
  if (token.kind === "number") {
    return Math.max(
      scoreNumber(doc, token.text, token.value),
      PLAN_ID.test(token.text) ? scorePlan(doc, token.text) : 0,
    );
  }
  const inText = doc.haystack.includes(token.text);
  const inPinyin = token.kind === "latin" && doc.pinyinHaystack.includes(token.text);
  if (!inText && !inPinyin) return 0;
  let best = 0;
  for (const field of doc.fields) {
    best = Math.max(best, scoreField(field, token));
  }
  return best;
}

function scoreField(field: Field, token: Token): number {
  const text = token.text;
  if (field.text === text) return 10 * field.weight;
  if (field.text.startsWith(text)) return 6 * field.weight;
  if (field.text.includes(text)) return 4 * field.weight;
  if (token.kind !== "latin" || !field.pinyin) return 0;
  if (field.pinyin.full === text) return 8 * field.weight;
  if (field.pinyin.full.startsWith(text)) return 5 * field.weight;
  if (matchesPinyin(field.pinyin, text)) return 3 * field.weight;
  if (field.initials && text.length >= 2) {
    if (field.pinyin.initials === text) return 5 * field.weight;
    if (field.pinyin.initials.startsWith(text)) return 3 * field.weight;
    if (field.pinyin.initials.includes(text)) return 2 * field.weight;
  }
  return 0;
}

/** 001D is the plan; 001 while typing is any plan 001A–001I. */
function scorePlan(doc: Doc, text: string): number {
  const id = doc.entry.plan.id.toLowerCase();
  return id === text ? 20 : id.startsWith(text) ? 10 : 0;
}

/** 350 is the value (best), a year, or digits in a quote standing alone; "35" as a prefix while typing. */
function scoreNumber(doc: Doc, text: string, value: number): number {
  if (doc.value === value || doc.valueMax === value) return 40;
  if (doc.year === value) return 20;
  const asText = numberText(doc.value);
  if (asText.startsWith(text) || (doc.valueMax !== null && numberText(doc.valueMax).startsWith(text))) return 15;
  if (String(doc.year ?? "").startsWith(text)) return 8;
  let best = 0;
  for (const field of doc.fields) {
    const placement = numberPlacement(field.text, text);
    if (placement > 0) best = Math.max(best, placement * field.weight);
  }
  return best;
}

/** 3 when the digits stand alone in the text (350 in 达到350亿元), 1 as the start of a longer number, else 0. */
function numberPlacement(haystack: string, digits: string): number {
  let best = 0;
  let at = haystack.indexOf(digits);
  while (at >= 0) {
    const before = haystack[at - 1] ?? "";
    const after = haystack[at + digits.length] ?? "";
    if (!/[0-9.]/.test(before)) {
      if (!/[0-9]/.test(after)) return 3;
      best = 1;
    }
    at = haystack.indexOf(digits, at + 1);
  }
  return best;
}

function numberText(value: number): string {
  return String(value);
}

function indexEntry(entry: Entry, cache: PinyinCache): Doc {
  const r = entry.record;
  const fields: Field[] = [];
  const add = (raw: string | null | undefined, weight: number, initials: boolean): void => {
    if (!raw) return;
    const text = normalizeText(raw);
    if (text.length === 0) return;
    fields.push({ text, pinyin: cache.of(raw.normalize("NFKC")), initials, weight });
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
  const haystack = fields.map((f) => f.text).join("\u0001");
  const pinyinHaystack = fields
    .map((f) => (f.pinyin ? `${f.pinyin.full}\u0001${f.initials ? f.pinyin.initials : ""}` : ""))
    .join("\u0001");
  return { entry, fields, haystack, pinyinHaystack, value: r.value, valueMax: r.valueMax, year: r.year };
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
