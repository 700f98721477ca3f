/**
 * What each PLAN function computes, host-neutral: its arguments arrive already read by their declared types
 * (src/sheet/function-table.ts, core/input's readArgument), and it answers a cell value or fails with a PlanError
 * (`need`). The hosts' adapters (Excel here, others beside it) read the raw arguments, memoise, and show the
 * result or the error as their cells can.
 *
 * Every function is synchronous over the in-memory catalogue (no network, no #BUSY!, not volatile).
 */
import { assess, type Assessment, type GivenBasis } from "../core/assess";
import type { Catalog, Entry, SectorNode, TargetAnswer } from "../core/catalog";
import { fail, type PlanError, type Result } from "../core/errors";
import { cagr, project, yearsToTarget } from "../core/growth";
import { LOOKUP_KINDS } from "../core/kinds";
import type { Bilingual, Locale } from "../core/locale";
import { answerCitation, columnHeaders, datasetLabel, TARGET_COLUMNS } from "../core/present";
import { readAmount, type AmountGiven } from "../core/input";
import { convert, sheetScale } from "../core/units";
import type { YearAsked } from "../core/vocabulary";
import type { ArgumentsOf, FunctionId } from "../sheet/function-table";
import { ArgumentMemo } from "./argument-memo";
import { attempt, need, spillRow, type CellValue, type SpillCell } from "./cell-result";
import { liveStore } from "./live";

/** What a definition may read besides its arguments: the catalogue in use and the language of messages. */
export interface CellContext {
  readonly catalog: Catalog;
  readonly locale: Locale;
}

type Definition<Id extends FunctionId> = (args: ArgumentsOf<Id>, context: CellContext) => CellValue;

/** The figure a lookup names: region, sector, metric, [year or 每年], [plan]. */
interface FigureArgs {
  readonly region: string;
  readonly sector: string;
  readonly metric: string;
  readonly year: YearAsked;
  readonly plan: string | null;
}

/** The lookup behind TARGET, UNIT, SOURCE and the growth functions (the catalogue memoises its answers). */
function answer(figure: FigureArgs, catalog: Catalog): TargetAnswer {
  return need(catalog.target(figure));
}

/** A record's value as a cell holds it: percentages as fractions (45% → 0.45). */
function cellValue(entry: Entry, value: number): number {
  return value * sheetScale(entry.unit);
}

let assessments: ArgumentMemo<Result<Assessment>> | null = null;
const assessmentKey: unknown[] = new Array<unknown>(9).fill(null);

/**
 * The assessment behind PROGRESS, GAP, REQUIRED_CAGR and ONTRACK: the current value and a base come in as cells
 * hold them and are read in the target's unit by the share rule (0.35 or 35% for a percentage metric).
 */
function assessFigure(
  current: AmountGiven,
  currentYear: number | null,
  figure: FigureArgs,
  catalog: Catalog,
  base: AmountGiven | null = null,
  baseYear: number | null = null,
): Assessment {
  if (assessments?.owner !== catalog) assessments = new ArgumentMemo(catalog);
  // The memo copies a key it keeps: one array serves every call.
  const key = assessmentKey;
  key[0] = current.given;
  key[1] = currentYear;
  key[2] = figure.region;
  key[3] = figure.sector;
  key[4] = figure.metric;
  key[5] = figure.year;
  key[6] = figure.plan;
  key[7] = base?.given ?? null;
  key[8] = baseYear;
  return need(
    assessments.get(key, () =>
      attempt(() => {
        const { entry } = answer(figure, catalog);
        const given: GivenBasis = { value: base === null ? null : need(readAmount(base, entry.unit)), year: baseYear };
        return assess(catalog, entry, need(readAmount(current, entry.unit)), currentYear, given);
      }),
    ),
  );
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

function sectorLabels(tree: readonly SectorNode[]): string[] {
  const labels: string[] = [];
  const walk = (nodes: readonly SectorNode[]): void => {
    for (const node of nodes) {
      labels.push(node.label);
      walk(node.children);
    }
  };
  walk(tree);
  return [...new Set(labels)];
}

/** Each id of the function table bound to what it computes. */
export const DEFINITIONS: { readonly [Id in FunctionId]: Definition<Id> } = {
  TARGET: (a, { catalog }) => {
    const { entry } = answer(a, catalog);
    return cellValue(entry, entry.record.value);
  },
  UNIT: (a, { catalog }) => answer(a, catalog).entry.record.unit,
  QUALIFIER: (a, { catalog }) => answer(a, catalog).entry.record.qualifiers.join("、"),
  SOURCE: (a, { catalog, locale }) => answerCitation(answer(a, catalog), locale),
  BASELINE: (a, { catalog }) => {
    const entry = need(catalog.baseline({ ...a, year: null }));
    return cellValue(entry, entry.record.value);
  },
  // catalog.baseline() only returns baselines with a year.
  BASEYEAR: (a, { catalog }) => need(catalog.baseline({ ...a, year: null })).record.year as number,
  TARGETS: (a, { catalog, locale }) => {
    const entries = need(catalog.list({ ...a, kinds: LOOKUP_KINDS }));
    if (entries.length === 0) need(fail("NOTHING_MATCHES", { kind: LISTED.targets }));
    const rows = entries.map((e) =>
      spillRow(TARGET_COLUMNS.length, () =>
        TARGET_COLUMNS.map((c): SpillCell => {
          const shown = c.cell(e, locale);
          return c.amount && typeof shown === "number" ? cellValue(e, shown) : shown;
        }),
      ),
    );
    return [columnHeaders(locale), ...rows];
  },
  REGIONS: (_, { catalog }) =>
    column(
      catalog.regions.filter((r) => catalog.plans(r).length > 0).map((r) => r.name),
      LISTED.regions,
    ),
  PLANS: ({ region }, { catalog }) => {
    const resolved = region === null ? null : need(catalog.resolveRegion(region));
    return column(
      catalog.plans(resolved).map((p) => p.title),
      LISTED.plans,
    );
  },
  SECTORS: (a, { catalog }) => column(sectorLabels(need(catalog.sectorTree(a))), LISTED.sectors),
  METRICS: ({ region, sector, plan }, { catalog }) =>
    column(need(catalog.metrics(region, sector, plan)), LISTED.metrics),
  CAGR: ({ start, end, years }) => need(cagr(start, end, years)),
  REQUIRED_CAGR: ({ current, current_year, ...figure }, { catalog }) =>
    need(assessFigure(current, current_year, figure, catalog).requiredCagr),
  PROJECT: ({ value, rate, years }) => need(project(value, rate, years)),
  YEARS_TO_TARGET: ({ current, rate, target }) => need(yearsToTarget(current, rate, target)),
  PROGRESS: ({ current, base, ...figure }, { catalog }) =>
    need(assessFigure(current, null, figure, catalog, base).progress),
  GAP: ({ current, base, ...figure }, { catalog }) => {
    const assessment = assessFigure(current, null, figure, catalog, base);
    return cellValue(assessment.target, assessment.gap);
  },
  ONTRACK: ({ current, current_year, base, base_year, ...figure }, { catalog }) =>
    need(assessFigure(current, current_year, figure, catalog, base, base_year).status),
  CONVERT: ({ value, from_unit, to_unit }) => need(convert(value, from_unit, to_unit)),
  DATASET: (_, { catalog, locale }) => datasetLabel(catalog.dataset, locale),
};

/** The catalogue the functions answer from now (a refresh swaps it whole). */
export function activeCatalog(): Catalog {
  return liveStore().catalog;
}

export type { CellValue, PlanError, SpillCell };
