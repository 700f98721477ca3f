/**
 * The analysis block of a target: basis, target, input cells for the current value and year (and for a basis the
 * plan does not state), and the required rate, progress, gap and on-track status computed from them — with PLAN.*
 * formulas (live) or with Excel's own functions under the same rules (static, src/sheet/assess-formulas.ts).
 */
import { levelOf } from "../core/assess";
import type { Catalog, Entry } from "../core/catalog";
import type { Locale } from "../core/locale";
import { sourceCitation } from "../core/present";
import { sheetScale } from "../core/units";
import { assessCellsAt } from "./assess-formulas";
import { assessmentFormulas } from "./assessment-cells";
import type { BlockGrid, CellContent, FormulaMode, SheetBlock } from "./block";
import {
  a1,
  amountFormat,
  decimalsOf,
  GENERAL_FORMAT,
  offset,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  YEAR_FORMAT,
  type CellPos,
} from "./cells";
import { ANALYSIS_LABELS, ANALYSIS_ROWS, type AnalysisRow } from "./labels";
import { baselineFormula, baselineFormulaFits, recordArgs, recordFormula, targetReaches } from "./record-formulas";

/** A current value (in the record's unit: 35 for 35%) and its year, either possibly missing. */
export interface CurrentInput {
  readonly value: number | null;
  readonly year: number | null;
}

/** What the analysis and path blocks need of a target: its level and the plan's stated baseline. */
export interface TargetFigure {
  readonly entry: Entry;
  readonly level: { readonly value: number; readonly year: number } | null;
  readonly baseline: Entry | null;
}

export function targetFigure(catalog: Catalog, entry: Entry): TargetFigure {
  const level = levelOf(entry);
  return { entry, level: level.ok ? level.value : null, baseline: catalog.baselineOf(entry) };
}

const ROW = Object.fromEntries(ANALYSIS_ROWS.map((name, i) => [name, i])) as Record<AnalysisRow, number>;

/** The block for a level target; null for records growth maths does not apply to. */
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
  const liveBaseline = live && baseline !== null && baselineFormulaFits(catalog, entry, baseline);
  const scale = sheetScale(entry.unit);
  const amount = amountFormat(
    Math.max(decimalsOf(level.value), baseline ? decimalsOf(baseline.record.value) : 0),
    entry.record.unit,
    true,
  );
  const build = (origin: CellPos): BlockGrid => {
    const at = (row: AnalysisRow): string => a1(offset(origin, ROW[row], 1));
    const cells = assessCellsAt(at);
    const args = recordArgs(entry);
    const assessed = assessmentFormulas(entry, cells, live ? args : null);
    const rows: Record<AnalysisRow, [CellContent, string]> = {
      title: [`${entry.region.name} · ${entry.sectorLabel} · ${entry.metricLabel}（${entry.plan.id}）`, TEXT_FORMAT],
      unit: [entry.record.unit, TEXT_FORMAT],
      baseline: [
        baseline ? (liveBaseline ? baselineFormula("BASELINE", baseline) : baseline.record.value * scale) : "",
        amount,
      ],
      baseYear: [
        baseline ? (liveBaseline ? baselineFormula("BASEYEAR", baseline) : (baseline.record.year ?? "")) : "",
        YEAR_FORMAT,
      ],
      target: [live ? recordFormula("TARGET", args) : level.value * scale, amount],
      targetYear: [level.year, YEAR_FORMAT],
      current: [current.value === null ? "" : current.value * scale, amount],
      currentYear: [current.year ?? "", YEAR_FORMAT],
      requiredCagr: [assessed.requiredCagr, PERCENT_FORMAT],
      progress: [assessed.progress, PERCENT_FORMAT],
      gap: [assessed.gap, amount],
      status: [assessed.status, GENERAL_FORMAT],
      source: live ? [recordFormula("SOURCE", args), GENERAL_FORMAT] : [sourceCitation(entry, locale), TEXT_FORMAT],
    };
    return {
      contents: ANALYSIS_ROWS.map((row) => [ANALYSIS_LABELS[row][locale], rows[row][0]]),
      formats: ANALYSIS_ROWS.map((row) => [TEXT_FORMAT, rows[row][1]]),
    };
  };
  const inputs: AnalysisRow[] = baseline
    ? ["current", "currentYear"]
    : ["baseline", "baseYear", "current", "currentYear"];
  return {
    boldRows: [],
    boldColumns: [0],
    inputCells: inputs.map((row) => ({ row: ROW[row], col: 1 })),
    table: false,
    chart: null,
    autofit: true,
    build,
    staticFallbacks: mode === "live" && !live ? 1 : 0,
  };
}
