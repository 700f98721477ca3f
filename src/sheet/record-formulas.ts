/**
 * PLAN.* formulas that return exactly the record shown. The arguments pin the record (region, sector path, metric
 * label, year, plan id); before a formula is written, the catalogue is asked whether those arguments really pick
 * out this record — a plan restating a figure (001F: 45 % in a table, 35 % in prose) or a recurring figure cannot
 * be reached by TARGET, and gets a static value with its source instead.
 */
import type { Catalog, Entry } from "../core/catalog";
import { answersLookup } from "../core/kinds";
import { formulaCell, type FormulaCell } from "./block";
import { formula, type FormulaArgument } from "./formulas";
import type { FunctionId } from "./function-table";

/** region, sector, metric, year, plan — the order PLAN.TARGET, UNIT, QUALIFIER and SOURCE take. */
export type RecordArgs = readonly [FormulaArgument, FormulaArgument, FormulaArgument, FormulaArgument, FormulaArgument];

export function recordArgs(entry: Entry): RecordArgs {
  return [entry.region.name, entry.sectorLabel, entry.metricLabel, entry.record.year, entry.plan.id];
}

/** Whether =PLAN.TARGET(recordArgs(entry)) answers this very record. */
export function targetReaches(catalog: Catalog, entry: Entry): boolean {
  if (!answersLookup(entry.record.kind) || entry.record.year === null) return false;
  const answer = catalog.target({
    region: entry.region.name,
    sector: entry.sectorLabel,
    metric: entry.metricLabel,
    year: entry.record.year,
    plan: entry.plan.id,
  });
  return answer.ok && answer.value.entry.record.id === entry.record.id;
}

/** Whether =PLAN.BASELINE(region, sector, metric, plan) answers this baseline record. */
export function baselineReaches(catalog: Catalog, baseline: Entry): boolean {
  const answer = catalog.baseline({
    region: baseline.region.name,
    sector: baseline.sectorLabel,
    metric: baseline.metricLabel,
    plan: baseline.plan.id,
  });
  return answer.ok && answer.value.record.id === baseline.record.id;
}

/**
 * Whether a target's cells may read its stated baseline through =PLAN.BASELINE: the formula must answer that record,
 * and in the target's unit — PLAN.BASELINE scales by the baseline's own unit, while the assessment reads the basis
 * in the target's (a count stated for 2021 before a share for 2025 would otherwise be read a hundredfold).
 */
export function baselineFormulaFits(catalog: Catalog, target: Entry, baseline: Entry): boolean {
  return baseline.unit.canonical === target.unit.canonical && baselineReaches(catalog, baseline);
}

/** =PLAN.TARGET(…), =PLAN.UNIT(…), =PLAN.QUALIFIER(…) or =PLAN.SOURCE(…) over the given arguments. */
export function recordFormula(
  id: Extract<FunctionId, "TARGET" | "UNIT" | "QUALIFIER" | "SOURCE">,
  args: RecordArgs,
): FormulaCell {
  return formulaCell(formula(id, ...args));
}

/** =PLAN.BASELINE(region, sector, metric, plan) / BASEYEAR. */
export function baselineFormula(id: "BASELINE" | "BASEYEAR", baseline: Entry): FormulaCell {
  return formulaCell(formula(id, baseline.region.name, baseline.sectorLabel, baseline.metricLabel, baseline.plan.id));
}

/** A formula without its leading "=", to nest inside IF(…). */
export function nested(formulaText: string): string {
  return formulaText.startsWith("=") ? formulaText.slice(1) : formulaText;
}
