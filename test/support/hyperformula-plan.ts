/**
 * Registers every function of the function table in HyperFormula, a real formula engine, over the real TypeScript
 * implementations: one generic adapter, so a sheet can compute =PLAN.TARGET(…) next to its own formulas.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type ImplementedFunctions,
} from "hyperformula";
import { FUNCTION_TABLE, NAMESPACE } from "../../src/sheet/function-table";
import type { ExcelFunction } from "./functions";
import { excelFunctions } from "./functions";
import { StandInError } from "./office-stand-in";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
};

interface AstLike {
  type: string;
  value?: unknown;
  procedureName?: string;
  args?: AstLike[];
}

/** A value as Excel hands it to a custom function: numbers, text, null for empty, 2-D arrays for ranges. */
function toExcelArgument(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelArgument));
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

function toEngineValue(value: unknown): unknown {
  if (value instanceof StandInError) return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  if (Array.isArray(value)) {
    return SimpleRangeValue.onlyValues(
      (value as unknown[][]).map((row) => row.map((cell) => toEngineValue(cell) as never)),
    );
  }
  return value;
}

function call(fn: ExcelFunction, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof StandInError) return error;
    throw error;
  }
}

const PREFIX = `${NAMESPACE}.`;

export function planEngine(
  sheet: unknown[][] | Record<string, unknown[][]>,
  options: Partial<ConfigParams> = {},
): HyperFormula {
  const functions = excelFunctions();
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  for (const spec of FUNCTION_TABLE) {
    const name = `${PREFIX}${spec.id}`;
    translations[name] = name;
    implemented[name] = {
      method: "evaluate",
      ...("dimensionality" in spec.result ? { sizeOfResultArrayMethod: "size", vectorizationForbidden: true } : {}),
      parameters: spec.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
    };
  }

  class PlanPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;

    evaluate(ast: AstLike, state: unknown): unknown {
      const name = ast.procedureName!;
      const fn = functions.get(name.slice(PREFIX.length))!;
      const runner = this as unknown as {
        runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
        metadata(name: string): unknown;
      };
      return runner.runFunction(ast.args, state, runner.metadata(name), (...args: unknown[]) =>
        toEngineValue(call(fn, args.map(toExcelArgument))),
      );
    }

    /** Spill size, computed by calling the function on literal arguments (enough for the tests' sheets). */
    size(ast: AstLike): ArraySize {
      const fn = functions.get(ast.procedureName!.slice(PREFIX.length))!;
      const args = (ast.args ?? []).map((a) => (a.type === "NUMBER" || a.type === "STRING" ? a.value : null));
      const result = call(fn, args);
      if (!Array.isArray(result)) return ArraySize.scalar();
      return new ArraySize((result as unknown[][])[0]?.length ?? 1, result.length);
    }
  }

  HyperFormula.registerFunctionPlugin(PlanPlugin, { enGB: translations });
  const config = { licenseKey: "gpl-v3", ...options };
  return Array.isArray(sheet)
    ? HyperFormula.buildFromArray(sheet as never, config)
    : HyperFormula.buildFromSheets(sheet as never, config);
}

export function unregisterPlan(): void {
  for (const id of HyperFormula.getRegisteredFunctionNames("enGB").filter((n) => n.startsWith(PREFIX))) {
    HyperFormula.unregisterFunction(id);
  }
}
