/**
 * Coercion of what a sheet cell or a command line holds into the numbers, years and names the core takes.
 * Shared by the Excel functions and the CLI so both accept the same things:
 * 350, "350", "３５０", " 1,200 ", "8%", "2025年", "2025年底".
 */
import { fail, ok, type Result } from "./errors";

export interface ArgumentName {
  readonly name: string; // Chinese, for messages
  readonly nameEn: string;
}

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
  return value === null || value === undefined || (typeof value === "string" && value.normalize("NFKC").trim() === "");
}

/** A number from a number or numeric text; "8%" → 0.08. Booleans, NaN and ±Infinity are refused. */
export function toNumber(value: unknown, arg: ArgumentName): Result<number> {
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { ...arg });
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok(value) : fail("NOT_A_NUMBER", { ...arg, input: String(value) });
  }
  if (typeof value !== "string") return fail("NOT_A_NUMBER", { ...arg, input: shown(value) });
  const text = value.normalize("NFKC").replace(/[\s,]/g, "");
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)$/i.exec(text);
  if (!match) return fail("NOT_A_NUMBER", { ...arg, input: value });
  const number = Number(match[1]) / (match[2] ? 100 : 1);
  return Number.isFinite(number) ? ok(number) : fail("NOT_A_NUMBER", { ...arg, input: value });
}

/** A calendar year: 2025, "2025", "2025年", "２０２５年底". */
export function toYear(value: unknown, arg: ArgumentName): Result<number> {
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { ...arg });
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.normalize("NFKC").trim() : null;
  const match = text === null ? null : /^(\d{4})(?:\.0+)?(?:年(?:底|末)?)?$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  if (!(year >= 1900 && year <= 2200)) return fail("NOT_A_YEAR", { ...arg, input: shown(value) });
  return ok(year);
}

/** An optional year: blank → null. */
export function toOptionalYear(value: unknown, arg: ArgumentName): Result<number | null> {
  return isBlank(value) ? ok(null) : toYear(value, arg);
}

/** A name: text, or a number written as text (a plan id typed as 4 becomes "4"). */
export function toText(value: unknown, arg: ArgumentName): Result<string> {
  if (isBlank(value)) return fail("MISSING_ARGUMENT", { ...arg });
  if (typeof value === "string") return ok(value.trim());
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  return fail("NOT_TEXT", { ...arg, input: shown(value) });
}

export function toOptionalText(value: unknown, arg: ArgumentName): Result<string | null> {
  return isBlank(value) ? ok(null) : toText(value, arg);
}

/** The argument names of the public API, in one place for messages. */
export const ARG = {
  region: { name: "地区", nameEn: "The region" },
  sector: { name: "行业", nameEn: "The sector" },
  metric: { name: "指标", nameEn: "The metric" },
  year: { name: "年份", nameEn: "The year" },
  plan: { name: "规划", nameEn: "The plan" },
  kind: { name: "类型", nameEn: "The kind" },
  start: { name: "起始值", nameEn: "The start value" },
  end: { name: "终止值", nameEn: "The end value" },
  years: { name: "年数", nameEn: "The number of years" },
  current: { name: "当前值", nameEn: "The current value" },
  currentYear: { name: "当前年份", nameEn: "The current year" },
  value: { name: "数值", nameEn: "The value" },
  rate: { name: "增长率", nameEn: "The growth rate" },
  target: { name: "目标值", nameEn: "The target" },
  base: { name: "基期值", nameEn: "The baseline" },
  fromUnit: { name: "原单位", nameEn: "The source unit" },
  toUnit: { name: "目标单位", nameEn: "The target unit" },
  id: { name: "记录编号", nameEn: "The record id" },
} as const satisfies Record<string, ArgumentName>;
