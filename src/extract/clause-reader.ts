/**
 * One clause's figures, read together: the words before each (its lead), the thing named after each (its object),
 * the threshold that belongs to a count (培育5家超10亿元企业), a bounded size that filters a later figure
 * (30000KVA以上矿热炉…达到100%), and how a list of subjects meets a list of figures (分别, 均; 产能40万吨以上、
 * 20万吨以上). Every look-around is bounded, so a clause of any length is read in linear time.
 */
import type { EntityFilter } from "../core/schema";
import { lookupUnit, type UnitInfo } from "../core/units";
import {
  BOUND_WORDS,
  ENTITY_COUNT_UNITS,
  FIGURE_VERBS,
  LEVEL_VERBS,
  LIST_JOINERS,
  PREDICATE_VERBS,
  SCOPE_WORDS,
  THRESHOLD_MEASURES,
  TRAILING_BOUND_WORDS,
  VAGUE_QUANTITIES,
  boundOfWord,
} from "../core/words";
import { boundAfter, boundBefore, readBound } from "./bounds";
import type { Clause, Span } from "./clauses";
import type { Figure } from "./figures";
import { readLead, type Lead } from "./lead";
import { containsAny, lastOf, prefixOf, stripPrefixes, stripSuffixes } from "./lexicon";
import { lastBefore, type YearMention } from "./years";

/** How far before a figure its words are read, and after it the thing it names. */
export const LEAD_WINDOW = 40;
const TAIL_WINDOW = 24;
const QUOTE_WINDOW = 80;
/** How many later figures a bounded size may filter (电石、铁合金行业30000KVA以上…分别达到100%、60%以上). */
const MODIFIER_REACH = 4;

export interface Reading {
  readonly figure: Figure;
  /** The lead that applies: the figure's own, or the list's shared one with this figure's subject or metric. */
  readonly lead: Lead;
  readonly leadText: string;
  readonly object: string;
  readonly quote: Span;
  readonly filter: EntityFilter | null;
}

const OBJECT_STRIP = [...TRAILING_BOUND_WORDS, ...FIGURE_VERBS];
/** Words between a count and its threshold that are not the thing counted (企业产值达到 → 企业). */
const THRESHOLD_WORDS = [...THRESHOLD_MEASURES, ...LEVEL_VERBS, ...BOUND_WORDS.gt];
/** Where the thing named after a figure ends: 和/及 before the next figure or 一批, 、 before the next, 等. */
const OBJECT_END = new RegExp(
  `(?:${LIST_JOINERS.join("|")})(?=\\d|${VAGUE_QUANTITIES.join("|")}|$)|、(?=\\d)|等(?:项目|$)`,
);
/** A thing named right after a figure starts with a character or a Latin letter (80万吨超纯…, 2GW高效…). */
export const PRODUCT_START = /^[\u4e00-\u9fffA-Za-z“"]/;

const UNITS = new Map<string, UnitInfo | undefined>();

/** The unit table's reading of a spelling, remembered (a text repeats the same few units). */
export function unitOf(unit: string): UnitInfo | undefined {
  if (!UNITS.has(unit)) UNITS.set(unit, lookupUnit(unit));
  return UNITS.get(unit);
}

export function canonical(unit: string): string {
  return unitOf(unit)?.canonical ?? unit;
}

/** A count of organisations, places or actions (5家, 30户, 10个), not of products (辆, 台). */
export function isEntityCount(figure: Figure): boolean {
  return figure.form === "number" && ENTITY_COUNT_UNITS.includes(canonical(figure.unit).replace(/^[万亿]/, ""));
}

export function isMoney(figure: Figure): boolean {
  return unitOf(figure.unit)?.dimension === "money";
}

/** Offset after a figure and its trailing bound word (以上, 左右). */
function figureEnd(folded: string, figure: Figure): number {
  return figure.after + (boundAfter(folded, figure)?.length ?? 0);
}

/**
 * The name of a counted thing: 具有国际竞争力、品牌影响力的龙头企业 → 龙头企业; 新材料领域重点实验室 → 重点实验室;
 * 化工园区开展新一轮评估 → 化工园区.
 */
export function countedName(text: string): string {
  let name = text
    .replace(/\([^()]*\)/g, "")
    .replace(/\(.*$/, "")
    .trim();
  if (name.includes("的")) name = name.slice(name.lastIndexOf("的") + 1);
  name = stripPrefixes(name, SCOPE_WORDS);
  const industry = /^[^、]{2,}?(?:领域|行业|加工业|制造业)(?!级)(?=.{3,})/.exec(name);
  if (industry) name = name.slice(industry[0].length);
  for (let i = 2; i < name.length; i++) {
    if (prefixOf(name, PREDICATE_VERBS, i) !== null) {
      name = name.slice(0, i);
      break;
    }
  }
  return name.replace(/^[“"]|[”"]$/g, "").trim();
}

/** The thing named right after a figure, up to `limit`: 培育30户…龙头企业 → 龙头企业; 推动80万吨X项目 → X项目. */
export function objectAfter(folded: string, figure: Figure, limit: number): string {
  const start = figureEnd(folded, figure);
  let text = folded.slice(start, Math.min(limit, start + TAIL_WINDOW));
  text = text.split(/[,;:。]/)[0]!.replace(/[、\s]+$/, "");
  const cut = OBJECT_END.exec(text);
  if (cut) text = text.slice(0, cut.index);
  return countedName(stripPrefixes(text.trim(), OBJECT_STRIP));
}

export function filterOf(folded: string, amount: Figure, measure: string, words: string): EntityFilter {
  // A threshold's own word decides (超百亿元 is > 100亿元); 达到 and a class (千亿级) mean at least.
  const said = [boundBefore(words), boundAfter(folded, amount)].map((w) => (w ? boundOfWord(w) : null));
  const bound = said.find((b) => b !== null) ?? readBound(amount, null, null).bound;
  const op: EntityFilter["op"] =
    amount.valueMax !== null ? "range" : bound === "gt" ? "gt" : bound === "approx" ? "approx" : "ge";
  return { measure, op, value: amount.value, valueMax: amount.valueMax, unit: canonical(amount.unit) };
}

/** A lead that names nothing and says nothing: the second figure of 产能40万吨以上、20万吨以上. */
export function isBare(lead: Lead): boolean {
  return (
    lead.subject === "" && lead.metric === null && lead.metrics.length === 0 && lead.counted === null && !lead.verb
  );
}

function trimmedSpan(raw: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s\u3000,，:：;；、。—]/.test(raw[s]!)) s++;
  while (e > s && /[\s\u3000,，:：;；、]/.test(raw[e - 1]!)) e--;
  return { start: s, end: e };
}

function quoteSpan(raw: string, span: Span, figure: Figure): Span {
  let start = span.start;
  let end = Math.max(span.end, figure.after);
  if (end - start > QUOTE_WINDOW) {
    start = Math.max(start, figure.start - QUOTE_WINDOW / 2);
    end = Math.min(end, figure.after + QUOTE_WINDOW / 2);
  }
  return trimmedSpan(raw, start, end);
}

/** The words before each figure: from the previous figure (or the clause start), after any year phrase. */
function leadTexts(
  folded: string,
  clause: Clause,
  figures: readonly Figure[],
  years: readonly YearMention[],
): string[] {
  return figures.map((figure, i) => {
    const previous = figures[i - 1];
    const from = previous ? figureEnd(folded, previous) : clause.start;
    const start = Math.max(from, figure.start - LEAD_WINDOW);
    const lastYear = lastBefore(years, figure.start);
    const text = folded.slice(lastYear && lastYear.end > start ? lastYear.end : start, figure.start);
    if (!previous) return text;
    // 22条重点任务和6项工程: words ending in 和 name the figure before; after 、 a new item begins.
    if (/(?:和|及|与|以及|、)\s*$/.test(text)) return "";
    return text.slice(text.lastIndexOf("、") + 1);
  });
}

/** The item (、-separated part of the clause) each figure stands in. */
function itemsOf(clause: Clause, figures: readonly Figure[]): Span[] {
  let k = 0;
  return figures.map((figure) => {
    while (k < clause.items.length - 1 && clause.items[k]!.end < figure.start) k++;
    return clause.items[k] ?? clause;
  });
}

/** The words before a threshold that name its measure (产值, 营业收入); 规模 for a class (千亿级), else 产值. */
function measureOf(words: string, amount: Figure): string {
  return lastOf(words, THRESHOLD_MEASURES)?.word ?? (amount.form === "magnitude" ? "规模" : "产值");
}

/**
 * A clause that only states a threshold for the counts of the clause before (分别培育5户、2户企业，产值达到10亿元):
 * its filter, or null.
 */
export function thresholdClause(
  folded: string,
  clause: Clause,
  figures: readonly Figure[],
  years: readonly YearMention[],
): EntityFilter | null {
  if (figures.length !== 1 || !isMoney(figures[0]!)) return null;
  const text = leadTexts(folded, clause, figures, years)[0]!;
  const lead = readLead(text);
  if (lead.subject !== "" || lead.metric === null || !THRESHOLD_MEASURES.includes(lead.metric)) return null;
  return filterOf(folded, figures[0]!, lead.metric, text);
}

export function readClause(
  folded: string,
  raw: string,
  clause: Clause,
  figures: readonly Figure[],
  years: readonly YearMention[],
): Reading[] {
  const n = figures.length;
  const texts = leadTexts(folded, clause, figures, years);
  const leads = texts.map((text) => readLead(text));
  const items = itemsOf(clause, figures);
  const live = figures.map(() => true);
  const filters: Array<EntityFilter | null> = figures.map(() => null);
  const amountOf: Array<Figure | null> = figures.map(() => null);

  // Counts with a threshold in the same item: 培育5家超10亿元加工企业, 产值超10亿元企业5家, 1个千亿级集群.
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && items[j] === items[i]) j++;
    const inItem = figures.slice(i, j).map((figure, k) => ({ figure, index: i + k }));
    const counts = inItem.filter(({ figure }) => isEntityCount(figure));
    const amounts = inItem.filter(
      ({ figure }) => (isMoney(figure) || figure.form === "magnitude") && !isEntityCount(figure),
    );
    if (counts.length === 1 && amounts.length === 1) {
      const count = counts[0]!;
      const amount = amounts[0]!;
      const from = count.figure.start < amount.figure.start ? count.figure.after : items[i]!.start;
      const words = folded.slice(Math.max(from, amount.figure.start - LEAD_WINDOW), amount.figure.start);
      filters[count.index] = filterOf(folded, amount.figure, measureOf(words, amount.figure), words);
      amountOf[count.index] = amount.figure;
      live[amount.index] = false;
    }
    i = j;
  }

  // A bounded size before a subject whose figure comes later: 电石行业30000KVA以上矿热炉出炉环节“机器换人”达到100%.
  for (let i = 0; i < n; i++) {
    const modifier = figures[i]!;
    if (!live[i] || modifier.form !== "number" || isEntityCount(modifier)) continue;
    const after = boundAfter(folded, modifier);
    if (after !== "以上" && after !== "及以上") continue;
    const nounAt = modifier.after + after.length;
    if (!PRODUCT_START.test(folded[nounAt] ?? "")) continue;
    const later: number[] = [];
    for (let j = i + 1; j < n && later.length < MODIFIER_REACH; j++) if (live[j]) later.push(j);
    if (later.length === 0) continue;
    const between = folded.slice(nounAt, Math.min(figures[later[0]!]!.start, nounAt + LEAD_WINDOW));
    const dimension = unitOf(modifier.unit)?.dimension;
    if (!containsAny(between, LEVEL_VERBS)) continue;
    if (later.some((j) => unitOf(figures[j]!.unit)?.dimension === dimension)) continue;
    const measure = between.replace(/[^\u4e00-\u9fff]/g, "").slice(0, 4) || "规格";
    const filter: EntityFilter = {
      measure,
      op: "ge",
      value: modifier.value,
      valueMax: null,
      unit: canonical(modifier.unit),
    };
    for (const j of later) filters[j] = filter;
    live[i] = false;
  }

  // The thing named after each figure; a list's figures share the last one's (分别培育5户、2户企业).
  const nextLive: number[] = new Array<number>(n);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextLive[i] = next;
    if (live[i]) next = i;
  }
  const rawObjects = figures.map((figure, i) => {
    const next = nextLive[i]!;
    const limit = next >= 0 ? figures[next]!.start : clause.end;
    const amount = amountOf[i];
    if (amount && amount.start > figure.start) {
      // 培育1户企业产值达到200亿元: the thing counted stands before the threshold, or after it (产值超10亿元企业).
      const between = stripSuffixes(objectAfter(folded, figure, amount.start), THRESHOLD_WORDS);
      return between || objectAfter(folded, amount, limit);
    }
    return objectAfter(folded, figure, limit);
  });
  const objects = [...rawObjects];
  for (let i = n - 2; i >= 0; i--) if (objects[i] === "") objects[i] = objects[i + 1]!;

  // A bare figure continues a list of values (产能40万吨以上、20万吨以上) when the one before names no thing of its
  // own; after 风电整机、 (a thing named) the next figure is an item of its own.
  const firstLead = leads.findIndex((lead, i) => live[i]! && !isBare(lead));
  const shared = firstLead >= 0 ? leads[firstLead]! : null;
  const position = new Map<number, number>();
  let previousLive = -1;
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    if (i === firstLead) position.set(i, position.size);
    else if (
      firstLead >= 0 &&
      i > firstLead &&
      previousLive >= 0 &&
      isBare(leads[i]!) &&
      rawObjects[previousLive] === ""
    ) {
      position.set(i, position.size);
    }
    previousLive = i;
  }
  const group = position.size;

  const readings: Reading[] = [];
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const figure = figures[i]!;
    const k = position.get(i);
    const borrowed = k !== undefined && i !== firstLead && shared !== null;
    const lead = borrowed ? shared : leads[i]!;
    let subject = lead.subject;
    let metric = lead.metric;
    if (k !== undefined && group > 1 && lead.subjects.length === group) subject = lead.subjects[k]!;
    if (k !== undefined && group > 1 && lead.metrics.length === group) metric = lead.metrics[k]!;
    else if (lead.metrics.length > 1) metric = lead.metrics.join("、");
    // 均达到100%: one figure for every subject (or metric) of the list.
    const fanOut =
      lead.each && group === 1 && (lead.subjects.length > 1 || lead.metrics.length > 1)
        ? lead.subjects.length > 1
          ? lead.subjects.map((s) => ({ subject: s, metric }))
          : lead.metrics.map((m) => ({ subject, metric: m }))
        : [{ subject, metric }];
    const paired = group > 1 && k !== undefined && (lead.subjects.length > 1 || lead.metrics.length > 1);
    const whole = borrowed || paired || fanOut.length > 1 || n === 1;
    const quote = quoteSpan(raw, whole ? clause : items[i]!, figure);
    for (const reading of fanOut) {
      readings.push({
        figure,
        lead: { ...lead, subject: reading.subject, metric: reading.metric },
        leadText: texts[i]!,
        object: objects[i]!,
        quote,
        filter: filters[i]!,
      });
    }
  }
  return readings;
}
