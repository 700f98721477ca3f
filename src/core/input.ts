/**
 * Coercion of what a sheet cell or a command line holds into the numbers, years and names the core takes.
 * Shared by the Excel functions and the CLI so both accept the same things:
 * 350, "350", "３５０", " 1,200 ", "8%", "2025年", "2025年底".
 */
import { fail, ok, type Result } from "./errors";
import { YEAR_BASIS_LABELS } from "./labels";
import type { Bilingual } from "./locale";
import { EVERY_YEAR, type YearAsked } from "./vocabulary";

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

/**
 * The year of a lookup: blank → null (the plan's end year), a year, or 每年 / "every year" — the word a table of
 * targets shows for a recurring figure, so what was read can be typed back.
 */
export function toLookupYear(value: unknown, arg: ArgumentName): Result<YearAsked> {
  if (isBlank(value)) return ok(null);
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
