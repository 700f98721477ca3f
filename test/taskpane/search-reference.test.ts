/**
 * The search index against a reference search written straight from its rules — every record, every field, every
 * occurrence, no index — over queries typed key by key (and corrected) from the seeds' own texts, pinyin, initials,
 * numbers and plan ids, with and without filters and limits: the same hits, in the same order, with the same
 * scores and totals. The index reads posting lists, shares field groups across records, keeps the last keystroke's
 * work and ranks by counting; none of that may show in what it finds.
 */
import { expect } from "chai";
import fc from "fast-check";
import type { Entry } from "../../src/core/catalog";
import { normalizeText } from "../../src/core/text";
import { PinyinCache, type PinyinForms } from "../../src/taskpane/search/pinyin-forms";
import { pinyinSource, syllablesOf } from "../../src/taskpane/search/pinyin-pro";
import {
  fieldsOf,
  passesFilters,
  SearchIndex,
  tokenize,
  type SearchFilters,
} from "../../src/taskpane/search/search-index";
import { seedCatalog } from "../support/seeds";

const catalog = seedCatalog();
const cache = new PinyinCache(syllablesOf);
const pinyinOf = (raw: string): PinyinForms | null => cache.of(raw.normalize("NFKC"));

type Token = ReturnType<typeof tokenize>[number];

/** Every start of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The whole text (whole), its start (start) or inside it (inside), best over the occurrences; 0 if none. */
function placed(haystack: string, needle: string, at: readonly number[], scores: readonly [number, number, number]) {
  let best = 0;
  for (const i of at) {
    const score = i > 0 ? scores[2] : haystack.length === needle.length ? scores[0] : scores[1];
    best = Math.max(best, score);
  }
  return best;
}

function tokenScore(entry: Entry, token: Token): number {
  const r = entry.record;
  const planId = entry.plan.id.toLowerCase();
  const planScore = planId === token.text ? 20 : planId.startsWith(token.text) ? 10 : 0;
  if (token.kind === "plan") return planScore;
  let best = 0;
  if (token.kind === "number") {
    const value = Number(token.text);
    const digits = (n: number | null): string => (n === null ? "" : String(n));
    if (r.value === value || r.valueMax === value) best = 40;
    else if (r.year === value) best = 20;
    else if (digits(r.value).startsWith(token.text) || digits(r.valueMax).startsWith(token.text)) best = 15;
    else if (digits(r.year).startsWith(token.text)) best = 8;
    if (/^[0-9]{3,4}[a-i]?$/.test(token.text)) best = Math.max(best, planScore);
    for (const field of fieldsOf(entry)) {
      const text = normalizeText(field.raw);
      for (const at of occurrences(text, token.text)) {
        if (/[0-9.]/.test(text[at - 1] ?? "")) continue;
        const alone = !/[0-9]/.test(text[at + token.text.length] ?? "");
        best = Math.max(best, (alone ? 3 : 1) * field.weight);
      }
    }
    return best;
  }
  for (const field of fieldsOf(entry)) {
    const text = normalizeText(field.raw);
    if (text.length === 0) continue;
    best = Math.max(best, placed(text, token.text, occurrences(text, token.text), [10, 6, 4]) * field.weight);
    const forms = token.kind === "latin" ? pinyinOf(field.raw) : null;
    if (!forms) continue;
    const atSyllables = occurrences(forms.full, token.text).filter((at) => forms.starts.includes(at));
    best = Math.max(best, placed(forms.full, token.text, atSyllables, [8, 5, 3]) * field.weight);
    if (field.initials && token.text.length >= 2) {
      const initials = occurrences(forms.initials, token.text);
      best = Math.max(best, placed(forms.initials, token.text, initials, [5, 3, 2]) * field.weight);
    }
  }
  return best;
}

/** Every record that every token matches, best first, then in dataset order. */
function reference(query: string, filters: SearchFilters, limit: number): { hits: string[]; total: number } {
  const tokens = tokenize(query);
  const scored: Array<{ entry: Entry; score: number }> = [];
  for (const entry of catalog.entries) {
    if (!passesFilters(entry, filters)) continue;
    let total = 0;
    const scores = tokens.map((token) => tokenScore(entry, token));
    if (scores.some((score) => score === 0)) continue;
    for (const score of scores) total += score;
    scored.push({ entry, score: Math.round(total * 10) / 10 });
  }
  if (tokens.length > 0) scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  const hits = scored.slice(0, limit).map((h) => `${h.entry.record.id} ${tokens.length > 0 ? h.score : 0}`);
  return { hits, total: scored.length };
}

/** What a person might type about a record: a piece of one of its names or its quote, their pinyin, a number. */
function wordsOf(entry: Entry): string[] {
  const words: string[] = [entry.plan.id, String(entry.record.value)];
  if (entry.record.year !== null) words.push(String(entry.record.year));
  for (const field of fieldsOf(entry)) {
    const text = field.raw;
    words.push(text.slice(0, 2), text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 3));
    const forms = pinyinOf(text);
    if (forms) {
      const from = forms.starts[Math.min(1, forms.starts.length - 1)]!;
      words.push(forms.full.slice(from, from + 6), forms.initials.slice(0, 3));
    }
  }
  return words.filter((word) => word.trim().length > 0);
}

const words = [...new Set(catalog.entries.filter((_, i) => i % 7 === 0).flatMap(wordsOf))];
const facets = new SearchIndex(catalog, pinyinSource()).facets;
const filtersArb = fc.oneof(
  fc.constant<SearchFilters>({}),
  fc.constantFrom(...facets.years).map((year): SearchFilters => ({ year })),
  fc.constantFrom(...facets.kinds).map((kind): SearchFilters => ({ kind })),
  fc.constantFrom(...facets.metrics.slice(0, 5)).map((metric): SearchFilters => ({ metric })),
);

describe("taskpane search: the index finds what its rules say", () => {
  it("as a reference search over every record does, typed key by key and corrected, with filters and limits", () => {
    // One index for the whole run, as in the pane: what it keeps between keystrokes must never show.
    const index = new SearchIndex(catalog, pinyinSource());
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        filtersArb,
        fc.constantFrom(Infinity, 500, 5),
        (typed, corrected, filters, limit) => {
          const query = typed.join(" ");
          // Typed key by key, then the last `corrected` keys taken back and typed again.
          const keys = [...query];
          const steps: string[] = keys.map((_, i) => keys.slice(0, i + 1).join(""));
          for (let i = 1; i <= Math.min(corrected, keys.length - 1); i++) steps.push(keys.slice(0, -i).join(""));
          steps.push(query);
          for (const step of steps) {
            const found = index.find(step, filters, limit);
            const expected = reference(step, filters, limit);
            const hits = found.hits.map((h) => `${h.entry.record.id} ${h.score}`);
            expect({ hits, total: found.total }, JSON.stringify({ step, filters, limit })).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
