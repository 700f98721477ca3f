/**
 * The formulas of a target's assessment over its cells, as the analysis block and the monitoring sheet write them:
 * live (PLAN.REQUIRED_CAGR, PROGRESS, GAP, ONTRACK over the record's arguments) or native (Excel's own functions,
 * assess-formulas.ts), each blank until the inputs it needs are filled. 时间进度 is native in both modes: no PLAN
 * function returns it.
 */
import type { Entry } from "../core/catalog";
import {
  elapsedFormula,
  gapFormula,
  progressFormula,
  requiredRateFormula,
  statusFormula,
  type AssessCells,
} from "./assess-formulas";
import { formulaCell, type FormulaCell } from "./block";
import { formula, type FormulaArgument } from "./formulas";
import { nested, type RecordArgs } from "./record-formulas";

export interface AssessmentFormulas {
  readonly requiredCagr: FormulaCell;
  readonly progress: FormulaCell;
  readonly elapsed: FormulaCell;
  readonly gap: FormulaCell;
  readonly status: FormulaCell;
}

/** `live`: the arguments that pick the record (literals or the row's own cells); null for native formulas. */
export function assessmentFormulas(entry: Entry, cells: AssessCells, live: RecordArgs | null): AssessmentFormulas {
  const ref = (address: string): FormulaArgument => ({ ref: address });
  const blank = (...inputs: string[]): string =>
    inputs.length === 1 ? `${inputs[0]}=""` : `OR(${inputs.map((cell) => `${cell}=""`).join(",")})`;
  const guarded = (inputs: string[], body: string): FormulaCell => formulaCell(`=IF(${blank(...inputs)},"",${body})`);
  const call = (
    id: "REQUIRED_CAGR" | "PROGRESS" | "GAP" | "ONTRACK",
    lead: FormulaArgument[],
    tail: FormulaArgument[],
  ): string => nested(formula(id, ...lead, ...(live ?? []), ...tail));
  const current = ref(cells.current);
  const currentYear = ref(cells.currentYear);
  const both = [cells.current, cells.currentYear];
  return {
    requiredCagr: guarded(both, live ? call("REQUIRED_CAGR", [current, currentYear], []) : requiredRateFormula(cells)),
    progress: guarded(
      [cells.current],
      live ? call("PROGRESS", [current], [ref(cells.base)]) : progressFormula(entry, cells),
    ),
    elapsed: guarded([cells.currentYear, cells.baseYear], elapsedFormula(cells)),
    gap: guarded([cells.current], live ? call("GAP", [current], [ref(cells.base)]) : gapFormula(entry, cells)),
    status: guarded(
      both,
      live
        ? call("ONTRACK", [current, currentYear], [ref(cells.base), ref(cells.baseYear)])
        : statusFormula(entry, cells),
    ),
  };
}
