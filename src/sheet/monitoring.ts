/**
 * The monitoring sheet (监测表) of a plan, a region or ticked records, as data: one row per level target (a target
 * or cap with a year) with its basis and target, input cells for the current value and year, and the required
 * rate, progress, time elapsed, gap and status computed from them — live PLAN.* formulas, or native Excel formulas
 * under the same rules (assess-formulas.ts) for a workbook that must compute without the add-in. Above the table a
 * region and a plan dropdown count the statuses of the rows they pick.
 *
 * Records that are not level targets (growth rates, relative targets, specs, projects, baselines, recurring
 * figures) have no path to judge: they are left out and counted in `leftOut` (the export lists them in 记录).
 */
import { levelOf, TRACK_STATUSES, type TrackStatus } from "../core/assess";
import type { Catalog, Entry } from "../core/catalog";
import { answersLookup } from "../core/kinds";
import type { Bilingual, Locale } from "../core/locale";
import { messageFor } from "../core/messages";
import { qualifierText, sourceCitation, TARGET_COLUMNS } from "../core/present";
import { sheetScale } from "../core/units";
import type { CurrentInput } from "./analysis-block";
import { assessCellsAt } from "./assess-formulas";
import { assessmentFormulas } from "./assessment-cells";
import { formulaCell, type CellContent, type FormulaCell, type FormulaMode } from "./block";
import {
  a1,
  amountFormat,
  decimalsOf,
  GENERAL_FORMAT,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  YEAR_FORMAT,
  type CellPos,
} from "./cells";
import { ANALYSIS_LABELS, ELAPSED_LABEL, MONITORING_GUIDE, MONITORING_TEXT } from "./labels";
import { absoluteA1, areaA1, Grid, type Area, type ColumnLayout, type SheetLayout, type Tone } from "./layout";
import { baselineFormula, baselineFormulaFits, recordFormula, targetReaches, type RecordArgs } from "./record-formulas";

/** Live: PLAN.* formulas where custom functions run. Native: Excel's own functions only (exports, other hosts). */
export type MonitoringMode = "live" | "native";

/** The pane's formula mode as the monitoring sheet reads it: static values become native formulas. */
export function monitoringMode(mode: FormulaMode): MonitoringMode {
  return mode === "live" ? "live" : "native";
}

export const MONITORING_COLUMNS = [
  "region",
  "plan",
  "metric",
  "sector",
  "baseline",
  "baseYear",
  "target",
  "targetYear",
  "unit",
  "qualifier",
  "current",
  "currentYear",
  "requiredCagr",
  "progress",
  "elapsed",
  "gap",
  "status",
  "source",
] as const;
export type MonitoringColumn = (typeof MONITORING_COLUMNS)[number];

const COLUMN = Object.fromEntries(MONITORING_COLUMNS.map((key, i) => [key, i])) as Record<MonitoringColumn, number>;

function tableLabel(key: "region" | "plan" | "metric" | "sector" | "qualifier"): Bilingual {
  return TARGET_COLUMNS.find((c) => c.key === key)!.label;
}

/** Headers: the analysis block's words where it has the same cell, the table of targets' for the record's names. */
const HEADERS: Readonly<Record<MonitoringColumn, Bilingual>> = {
  region: tableLabel("region"),
  plan: tableLabel("plan"),
  metric: tableLabel("metric"),
  sector: tableLabel("sector"),
  baseline: ANALYSIS_LABELS.baseline,
  baseYear: ANALYSIS_LABELS.baseYear,
  target: ANALYSIS_LABELS.target,
  targetYear: ANALYSIS_LABELS.targetYear,
  unit: ANALYSIS_LABELS.unit,
  qualifier: tableLabel("qualifier"),
  current: ANALYSIS_LABELS.current,
  currentYear: ANALYSIS_LABELS.currentYear,
  requiredCagr: ANALYSIS_LABELS.requiredCagr,
  progress: ANALYSIS_LABELS.progress,
  elapsed: ELAPSED_LABEL,
  gap: ANALYSIS_LABELS.gap,
  status: ANALYSIS_LABELS.status,
  source: ANALYSIS_LABELS.source,
};

const WIDTHS: Readonly<Record<MonitoringColumn, number>> = {
  region: 13,
  plan: 6,
  metric: 18,
  sector: 24,
  baseline: 10,
  baseYear: 9,
  target: 10,
  targetYear: 9,
  unit: 7,
  qualifier: 9,
  current: 10,
  currentYear: 9,
  requiredCagr: 12,
  progress: 9,
  elapsed: 9,
  gap: 10,
  status: 9,
  source: 44,
};

/** What a status's colour says: reached or ahead, on the path within the band, behind or over. */
export const STATUS_TONES: Readonly<Record<TrackStatus, Tone>> = {
  超前: "good",
  已实现: "good",
  未超上限: "good",
  正常: "neutral",
  滞后: "bad",
  未实现: "bad",
  超出上限: "bad",
};

/** Rows of the layout (0-based): title, guide, the summary's labels and values, a gap, the table's header. */
export const MONITORING_ROWS = { title: 0, guide: 1, summaryLabels: 2, summary: 3, header: 5 } as const;
const FIRST_DATA_ROW = MONITORING_ROWS.header + 1;
/** The dropdowns' choices sit in hidden columns right of the table (one empty column between). */
const LIST_COLUMN = { region: MONITORING_COLUMNS.length + 1, plan: MONITORING_COLUMNS.length + 2 } as const;

export interface MonitoringOptions {
  readonly mode: MonitoringMode;
  readonly locale: Locale;
  /** What the sheet covers, for its title: 内蒙古自治区 › 新材料产业高质量发展方案… */
  readonly scope: string;
  /** The dataset's version label (catalog.dataset.version). */
  readonly version: string;
  /** Current values to fill in, by record id, in the record's unit (35 for 35%). */
  readonly current?: ReadonlyMap<string, CurrentInput>;
}

export interface MonitoringSheet extends SheetLayout {
  /** The targets, one per table row, in order. */
  readonly targets: readonly Entry[];
  /** Records of the selection that are not level targets, hence not in the sheet. */
  readonly leftOut: number;
  /** Rows asked for live that went in with native formulas (no PLAN formula picks out their record). */
  readonly staticFallbacks: number;
  /** The sheet row (0-based) of the first target. */
  readonly firstDataRow: number;
}

/** The records a monitoring sheet has rows for: targets and caps with a year, each once, in the given order. */
export function monitoringTargets(entries: readonly Entry[]): { targets: Entry[]; leftOut: number } {
  const seen = new Set<string>();
  const targets: Entry[] = [];
  let leftOut = 0;
  for (const entry of entries) {
    if (seen.has(entry.record.id)) continue;
    seen.add(entry.record.id);
    if (answersLookup(entry.record.kind) && levelOf(entry).ok) targets.push(entry);
    else leftOut++;
  }
  return { targets, leftOut };
}

/** Where a column's cell is on a sheet row. */
export function monitoringCell(row: number, column: MonitoringColumn): CellPos {
  return { row, col: COLUMN[column] };
}

interface Row {
  readonly contents: CellContent[];
  readonly formats: string[];
  readonly inputs: MonitoringColumn[];
  readonly live: boolean;
}

function targetRow(catalog: Catalog, entry: Entry, sheetRow: number, options: MonitoringOptions): Row {
  const level = levelOf(entry);
  if (!level.ok) throw new Error(`not a level target: ${entry.record.id}`);
  const baseline = catalog.baselineOf(entry);
  const live = options.mode === "live" && targetReaches(catalog, entry);
  const liveBaseline = live && baseline !== null && baselineFormulaFits(catalog, entry, baseline);
  const scale = sheetScale(entry.unit);
  const amount = amountFormat(
    Math.max(decimalsOf(level.value.value), baseline ? decimalsOf(baseline.record.value) : 0),
    entry.record.unit,
    false,
  );
  const at = (column: MonitoringColumn): string => a1(monitoringCell(sheetRow, column));
  const cells = assessCellsAt(at);
  // PLAN.* read the record's names from the row itself, as the inserted table of targets does.
  const args: RecordArgs = [
    { ref: at("region") },
    { ref: at("sector") },
    { ref: at("metric") },
    { ref: at("targetYear") },
    { ref: at("plan") },
  ];
  const assessed = assessmentFormulas(entry, cells, live ? args : null);
  const current = options.current?.get(entry.record.id);
  const cell: Record<MonitoringColumn, [CellContent, string]> = {
    region: [entry.region.name, TEXT_FORMAT],
    plan: [entry.plan.id, TEXT_FORMAT],
    metric: [entry.metricLabel, TEXT_FORMAT],
    sector: [entry.sectorLabel, TEXT_FORMAT],
    baseline: [
      baseline ? (liveBaseline ? baselineFormula("BASELINE", baseline) : baseline.record.value * scale) : "",
      amount,
    ],
    baseYear: [
      baseline ? (liveBaseline ? baselineFormula("BASEYEAR", baseline) : (baseline.record.year ?? "")) : "",
      YEAR_FORMAT,
    ],
    target: [live ? recordFormula("TARGET", args) : level.value.value * scale, amount],
    targetYear: [level.value.year, YEAR_FORMAT],
    unit: [entry.record.unit, TEXT_FORMAT],
    qualifier: [qualifierText(entry), TEXT_FORMAT],
    current: [current === undefined || current.value === null ? "" : current.value * scale, amount],
    currentYear: [current?.year ?? "", YEAR_FORMAT],
    requiredCagr: [assessed.requiredCagr, PERCENT_FORMAT],
    progress: [assessed.progress, PERCENT_FORMAT],
    elapsed: [assessed.elapsed, PERCENT_FORMAT],
    gap: [assessed.gap, amount],
    status: [assessed.status, GENERAL_FORMAT],
    source: live
      ? [recordFormula("SOURCE", args), GENERAL_FORMAT]
      : [sourceCitation(entry, options.locale), TEXT_FORMAT],
  };
  const inputs: MonitoringColumn[] = baseline
    ? ["current", "currentYear"]
    : ["baseline", "baseYear", "current", "currentYear"];
  return {
    contents: MONITORING_COLUMNS.map((key) => cell[key][0]),
    formats: MONITORING_COLUMNS.map((key) => cell[key][1]),
    inputs,
    live,
  };
}

/**
 * The count of a status among the rows the two dropdowns pick (全部 = no restriction). COUNTIF/COUNTIFS skip the
 * error cells of statuses that cannot be judged.
 */
function countFormula(
  status: string,
  picks: { region: string; plan: string },
  data: Record<string, string>,
  all: string,
): FormulaCell {
  const s = `${data.status},${status}`;
  const r = `${data.region},${picks.region}`;
  const p = `${data.plan},${picks.plan}`;
  return formulaCell(
    `=IF(${picks.region}="${all}",IF(${picks.plan}="${all}",COUNTIF(${s}),COUNTIFS(${p},${s})),` +
      `IF(${picks.plan}="${all}",COUNTIFS(${r},${s}),COUNTIFS(${r},${p},${s})))`,
  );
}

/** The monitoring sheet of `entries` (null when none of them is a level target). */
export function monitoringSheet(
  catalog: Catalog,
  entries: readonly Entry[],
  options: MonitoringOptions,
): MonitoringSheet | null {
  const { targets, leftOut } = monitoringTargets(entries);
  if (targets.length === 0) return null;
  const { locale } = options;
  const all = MONITORING_TEXT.all[locale];
  const prompt = MONITORING_TEXT.pick[locale];
  const width = LIST_COLUMN.plan + 1;
  const rows = targets.map((entry, i) => targetRow(catalog, entry, FIRST_DATA_ROW + i, options));
  const lastRow = FIRST_DATA_ROW + targets.length - 1;
  const dataArea = (column: MonitoringColumn): Area => ({
    row: FIRST_DATA_ROW,
    col: COLUMN[column],
    rows: targets.length,
    cols: 1,
  });

  const grid = new Grid();
  const put = grid.put.bind(grid);
  // The dropdowns' choices: 全部, then the regions and plans of the rows, in order.
  const regions = [all, ...new Set(targets.map((e) => e.region.name))];
  const plans = [all, ...new Set(targets.map((e) => e.plan.id))];
  put(0, width - 1, "");
  put(MONITORING_ROWS.title, 0, `${MONITORING_TEXT.title[locale]}：${options.scope}`, TEXT_FORMAT);
  put(MONITORING_ROWS.guide, 0, messageFor(MONITORING_GUIDE, locale, options.version), TEXT_FORMAT);

  put(0, LIST_COLUMN.region, MONITORING_TEXT.regionList[locale], TEXT_FORMAT);
  put(0, LIST_COLUMN.plan, MONITORING_TEXT.planList[locale], TEXT_FORMAT);
  regions.forEach((name, i) => put(1 + i, LIST_COLUMN.region, name, TEXT_FORMAT));
  plans.forEach((id, i) => put(1 + i, LIST_COLUMN.plan, id, TEXT_FORMAT));

  // The summary: two dropdowns, then the count of each status among the rows they pick.
  const pickRegion: CellPos = { row: MONITORING_ROWS.summary, col: 0 };
  const pickPlan: CellPos = { row: MONITORING_ROWS.summary, col: 1 };
  put(MONITORING_ROWS.summaryLabels, 0, HEADERS.region[locale], TEXT_FORMAT);
  put(MONITORING_ROWS.summaryLabels, 1, HEADERS.plan[locale], TEXT_FORMAT);
  put(pickRegion.row, pickRegion.col, all, TEXT_FORMAT);
  put(pickPlan.row, pickPlan.col, all, TEXT_FORMAT);
  const data = {
    region: areaA1(dataArea("region"), true),
    plan: areaA1(dataArea("plan"), true),
    status: areaA1(dataArea("status"), true),
  };
  const picks = { region: absoluteA1(pickRegion), plan: absoluteA1(pickPlan) };
  TRACK_STATUSES.forEach((status, i) => {
    const label: CellPos = { row: MONITORING_ROWS.summaryLabels, col: 2 + i };
    put(label.row, label.col, status, TEXT_FORMAT);
    put(MONITORING_ROWS.summary, 2 + i, countFormula(a1(label), picks, data, all), "0");
  });

  MONITORING_COLUMNS.forEach((key, col) => put(MONITORING_ROWS.header, col, HEADERS[key][locale], TEXT_FORMAT));
  rows.forEach((row, i) =>
    row.contents.forEach((content, col) => put(FIRST_DATA_ROW + i, col, content, row.formats[col])),
  );

  const tableArea: Area = {
    row: MONITORING_ROWS.header,
    col: 0,
    rows: targets.length + 1,
    cols: MONITORING_COLUMNS.length,
  };
  const columns: ColumnLayout[] = [
    ...MONITORING_COLUMNS.map((key) => ({ width: WIDTHS[key], ...(key === "source" ? { wrap: true } : {}) })),
    { width: 2 },
    { width: 12, hidden: true },
    { width: 12, hidden: true },
  ];
  return {
    name: MONITORING_TEXT.sheetName[locale],
    ...grid.rows(),
    columns,
    // The header is bold in programs that do not draw Excel's table styles (LibreOffice, WPS, print previews).
    boldRows: [MONITORING_ROWS.summaryLabels, MONITORING_ROWS.header],
    titleRow: MONITORING_ROWS.title,
    inputCells: [
      pickRegion,
      pickPlan,
      ...rows.flatMap((row, i) => row.inputs.map((key) => monitoringCell(FIRST_DATA_ROW + i, key))),
    ],
    table: { name: "Monitoring", area: tableArea },
    frozenRows: FIRST_DATA_ROW,
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: { first: MONITORING_ROWS.header, last: MONITORING_ROWS.header },
      area: { row: 0, col: 0, rows: lastRow + 1, cols: MONITORING_COLUMNS.length },
      fitToWidth: true,
    },
    highlights: TRACK_STATUSES.map((status) => ({
      area: dataArea("status"),
      text: status,
      tone: STATUS_TONES[status],
    })),
    dropdowns: [
      { cell: pickRegion, source: { row: 1, col: LIST_COLUMN.region, rows: regions.length, cols: 1 }, prompt },
      { cell: pickPlan, source: { row: 1, col: LIST_COLUMN.plan, rows: plans.length, cols: 1 }, prompt },
    ],
    targets,
    leftOut,
    staticFallbacks: options.mode === "live" ? rows.filter((row) => !row.live).length : 0,
    firstDataRow: FIRST_DATA_ROW,
  };
}
