/**
 * A target against a current value: progress, gap, the rate still required, and the on-track status — read in the
 * target's direction (up, down, or under a cap) and judged against the plan's path from a basis to the target.
 *
 * The rules (the README states them):
 * - The basis is the plan's stated baseline, or one the user gives (value and year). Without one, the status is
 *   not guessed: BASIS_MISSING says what to provide.
 * - The path runs from the basis to the target: compound for levels, linear for shares (%). 超前 holds exactly when
 *   the current value is past the path's value for the current year — that is, when the rate still required is
 *   less demanding than the path's own rate. Up to ON_TRACK_TOLERANCE of the way behind the path is 正常; further
 *   behind, 滞后.
 * - From the target year on, a target is 已实现 or 未实现 (never an elapsed share above 100%); a cap is 未超上限 or
 *   超出上限 in any year.
 * Values are in the record's unit (45 for 45%): the Excel layer converts fractions before and after.
 */
import type { Catalog, Entry } from "./catalog";
import { directionOf, type Direction } from "./direction";
import { fail, ok, type Result } from "./errors";
import { requiredCagr } from "./growth";
import { ARG } from "./input";
import { isLevelKind } from "./kinds";
import { KIND_LABELS } from "./labels";
import type { Bilingual } from "./locale";

/** How far behind the path (as a share of the whole way) still counts as 正常. */
export const ON_TRACK_TOLERANCE = 0.05;

/** An approximate figure (左右, 约) counts as reached within this share of it. */
export const APPROX_TOLERANCE = 0.05;

export const TRACK_STATUSES = ["超前", "正常", "滞后", "已实现", "未实现", "未超上限", "超出上限"] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export const TRACK_STATUS_LABELS: Readonly<Record<TrackStatus, Bilingual>> = {
  超前: { zh: "超前", en: "ahead" },
  正常: { zh: "正常", en: "on track" },
  滞后: { zh: "滞后", en: "behind" },
  已实现: { zh: "已实现", en: "achieved" },
  未实现: { zh: "未实现", en: "not achieved" },
  未超上限: { zh: "未超上限", en: "within the cap" },
  超出上限: { zh: "超出上限", en: "over the cap" },
};

/** Where the path starts: the plan's stated baseline or the user's. */
export interface Basis {
  readonly value: number;
  /** Null when the user gave a value only (enough for progress, not for a status). */
  readonly year: number | null;
  readonly source: "plan" | "user";
}

/** A basis the user typed (an optional argument, an input cell, a CLI option); either part may be missing. */
export interface GivenBasis {
  readonly value: number | null;
  readonly year: number | null;
}

export type PathShape = "compound" | "linear";

export interface Assessment {
  readonly target: Entry;
  readonly direction: Direction;
  readonly basis: Basis | null;
  readonly targetValue: number;
  readonly targetYear: number;
  /** Share of the way from the basis to the target (1 = reached); for a cap, the share of the cap used. */
  readonly progress: Result<number>;
  /** What is still to go in the target's direction; negative once passed (for a cap: once over it). */
  readonly gap: number;
  /** The yearly rate still required (for a cap: the highest rate that stays under it). */
  readonly requiredCagr: Result<number>;
  /** Share of the basis → target period elapsed at the current year (0–1), when there is a basis year. */
  readonly elapsed: number | null;
  /** The path: its shape, its own yearly rate (compound) or yearly change (linear), and its value this year. */
  readonly path: { readonly shape: PathShape; readonly rate: number; readonly expected: number } | null;
  readonly status: Result<TrackStatus>;
}

/** A target that growth maths applies to: a level (target or cap) with a year. */
export function levelOf(entry: Entry): Result<{ value: number; year: number }> {
  const r = entry.record;
  if (!isLevelKind(r.kind) || r.year === null) {
    return fail("NOT_A_LEVEL", { what: figureName(entry), kind: KIND_LABELS[r.kind] });
  }
  return ok({ value: r.value, year: r.year });
}

export function figureName(entry: Entry): string {
  return `${entry.record.sector.at(-1) ?? entry.sectorLabel}·${entry.metricLabel}`;
}

/** A share (a percentage): its path is a straight line in percentage points. */
export function isShare(entry: Entry): boolean {
  return entry.unit.canonical === "%";
}

/** Shares move along a straight line (percentage points a year); levels compound (when both ends are positive). */
export function pathShape(entry: Entry, base: number, target: number): PathShape {
  return isShare(entry) || !(base > 0 && target > 0) ? "linear" : "compound";
}

/** The user's basis if given (both parts for a status), else the plan's stated baseline, else none. */
export function basisFor(catalog: Catalog, target: Entry, given: GivenBasis | null): Result<Basis | null> {
  if (given && given.value !== null) return ok({ value: given.value, year: given.year, source: "user" });
  if (given && given.year !== null) return fail("BASIS_INCOMPLETE");
  const stated = catalog.baselineOf(target);
  if (stated && stated.record.year !== null)
    return ok({ value: stated.record.value, year: stated.record.year, source: "plan" });
  return ok(null);
}

function reached(direction: Direction, bound: Entry["record"]["bound"], current: number, target: number): boolean {
  const slack = bound === "approx" ? APPROX_TOLERANCE * Math.abs(target) : 0;
  if (direction === "up") return bound === "gt" ? current > target : current >= target - slack;
  return bound === "lt" ? current < target : current <= target + slack;
}

/** Progress: along the basis → target way; without a basis, the share of a rising target reached. */
function progressOf(
  entry: Entry,
  direction: Direction,
  basis: Basis | null,
  current: number,
  target: number,
): Result<number> {
  if (direction === "cap") return target === 0 ? fail("ZERO_SPAN") : ok(current / target);
  if (basis) return target === basis.value ? fail("ZERO_SPAN") : ok((current - basis.value) / (target - basis.value));
  if (direction === "up") return target === 0 ? fail("ZERO_SPAN") : ok(current / target);
  return fail("BASIS_MISSING", { what: figureName(entry) });
}

interface Timing {
  readonly elapsed: number;
  readonly path: NonNullable<Assessment["path"]>;
  readonly status: TrackStatus;
}

/** The status before the target year: the current value against the path's value for the current year. */
function onPath(
  entry: Entry,
  basis: Basis & { year: number },
  current: number,
  currentYear: number,
  target: number,
  targetYear: number,
): Result<Timing> {
  if (currentYear < basis.year) return fail("CURRENT_BEFORE_BASE", { current: currentYear, base: basis.year });
  if (!(targetYear > basis.year) || target === basis.value) return fail("ZERO_SPAN");
  const span = targetYear - basis.year;
  const elapsed = (currentYear - basis.year) / span;
  const shape = pathShape(entry, basis.value, target);
  const ratio = target / basis.value;
  // Expected share of the way done by now: e for a straight line, (q^e − 1)/(q − 1) along a compound path.
  const expectedShare = shape === "linear" ? elapsed : (Math.pow(ratio, elapsed) - 1) / (ratio - 1);
  const expected = basis.value + expectedShare * (target - basis.value);
  const rate = shape === "linear" ? (target - basis.value) / span : Math.pow(ratio, 1 / span) - 1;
  const share = (current - basis.value) / (target - basis.value);
  // Past the path ⇔ the rate still required is below the path's own: 超前. Float noise is not progress.
  const status: TrackStatus =
    share > expectedShare + 1e-12 ? "超前" : share >= expectedShare - ON_TRACK_TOLERANCE ? "正常" : "滞后";
  return ok({ elapsed, path: { shape, rate, expected }, status });
}

/**
 * Assesses `current` (in the record's unit) against a target. `currentYear` may be null when only progress and
 * gap are wanted (PLAN.PROGRESS, PLAN.GAP); the status then asks for it.
 */
export function assess(
  catalog: Catalog,
  target: Entry,
  current: number,
  currentYear: number | null,
  given: GivenBasis | null = null,
): Result<Assessment> {
  const level = levelOf(target);
  if (!level.ok) return level;
  const { value: targetValue, year: targetYear } = level.value;
  const basisResult = basisFor(catalog, target, given);
  if (!basisResult.ok) return basisResult;
  const basis = basisResult.value;
  const direction = directionOf(target, basis?.value ?? null);
  const gap = direction === "down" ? current - targetValue : targetValue - current;

  let status: Result<TrackStatus>;
  let timing: Timing | null = null;
  if (currentYear === null) {
    status = fail("MISSING_ARGUMENT", { arg: ARG.currentYear });
  } else if (direction === "cap") {
    status = ok(reached("down", target.record.bound, current, targetValue) ? "未超上限" : "超出上限");
  } else if (currentYear >= targetYear) {
    status = ok(reached(direction, target.record.bound, current, targetValue) ? "已实现" : "未实现");
  } else if (!basis || basis.year === null) {
    status = basis ? fail("BASIS_INCOMPLETE") : fail("BASIS_MISSING", { what: figureName(target) });
  } else {
    const judged = onPath(target, { ...basis, year: basis.year }, current, currentYear, targetValue, targetYear);
    status = judged.ok ? ok(judged.value.status) : judged;
    timing = judged.ok ? judged.value : null;
  }

  return ok({
    target,
    direction,
    basis,
    targetValue,
    targetYear,
    progress: progressOf(target, direction, basis, current, targetValue),
    gap,
    requiredCagr:
      currentYear === null
        ? fail("MISSING_ARGUMENT", { arg: ARG.currentYear })
        : requiredCagr(current, currentYear, targetValue, targetYear),
    elapsed: timing?.elapsed ?? null,
    path: timing?.path ?? null,
    status,
  });
}

/** A point of the path from baseline to target, as the path charts draw it. */
export interface PathPoint {
  readonly year: number;
  readonly value: number;
  readonly role: "baseline" | "current" | "target";
}

/** The points of a path: the basis (if any), a current value (if given and before the target) and the target. */
export function pathPoints(
  level: { readonly value: number; readonly year: number } | null,
  basis: { readonly value: number | null; readonly year: number | null } | Entry | null,
  current: { readonly value: number; readonly year: number } | null,
): PathPoint[] {
  if (!level) return [];
  const base = basis && "record" in basis ? { value: basis.record.value, year: basis.record.year } : basis;
  const points: PathPoint[] = [];
  if (base && base.value !== null && base.year !== null && base.year < level.year) {
    points.push({ year: base.year, value: base.value, role: "baseline" });
  }
  if (current && current.year < level.year) points.push({ year: current.year, value: current.value, role: "current" });
  points.push({ year: level.year, value: level.value, role: "target" });
  return points.sort((a, b) => a.year - b.year);
}
