/**
 * Formulas as text, for code that writes them into cells (the taskpane, exports). Always the ASCII ids with the
 * PLAN namespace: localized function names would break formulas written by code.
 */
import { NAMESPACE, type FunctionId } from "./function-table";

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
