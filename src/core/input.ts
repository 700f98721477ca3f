/**
 * Coercion of what a sheet cell or a command line holds into the numbers, years and names the core takes.
 * Shared by the Excel functions and the CLI so both accept the same things:
 * 350, "350", "３５０", " 1,200 ", "8%", "2025年", "2025年底".
 */
import { fail, map, ok, type Result } from "./errors";
import { KIND_LABELS, YEAR_BASIS_LABELS } from "./labels";
import type { Bilingual } from "./locale";
import { sheetScale, type UnitInfo } from "./units";
import { EVERY_YEAR, RECORD_KINDS, type RecordKind, type YearAsked } from "./vocabulary";

/** An argument's name, as messages say it: 年份 / The year. */
export type ArgumentName = Bilingual;

function shown(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value that stands for "not given": null, undefined, "" (an empty cell or an omitted optional argument). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // A CJK ideograph or visible ASCII stays itself under NFKC: such text is not blank (the common case, no NFKC).
  return !VISIBLE.test(value) && value.normalize("NFKC").trim() === "";
}

const VISIBLE = /[\u0021-\u007e\u4e00-\u9fff]/;

/**
 * A decimal number with an optional exponent and percent sign. Each part has one way to match (the digits
 * before the point cannot also be taken by the digits after it), so a long non-number fails in linear time:
 * `"1".repeat(32766) + "x"` is refused in about 0.1 ms, not the quadratic half second of `\d+\.?\d*`.
 */
const NUMBER_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(%?)$/i;

/** A number from a number or numeric text; "8%" → 0.08. Booleans, NaN and ±Infinity are refused. */
export function toNumber(value: unknown, arg: ArgumentName): Result<number> {
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { arg });
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok(value) : fail("NOT_A_NUMBER", { arg, input: String(value) });
  }
  if (typeof value !== "string") return fail("NOT_A_NUMBER", { arg, input: shown(value) });
  const text = value.normalize("NFKC").replace(/[\s,]/g, "");
  const match = NUMBER_TEXT.exec(text);
  if (!match) return fail("NOT_A_NUMBER", { arg, input: value });
  const number = Number(match[1]) / (match[2] ? 100 : 1);
  return Number.isFinite(number) ? ok(number) : fail("NOT_A_NUMBER", { arg, input: value });
}

/** Text written with a percent sign: "8%", "８％", " 35 % ". */
function hasPercentSign(value: unknown): boolean {
  return typeof value === "string" && value.normalize("NFKC").replace(/[\s,]/g, "").endsWith("%");
}

/** Noise of binary fractions gone: 0.29 / 0.01 is 29, not 28.999999999999996. */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * A fraction as people and Excel write it: 0.08, or "8%" (text with the sign). A bare number above 1 (8, "8") is
 * refused with both ways to write it: it could mean 8 % or 800 %, and no guess is right for everyone.
 */
function toFraction(
  value: unknown,
  arg: ArgumentName,
  code: "RATE_WITHOUT_PERCENT_SIGN" | "SHARE_WITHOUT_PERCENT_SIGN",
): Result<number> {
  const number = toNumber(value, arg);
  if (!number.ok || hasPercentSign(value) || Math.abs(number.value) <= 1) return number;
  const written = typeof value === "string" ? value.normalize("NFKC").trim() : String(value);
  return fail(code, { arg, input: shown(value), percent: `${written}%`, fraction: String(clean(number.value / 100)) });
}

/**
 * The rate rule, one for cells, the command line and the library: a growth rate is 0.08 or "8%"; 8 is refused
 * (`增长率“8”应写作8%或0.08`) rather than read as 800 %.
 */
export function toRate(value: unknown, arg: ArgumentName): Result<number> {
  return toFraction(value, arg, "RATE_WITHOUT_PERCENT_SIGN");
}

/**
 * The share rule: a percentage as Excel holds it, 0.35 or "35%" (both 35 %); a bare 35 is refused
 * (`该指标以%计，当前值“35”应写作35%或0.35`). Returns the fraction.
 */
export function toShare(value: unknown, arg: ArgumentName): Result<number> {
  return toFraction(value, arg, "SHARE_WITHOUT_PERCENT_SIGN");
}

/**
 * A value in a metric's unit (a current value, a base), returned as the plan writes that unit: for a percentage
 * metric the share rule (0.35 or "35%" → 35), for any other the number as typed (350 亿元 → 350).
 */
export function toAmount(value: unknown, unit: UnitInfo, arg: ArgumentName): Result<number> {
  const scale = sheetScale(unit);
  if (scale === 1) return toNumber(value, arg);
  return map(toShare(value, arg), (fraction) => clean(fraction / scale));
}

/** An optional value in a metric's unit: blank → null. */
export function toOptionalAmount(value: unknown, unit: UnitInfo, arg: ArgumentName): Result<number | null> {
  return isBlank(value) ? ok(null) : toAmount(value, unit, arg);
}

/** An optional number: blank → null. */
export function toOptionalNumber(value: unknown, arg: ArgumentName): Result<number | null> {
  return isBlank(value) ? ok(null) : toNumber(value, arg);
}

/** A calendar year: 2025, "2025", "2025年", "２０２５年底". */
export function toYear(value: unknown, arg: ArgumentName): Result<number> {
  // A whole number of the years taken reads as itself (what the text rule below gives it), with no text made.
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200) return ok(value);
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { arg });
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.normalize("NFKC").trim() : null;
  const match = text === null ? null : /^(\d{4})(?:\.0+)?(?:年(?:底|末)?)?$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  if (!(year >= 1900 && year <= 2200)) return fail("NOT_A_YEAR", { arg, input: shown(value) });
  return ok(year);
}

/** An optional year: blank → null. */
export function toOptionalYear(value: unknown, arg: ArgumentName): Result<number | null> {
  return isBlank(value) ? ok(null) : toYear(value, arg);
}

/**
 * The year of a lookup: blank → null (the plan's end year), a year, or 每年 / "every year" — the word a table of
 * targets shows for a recurring figure, so what was read can be typed back.
 */
export function toLookupYear(value: unknown, arg: ArgumentName): Result<YearAsked> {
  if (isBlank(value)) return ok(null);
  if (value === EVERY_YEAR) return ok(EVERY_YEAR);
  if (typeof value === "string") {
    const text = value.normalize("NFKC").trim().toLowerCase();
    if (text === YEAR_BASIS_LABELS.recurring.zh || text === YEAR_BASIS_LABELS.recurring.en) return ok(EVERY_YEAR);
  }
  const year = toYear(value, arg);
  return year.ok ? year : fail("NOT_A_LOOKUP_YEAR", { arg, input: shown(value) });
}

/** A name: text, or a number written as text (a plan id typed as 4 becomes "4"). */
export function toText(value: unknown, arg: ArgumentName): Result<string> {
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { arg });
  if (typeof value === "string") return ok(value.trim());
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  return fail("NOT_TEXT", { arg, input: shown(value) });
}

export function toOptionalText(value: unknown, arg: ArgumentName): Result<string | null> {
  return isBlank(value) ? ok(null) : toText(value, arg);
}

/** The kind a word names: its id (target) or its label (目标, target). */
export function kindNamed(word: string): RecordKind | null {
  const key = word.normalize("NFKC").trim().toLowerCase();
  return (
    RECORD_KINDS.find((kind) => kind === key || KIND_LABELS[kind].zh === key || KIND_LABELS[kind].en === key) ?? null
  );
}

/** Kinds of record: blank → any; a word or a list of words, each an id (cap) or a label (上限). */
export function toKinds(value: unknown, arg: ArgumentName): Result<RecordKind[] | null> {
  if (isBlank(value)) return ok(null);
  const words: unknown[] = Array.isArray(value) ? value : [value];
  const kinds: RecordKind[] = [];
  for (const word of words) {
    const text = toText(word, arg);
    if (!text.ok) return text;
    const kind = kindNamed(text.value);
    if (kind === null) {
      return fail("UNKNOWN_KIND", {
        input: text.value,
        kinds: RECORD_KINDS.map((k) => KIND_LABELS[k]),
        ids: RECORD_KINDS,
      });
    }
    kinds.push(kind);
  }
  return ok(kinds);
}

/** An object of named arguments (a filter): blank → {}; anything else that is not a plain object is refused. */
export function toOptions(value: unknown, arg: ArgumentName, example: string): Result<Record<string, unknown>> {
  if (value === null || value === undefined) return ok({});
  if (typeof value !== "object" || Array.isArray(value))
    return fail("NOT_AN_OBJECT", { arg, input: shown(value), example });
  return ok(value as Record<string, unknown>);
}

/** The argument names of the public API, in one place for messages. */
export const ARG = {
  region: { zh: "地区", en: "The region" },
  sector: { zh: "行业", en: "The sector" },
  metric: { zh: "指标", en: "The metric" },
  year: { zh: "年份", en: "The year" },
  plan: { zh: "规划", en: "The plan" },
  kind: { zh: "类型", en: "The kind" },
  start: { zh: "起始值", en: "The start value" },
  end: { zh: "终止值", en: "The end value" },
  years: { zh: "年数", en: "The number of years" },
  current: { zh: "当前值", en: "The current value" },
  currentYear: { zh: "当前年份", en: "The current year" },
  value: { zh: "数值", en: "The value" },
  rate: { zh: "增长率", en: "The growth rate" },
  target: { zh: "目标值", en: "The target" },
  base: { zh: "基期值", en: "The baseline" },
  baseYear: { zh: "基期年份", en: "The base year" },
  fromUnit: { zh: "原单位", en: "The source unit" },
  toUnit: { zh: "目标单位", en: "The target unit" },
  id: { zh: "记录编号", en: "The record id" },
  filter: { zh: "筛选条件", en: "The filter" },
} as const satisfies Record<string, ArgumentName>;

/**
 * What a parameter of a PLAN function (and of the CLI command over it) is. The type says how every front door
 * reads the argument (`readArgument`), how a host declares it, and how help describes its form:
 * - text: a name (region, sector, metric, unit);
 * - plan: a plan pin (id 000 or 001D, title words, seed file name);
 * - number: any finite number (a start or end value, years, a target given by hand);
 * - year: a calendar year (2025, "2025年");
 * - lookupYear: the year of a figure looked up: a year, or 每年 for a recurring target;
 * - rate: a growth rate (0.08 or "8%"; a bare 8 is refused);
 * - amount: a value in the looked-up metric's unit (a current value, a base), read by the share rule once the
 *   metric is known (`toAmount`): checked to be a number at once, kept as given until then.
 */
export type ParameterType = "text" | "plan" | "number" | "year" | "lookupYear" | "rate" | "amount";

/** What a reader gives for each type. */
export interface ParameterValues {
  readonly text: string;
  readonly plan: string;
  readonly number: number;
  readonly year: number;
  readonly lookupYear: YearAsked;
  readonly rate: number;
  readonly amount: AmountGiven;
}

/** An amount as given, waiting for the metric whose unit says how to read it (`readAmount`). */
export interface AmountGiven {
  readonly given: unknown;
  readonly arg: ArgumentName;
}

/** An amount given, read in the unit of the metric it is compared with (the share rule). */
export function readAmount(amount: AmountGiven, unit: UnitInfo): Result<number> {
  return toAmount(amount.given, unit, amount.arg);
}

type Reader<T> = (value: unknown, arg: ArgumentName) => Result<T>;

const READERS: { readonly [T in ParameterType]: Reader<ParameterValues[T]> } = {
  text: toText,
  plan: toText,
  number: toNumber,
  year: toYear,
  lookupYear: toLookupYear,
  rate: toRate,
  amount: (given, arg) => map(toNumber(given, arg), () => ({ given, arg })),
};

/** An argument read by its declared type; an optional one left blank is null. */
export function readArgument<T extends ParameterType>(
  type: T,
  value: unknown,
  arg: ArgumentName,
  optional: boolean,
): Result<ParameterValues[T] | null> {
  if (optional && isBlank(value)) return ok(null);
  return READERS[type](value, arg);
}

/** The form each type takes, as help says it after a parameter's description (Excel's wizard, the CLI's --help). */
export const PARAMETER_FORMS: { readonly [T in ParameterType]: Bilingual | null } = {
  text: null,
  plan: null,
  number: null,
  year: { zh: "如2025或“2025年”", en: 'such as 2025 or "2025年"' },
  lookupYear: {
    zh: "如2025或“2025年”，每年重复的目标写“每年”",
    en: 'such as 2025 or "2025年"; 每年 for a recurring target',
  },
  rate: { zh: "0.08或“8%”，不接受8", en: '0.08 or "8%", not 8' },
  amount: { zh: "百分比指标写作0.35或“35%”", en: 'a percentage metric as 0.35 or "35%"' },
};
