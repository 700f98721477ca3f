/**
 * The custom functions as Excel sees them: every id of the function table, associated the way the add-in's start
 * associates them, and called as Excel calls them (errors thrown as CustomFunctions.Error).
 */
import { associateFunctions } from "../../src/functions/register";
import { FUNCTION_TABLE, type FunctionSpec } from "../../src/sheet/function-table";
import { associations, StandInError } from "./office-stand-in";

export type ExcelFunction = (...args: unknown[]) => unknown;

/** id → implementation, bound through CustomFunctions.associate as in the add-in. */
export function excelFunctions(): ReadonlyMap<string, ExcelFunction> {
  if (associations.size === 0) associateFunctions();
  return associations;
}

export function specOf(id: string): FunctionSpec {
  const spec = FUNCTION_TABLE.find((f) => f.id === id);
  if (!spec) throw new Error(`no function ${id}`);
  return spec;
}

/** Calls a function as Excel would and returns its value or the error it raised. */
export function callCell(fn: ExcelFunction, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof StandInError) return error;
    throw error;
  }
}

export function isExcelError(value: unknown, code?: string): value is StandInError {
  return value instanceof StandInError && (code === undefined || value.code === code);
}
