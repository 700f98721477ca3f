/**
 * The PLAN.* custom functions as Excel calls them, by name: each id of the function table
 * (src/sheet/function-table.ts, which declares parameters with their types and descriptions) read and computed by
 * evaluate.ts over definitions.ts, shown by the Excel adapter (excel.ts).
 */
import { EXCEL_FUNCTIONS } from "./excel";

export const IMPLEMENTATIONS = EXCEL_FUNCTIONS;

export const {
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
} = EXCEL_FUNCTIONS;
