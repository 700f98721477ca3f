/**
 * The Excel boundary: a function's result becomes a cell value, a failure a `CustomFunctions.Error` with a
 * readable message. not_found → #N/A, invalid input → #VALUE!, impossible maths → #NUM!. Never NaN, never
 * ±Infinity, never an uncaught exception of another kind.
 */
import { messageFor, type ErrorCategory, type PlanError } from "../core/errors";
import { localeFor, type Locale } from "../core/locale";
import { FUNCTION_TABLE, functionSpec, type FunctionId, type ResultOf } from "../sheet/function-table";
import { isErrorCell, type CellValue, type SpillCell } from "./cell-result";
import { evaluate } from "./evaluate";

function errorCode(category: ErrorCategory): CustomFunctions.ErrorCode {
  switch (category) {
    case "not_found":
      return CustomFunctions.ErrorCode.notAvailable;
    case "invalid":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

let seenLanguage: unknown = undefined;
let seenLocale: Locale = "zh";

/** Chinese unless Office says its display language is something else. */
export function cellLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage;
  if (language !== seenLanguage) {
    seenLanguage = language;
    seenLocale = typeof language === "string" && language.length > 0 ? localeFor(language) : "zh";
  }
  return seenLocale;
}

/**
 * The Excel error each failure was last shown as, with its language: a memoised failure, asked again on every
 * recalculation, is thrown as the same error rather than a new one (an Error captures a stack when made).
 */
const shownErrors = new WeakMap<PlanError, { readonly locale: Locale; readonly error: CustomFunctions.Error }>();

export function excelError(error: PlanError): CustomFunctions.Error {
  const locale = cellLocale();
  const shown = shownErrors.get(error);
  if (shown?.locale === locale) return shown.error;
  const made = new CustomFunctions.Error(errorCode(error.category), messageFor(error, locale));
  shownErrors.set(error, { locale, error: made });
  return made;
}

function excelCell(cell: SpillCell): string | number | CustomFunctions.Error {
  return isErrorCell(cell) ? excelError(cell) : cell;
}

function excelValue(value: CellValue): unknown {
  if (typeof value !== "object") return value;
  return value.map((row) => (row.some(isErrorCell) ? row.map(excelCell) : row));
}

/**
 * Function `id` as Excel calls it: its value, or the matching CustomFunctions.Error thrown (Excel shows it in the
 * cell). An unexpected exception becomes #VALUE! with its message rather than escaping.
 */
export function excelFunction(id: FunctionId): (...raw: unknown[]) => unknown {
  const call = (...raw: unknown[]): unknown => {
    let result;
    try {
      result = evaluate(id, raw, cellLocale());
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel shows a thrown CustomFunctions.Error
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel shows a thrown CustomFunctions.Error
    if (!result.ok) throw excelError(result.error);
    return excelValue(result.value);
  };
  // Its arity is the declared parameters', as a hand-written function's would be (hosts may read it).
  return Object.defineProperty(call, "length", { value: functionSpec(id).parameters.length });
}

/** Each id of the function table as Excel calls it (CustomFunctions.associate binds them). */
export const EXCEL_FUNCTIONS = Object.fromEntries(FUNCTION_TABLE.map(({ id }) => [id, excelFunction(id)])) as {
  readonly [Id in FunctionId]: (...raw: unknown[]) => ResultOf<Id>;
};
