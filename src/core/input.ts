/**
 * Coercion of what a sheet cell or a command line holds into the numbers, years and names the core takes.
 * Shared by the Excel functions and the CLI so both accept the same things:
 * 350, "350", "３５０", " 1,200 ", "8%", "2025年", "2025年底".
 */
import { fail, ok, type Result } from "./errors";
import type { Bilingual } from "./locale";

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

/** An optional number: blank → null. */
export function toOptionalNumber(value: unknown, arg: ArgumentName): Result<number | null> {
  return isBlank(value) ? ok(null) : toNumber(value, arg);
}

/** A calendar year: 2025, "2025", "2025年", "２０２５年底". */
export function toYear(value: unknown, arg: ArgumentName): Result<number> {
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
} as const satisfies Record<string, ArgumentName>;

/**
 * A growth rate as people write it: 0.08 or "8%". A bare number above 1 (8) is refused with the two ways to
 * write it, rather than read as 800 %: cells, the CLI and the library read a rate by this one rule.
 */
export function toRate(value: unknown, arg: ArgumentName): Result<number> {
  const number = toNumber(value, arg);
  if (!number.ok || Math.abs(number.value) <= 1) return number;
  const written = typeof value === "string" ? value.normalize("NFKC").trim() : String(value);
  return written.endsWith("%") ? number : rateWithoutSign(written, number.value, arg);
}

function rateWithoutSign(written: string, value: number, arg: ArgumentName): Result<number> {
  return fail("RATE_WITHOUT_PERCENT_SIGN", {
    arg,
    input: written,
    percent: `${written}%`,
    fraction: String(Number((value / 100).toPrecision(12))),
  });
}

/**
 * What a parameter of a PLAN function (and of the CLI command over it) is. The type says how every front door
 * reads the argument (`readArgument`), how a host declares it, and how help describes its form:
 * - text: a name (region, sector, metric, unit);
 * - plan: a plan pin (id 000 or 001D, title words, seed file name);
 * - number: any finite number (a start or end value, years, a target given by hand);
 * - year: a calendar year (2025, "2025年");
 * - rate: a growth rate (0.08 or "8%"; a bare 8 is refused);
 * - amount: a value in the looked-up metric's unit (a current value, a base): a share as Excel holds it.
 */
export type ParameterType = "text" | "plan" | "number" | "year" | "rate" | "amount";

/** What a reader gives for each type. */
export interface ParameterValues {
  readonly text: string;
  readonly plan: string;
  readonly number: number;
  readonly year: number;
  readonly rate: number;
  readonly amount: number;
}

type Reader<T> = (value: unknown, arg: ArgumentName) => Result<T>;

const READERS: { readonly [T in ParameterType]: Reader<ParameterValues[T]> } = {
  text: toText,
  plan: toText,
  number: toNumber,
  year: toYear,
  rate: toRate,
  amount: toNumber,
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
  rate: { zh: "0.08或“8%”，不接受8", en: '0.08 or "8%", not 8' },
  amount: { zh: "百分比指标写作0.35或“35%”", en: 'a percentage metric as 0.35 or "35%"' },
};
