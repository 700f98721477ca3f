/**
 * Search as you type over every record: regions, plans, sectors, metrics and quotes, in Chinese characters,
 * pinyin (xitu) and initials (xt), and numbers (350).
 *
 * Built once per catalogue, in three layers, each a table of ordinals in typed arrays:
 * - the distinct texts of every field (search-texts.ts): a token is placed once per text — the whole text, its start,
 *   inside it — through posting lists from characters, syllable prefixes, initials and digits to texts;
 * - field groups: the fields a record takes together from its metric (with its value and year), its sector path, its
 *   plan (with its id), and itself (quote, sub-region), each distinct group once — thousands of records share a
 *   plan's or a metric's fields — scored as the best of their fields (placement × weight) and keys (a number's
 *   digits are a key prefix);
 * - records: four groups each.
 * A keystroke costs the texts its token lands in, their groups, and one pass over the records those reach (or over
 * the records every earlier token matched; those a finished token matched are kept for the next keystroke). Ranking
 * is a count per score, never a sort. See bench/search.bench.ts and test/taskpane/search-reference.test.ts.
 *
 * Matching: the query splits into tokens (spaces, and script changes: "xitu350" → xitu, 350); every token must
 * match the record somewhere. Initials match names only: two letters would match almost any long quote.
 */
import type { Catalog, Entry } from "../../core/catalog";
import { KIND_LABELS } from "../../core/labels";
import type { Plan, RecordKind, Region } from "../../core/schema";
import { normalizeText } from "../../core/text";
import type { PinyinForms } from "./pinyin-forms";
import { SearchTexts } from "./search-texts";

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
const WEIGHTS: readonly number[] = Object.values(WEIGHT);

/** Which of a record's field groups a field belongs to: fields that records share go together. */
const SLOT = { metric: 0, sector: 1, plan: 2, own: 3 } as const;
type FieldSlot = (typeof SLOT)[keyof typeof SLOT];
const SLOTS = 4;

/** What a number scores against a record's own figures: its value, its year, or as their first digits. */
const NUMBER_SCORE = { value: 40, year: 20, valuePrefix: 15, yearPrefix: 8 } as const;
/** A plan id (001D), or the start of one while typing (001 for 001A–001I). */
const PLAN_SCORE = { whole: 20, start: 10 } as const;

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

function filtersSet(filters: SearchFilters): boolean {
  return (filters.year !== undefined && filters.year !== null) || !!filters.metric || !!filters.kind;
}

/** Groups by a key (a value's digits, a year, a plan id), the keys sorted so that a prefix is a range. */
class GroupsByKey {
  private readonly keys: string[];
  private readonly first: Int32Array;
  private readonly groups: Int32Array;
  private readonly position = new Map<string, number>();

  constructor(byKey: ReadonlyMap<string, readonly number[]>) {
    this.keys = [...byKey.keys()].sort();
    this.first = new Int32Array(this.keys.length + 1);
    let size = 0;
    this.keys.forEach((key, i) => {
      this.position.set(key, i);
      this.first[i] = size;
      size += byKey.get(key)!.length;
    });
    this.first[this.keys.length] = size;
    this.groups = new Int32Array(size);
    this.keys.forEach((key, i) => this.groups.set(byKey.get(key)!, this.first[i]));
  }

  /** The groups under exactly `key`. */
  exactly(key: string): Int32Array {
    const i = this.position.get(key);
    return i === undefined ? this.groups.subarray(0, 0) : this.groupsAt(i);
  }

  /** The groups under every key that starts with `prefix`, key by key. */
  withPrefix(prefix: string, visit: (groups: Int32Array) => void): void {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.keys.length && this.keys[i]!.startsWith(prefix); i++) visit(this.groupsAt(i));
  }

  private groupsAt(i: number): Int32Array {
    return this.groups.subarray(this.first[i], this.first[i + 1]);
  }
}

/** Appends `group` under `key` (once: a record's value and range end may print alike). */
function file(byKey: Map<string, number[]>, key: string, group: number): void {
  const groups = byKey.get(key);
  if (!groups) byKey.set(key, [group]);
  else if (groups[groups.length - 1] !== group) groups.push(group);
}

/**
 * Groups by their fields, one step per field (text, weight, initials as one number; the figure or plan id as a
 * string last): records that share a plan or a metric walk the same path, with no key built per record.
 */
class GroupTrie {
  readonly root = new TrieNode();
  size = 0;
}

class TrieNode {
  group = -1;
  private next: Map<number | string, TrieNode> | null = null;

  at(step: number | string): TrieNode {
    this.next ??= new Map();
    let node = this.next.get(step);
    if (!node) {
      node = new TrieNode();
      this.next.set(step, node);
    }
    return node;
  }
}

/** The state of a search after its first tokens (`key` names them): the records they match and their totals. */
interface Memo {
  readonly key: string;
  readonly docs: Int32Array;
  readonly totals: Int32Array;
  readonly highest: number;
}

/**
 * Scores are counted in half points, as small integers: every weight is a multiple of 0.5 and every placement a
 * whole number, so sums are exact, and a group's best fits a byte (at most 40 points: a number that is the value).
 */
const HALVES = 2;

export class SearchIndex {
  readonly facets: Facets;
  private readonly entries: readonly Entry[];
  private readonly texts: SearchTexts;
  /** The group of each field (fields of a group are consecutive), its weight in half points, and initials (1). */
  private readonly fieldGroup: Int32Array;
  private readonly fieldWeight: Uint8Array;
  private readonly fieldInitials: Uint8Array;
  /** The text of each field, and where each group's fields start (for scoring a group on its own). */
  private readonly fieldText: Int32Array;
  private readonly groupFields: Int32Array;
  /** The heaviest field's weight (half points): what a text's placement can score at most, times. */
  private readonly heaviest: number;
  /** Groups scored on their own during the token under way (lazy scoring), and the best placement of its texts. */
  private readonly groupScored: Uint8Array;
  private readonly groupsScored: Int32Array;
  private groupsScoredCount = 0;
  private textTop = 0;
  /** The fields holding text t: textFields[textFirst[t] .. textFirst[t + 1]). */
  private readonly textFirst: Int32Array;
  private readonly textFields: Int32Array;
  /** The records of group g, ascending: groupDocs[groupFirst[g] .. groupFirst[g + 1]). */
  private readonly groupFirst: Int32Array;
  private readonly groupDocs: Int32Array;
  /** Record d's groups: docGroups[d * SLOTS + slot]; a record without a slot's fields has the empty group. */
  private readonly docGroups: Int32Array;
  /** The best score of the token being scored per group, in half points (the empty group's, last, stays 0). */
  private readonly groupBest: Uint8Array;
  private readonly groupsTouched: Int32Array;
  private groupsTouchedCount = 0;
  /** The highest total a record can reach in the search under way: the sum of each token's best. */
  private highest = 0;
  private tokenTop = 0;
  /** After each token of the last query typed to its end: what it matched, with their totals. */
  private memo: Memo[] = [];
  /** Records per total, counted by the last token's pass (null: ranked() counts, after the filters). */
  private counts: Int32Array | null = null;
  /** The metric groups by their records' values and years, the plan groups by plan id. */
  private readonly values: GroupsByKey;
  private readonly years: GroupsByKey;
  private readonly planIds: GroupsByKey;
  /** The running total of a matching record's token scores in half points, during one search. */
  private readonly total: Int32Array;
  /**
   * Room for a search's record lists, allocated once: a keystroke at national scale would otherwise allocate
   * megabytes, and the collections they bring stall the pane (a tenth of a second over a 1.5 GB heap).
   */
  private readonly lists: readonly [Int32Array, Int32Array];
  private readonly passing: Int32Array;

  constructor(catalog: Catalog, pinyinOf: PinyinSource) {
    this.entries = catalog.entries;
    const count = this.entries.length;
    // Names repeat across thousands of records (regions, plans, metrics): fold each distinct text once.
    const textIds = new Map<string, number>();
    const texts: string[] = [];
    const forms: Array<PinyinForms | null> = [];
    const textOf = (raw: string): number => {
      let id = textIds.get(raw);
      if (id === undefined) {
        const text = normalizeText(raw);
        id = text.length === 0 ? -1 : texts.length;
        if (id >= 0) {
          texts.push(text);
          forms.push(pinyinOf === WITHOUT_PINYIN ? null : pinyinOf(raw.normalize("NFKC")));
        }
        textIds.set(raw, id);
      }
      return id;
    };
    const groupIds = new GroupTrie();
    const groupFirst = [0];
    const fieldText: number[] = [];
    const fieldWeight: number[] = [];
    const fieldInitials: number[] = [];
    const docGroups = new Int32Array(count * SLOTS);
    const values = new Map<string, number[]>();
    const years = new Map<string, number[]>();
    const planIds = new Map<string, number[]>();
    // One record's fields by slot, as (text, weight in half points, initials) — and each slot's place in the trie.
    const slotFields: number[][] = Array.from({ length: SLOTS }, () => []);
    // A plan's records share its plan group (with their region): found once per plan, not per record.
    const planGroups = new Map<Plan, { readonly region: Region; readonly group: number }>();
    let planKnown = false;
    const visit = (raw: string, weight: number, initials: boolean, slot: FieldSlot): void => {
      if (planKnown && slot === SLOT.plan) return;
      const text = textOf(raw);
      if (text >= 0) slotFields[slot]!.push(text, weight * HALVES, initials ? 1 : 0);
    };
    this.entries.forEach((entry, doc) => {
      const known = planGroups.get(entry.plan);
      planKnown = known?.region === entry.region;
      forEachField(entry, visit);
      // The figure goes with the metric, the plan id with the plan: numbers are scored per group too.
      const r = entry.record;
      const planId = entry.plan.id.toLowerCase();
      for (let slot = 0; slot < SLOTS; slot++) {
        const fields = slotFields[slot]!;
        if (slot === SLOT.plan && planKnown) {
          docGroups[doc * SLOTS + slot] = known!.group;
          continue;
        }
        let node = groupIds.root;
        for (let i = 0; i < fields.length; i += 3)
          node = node.at((fields[i]! * 16 + fields[i + 1]!) * 2 + fields[i + 2]!);
        if (slot === SLOT.metric) node = node.at(`${r.value}|${r.valueMax}|${r.year}`);
        if (slot === SLOT.plan) node = node.at(planId);
        let group = node.group;
        if (group < 0) {
          group = node.group = groupIds.size++;
          for (let i = 0; i < fields.length; i += 3) {
            fieldText.push(fields[i]!);
            fieldWeight.push(fields[i + 1]!);
            fieldInitials.push(fields[i + 2]!);
          }
          groupFirst.push(fieldText.length);
          if (slot === SLOT.metric) {
            file(values, String(r.value), group);
            if (r.valueMax !== null) file(values, String(r.valueMax), group);
            if (r.year !== null) file(years, String(r.year), group);
          }
          if (slot === SLOT.plan) file(planIds, planId, group);
        }
        docGroups[doc * SLOTS + slot] = group;
        if (slot === SLOT.plan) planGroups.set(entry.plan, { region: entry.region, group });
        fields.length = 0;
      }
    });
    this.texts = new SearchTexts(texts, forms);
    const groups = groupIds.size;
    this.fieldWeight = Uint8Array.from(fieldWeight);
    this.fieldText = Int32Array.from(fieldText);
    this.groupFields = Int32Array.from(groupFirst);
    this.heaviest = Math.max(0, ...WEIGHTS) * HALVES;
    this.groupScored = new Uint8Array(groups);
    this.groupsScored = new Int32Array(groups);
    this.fieldInitials = Uint8Array.from(fieldInitials);
    this.fieldGroup = new Int32Array(fieldText.length);
    for (let group = 0; group < groups; group++) {
      this.fieldGroup.fill(group, groupFirst[group], groupFirst[group + 1]);
    }
    [this.textFirst, this.textFields] = invert(this.fieldText, texts.length, 1);
    this.docGroups = docGroups;
    [this.groupFirst, this.groupDocs] = invert(docGroups, groups, SLOTS);
    this.groupBest = new Uint8Array(groups);
    this.groupsTouched = new Int32Array(groups);
    this.values = new GroupsByKey(values);
    this.years = new GroupsByKey(years);
    this.planIds = new GroupsByKey(planIds);
    this.total = new Int32Array(count);
    this.lists = [new Int32Array(count), new Int32Array(count)];
    this.passing = new Int32Array(count);
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
    this.texts.startQuery();
    if (tokens.length === 0) {
      if (!filtersSet(filters)) {
        const hits = this.entries.slice(0, limit).map((entry) => ({ entry, score: 0 }));
        return { hits, total: this.entries.length };
      }
      const all = this.entries.filter((e) => passesFilters(e, filters));
      return { hits: all.slice(0, limit).map((entry) => ({ entry, score: 0 })), total: all.length };
    }
    // AND over the tokens: each later token scores only the records every earlier one matched.
    const keys: string[] = [];
    for (const [n, token] of tokens.entries())
      keys.push(`${n > 0 ? `${keys[n - 1]} ` : ""}${token.kind}:${token.text}`);
    // Typing on: the tokens this query shares with the last, all but its last, are where the last one left them.
    let done = 0;
    while (done < tokens.length - 1 && this.memo[done]?.key === keys[done]) done++;
    const memo = this.memo.slice(0, done);
    let matched: Int32Array | null = done > 0 ? this.restore(memo[done - 1]!, this.lists[(done - 1) % 2]!) : null;
    this.highest = done > 0 ? memo[done - 1]!.highest : 0;
    // Without filters the last token's pass counts the records per score too (a pass less over them).
    const filtering = filtersSet(filters);
    // A token is kept for the next keystroke once typed to its end: it is not the last, or a space follows it.
    const ended = /[\s,，、;；]$/.test(query);
    for (let n = done; n < tokens.length; n++) {
      const last = n === tokens.length - 1;
      matched = this.match(tokens[n]!, matched, this.lists[n % 2]!, !filtering && last);
      if (!last || ended) memo.push(this.saved(keys[n]!, matched));
      if (matched.length === 0) break;
    }
    this.memo = memo;
    return this.ranked(matched!, filters, limit);
  }

  private saved(key: string, docs: Int32Array): Memo {
    const totals = new Int32Array(docs.length);
    for (let i = 0; i < docs.length; i++) totals[i] = this.total[docs[i]!]!;
    return { key, docs: docs.slice(), totals, highest: this.highest };
  }

  /** The records and totals of `memo`, back in place (in `into`). */
  private restore(memo: Memo, into: Int32Array): Int32Array {
    into.set(memo.docs);
    for (let i = 0; i < memo.docs.length; i++) this.total[memo.docs[i]!] = memo.totals[i]!;
    return into.subarray(0, memo.docs.length);
  }

  /**
   * The records `token` matches, ascending, among `within` (all when null), its best score added to their totals;
   * the records of `within` it does not match leave with their totals cleared. Written into `into` (not `within`'s).
   */
  private match(token: Token, within: Int32Array | null, into: Int32Array, counting: boolean): Int32Array {
    this.tokenTop = 0;
    this.scoreKeys(token);
    // Few records left (内蒙古 x): their groups are scored as they are met, not every group the token's texts hold.
    let lazy = false;
    if (token.kind !== "plan") {
      this.texts.score(token.kind, token.text);
      lazy = within !== null && within.length * SLOTS < this.fieldsReached();
      if (lazy) this.tokenTop = Math.max(this.tokenTop, this.textTop * this.heaviest);
      else this.scoreFields();
    }
    this.highest += this.tokenTop;
    this.counts = counting ? new Int32Array(this.highest + 1) : null;
    let matched: Int32Array;
    if (lazy) matched = this.keepScoring(within!, into);
    else if (within) matched = this.keep(within, into);
    else if (this.reach() < this.entries.length / 4) matched = this.collect(into);
    else matched = this.keep(null, into);
    for (let i = 0; i < this.groupsTouchedCount; i++) this.groupBest[this.groupsTouched[i]!] = 0;
    this.groupsTouchedCount = 0;
    for (let i = 0; i < this.groupsScoredCount; i++) this.groupScored[this.groupsScored[i]!] = 0;
    this.groupsScoredCount = 0;
    return matched;
  }

  private raise(group: number, score: number): void {
    const was = this.groupBest[group]!;
    if (score <= was) return;
    if (was === 0) this.groupsTouched[this.groupsTouchedCount++] = group;
    this.groupBest[group] = score;
    if (score > this.tokenTop) this.tokenTop = score;
  }

  private raiseAll(groups: Int32Array, points: number): void {
    for (const group of groups) this.raise(group, points * HALVES);
  }

  /** A number against the records' values and years (metric groups); a plan id against the plan groups. */
  private scoreKeys(token: Token): void {
    if (token.kind === "number") {
      const value = String(token.value);
      this.raiseAll(this.values.exactly(value), NUMBER_SCORE.value);
      this.raiseAll(this.years.exactly(value), NUMBER_SCORE.year);
      this.values.withPrefix(token.text, (groups) => this.raiseAll(groups, NUMBER_SCORE.valuePrefix));
      this.years.withPrefix(token.text, (groups) => this.raiseAll(groups, NUMBER_SCORE.yearPrefix));
    }
    if (token.kind === "plan" || (token.kind === "number" && PLAN_ID.test(token.text))) {
      this.raiseAll(this.planIds.exactly(token.text), PLAN_SCORE.whole);
      this.planIds.withPrefix(token.text, (groups) => this.raiseAll(groups, PLAN_SCORE.start));
    }
  }

  /** The token placed in every text, then each group's best field: placement × the field's weight. */
  private scoreFields(): void {
    const texts = this.texts;
    for (let i = 0; i < texts.touchedCount; i++) {
      const text = texts.touched[i]!;
      const plain = texts.plain[text]!;
      const withInitials = Math.max(plain, texts.initials[text]!);
      for (let at = this.textFirst[text]!; at < this.textFirst[text + 1]!; at++) {
        const field = this.textFields[at]!;
        this.raise(
          this.fieldGroup[field]!,
          this.fieldWeight[field]! * (this.fieldInitials[field] ? withInitials : plain),
        );
      }
    }
  }

  /** How many fields hold the texts the token landed in (what scoreFields would read); sets textTop. */
  private fieldsReached(): number {
    const texts = this.texts;
    let reach = 0;
    let top = 0;
    for (let i = 0; i < texts.touchedCount; i++) {
      const text = texts.touched[i]!;
      reach += this.textFirst[text + 1]! - this.textFirst[text]!;
      top = Math.max(top, texts.plain[text]!, texts.initials[text]!);
    }
    this.textTop = top;
    return reach;
  }

  /** A group's best for the token, its fields read on first asking (lazy scoring). */
  private groupScore(group: number): number {
    if (this.groupScored[group] === 0) {
      this.groupScored[group] = 1;
      this.groupsScored[this.groupsScoredCount++] = group;
      const texts = this.texts;
      for (let field = this.groupFields[group]!; field < this.groupFields[group + 1]!; field++) {
        const text = this.fieldText[field]!;
        const plain = texts.plain[text]!;
        const placed = this.fieldInitials[field] ? Math.max(plain, texts.initials[text]!) : plain;
        if (placed > 0) this.raise(group, this.fieldWeight[field]! * placed);
      }
    }
    return this.groupBest[group]!;
  }

  /** As keep, for a few records, scoring their groups as they come. */
  private keepScoring(within: Int32Array, matched: Int32Array): Int32Array {
    const counts = this.counts;
    let kept = 0;
    for (const doc of within) {
      let score = 0;
      for (let slot = 0; slot < SLOTS; slot++)
        score = Math.max(score, this.groupScore(this.docGroups[doc * SLOTS + slot]!));
      if (score > 0) {
        const sum = this.total[doc]! + score;
        this.total[doc] = sum;
        if (counts) counts[sum]!++;
        matched[kept++] = doc;
      } else this.total[doc] = 0;
    }
    return matched.subarray(0, kept);
  }

  /** How many records the touched groups reach, counted with repeats: what collect() would visit. */
  private reach(): number {
    let reach = 0;
    for (let i = 0; i < this.groupsTouchedCount; i++) {
      const group = this.groupsTouched[i]!;
      reach += this.groupFirst[group + 1]! - this.groupFirst[group]!;
    }
    return reach;
  }

  /** The first token's records when few: through the touched groups' record lists, then sorted. */
  private collect(into: Int32Array): Int32Array {
    let kept = 0;
    for (let i = 0; i < this.groupsTouchedCount; i++) {
      const group = this.groupsTouched[i]!;
      for (let at = this.groupFirst[group]!; at < this.groupFirst[group + 1]!; at++) {
        const doc = this.groupDocs[at]!;
        if (this.total[doc] !== 0) continue;
        const score = this.best(doc);
        this.total[doc] = score;
        if (this.counts) this.counts[score]!++;
        into[kept++] = doc;
      }
    }
    return into.subarray(0, kept).sort();
  }

  /** The token's best score for a record: the best of its groups'. */
  private best(doc: number): number {
    const groupBest = this.groupBest;
    const at = doc * SLOTS;
    let score = groupBest[this.docGroups[at]!]!;
    for (let slot = 1; slot < SLOTS; slot++) {
      const other = groupBest[this.docGroups[at + slot]!]!;
      if (other > score) score = other;
    }
    return score;
  }

  /** The records of `within` (or all) the token scores in, in order: its best over their groups. */
  private keep(within: Int32Array | null, matched: Int32Array): Int32Array {
    const count = within ? within.length : this.entries.length;
    const groupBest = this.groupBest;
    const docGroups = this.docGroups;
    const total = this.total;
    const counts = this.counts;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const doc = within === null ? i : within[i]!;
      const at = doc * SLOTS;
      let score = groupBest[docGroups[at]!]!;
      const sector = groupBest[docGroups[at + 1]!]!;
      const plan = groupBest[docGroups[at + 2]!]!;
      const own = groupBest[docGroups[at + 3]!]!;
      if (sector > score) score = sector;
      if (plan > score) score = plan;
      if (own > score) score = own;
      if (score > 0) {
        const sum = total[doc]! + score;
        total[doc] = sum;
        if (counts) counts[sum]!++;
        matched[kept++] = doc;
      } else if (within !== null) total[doc] = 0;
    }
    return matched.subarray(0, kept);
  }

  /**
   * Best first, then dataset order, top `limit` only; the records' totals cleared. Scores are whole half points and
   * `docs` ascend, so one count per score places every record (a counting sort: no comparison, however many match).
   */
  private ranked(docs: Int32Array, filters: SearchFilters, limit: number): SearchResult {
    const total = this.total;
    let passing = docs;
    // next[s]: where the next record scoring s goes; the higher scores come first.
    let next = this.counts;
    if (!next) {
      let count = 0;
      for (const doc of docs) {
        if (passesFilters(this.entries[doc]!, filters)) this.passing[count++] = doc;
        else total[doc] = 0;
      }
      passing = this.passing.subarray(0, count);
      next = new Int32Array(this.highest + 1);
      for (let i = 0; i < passing.length; i++) next[total[passing[i]!]!]!++;
    }
    const highest = next.length - 1;
    let placed = 0;
    for (let score = highest; score >= 0; score--) {
      const size = next[score]!;
      next[score] = placed;
      placed += size;
    }
    const count = Math.min(limit, passing.length);
    const hits: SearchHit[] = new Array<SearchHit>(count);
    for (let i = 0; i < passing.length; i++) {
      const doc = passing[i]!;
      const halves = total[doc]!;
      total[doc] = 0;
      const at = next[halves]!++;
      // Tenths, as the scores have always been shown (4.5, not 9 halves).
      if (at < count) hits[at] = { entry: this.entries[doc]!, score: (halves * (10 / HALVES)) / 10 };
    }
    return { hits, total: passing.length };
  }
}

/**
 * The reverse of a table of ids: for each value v < `size` of `table`, the positions (divided by `stride`) that
 * hold it, ascending — as first[v] .. first[v + 1] into the second array. Values ≥ `size` are left out.
 */
function invert(table: Int32Array, size: number, stride: number): [Int32Array, Int32Array] {
  const first = new Int32Array(size + 1);
  for (const value of table) if (value < size) first[value + 1]!++;
  for (let v = 0; v < size; v++) first[v + 1]! += first[v]!;
  const filled = first.slice(0, size);
  const positions = new Int32Array(first[size]!);
  for (let i = 0; i < table.length; i++) {
    const value = table[i]!;
    if (value < size) positions[filled[value]!++] = Math.floor(i / stride);
  }
  return [first, positions];
}

interface FieldSource {
  readonly raw: string;
  readonly weight: number;
  /** Names allow initials; quotes do not. */
  readonly initials: boolean;
}

/** The searchable fields of a record, with their weights (exported for the tests' reference search). */
export function fieldsOf(entry: Entry): FieldSource[] {
  const fields: FieldSource[] = [];
  forEachField(entry, (raw, weight, initials) => fields.push({ raw, weight, initials }));
  return fields;
}

/** Each searchable field of a record, with its weight, whether initials match it, and its group. */
function forEachField(
  entry: Entry,
  visit: (raw: string, weight: number, initials: boolean, slot: FieldSlot) => void,
): void {
  const r = entry.record;
  // Empty and absent fields are skipped (no closure per record: this runs for every record of a national dataset).
  if (entry.metricLabel) visit(entry.metricLabel, WEIGHT.metric, true, SLOT.metric);
  const leaf = r.sector.length - 1;
  for (let i = 0; i <= leaf; i++) {
    if (r.sector[i]) visit(r.sector[i]!, i === leaf ? WEIGHT.leaf : WEIGHT.sector, true, SLOT.sector);
  }
  if (entry.region.name) visit(entry.region.name, WEIGHT.region, true, SLOT.plan);
  for (const alias of entry.region.aliases) if (alias.length > 1) visit(alias, WEIGHT.region, false, SLOT.plan);
  if (r.subRegion) visit(r.subRegion, WEIGHT.subRegion, true, SLOT.own);
  if (entry.plan.title) visit(entry.plan.title, WEIGHT.plan, true, SLOT.plan);
  if (entry.plan.bundle) visit(entry.plan.bundle, WEIGHT.plan, false, SLOT.plan);
  if (r.quote) visit(r.quote, WEIGHT.quote, false, SLOT.own);
  if (r.unit) visit(r.unit, WEIGHT.minor, false, SLOT.metric);
  const kind = KIND_LABELS[r.kind].zh;
  if (kind) visit(kind, WEIGHT.minor, true, SLOT.metric);
}

/** localeCompare(…, "zh") builds a collator per call: one, built once, orders the same. */
const byName = new Intl.Collator("zh");

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
    metrics: [...metricCounts.entries()].sort((a, b) => b[1] - a[1] || byName.compare(a[0], b[0])).map(([m]) => m),
    kinds: (Object.keys(KIND_LABELS) as RecordKind[]).filter((k) => kinds.has(k)),
  };
}
