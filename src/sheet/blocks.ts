/**
 * The blocks the add-in writes into a sheet, as data: the cells (values, formulas), their number formats, and
 * whether the block becomes an Excel table or feeds a chart. Built for an origin cell, because formulas refer to
 * cells of the block by A1 address. Pure: the taskpane writes them through Excel.run, exports through a workbook
 * writer, and the tests evaluate them in a formula engine.
 *
 * Live mode writes PLAN.* formulas; static mode (no custom functions) writes the values and their source, and
 * Excel's own functions (RRI, IF) where a computation is needed.
 */
import { pathPoints } from "../core/assess";
import { PATH_JOINER, type Catalog, type Entry } from "../core/catalog";
import { answersLookup } from "../core/kinds";
import type { Locale } from "../core/locale";
import { messageFor } from "../core/messages";
import { columnHeaders, qualifierText, sourceCitation, TARGET_COLUMNS, yearText } from "../core/present";
import { sheetScale } from "../core/units";
import type { TargetFigure } from "./analysis-block";
import type { BlockGrid, CellContent, FormulaMode, SheetBlock } from "./block";
import { a1, amountFormat, decimalsOf, GENERAL_FORMAT, offset, TEXT_FORMAT, YEAR_FORMAT, type CellPos } from "./cells";
import { CHART_LABELS, CHART_TITLES } from "./labels";
import {
  baselineFormula,
  baselineReaches,
  recordArgs,
  recordFormula,
  targetReaches,
  type RecordArgs,
} from "./record-formulas";

export type { BlockGrid, CellContent, ChartSpec, ChartType, FormulaMode, SheetBlock } from "./block";
export { analysisBlock, targetFigure, type CurrentInput, type TargetFigure } from "./analysis-block";

/** A block with no dressing: no bold rows, no inputs, no table, no chart. */
export const plain = {
  boldRows: [] as readonly number[],
  boldColumns: [] as readonly number[],
  inputCells: [] as readonly CellPos[],
  table: false,
  chart: null,
  autofit: false,
  staticFallbacks: 0,
};

function decimalsOfEntry(entry: Entry): number {
  return Math.max(
    decimalsOf(entry.record.value),
    entry.record.valueMax === null ? 0 : decimalsOf(entry.record.valueMax),
  );
}

function fixed(contents: CellContent[][], formats: string[][]): (origin: CellPos) => BlockGrid {
  return () => ({ contents, formats });
}

/** The value as a sheet holds it: a percentage as a fraction (45% → 0.45), anything else as written. */
function sheetAmount(entry: Entry, value: number): number {
  return value * sheetScale(entry.unit);
}

/** The value's number format: a percent for a percentage, else the number with its unit as a literal. */
function amountOf(entry: Entry, withUnit = true): string {
  return amountFormat(decimalsOfEntry(entry), entry.record.unit, withUnit);
}

/** The value, with the unit in its number format; a range fills two cells; `withSource` adds the citation. */
export function valueBlock(entry: Entry, withSource: boolean): SheetBlock {
  const format = amountOf(entry);
  const contents: CellContent[] = [sheetAmount(entry, entry.record.value)];
  const formats: string[] = [format];
  if (entry.record.valueMax !== null) {
    contents.push(sheetAmount(entry, entry.record.valueMax));
    formats.push(format);
  }
  if (withSource) {
    contents.push(sourceCitation(entry));
    formats.push(TEXT_FORMAT);
  }
  return { ...plain, build: fixed([contents], [formats]) };
}

/** =PLAN.TARGET(…) (or PLAN.SOURCE) for the record; a static value and source where no formula reaches it. */
export function formulaBlock(
  catalog: Catalog,
  entry: Entry,
  mode: FormulaMode,
  fn: "TARGET" | "SOURCE" = "TARGET",
): SheetBlock {
  const live = mode === "live" && targetReaches(catalog, entry);
  if (!live) {
    const fallback = fn === "SOURCE" ? sourceBlock(entry) : valueBlock(entry, true);
    return { ...fallback, staticFallbacks: mode === "live" ? 1 : 0 };
  }
  const format = fn === "TARGET" ? amountOf(entry) : GENERAL_FORMAT;
  return { ...plain, build: fixed([[recordFormula(fn, recordArgs(entry))]], [[format]]) };
}

function sourceBlock(entry: Entry): SheetBlock {
  return { ...plain, build: fixed([[sourceCitation(entry)]], [[TEXT_FORMAT]]) };
}

/**
 * A table of records: the header of TARGET_COLUMNS, then one row per record. 目标值, 单位, 限定 and 出处 are PLAN
 * formulas over the row's own 地区, 规划, 行业, 指标 and 年份 cells, so editing a year re-asks the plans. The 规划 cell
 * holds the plan id: it pins the plan in those formulas.
 */
export function tableBlock(catalog: Catalog, entries: readonly Entry[], mode: FormulaMode, locale: Locale): SheetBlock {
  const reaches = entries.map((e) => mode === "live" && targetReaches(catalog, e));
  const col = Object.fromEntries(TARGET_COLUMNS.map((c, i) => [c.key, i])) as Record<
    (typeof TARGET_COLUMNS)[number]["key"],
    number
  >;
  const build = (origin: CellPos): BlockGrid => {
    const headers = columnHeaders(locale);
    const contents: CellContent[][] = [headers];
    const formats: string[][] = [headers.map(() => TEXT_FORMAT)];
    entries.forEach((entry, i) => {
      const r = entry.record;
      const at = (key: keyof typeof col): { ref: string } => ({ ref: a1(offset(origin, 1 + i, col[key])) });
      const refs: RecordArgs = [at("region"), at("sector"), at("metric"), at("year"), at("plan")];
      const live = reaches[i] === true;
      const decimals = amountOf(entry, false);
      const cells: Record<keyof typeof col, [CellContent, string]> = {
        region: [entry.region.name, TEXT_FORMAT],
        plan: [entry.plan.id, TEXT_FORMAT],
        sector: [entry.sectorLabel, TEXT_FORMAT],
        metric: [entry.metricLabel, TEXT_FORMAT],
        year: [yearText(entry, locale), r.year === null ? TEXT_FORMAT : YEAR_FORMAT],
        value: [live ? recordFormula("TARGET", refs) : sheetAmount(entry, r.value), decimals],
        valueMax: [r.valueMax === null ? "" : sheetAmount(entry, r.valueMax), decimals],
        unit: [live ? recordFormula("UNIT", refs) : r.unit, live ? GENERAL_FORMAT : TEXT_FORMAT],
        qualifier: [
          live ? recordFormula("QUALIFIER", refs) : qualifierText(entry),
          live ? GENERAL_FORMAT : TEXT_FORMAT,
        ],
        source: [
          live ? recordFormula("SOURCE", refs) : sourceCitation(entry, locale),
          live ? GENERAL_FORMAT : TEXT_FORMAT,
        ],
      };
      contents.push(TARGET_COLUMNS.map((c) => cells[c.key][0]));
      formats.push(TARGET_COLUMNS.map((c) => cells[c.key][1]));
    });
    return { contents, formats };
  };
  return {
    ...plain,
    build,
    table: true,
    autofit: true,
    staticFallbacks: mode === "live" ? reaches.filter((x) => !x).length : 0,
  };
}

/** Target-like records of one plan, metric, unit and year at the sibling nodes of `entry` (or its children). */
export function sectorChartEntries(catalog: Catalog, entry: Entry): { parent: string; entries: Entry[] } {
  const r = entry.record;
  const comparable = (e: Entry): boolean =>
    e.plan.id === entry.plan.id &&
    answersLookup(e.record.kind) &&
    e.metricLabel === entry.metricLabel &&
    e.record.unit === r.unit &&
    e.record.year === r.year &&
    e.record.subRegion === r.subRegion;
  const under = (path: readonly string[]): Entry[] => {
    const seen = new Set<string>();
    return catalog.entries.filter((e) => {
      const s = e.record.sector;
      if (!comparable(e) || s.length !== path.length + 1 || !path.every((name, i) => s[i] === name)) return false;
      if (seen.has(e.sectorLabel)) return false;
      seen.add(e.sectorLabel);
      return true;
    });
  };
  const parentPath = r.sector.slice(0, -1);
  const siblings = parentPath.length > 0 ? under(parentPath) : [];
  if (siblings.length >= 2) return { parent: parentPath.join(PATH_JOINER), entries: siblings };
  const children = under(r.sector);
  if (children.length >= 2) return { parent: entry.sectorLabel, entries: children };
  return { parent: entry.sectorLabel, entries: [] };
}

/** A bar chart of a sector's targets: one row per sub-sector (live TARGET formulas), and the chart over it. */
export function sectorChartBlock(catalog: Catalog, entry: Entry, mode: FormulaMode, locale: Locale): SheetBlock | null {
  const { parent, entries } = sectorChartEntries(catalog, entry);
  if (entries.length < 2) return null;
  const reaches = entries.map((e) => mode === "live" && targetReaches(catalog, e));
  const decimals = amountFormat(Math.max(...entries.map(decimalsOfEntry)), entry.record.unit, false);
  const header = [CHART_LABELS.sector[locale], `${entry.metricLabel}（${entry.record.unit}）`];
  const contents: CellContent[][] = [
    header,
    ...entries.map((e, i) => [
      e.record.sector.at(-1) ?? e.sectorLabel,
      reaches[i] ? recordFormula("TARGET", recordArgs(e)) : sheetAmount(e, e.record.value),
    ]),
  ];
  const formats = [[TEXT_FORMAT, TEXT_FORMAT], ...entries.map(() => [TEXT_FORMAT, decimals])];
  return {
    ...plain,
    build: fixed(contents, formats),
    boldRows: [0],
    autofit: true,
    chart: {
      type: "BarClustered",
      title: messageFor(CHART_TITLES.sector, locale, parent, entry.metricLabel, entry.record.year, entry.record.unit),
    },
    staticFallbacks: mode === "live" ? reaches.filter((x) => !x).length : 0,
  };
}

/** A line chart of the path baseline → (current) → target, over a small year/value table. */
export function pathChartBlock(
  catalog: Catalog,
  figure: TargetFigure,
  mode: FormulaMode,
  locale: Locale,
  current: { value: number; year: number } | null,
): SheetBlock | null {
  const points = pathPoints(figure.level, figure.baseline, current);
  if (points.length < 2) return null;
  const { entry, baseline } = figure;
  const liveTarget = mode === "live" && targetReaches(catalog, entry);
  const liveBaseline = liveTarget && baseline !== null && baselineReaches(catalog, baseline);
  const decimals = amountFormat(Math.max(...points.map((p) => decimalsOf(p.value))), entry.record.unit, false);
  const valueOf = (role: string, value: number): CellContent => {
    if (role === "target" && liveTarget) return recordFormula("TARGET", recordArgs(entry));
    if (role === "baseline" && liveBaseline && baseline) return baselineFormula("BASELINE", baseline);
    return sheetAmount(entry, value);
  };
  const contents: CellContent[][] = [
    [CHART_LABELS.year[locale], `${entry.metricLabel}（${entry.record.unit}）`],
    ...points.map((p) => [p.year, valueOf(p.role, p.value)]),
  ];
  const formats = [[TEXT_FORMAT, TEXT_FORMAT], ...points.map(() => [YEAR_FORMAT, decimals])];
  const what = `${entry.record.sector.at(-1) ?? entry.sectorLabel}·${entry.metricLabel}`;
  return {
    ...plain,
    build: fixed(contents, formats),
    boldRows: [0],
    autofit: true,
    chart: { type: "XYScatterLines", title: messageFor(CHART_TITLES.path, locale, what, entry.record.unit) },
    staticFallbacks: mode === "live" && !liveTarget ? 1 : 0,
  };
}
