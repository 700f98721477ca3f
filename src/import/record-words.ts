/**
 * Reading what a person types into a table cell or a review field as record fields: numbers (1,200, full-width
 * digits, 45%), years (2025, 2025年, 每年), bound words and symbols (以上, ≥), kinds (目标, 上限 or the ids), yes/no;
 * and the parts of a record that follow from its words: the qualifier words for a bound and 力争 (what the
 * curation check compares), a growth rate's type and a change's operation read from its sentence.
 */
import { KIND_LABELS } from "../core/labels";
import type { PlanRecord } from "../core/schema";
import { BOUNDS, RECORD_KINDS, type Bound, type RecordKind } from "../core/vocabulary";
import {
  ASPIRATION_WORDS,
  BOUND_WORDS,
  boundOfWord,
  GROWTH_MULTIPLES,
  GROWTH_PHRASES,
  isAspirationWord,
  RELATIVE_PHRASES,
} from "../core/words";

/** Full-width digits, signs and separators as ASCII; spaces gone. */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
}

/** A number as typed: 350, 1,200, １２, -5, 45% (percent: true). Null when it is not one. */
export function readNumber(input: unknown): { value: number; percent: boolean } | null {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input, percent: false } : null;
  if (typeof input !== "string") return null;
  const text = fold(input);
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%?)$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]!.replaceAll(",", ""));
  return Number.isFinite(value) ? { value, percent: match[2] === "%" } : null;
}

/** A year as typed: 2025, 2025年, ２０２５; null for 每年 (a recurring figure); undefined when it is not a year. */
export function readYear(input: unknown): number | null | undefined {
  const text = typeof input === "number" ? String(input) : typeof input === "string" ? fold(input) : "";
  if (text === "每年" || text === "每年度") return null;
  const match = /^(\d{4})年?(?:\.0+)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1949 && year <= 2100 ? year : undefined;
}

/** The bound symbols people type beside the words. */
const BOUND_SYMBOLS: Readonly<Record<string, Bound>> = {
  "≥": "ge",
  ">=": "ge",
  ">": "gt",
  "≈": "approx",
  "~": "approx",
  "≤": "le",
  "<=": "le",
  "<": "lt",
  "=": "eq",
};

/** The words a bound cell or field offers, as the curation's word table spells them. */
export const BOUND_CHOICES: readonly string[] = ["达到", "以上", "超过", "突破", "左右", "约", "以内", "以下", "低于"];

/** The bound a typed word or symbol says (以上 → ge, ≥ → ge, empty → eq), with the word to keep; null if unknown. */
export function readBound(input: unknown): { bound: Bound; word: string | null } | null {
  const text = typeof input === "string" ? fold(input) : "";
  if (text === "") return { bound: "eq", word: null };
  if (BOUND_SYMBOLS[text]) return { bound: BOUND_SYMBOLS[text], word: null };
  if ((BOUNDS as readonly string[]).includes(text)) return { bound: text as Bound, word: null };
  const bound = boundOfWord(text);
  return bound === null ? null : { bound, word: bound === "eq" ? null : text };
}

/** A kind as typed: its Chinese or English label (目标, 上限, 增长率…) or its id; null if unknown. */
export function readKind(input: unknown): RecordKind | null {
  const text = typeof input === "string" ? input.trim() : "";
  if (text === "") return "target";
  for (const kind of RECORD_KINDS) {
    const label = KIND_LABELS[kind];
    if (text === kind || text === label.zh || text.toLowerCase() === label.en) return kind;
  }
  return null;
}

/** The kinds as a cell may name them, for messages and the template. */
export const KIND_CHOICES: readonly string[] = RECORD_KINDS.map((k) => KIND_LABELS[k].zh);

/** 是/否 as typed (力争 and 争取 count as yes); empty is no; null when it is neither. */
export function readYesNo(input: unknown): boolean | null {
  if (typeof input === "boolean") return input;
  const text = typeof input === "string" ? fold(input).toLowerCase() : typeof input === "number" ? String(input) : "";
  if (["", "否", "不", "no", "n", "false", "0", "×"].includes(text)) return false;
  if (["是", "力争", "争取", "yes", "y", "true", "1", "√", "✓"].includes(text)) return true;
  return null;
}

/**
 * The qualifier words of a record whose bound and 力争 are set: the softening words it had, the 力争/争取 its
 * sentence says (力争 when it says neither), and one word for a bound other than 达到 — the one typed, one it had,
 * one its sentence holds, or the table's first. What the curation check reads back as the same bound and 力争.
 */
export function qualifiersFor(
  quote: string,
  bound: Bound,
  aspiration: boolean,
  had: readonly string[] = [],
  typed: string | null = null,
): string[] {
  const kept = had.filter((w) => boundOfWord(w) === null && !isAspirationWord(w));
  const words: string[] = [];
  if (aspiration) words.push(ASPIRATION_WORDS.find((w) => quote.includes(w)) ?? ASPIRATION_WORDS[0]!);
  if (bound !== "eq") {
    const same = (w: string): boolean => boundOfWord(w) === bound;
    words.push(
      (typed !== null && same(typed) ? typed : null) ??
        had.find(same) ??
        BOUND_WORDS[bound].find((w) => quote.includes(w)) ??
        BOUND_WORDS[bound][0]!,
    );
  }
  return [...words, ...kept];
}

/** A growth rate's type from its sentence: 年均 annual_avg, 复合 cagr, 同比 yoy, 倍增 multiple, else cumulative. */
export function growthOf(quote: string): NonNullable<PlanRecord["growth"]> {
  if (GROWTH_MULTIPLES.some((m) => quote.includes(m.word)) || /\d倍/.test(quote)) return { type: "multiple" };
  const phrase = GROWTH_PHRASES.find((p) => p.words.some((w) => quote.includes(w)));
  return { type: phrase?.type ?? "cumulative" };
}

/** A change's operation from its sentence (下降13%, 提高2个百分点) and its reference year (较2020年). */
export function relativeOf(quote: string, unit: string): NonNullable<PlanRecord["relative"]> {
  const points = unit.includes("百分点");
  const phrase = RELATIVE_PHRASES.find((p) => p.points === points && p.words.some((w) => quote.includes(w)));
  const op = /\d倍/.test(quote) ? "multiple" : (phrase?.op ?? (points ? "increase_pp" : "increase_pct"));
  const reference = /(?:较|比|相比|相较)(\d{4})年/.exec(fold(quote));
  return { op, refYear: reference ? Number(reference[1]) : null };
}
