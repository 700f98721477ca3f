/**
 * plan-targets as a library: `import { target, cagr } from "plan-targets"`.
 * The free functions answer over the bundled seeds (or the folder PLAN_TARGETS_DATA names); `Catalog`,
 * `buildDataset`, `catalogFrom` and `catalogFromDir` take any dataset.
 *
 * The free functions keep the library's promise: any JavaScript value in, a Result out, never an exception. They
 * read their arguments with the coercions the cells and the CLI use (src/core/input.ts): "2025年" is a year,
 * "1,200" a number, 0.08 or "8%" a rate, 0.35 or "35%" a percentage metric's value; a missing name is an error.
 * They are declared here, after the core's re-export, so they take the place of the core's plain-number maths of
 * the same names (cagr, convert…), which stay inside the core.
 */
import { assess, type Assessment } from "./core/assess";
import type { Catalog, Entry, SectorNode, TargetAnswer, TargetQuery } from "./core/catalog";
import { fail, type Result } from "./core/errors";
import * as growth from "./core/growth";
import {
  ARG,
  toAmount,
  toKinds,
  toNumber,
  toOptionalAmount,
  toOptionalNumber,
  toOptionalText,
  toLookupYear,
  toOptionalYear,
  toOptions,
  toRate,
  toText,
  toYear,
} from "./core/input";
import * as units from "./core/units";
import type { YearAsked } from "./core/vocabulary";
import { formatIssue } from "./data/issues";
import { defaultCatalog, DATA_ENV } from "./node/default-catalog";
import { SeedFilesError, SEEDS_DIR } from "./node/seeds";

export * from "./core/index";
export * from "./data/index";
export * from "./extract/index";
export { DATA_ENV, defaultCatalog, useCatalog } from "./node/default-catalog";
export { catalogFromDir, readDatasetDir, type DatasetDirResult, type DatasetLayout } from "./node/dataset-dir";
export { publishFailure, publishSeeds, writePublished, type PublishResult } from "./node/publish";
export { loadSeeds, readSeeds, SeedFilesError, SEEDS_DIR, type SeedsRead } from "./node/seeds";

/** The one early exit of a free function: a failed step, returned as the function's Result. */
class Refusal {
  constructor(readonly result: Result<never>) {}
}

function take<T>(result: Result<T>): T {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught by `total` only
  if (!result.ok) throw new Refusal(result);
  return result.value;
}

/** The catalogue, or why the data cannot be read (a broken PLAN_TARGETS_DATA folder names itself). */
function catalog(): Catalog {
  try {
    return defaultCatalog();
  } catch (error) {
    if (!(error instanceof SeedFilesError)) throw error;
    // The first few problems, each naming its file (formatIssue), and how many there are in all.
    const shown = error.issues.slice(0, 3);
    return take(
      fail("DATA_UNREADABLE", {
        folder: process.env[DATA_ENV] || SEEDS_DIR,
        problem: {
          zh: shown.map((issue) => formatIssue(issue, "zh")).join("；"),
          en: shown.map((issue) => formatIssue(issue, "en")).join("; "),
        },
        count: error.issues.length,
      }),
    );
  }
}

/** Runs a free function's body: its Result, a refused argument as a failed Result, and never a throw. */
function total<T>(body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch (thrown) {
    if (thrown instanceof Refusal) return thrown.result;
    return fail("UNEXPECTED", { detail: thrown instanceof Error ? thrown.message : String(thrown) });
  }
}

function targetQuery(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetQuery {
  return {
    region: take(toText(region, ARG.region)),
    sector: take(toText(sector, ARG.sector)),
    metric: take(toText(metric, ARG.metric)),
    year: take(toLookupYear(year, ARG.year)),
    plan: take(toOptionalText(plan, ARG.plan)),
  };
}

/**
 * The target for a region, sector and metric; year defaults to the plan's end year (EVERY_YEAR or 每年 asks for a
 * recurring target), plan pins a plan.
 */
export function target(
  region: string | number,
  sector: string,
  metric: string,
  year?: YearAsked | string,
  plan?: string | null,
): Result<TargetAnswer> {
  return total(() => {
    const query = targetQuery(region, sector, metric, year, plan);
    return catalog().target(query);
  });
}

/** What `list` and `sectors` take; every field optional, a year may be text ("2025年"). */
export interface ListFilter {
  readonly region?: string | number | null;
  readonly plan?: string | null;
  readonly sector?: string | null;
  readonly metric?: string | null;
  readonly year?: number | string | null;
  /** Ids (target, cap…) or labels (目标, 上限…). */
  readonly kinds?: readonly string[] | string | null;
}

/** Records matching a filter (every field optional). */
export function list(filter: ListFilter | null = {}): Result<Entry[]> {
  return total(() => {
    const f = take(toOptions(filter, ARG.filter, '{ region: "内蒙古" }'));
    return catalog().list({
      region: take(toOptionalText(f.region, ARG.region)),
      plan: take(toOptionalText(f.plan, ARG.plan)),
      sector: take(toOptionalText(f.sector, ARG.sector)),
      metric: take(toOptionalText(f.metric, ARG.metric)),
      year: take(toLookupYear(f.year, ARG.year)),
      kinds: take(toKinds(f.kinds, ARG.kind)),
    });
  });
}

/** The sector tree, for a region or a plan or all. */
export function sectors(filter: Pick<ListFilter, "region" | "plan"> | null = {}): Result<SectorNode[]> {
  return total(() => {
    const f = take(toOptions(filter, ARG.filter, '{ region: "内蒙古" }'));
    return catalog().sectorTree({
      region: take(toOptionalText(f.region, ARG.region)),
      plan: take(toOptionalText(f.plan, ARG.plan)),
    });
  });
}

/**
 * Progress, gap, required rate and on-track status of a current value against a plan's target, as
 * `plan-targets progress` and PLAN.ONTRACK judge it. The current value and a base are in the target's unit, a
 * percentage metric's as Excel holds it (0.35 or "35%"; 35 is refused); the answer keeps the plan's numbers (35).
 */
export function assessTarget(
  current: number | string,
  currentYear: number | string,
  region: string | number,
  sector: string,
  metric: string,
  year?: number | string | null,
  plan?: string | null,
  base?: number | string | null,
  baseYear?: number | string | null,
): Result<Assessment> {
  return total(() => {
    const nowYear = take(toYear(currentYear, ARG.currentYear));
    const query = targetQuery(region, sector, metric, year, plan);
    const active = catalog();
    const { entry } = take(active.target(query));
    const now = take(toAmount(current, entry.unit, ARG.current));
    const given = {
      value: take(toOptionalAmount(base, entry.unit, ARG.base)),
      year: take(toOptionalYear(baseYear, ARG.baseYear)),
    };
    return assess(active, entry, now, nowYear, given);
  });
}

type Amount = number | string;

/** (end / start)^(1 / years) − 1, as Excel's RRI. */
export function cagr(start: Amount, end: Amount, years: Amount): Result<number> {
  return total(() =>
    growth.cagr(take(toNumber(start, ARG.start)), take(toNumber(end, ARG.end)), take(toNumber(years, ARG.years))),
  );
}

/** The yearly rate from the current value to a target. */
export function requiredCagr(current: Amount, currentYear: Amount, target: Amount, targetYear: Amount): Result<number> {
  return total(() =>
    growth.requiredCagr(
      take(toNumber(current, ARG.current)),
      take(toYear(currentYear, ARG.currentYear)),
      take(toNumber(target, ARG.target)),
      take(toYear(targetYear, ARG.year)),
    ),
  );
}

/** value × (1 + rate)^years; the rate 0.08 or "8%" (8 is refused). */
export function project(value: Amount, rate: Amount, years: Amount): Result<number> {
  return total(() =>
    growth.project(take(toNumber(value, ARG.value)), take(toRate(rate, ARG.rate)), take(toNumber(years, ARG.years))),
  );
}

/** Years until the current value reaches the target at a rate (0.08 or "8%"). */
export function yearsToTarget(current: Amount, rate: Amount, target: Amount): Result<number> {
  return total(() =>
    growth.yearsToTarget(
      take(toNumber(current, ARG.current)),
      take(toRate(rate, ARG.rate)),
      take(toNumber(target, ARG.target)),
    ),
  );
}

/** (current − base) / (target − base), or current / target without a base. */
export function progress(current: Amount, target: Amount, base?: Amount | null): Result<number> {
  return total(() => {
    const from = take(toOptionalNumber(base, ARG.base));
    return growth.progress(take(toNumber(current, ARG.current)), take(toNumber(target, ARG.target)), from);
  });
}

/** target − current. */
export function gap(current: Amount, target: Amount): Result<number> {
  return total(() => growth.gap(take(toNumber(current, ARG.current)), take(toNumber(target, ARG.target))));
}

/** A value from one unit to another of the same dimension: 亿元 → 万元. */
export function convert(value: Amount, from: string, to: string): Result<number> {
  return total(() =>
    units.convert(take(toNumber(value, ARG.value)), take(toText(from, ARG.fromUnit)), take(toText(to, ARG.toUnit))),
  );
}

/** The free functions that keep the promise (any value in, a Result out); the tests hold them to it. */
export const FREE_FUNCTIONS = {
  target,
  list,
  sectors,
  assessTarget,
  cagr,
  requiredCagr,
  project,
  yearsToTarget,
  progress,
  gap,
  convert,
} as const;
