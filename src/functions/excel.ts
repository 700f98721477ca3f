/**
 * The Excel boundary: core results become cell values or `CustomFunctions.Error`s with a readable message.
 * not_found → #N/A, invalid input → #VALUE!, impossible maths → #NUM!. Never NaN, never ±Infinity, never an
 * uncaught exception of another kind.
 */
import { fail, messageFor, type ErrorCategory, type PlanError, type Result } from "../core/errors";
import { localeFor, type Locale } from "../core/locale";

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

/** Chinese unless Office says its display language is something else. */
export function cellLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage;
  return typeof language === "string" && language.length > 0 ? localeFor(language) : "zh";
}

export function excelError(error: PlanError): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(error.category), messageFor(error, cellLocale()));
}

/**
 * Thrown inside a function body to leave with an Excel error; `cell` turns it into the function's result. Not an
 * Error: a miss is an expected answer, and capturing a stack would cost more than the lookup that missed.
 */
class CellFailure {
  constructor(readonly error: PlanError) {}
}

/** What `body` answers, with a failure met inside it (by `need`) as a failed result instead of a throw. */
export function attempt<T>(body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch (thrown) {
    if (thrown instanceof CellFailure) return { ok: false, error: thrown.error };
    throw thrown;
  }
}

/** The value of a success; a failure leaves the function (caught by `cell`). */
export function need<T>(result: Result<T>): T {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught by `cell` and `row` only (see above)
  if (!result.ok) throw new CellFailure(result.error);
  return result.value;
}

/**
 * Runs a function body: returns its value, or throws the matching CustomFunctions.Error (Excel shows it in the
 * cell). Unexpected exceptions become #VALUE! with their message rather than escaping.
 */
export function cell<T>(body: () => T): T {
  try {
    const value = body();
    if (typeof value === "number" && !Number.isFinite(value)) need(fail("RESULT_NOT_FINITE"));
    return value;
  } catch (thrown) {
    // Excel shows a thrown CustomFunctions.Error (not an Error subclass) in the cell, with its message.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (thrown instanceof CellFailure) throw excelError(thrown.error);
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

/** A spilled row of a table where one row can fail alone: its cells become the error, the others stay. */
export type SpillCell = string | number | CustomFunctions.Error;

export function row(width: number, body: () => SpillCell[]): SpillCell[] {
  try {
    return body();
  } catch (thrown) {
    const error =
      thrown instanceof CellFailure
        ? excelError(thrown.error)
        : new CustomFunctions.Error(
            CustomFunctions.ErrorCode.invalidValue,
            thrown instanceof Error ? thrown.message : String(thrown),
          );
    return Array.from({ length: width }, () => error);
  }
}
