/**
 * The figures of a line: numbers with a unit (350亿元, 2-3个, 1.3—1.25), magnitudes written as words (千亿级,
 * 百万吨), doublings (倍增, 翻一番), ratios (1.25:1) and all-or-nothing words (全覆盖 = 100%). What is not a quantity
 * is skipped by rule: the spans of skip.ts, years (2025年), outline numbers, names with letters (5G, IPv6, HFC-125,
 * T800), time spans (三年内, 5年来), 725所-style names and numbers without a unit (尼龙66).
 */
import { lookupUnit } from "../core/units";
import {
  ALL_OR_NOTHING_WORDS,
  CHINESE_DIGITS,
  COUNT_LEADS,
  FIGURE_VERBS,
  GROWTH_MULTIPLES,
  PROGRAMME_WORDS,
  TIME_SPAN_LEADS,
  TIME_SPAN_TAILS,
} from "../core/words";
import { prefixOf, suffixOf } from "./lexicon";
import { skipped, type SkipMask } from "./skip";
import { unitEnd } from "./unit-scan";

export type FigureForm = "number" | "magnitude" | "multiple" | "ratio" | "whole";

export interface Figure {
  readonly form: FigureForm;
  /** The value as written: digits, a range, or words (千亿级, 倍增, 全覆盖). UTF-16 offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax: number | null;
  /** The unit as written (亿, 万吨, 台（套）), or implied by the form (% for 全覆盖, 倍 for 倍增 and 1.25:1). */
  readonly unit: string;
  /** Offset after everything the figure is made of (its unit, 级). */
  readonly after: number;
  /** 多 or 余 between the number and its unit (1万多户, 100余家). */
  readonly more: string | null;
  /** What 全覆盖-style words measure (覆盖率, 淘汰比例); null for other forms. */
  readonly wholeMetric: string | null;
}

const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t]/;
const RANGE_SEPARATORS = "-—~至";
/** Only these may stand before 所 as a count (3所高校); 725所 is a name. */
const SUO_LEADS = [...COUNT_LEADS, ...FIGURE_VERBS];

function parseNumber(folded: string, original: string, at: number): { value: number; end: number } | null {
  let end = at;
  while (DIGIT.test(folded[end] ?? "")) end++;
  // Thousands separators only when written as ASCII commas with groups of three: 1,500; never 1，5 or 1,4-丁二醇.
  while (original[end] === "," && /^\d{3}(?!\d)/.test(folded.slice(end + 1, end + 5))) end += 4;
  if (folded[end] === "." && DIGIT.test(folded[end + 1] ?? "")) {
    end++;
    while (DIGIT.test(folded[end] ?? "")) end++;
  }
  if (end === at) return null;
  const value = Number(folded.slice(at, end).replace(/,/g, ""));
  return Number.isFinite(value) ? { value, end } : null;
}

function skipSpaces(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && i < at + 2 && SPACE.test(folded[i]!)) i++;
  return i;
}

function isYear(text: string, value: number): boolean {
  return /^\d{4}$/.test(text) && value >= 1900 && value <= 2100;
}

/** A number followed by a unit, a range, a ratio; null when the number is not a quantity. */
function numberFigure(folded: string, original: string, start: number): Figure | null {
  const first = parseNumber(folded, original, start);
  if (!first) return null;
  const before = folded[start - 1] ?? "";
  // Names: 5G, 3D, IPv6, B2, R410, HFC-125, Wi-Fi6.
  if (LATIN.test(before) || (/[-_]/.test(before) && LATIN.test(folded[start - 2] ?? ""))) return null;
  const text = folded.slice(start, first.end);
  if (isYear(text, first.value) && /^[年版]/.test(folded.slice(first.end))) return null;
  if (folded[first.end] === "月" || before === "月") return null;
  const next = folded[skipSpaces(folded, first.end)] ?? "";
  const previous = folded.slice(0, start).trimEnd().slice(-1);
  if (next === "+" || previous === "+") return null;
  // 1.25:1 — a replacement ratio.
  if (folded[first.end] === ":" && folded[first.end + 1] === "1" && !DIGIT.test(folded[first.end + 2] ?? "")) {
    return figure("ratio", start, first.end, first.value, null, "倍", first.end + 2, null);
  }
  let end = first.end;
  let value = first.value;
  let valueMax: number | null = null;
  // A range: 2-3个, 1—2户, 1.3—1.25, 500亿—1000亿.
  const unit1End = unitEnd(original, folded, end);
  const separator = skipSpaces(folded, unit1End);
  if (RANGE_SEPARATORS.includes(folded[separator] ?? "x")) {
    const secondAt = skipSpaces(folded, separator + 1);
    const second = DIGIT.test(folded[secondAt] ?? "") ? parseNumber(folded, original, secondAt) : null;
    if (second && !isYear(text, first.value)) {
      const unit2End = unitEnd(original, folded, second.end);
      const unit1 = folded.slice(end, unit1End);
      if ((unit1 === "" || unit1 === folded.slice(second.end, unit2End)) && second.value !== first.value) {
        value = Math.min(first.value, second.value);
        valueMax = Math.max(first.value, second.value);
        end = second.end;
      }
    }
  }
  // 1万多户, 100余家: 多/余 between the number and the unit.
  let unitAt = skipSpaces(folded, end);
  let more: string | null = null;
  let unit = "";
  let after = unitAt;
  if ("万亿".includes(folded[unitAt] ?? "x") && "多余".includes(folded[unitAt + 1] ?? "x")) {
    const restEnd = unitEnd(original, folded, unitAt + 2);
    const composite = original[unitAt]! + original.slice(unitAt + 2, restEnd);
    if (restEnd > unitAt + 2 && lookupUnit(composite)) {
      more = folded[unitAt + 1]!;
      unit = composite;
      after = restEnd;
    }
  } else {
    if ("多余".includes(folded[unitAt] ?? "x") && unitEnd(original, folded, unitAt + 1) > unitAt + 1) {
      more = folded[unitAt]!;
      unitAt++;
    }
    after = unitEnd(original, folded, unitAt);
    unit = original.slice(unitAt, after);
  }
  // 数据中心PUE值降至1.25: an indicator that is its own unit, named before the number.
  if (unit === "") unit = namedUnitBefore(folded, start) ?? "";
  if (unit === "") return null;
  const info = lookupUnit(unit);
  if (!info) return null;
  // Time spans (三年内 is a year phrase; 5年来, 3个月) are not figures; 连续5年 (a policy's duration) is.
  const tail = folded.slice(after, after + 4);
  if (info.canonical === "年" || info.canonical === "天") {
    const lead = folded.slice(Math.max(0, start - 2), start);
    if (prefixOf(tail, TIME_SPAN_TAILS) !== null || suffixOf(lead, TIME_SPAN_LEADS) !== null) {
      return null;
    }
  }
  if (info.canonical === "个" && folded[after] === "月") return null;
  if (info.canonical === "所" && suffixOf(folded.slice(Math.max(0, start - 4), start), SUO_LEADS) === null) return null;
  return figure("number", start, end, value, valueMax, unit, after, more);
}

function namedUnitBefore(folded: string, at: number): string | null {
  const match = /([A-Za-z]+)值?[^A-Za-z\d,;:。]{0,6}$/.exec(folded.slice(Math.max(0, at - 14), at));
  return match && lookupUnit(match[1]!)?.dimension === "specific" ? match[1]! : null;
}

function figure(
  form: FigureForm,
  start: number,
  end: number,
  value: number,
  valueMax: number | null,
  unit: string,
  after: number,
  more: string | null,
  wholeMetric: string | null = null,
): Figure {
  return { form, start, end, value, valueMax, unit, after, more, wholeMetric };
}

const PLACE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDE = /([一二两三四五六七八九])?([十百千])?(万亿|亿|万)/g;

/** 千亿级, 五百亿级, 百亿, 百万吨级, 万亿级, 千亿以上: a magnitude written in words. */
function magnitudeFigures(folded: string, original: string, skip: SkipMask): Figure[] {
  const found: Figure[] = [];
  for (const match of folded.matchAll(MAGNITUDE)) {
    const [, numeral, place, big] = match;
    if (place === undefined && big !== "万亿") continue;
    if (/[\d.一二两三四五六七八九十百千万亿数几]/.test(folded[match.index - 1] ?? "")) continue;
    if (skipped(skip, match.index)) continue;
    const bigAt = match.index + match[0].length - big!.length;
    const end = unitEnd(original, folded, bigAt);
    if (end === bigAt) continue;
    const unit = original.slice(bigAt, end);
    const info = lookupUnit(unit);
    if (!info) continue;
    const ji = folded[end] === "級" || folded[end] === "级";
    const above = folded.startsWith("以上", end);
    const amount = info.dimension !== "count" && info.dimension !== "ratio";
    if (!ji && !above && !amount) continue;
    if (!ji && info.dimension === "count") continue;
    const value = (numeral ? CHINESE_DIGITS[numeral]! : 1) * (place ? PLACE[place]! : 1);
    const after = ji ? end + 1 : end;
    found.push(figure("magnitude", match.index, after, value, null, unit, after, null));
  }
  return found;
}

function wordFigures(folded: string, skip: SkipMask): Figure[] {
  const found: Figure[] = [];
  for (const { word, factor } of GROWTH_MULTIPLES) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (skipped(skip, at) || prefixOf(folded, PROGRAMME_WORDS, end) !== null) continue;
      found.push(figure("multiple", at, end, factor, null, "倍", end, null));
    }
  }
  for (const { word, metric } of ALL_OR_NOTHING_WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      if (skipped(skip, at)) continue;
      const end = at + word.length;
      found.push(figure("whole", at, end, 100, null, "%", end, null, metric));
    }
  }
  return found;
}

/** Every figure of a line, in order, from `from` on (numbers before `from` are outline numbering). */
export function findFigures(folded: string, original: string, from: number, skip: SkipMask): Figure[] {
  const found: Figure[] = [];
  for (let i = from; i < folded.length; i++) {
    if (!DIGIT.test(folded[i]!) || DIGIT.test(folded[i - 1] ?? "") || folded[i - 1] === ".") continue;
    if (skipped(skip, i)) {
      while (DIGIT.test(folded[i + 1] ?? "")) i++;
      continue;
    }
    const figure = numberFigure(folded, original, i);
    if (figure) {
      found.push(figure);
      i = Math.max(i, figure.end - 1);
    } else {
      while (i + 1 < folded.length && /[\d.,]/.test(folded[i + 1]!)) i++;
    }
  }
  for (const figure of [...magnitudeFigures(folded, original, skip), ...wordFigures(folded, skip)]) {
    if (figure.start >= from) found.push(figure);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps keep the first, longest reading (全面覆盖 over 全覆盖 is not possible; 千亿 inside 1.3万亿 is skipped above).
  const kept: Figure[] = [];
  for (const figure of found) {
    const last = kept[kept.length - 1];
    if (last && figure.start < last.end) continue;
    kept.push(figure);
  }
  return kept;
}
