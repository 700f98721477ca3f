/**
 * How the CLI shows things: figures rounded for people (JSON keeps full precision), and failures said once, in
 * the user's language, either as `错误：…` lines or, with --json, as one documented object on stderr:
 *
 *   {"error":{"code":"SECTOR_NOT_FOUND","message":"未找到行业“稀土材料”，您是否要找：稀土新材料？","suggestions":["稀土新材料"]}}
 *
 * `code` is a code of src/core/errors.ts, or USAGE for a usage error (exit 2).
 */
import { messageFor, type PlanError } from "../core/errors";
import type { Locale } from "../core/locale";
import type { Context } from "./spec";
import { LABEL } from "./text";

/** Significant digits of a computed figure (a projection, years, a gap): enough for a plan, none of the noise. */
export const FIGURE_DIGITS = 6;
/** Significant digits of an exact scaling (a unit conversion): all a figure of a plan has, without float noise. */
export const EXACT_DIGITS = 12;

/**
 * A number for people: rounded to `digits` significant digits, but never rounding away the integer part, and
 * without trailing zeros or exponent (7320.500000000003 → 7320.5; 1234567.89 → 1234568; 0.0000123456 → 0.0000123456).
 */
export function formatFigure(value: number, digits: number = FIGURE_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(100, Math.max(0, digits - 1 - magnitude));
  const text = value.toFixed(decimals);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/** Columns as a terminal shows them: a Chinese (wide) character takes two (as in a spreadsheet cell). */
export { displayWidth } from "../sheet/layout";

/** A rate or share as a percentage with two decimals: 0.08779 → 8.78%. */
export function formatPercent(fraction: number): string {
  const text = (fraction * 100).toFixed(2);
  return `${text === "-0.00" ? "0.00" : text}%`;
}

/** The one JSON shape of a failure. */
export interface JsonFailure {
  readonly error: { readonly code: string; readonly message: string; readonly suggestions: readonly string[] };
}

export function failureJson(code: string, message: string, suggestions: readonly string[]): string {
  const failure: JsonFailure = { error: { code, message, suggestions } };
  return JSON.stringify(failure);
}

/** A core error: once, in the user's language; exit 1. */
export function reportError(error: PlanError, context: Pick<Context, "io" | "locale" | "json">): number {
  const message = messageFor(error, context.locale);
  if (context.json) context.io.err(failureJson(error.code, message, error.suggestions));
  else context.io.err(`${LABEL.error[context.locale]}${message}`);
  return 1;
}

/** A success printed as JSON, values as the library returns them. */
export function printJson(context: Context, value: unknown): void {
  context.io.out(JSON.stringify(value, null, 2));
}

/** A single computed number: rounded text for people, or `{ "value": … }` at full precision. */
export function printNumber(context: Context, value: number, human: string): number {
  context.io.out(context.json ? JSON.stringify({ value }) : human);
  return 0;
}

export function errorLine(locale: Locale, message: string): string {
  return `${LABEL.error[locale]}${message}`;
}
