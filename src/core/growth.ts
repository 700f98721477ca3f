/**
 * Growth formulas. Rates are fractions (0.08 = 8 %), as in Excel.
 *
 * The rule for zero and negative inputs, the same everywhere: a growth rate needs a start value > 0 and an end value
 * ≥ 0 (an end of 0 is a −100 % rate); years must be > 0; a rate must be > −100 %. Anything else is a `num` error,
 * as Excel's RRI gives #NUM!. No function returns NaN or ±Infinity: a non-finite result is an error too.
 */
import { fail, ok, type Result } from "./errors";
import { ARG, type ArgumentName } from "./input";

const START = ARG.start;
const END = ARG.end;
const CURRENT = ARG.current;

function finite(value: number): Result<number> {
  return Number.isFinite(value) ? ok(value) : fail("RESULT_NOT_FINITE");
}

function checkStartEnd(
  start: number,
  end: number,
  startName: ArgumentName = START,
  endName: ArgumentName = END,
): Result<true> {
  if (!(start > 0)) return fail("NON_POSITIVE_START", { arg: startName, input: start });
  if (!(end >= 0)) return fail("NEGATIVE_END", { arg: endName, input: end });
  return ok(true);
}

/** Compound annual growth rate: (end / start)^(1 / years) − 1. Equals Excel's RRI(years, start, end). */
export function cagr(start: number, end: number, years: number): Result<number> {
  const checked = checkStartEnd(start, end);
  if (!checked.ok) return checked;
  if (!(years > 0)) return fail("NON_POSITIVE_YEARS", { input: years });
  return finite(Math.pow(end / start, 1 / years) - 1);
}

/** The rate needed each year from `current` in `currentYear` to reach `target` in `targetYear`. */
export function requiredCagr(current: number, currentYear: number, target: number, targetYear: number): Result<number> {
  if (!(targetYear > currentYear)) return fail("TARGET_YEAR_PASSED", { current: currentYear, target: targetYear });
  const checked = checkStartEnd(current, target, CURRENT, ARG.target);
  if (!checked.ok) return checked;
  return cagr(current, target, targetYear - currentYear);
}

/** `value` grown at `rate` for `years` years: value × (1 + rate)^years. Years may be fractional or negative. */
export function project(value: number, rate: number, years: number): Result<number> {
  if (!(rate > -1)) return fail("RATE_TOO_LOW", { input: rate });
  return finite(value * Math.pow(1 + rate, years));
}

/**
 * Years until `current` growing at `rate` reaches `target`: ln(target / current) / ln(1 + rate).
 * 0 when the target is already reached: at or above it when the rate is ≥ 0 (a level to reach), at or below it
 * when the rate is negative (a figure to bring down). An error when it is never reached.
 */
export function yearsToTarget(current: number, rate: number, target: number): Result<number> {
  const checked = checkStartEnd(current, target, CURRENT, ARG.target);
  if (!checked.ok) return checked;
  if (!(rate > -1)) return fail("RATE_TOO_LOW", { input: rate });
  const reached = rate >= 0 ? current >= target : current <= target;
  if (reached) return ok(0);
  // Not yet reached: growing towards it needs rate > 0 (rising) or a fall that ends above 0.
  if (rate === 0 || target === 0) return fail("NEVER_REACHED");
  return finite(Math.log(target / current) / Math.log(1 + rate));
}

/**
 * Share of the way from base to target: (current − base) / (target − base). With no base, share of the target:
 * current / target. 1 means reached; above 1, exceeded; it works for falling targets (caps, cuts) as well.
 */
export function progress(current: number, target: number, base: number | null): Result<number> {
  const from = base ?? 0;
  if (target === from) return fail("ZERO_SPAN");
  return finite((current - from) / (target - from));
}

/** How far the current value still is from the target: target − current (negative once exceeded). */
export function gap(current: number, target: number): Result<number> {
  return finite(target - current);
}
