/**
 * A target against a current value: progress, gap, share of the period elapsed, on-track status and required rate.
 * The baseline is the plan's stated one when there is one (PLAN.BASELINE), else none: progress is then the share
 * of the target reached, and the period is measured from the plan's base year.
 */
import type { Catalog, Entry } from "./catalog";
import { fail, ok, type Result } from "./errors";
import { elapsedShare, gap, progress, requiredCagr, trackStatus, type TrackStatus } from "./growth";
import { isLevelKind } from "./kinds";
import { KIND_LABELS } from "./labels";

export interface Assessment {
  readonly target: Entry;
  readonly baseline: Entry | null;
  readonly baseYear: number;
  readonly targetYear: number;
  readonly progress: number;
  readonly gap: number;
  readonly elapsed: number;
  readonly status: TrackStatus;
  /** The yearly rate still needed; an error once the target year has come. */
  readonly requiredCagr: Result<number>;
}

/** A target that growth maths applies to: a level (target or cap) with a year. */
export function levelOf(entry: Entry): Result<{ value: number; year: number }> {
  const r = entry.record;
  if (!isLevelKind(r.kind) || r.year === null) {
    return fail("NOT_A_LEVEL", { what: `${r.sector.at(-1)}·${entry.metricLabel}`, kind: KIND_LABELS[r.kind] });
  }
  return ok({ value: r.value, year: r.year });
}

export function assess(catalog: Catalog, target: Entry, current: number, currentYear: number): Result<Assessment> {
  const level = levelOf(target);
  if (!level.ok) return level;
  const baseline = catalog.baselineOf(target);
  const baseYear = baseline?.record.year ?? target.plan.baseYear;
  const share = progress(current, level.value.value, baseline?.record.value ?? null);
  if (!share.ok) return share;
  const elapsed = elapsedShare(baseYear, level.value.year, currentYear);
  if (!elapsed.ok) return elapsed;
  const remaining = gap(current, level.value.value);
  if (!remaining.ok) return remaining;
  return ok({
    target,
    baseline,
    baseYear,
    targetYear: level.value.year,
    progress: share.value,
    gap: remaining.value,
    elapsed: elapsed.value,
    status: trackStatus(share.value, elapsed.value),
    requiredCagr: requiredCagr(current, currentYear, level.value.value, level.value.year),
  });
}

/** A point of the path from baseline to target, as the path charts draw it. */
export interface PathPoint {
  readonly year: number;
  readonly value: number;
  readonly role: "baseline" | "current" | "target";
}

/** The points of a path: the stated baseline (if any), a current value (if given and before the target) and the target. */
export function pathPoints(
  level: { readonly value: number; readonly year: number } | null,
  baseline: Entry | null,
  current: { readonly value: number; readonly year: number } | null,
): PathPoint[] {
  if (!level) return [];
  const points: PathPoint[] = [];
  if (baseline && baseline.record.year !== null)
    points.push({ year: baseline.record.year, value: baseline.record.value, role: "baseline" });
  if (current && current.year < level.year) points.push({ year: current.year, value: current.value, role: "current" });
  points.push({ year: level.year, value: level.value, role: "target" });
  return points.sort((a, b) => a.year - b.year);
}
