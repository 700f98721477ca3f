/**
 * The blocks the add-in writes into a sheet, as data: the cells (values, formulas), their number formats, and
 * whether the block becomes an Excel table or feeds a chart. Built for an origin cell, because formulas refer to
 * cells of the block by A1 address. Pure: the taskpane writes them through Excel.run, exports through a workbook
 * writer, and the tests evaluate them in a formula engine.
 *
 * Live mode writes PLAN.* formulas; static mode (no custom functions) writes the values and their source, and
 * Excel's own functions (RRI, IF) where a computation is needed.
 */
import { levelOf, pathPoints } from "../core/assess";
import { PATH_JOINER, type Catalog, type Entry } from "../core/catalog";
import { ON_TRACK_TOLERANCE } from "../core/growth";
import { answersLookup } from "../core/kinds";
import type { Locale } from "../core/locale";
import { columnHeaders, qualifierText, sourceCitation, TARGET_COLUMNS, yearText } from "../core/present";
import {
  a1,
  decimalsOf,
  GENERAL_FORMAT,
  numberFormat,
  offset,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  unitFormat,
  YEAR_FORMAT,
  type CellPos,
} from "./cells";
import { formula, type FormulaArgument } from "./formulas";
import {
  ANALYSIS_LABELS,
  ANALYSIS_ROWS,
  CHART_LABELS,
  pathChartTitle,
  sectorChartTitle,
  type AnalysisRow,
} from "./labels";
import {
  baselineFormula,
  baselineReaches,
  nested,
  recordArgs,
  recordFormula,
  targetReaches,
  type RecordArgs,
} from "./record-formulas";

/** A cell's content: a number, text, or a formula (text starting with "="). */
export type CellContent = string | number;

/** What a block puts into its cells. */
export interface BlockGrid {
  readonly contents: CellContent[][];
  readonly formats: string[][];
}

export type ChartType = "BarClustered" | "XYScatterLines";

export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
}

/** A block to write at an origin cell: its grid and how it is dressed. */
export interface SheetBlock {
  build(origin: CellPos): BlockGrid;
  /** Rows / columns of the block shown bold (a header row, a label column). */
  readonly boldRows: readonly number[];
  readonly boldColumns: readonly number[];
  /** Cells, relative to the block, the user is meant to fill in. */
  readonly inputCells: readonly CellPos[];
  /** Make the block an Excel table (its first row is the header). */
  readonly table: boolean;
  readonly chart: ChartSpec | null;
  readonly autofit: boolean;
  /** How many records went in as static values although formulas were asked for. */
  readonly staticFallbacks: number;
}

/** Live: PLAN formulas. Static: values with their source (custom functions unavailable). */
export type FormulaMode = "live" | "static";

const plain = {
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

/** The value, with the unit in its number format; a range fills two cells; `withSource` adds the citation. */
export function valueBlock(entry: Entry, withSource: boolean): SheetBlock {
  const format = unitFormat(decimalsOfEntry(entry), entry.record.unit);
  const contents: CellContent[] = [entry.record.value];
  const formats: string[] = [format];
  if (entry.record.valueMax !== null) {
    contents.push(entry.record.valueMax);
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
  const format = fn === "TARGET" ? unitFormat(decimalsOfEntry(entry), entry.record.unit) : GENERAL_FORMAT;
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
      const decimals = numberFormat(decimalsOfEntry(entry));
      const cells: Record<keyof typeof col, [CellContent, string]> = {
        region: [entry.region.name, TEXT_FORMAT],
        plan: [entry.plan.id, TEXT_FORMAT],
        sector: [entry.sectorLabel, TEXT_FORMAT],
        metric: [entry.metricLabel, TEXT_FORMAT],
        year: [yearText(entry, locale), r.year === null ? TEXT_FORMAT : YEAR_FORMAT],
        value: [live ? recordFormula("TARGET", refs) : r.value, decimals],
        valueMax: [r.valueMax ?? "", decimals],
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

export interface CurrentInput {
  readonly value: number | null;
  readonly year: number | null;
}

const ROW = Object.fromEntries(ANALYSIS_ROWS.map((name, i) => [name, i])) as Record<AnalysisRow, number>;

/** What the analysis and path blocks need of a target: its level and the plan's baseline. */
export interface TargetFigure {
  readonly entry: Entry;
  readonly level: { readonly value: number; readonly year: number } | null;
  readonly baseline: Entry | null;
}

export function targetFigure(catalog: Catalog, entry: Entry): TargetFigure {
  const level = levelOf(entry);
  return { entry, level: level.ok ? level.value : null, baseline: catalog.baselineOf(entry) };
}

/**
 * An analysis block for a target: baseline, target, input cells for the current value and year, and the
 * required-CAGR, progress and on-track formulas that refer to them. Null for records that are not a level.
 */
export function analysisBlock(
  catalog: Catalog,
  figure: TargetFigure,
  mode: FormulaMode,
  locale: Locale,
  current: CurrentInput,
): SheetBlock | null {
  const { entry, level, baseline } = figure;
  if (!level) return null;
  const live = mode === "live" && targetReaches(catalog, entry);
  const liveBaseline = live && baseline !== null && baselineReaches(catalog, baseline);
  const baseYear = baseline?.record.year ?? entry.plan.baseYear;
  const tolerance = String(ON_TRACK_TOLERANCE);
  const build = (origin: CellPos): BlockGrid => {
    const cell = (row: AnalysisRow): string => a1(offset(origin, ROW[row], 1));
    const args = recordArgs(entry);
    const cur = { ref: cell("current") };
    const curYear = { ref: cell("currentYear") };
    const blankGuard = (both: boolean): string =>
      both ? `OR(${cell("current")}="",${cell("currentYear")}="")` : `${cell("current")}=""`;
    const guarded = (both: boolean, body: string): string => `=IF(${blankGuard(both)},"",${body})`;
    const elapsed = `(${cell("currentYear")}-${cell("baseYear")})/(${cell("targetYear")}-${cell("baseYear")})`;
    const progressStatic = baseline
      ? `(${cell("current")}-${cell("baseline")})/(${cell("target")}-${cell("baseline")})`
      : `${cell("current")}/${cell("target")}`;
    const rows: Record<AnalysisRow, [CellContent, string]> = {
      title: [`${entry.region.name} · ${entry.sectorLabel} · ${entry.metricLabel}（${entry.plan.id}）`, TEXT_FORMAT],
      unit: [entry.record.unit, TEXT_FORMAT],
      baseline: baseline
        ? [
            liveBaseline ? baselineFormula("BASELINE", baseline) : baseline.record.value,
            numberFormat(decimalsOf(baseline.record.value)),
          ]
        : ["—", TEXT_FORMAT],
      baseYear: [liveBaseline && baseline ? baselineFormula("BASEYEAR", baseline) : baseYear, YEAR_FORMAT],
      target: [live ? recordFormula("TARGET", args) : level.value, numberFormat(decimalsOf(level.value))],
      targetYear: [level.year, YEAR_FORMAT],
      current: [current.value ?? "", numberFormat(decimalsOf(current.value ?? level.value))],
      currentYear: [current.year ?? "", YEAR_FORMAT],
      requiredCagr: [
        guarded(
          true,
          live
            ? nested(assessFormula("REQUIRED_CAGR", [cur, curYear], args))
            : `RRI(${cell("targetYear")}-${cell("currentYear")},${cell("current")},${cell("target")})`,
        ),
        PERCENT_FORMAT,
      ],
      progress: [
        guarded(false, live ? nested(assessFormula("PROGRESS", [cur], args)) : progressStatic),
        PERCENT_FORMAT,
      ],
      status: [
        guarded(
          true,
          live
            ? nested(assessFormula("ONTRACK", [cur, curYear], args))
            : `IF(${cell("progress")}>${elapsed}+${tolerance},"超前",IF(${cell("progress")}<${elapsed}-${tolerance},"滞后","正常"))`,
        ),
        GENERAL_FORMAT,
      ],
      source: live ? [recordFormula("SOURCE", args), GENERAL_FORMAT] : [sourceCitation(entry, locale), TEXT_FORMAT],
    };
    return {
      contents: ANALYSIS_ROWS.map((row) => [ANALYSIS_LABELS[row][locale], rows[row][0]]),
      formats: ANALYSIS_ROWS.map((row) => [TEXT_FORMAT, rows[row][1]]),
    };
  };
  return {
    ...plain,
    build,
    boldColumns: [0],
    inputCells: [
      { row: ROW.current, col: 1 },
      { row: ROW.currentYear, col: 1 },
    ],
    autofit: true,
    staticFallbacks: mode === "live" && !live ? 1 : 0,
  };
}

/** PLAN.REQUIRED_CAGR / PROGRESS / ONTRACK: leading arguments (current value, year) then the record's. */
function assessFormula(
  id: "REQUIRED_CAGR" | "PROGRESS" | "ONTRACK",
  lead: readonly FormulaArgument[],
  args: RecordArgs,
): string {
  return formula(id, ...lead, ...args);
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
  const decimals = numberFormat(Math.max(...entries.map(decimalsOfEntry)));
  const header = [CHART_LABELS.sector[locale], `${entry.metricLabel}（${entry.record.unit}）`];
  const contents: CellContent[][] = [
    header,
    ...entries.map((e, i) => [
      e.record.sector.at(-1) ?? e.sectorLabel,
      reaches[i] ? recordFormula("TARGET", recordArgs(e)) : e.record.value,
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
      title: sectorChartTitle(locale, parent, entry.metricLabel, entry.record.year, entry.record.unit),
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
  const decimals = numberFormat(Math.max(...points.map((p) => decimalsOf(p.value))));
  const valueOf = (role: string, value: number): CellContent => {
    if (role === "target" && liveTarget) return recordFormula("TARGET", recordArgs(entry));
    if (role === "baseline" && liveBaseline && baseline) return baselineFormula("BASELINE", baseline);
    return value;
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
    chart: { type: "XYScatterLines", title: pathChartTitle(locale, what, entry.record.unit) },
    staticFallbacks: mode === "live" && !liveTarget ? 1 : 0,
  };
}
