/**
 * The PLAN.* custom functions: the implementations of the ids declared in src/sheet/function-table.ts (which holds
 * their descriptions and parameters; functions.json is generated from it). `IMPLEMENTATIONS` binds each id.
 *
 * Every function is synchronous over the in-memory catalogue (no network, no #BUSY!, not volatile).
 * Parameters are typed `unknown`: a cell may hold a number, text ("2025年", "８%"), or nothing; optional
 * arguments arrive as null. src/core/input.ts coerces them, the same way for the CLI.
 */
import { assess, type Assessment, type GivenBasis } from "../core/assess";
import type { Entry, SectorNode, TargetAnswer, TargetQuery } from "../core/catalog";
import { fail, ok, type Result } from "../core/errors";
import { cagr, project, yearsToTarget } from "../core/growth";
import {
  ARG,
  toAmount,
  toLookupYear,
  toNumber,
  toOptionalAmount,
  toOptionalText,
  toOptionalYear,
  toRate,
  toText,
  toYear,
} from "../core/input";
import { LOOKUP_KINDS } from "../core/kinds";
import type { Bilingual } from "../core/locale";
import { answerCitation, columnHeaders, datasetLabel, TARGET_COLUMNS } from "../core/present";
import { convert, sheetScale } from "../core/units";
import type { FunctionId } from "../sheet/function-table";
import { ArgumentMemo } from "./argument-memo";
import { attempt, cell, cellLocale, need, row } from "./excel";
import { liveStore } from "./live";

function catalog() {
  return liveStore().catalog;
}

function targetQuery(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetQuery {
  return {
    region: need(toText(region, ARG.region)),
    sector: need(toText(sector, ARG.sector)),
    metric: need(toText(metric, ARG.metric)),
    year: need(toLookupYear(year, ARG.year)),
    plan: need(toOptionalText(plan, ARG.plan)),
  };
}

let answers: ArgumentMemo<Result<TargetAnswer>> | null = null;

/** The lookup behind TARGET, UNIT, SOURCE and the growth functions, memoised on the raw arguments. */
function answer(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetAnswer {
  const current = catalog();
  if (answers?.owner !== current) answers = new ArgumentMemo(current);
  return need(
    // An argument that cannot be coerced is an answer too: the same cell asks again on every recalculation.
    answers.get([region, sector, metric, year, plan], () =>
      attempt(() => current.target(targetQuery(region, sector, metric, year, plan))),
    ),
  );
}

function baselineEntry(region: unknown, sector: unknown, metric: unknown, plan: unknown): Entry {
  return need(catalog().baseline(targetQuery(region, sector, metric, null, plan)));
}

/** A record's value as a cell holds it: percentages as fractions (45% → 0.45). */
function cellValue(entry: Entry, value: number): number {
  return value * sheetScale(entry.unit);
}

/**
 * The assessment behind PROGRESS, GAP, REQUIRED_CAGR and ONTRACK: the current value and a basis come in as cells
 * hold them (fractions for percentages) and are read in the target's unit by the share rule.
 */
function assessCell(
  current: unknown,
  currentYear: number | null,
  figure: readonly [unknown, unknown, unknown, unknown, unknown],
  base: unknown = null,
  baseYear: unknown = null,
): Assessment {
  const active = catalog();
  if (assessments?.owner !== active) assessments = new ArgumentMemo(active);
  // Pure in its arguments and the catalogue: a recalculation that changes no input reads the memo.
  return need(
    assessments.get([current, currentYear, ...figure, base, baseYear], () =>
      attempt(() => ok(assessInputs(current, currentYear, figure, base, baseYear))),
    ),
  );
}

let assessments: ArgumentMemo<Result<Assessment>> | null = null;

function assessInputs(
  current: unknown,
  currentYear: number | null,
  figure: readonly [unknown, unknown, unknown, unknown, unknown],
  base: unknown,
  baseYear: unknown,
): Assessment {
  const entry = answer(...figure).entry;
  // The share rule (src/core/input.ts): 0.35 or "35%" for a percentage metric, 35 refused.
  const now = need(toAmount(current, entry.unit, ARG.current));
  const given: GivenBasis = {
    value: need(toOptionalAmount(base, entry.unit, ARG.base)),
    year: need(toOptionalYear(baseYear, ARG.baseYear)),
  };
  return need(assess(catalog(), entry, now, currentYear, given));
}

/** A one-column spill; an empty list is #N/A rather than an empty array (Excel cannot show one). */
function column(values: readonly string[], kind: Bilingual): string[][] {
  if (values.length === 0) need(fail("NOTHING_MATCHES", { kind }));
  return values.map((v) => [v]);
}

/** What a list holds, for "没有符合条件的…". */
const LISTED = {
  targets: { zh: "目标", en: "target" },
  regions: { zh: "地区", en: "region" },
  plans: { zh: "规划", en: "plan" },
  sectors: { zh: "行业", en: "sector" },
  metrics: { zh: "指标", en: "metric" },
} as const satisfies Record<string, Bilingual>;

export function target(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): number {
  return cell(() => {
    const { entry } = answer(region, sector, metric, year, plan);
    return cellValue(entry, entry.record.value);
  });
}

export function unit(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => answer(region, sector, metric, year, plan).entry.record.unit);
}

export function qualifier(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => answer(region, sector, metric, year, plan).entry.record.qualifiers.join("、"));
}

export function source(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => answerCitation(answer(region, sector, metric, year, plan), cellLocale()));
}

export function baseline(region: unknown, sector: unknown, metric: unknown, plan?: unknown): number {
  return cell(() => {
    const entry = baselineEntry(region, sector, metric, plan);
    return cellValue(entry, entry.record.value);
  });
}

export function baseyear(region: unknown, sector: unknown, metric: unknown, plan?: unknown): number {
  // catalog.baseline() only returns baselines with a year.
  return cell(() => baselineEntry(region, sector, metric, plan).record.year as number);
}

export function targets(
  region?: unknown,
  sector?: unknown,
  metric?: unknown,
  year?: unknown,
  plan?: unknown,
): unknown[][] {
  return cell(() => {
    const entries = need(
      catalog().list({
        region: need(toOptionalText(region, ARG.region)),
        sector: need(toOptionalText(sector, ARG.sector)),
        metric: need(toOptionalText(metric, ARG.metric)),
        year: need(toLookupYear(year, ARG.year)),
        plan: need(toOptionalText(plan, ARG.plan)),
        kinds: LOOKUP_KINDS,
      }),
    );
    if (entries.length === 0) need(fail("NOTHING_MATCHES", { kind: LISTED.targets }));
    const locale = cellLocale();
    const rows = entries.map((e) =>
      row(TARGET_COLUMNS.length, () =>
        TARGET_COLUMNS.map((c) => {
          const shown = c.cell(e, locale);
          return c.amount && typeof shown === "number" ? cellValue(e, shown) : shown;
        }),
      ),
    );
    return [columnHeaders(locale), ...rows];
  });
}

export function regions(): string[][] {
  return cell(() =>
    column(
      catalog()
        .regions.filter((r) => catalog().plans(r).length > 0)
        .map((r) => r.name),
      LISTED.regions,
    ),
  );
}

export function plans(region?: unknown): string[][] {
  return cell(() => {
    const name = need(toOptionalText(region, ARG.region));
    const resolved = name === null ? null : need(catalog().resolveRegion(name));
    return column(
      catalog()
        .plans(resolved)
        .map((p) => p.title),
      LISTED.plans,
    );
  });
}

export function sectors(region?: unknown, plan?: unknown): string[][] {
  return cell(() => {
    const tree = need(
      catalog().sectorTree({
        region: need(toOptionalText(region, ARG.region)),
        plan: need(toOptionalText(plan, ARG.plan)),
      }),
    );
    const labels: string[] = [];
    const walk = (nodes: readonly SectorNode[]): void => {
      for (const node of nodes) {
        labels.push(node.label);
        walk(node.children);
      }
    };
    walk(tree);
    return column([...new Set(labels)], LISTED.sectors);
  });
}

export function metrics(region: unknown, sector: unknown, plan?: unknown): string[][] {
  return cell(() =>
    column(
      need(
        catalog().metrics(
          need(toText(region, ARG.region)),
          need(toText(sector, ARG.sector)),
          need(toOptionalText(plan, ARG.plan)),
        ),
      ),
      LISTED.metrics,
    ),
  );
}

export function cagrFunction(start: unknown, end: unknown, years: unknown): number {
  return cell(() =>
    need(cagr(need(toNumber(start, ARG.start)), need(toNumber(end, ARG.end)), need(toNumber(years, ARG.years)))),
  );
}

export function requiredCagrFunction(
  current: unknown,
  current_year: unknown,
  region: unknown,
  sector: unknown,
  metric: unknown,
  year?: unknown,
  plan?: unknown,
): number {
  return cell(() => {
    const nowYear = need(toYear(current_year, ARG.currentYear));
    return need(assessCell(current, nowYear, [region, sector, metric, year, plan]).requiredCagr);
  });
}

export function projectFunction(value: unknown, rate: unknown, years: unknown): number {
  return cell(() =>
    need(project(need(toNumber(value, ARG.value)), need(toRate(rate, ARG.rate)), need(toNumber(years, ARG.years)))),
  );
}

export function yearsToTargetFunction(current: unknown, rate: unknown, target: unknown): number {
  return cell(() =>
    need(
      yearsToTarget(
        need(toNumber(current, ARG.current)),
        need(toRate(rate, ARG.rate)),
        need(toNumber(target, ARG.target)),
      ),
    ),
  );
}

export function progressFunction(
  current: unknown,
  region: unknown,
  sector: unknown,
  metric: unknown,
  year?: unknown,
  plan?: unknown,
  base?: unknown,
): number {
  return cell(() => need(assessCell(current, null, [region, sector, metric, year, plan], base).progress));
}

export function gapFunction(
  current: unknown,
  region: unknown,
  sector: unknown,
  metric: unknown,
  year?: unknown,
  plan?: unknown,
  base?: unknown,
): number {
  return cell(() => {
    const assessment = assessCell(current, null, [region, sector, metric, year, plan], base);
    return cellValue(assessment.target, assessment.gap);
  });
}

export function ontrack(
  current: unknown,
  current_year: unknown,
  region: unknown,
  sector: unknown,
  metric: unknown,
  year?: unknown,
  plan?: unknown,
  base?: unknown,
  base_year?: unknown,
): string {
  return cell(() => {
    const nowYear = need(toYear(current_year, ARG.currentYear));
    return need(assessCell(current, nowYear, [region, sector, metric, year, plan], base, base_year).status);
  });
}

export function convertFunction(value: unknown, from_unit: unknown, to_unit: unknown): number {
  return cell(() =>
    need(
      convert(
        need(toNumber(value, ARG.value)),
        need(toText(from_unit, ARG.fromUnit)),
        need(toText(to_unit, ARG.toUnit)),
      ),
    ),
  );
}

/** The version and publication day of the data in use: what a report prints as 数据版本. */
export function datasetFunction(): string {
  return cell(() => datasetLabel(catalog().dataset, cellLocale()));
}

/** Each id of the function table bound to its implementation; Excel calls them through CustomFunctions.associate. */
export const IMPLEMENTATIONS = {
  TARGET: target,
  UNIT: unit,
  QUALIFIER: qualifier,
  SOURCE: source,
  BASELINE: baseline,
  BASEYEAR: baseyear,
  TARGETS: targets,
  REGIONS: regions,
  PLANS: plans,
  SECTORS: sectors,
  METRICS: metrics,
  CAGR: cagrFunction,
  REQUIRED_CAGR: requiredCagrFunction,
  PROJECT: projectFunction,
  YEARS_TO_TARGET: yearsToTargetFunction,
  PROGRESS: progressFunction,
  GAP: gapFunction,
  ONTRACK: ontrack,
  CONVERT: convertFunction,
  DATASET: datasetFunction,
} as const satisfies Record<FunctionId, (...args: never[]) => unknown>;
