/**
 * Formulas as text, for code that writes them into cells (the taskpane). Always the ASCII ids with the PLAN
 * namespace: localized function names would break formulas written by code.
 */
export const NAMESPACE = "PLAN";

/** The ids of src/functions/functions.ts; a test checks each is in the generated functions.json. */
export type FunctionId =
  | "TARGET"
  | "UNIT"
  | "QUALIFIER"
  | "SOURCE"
  | "BASELINE"
  | "BASEYEAR"
  | "TARGETS"
  | "REGIONS"
  | "PLANS"
  | "SECTORS"
  | "METRICS"
  | "CAGR"
  | "REQUIRED_CAGR"
  | "PROJECT"
  | "YEARS_TO_TARGET"
  | "PROGRESS"
  | "GAP"
  | "ONTRACK"
  | "CONVERT";

/** A reference to another cell or range, written as is: { ref: "B2" }. */
export interface CellRef {
  readonly ref: string;
}

export type FormulaArgument = string | number | CellRef | null;

function literal(arg: FormulaArgument): string {
  if (arg === null) return "";
  if (typeof arg === "number") return Number.isFinite(arg) ? String(arg) : "";
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  return arg.ref;
}

/** =PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025) — trailing nulls are left out, inner ones left empty. */
export function formula(id: FunctionId, ...args: FormulaArgument[]): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  return `=${NAMESPACE}.${id}(${args.slice(0, last).map(literal).join(",")})`;
}
