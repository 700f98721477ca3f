/**
 * A function body's way out, whatever the host: `need` leaves with a PlanError, `attempt` turns that into a failed
 * Result, and a spilled row that fails alone holds the error in each of its cells. The hosts' adapters show
 * errors as their cells can (Excel: CustomFunctions.Error).
 */
import type { PlanError, Result } from "../core/errors";

/** A cell of a spilled table: a value, or the error of a row that failed alone. */
export type SpillCell = string | number | PlanError;

/** What a function answers: one number or text, or a spilled table. */
export type CellValue = number | string | readonly (readonly SpillCell[])[];

/**
 * Thrown inside a function body to leave with an error; `attempt` turns it into the function's result. Not an
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

/** A body that answers a plain value (or leaves by `need`) as a Result. */
export function answerOf<T>(body: () => T): Result<T> {
  return attempt(() => ({ ok: true, value: body() }));
}

/** The value of a success; a failure leaves the function body (caught by `attempt` or `spillRow`). */
export function need<T>(result: Result<T>): T {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught by attempt and spillRow only (see above)
  if (!result.ok) throw new CellFailure(result.error);
  return result.value;
}

/** A spilled row of a table where one row can fail alone: its cells become the error, the others stay. */
export function spillRow(width: number, body: () => SpillCell[]): SpillCell[] {
  try {
    return body();
  } catch (thrown) {
    if (!(thrown instanceof CellFailure)) throw thrown;
    return Array.from({ length: width }, () => thrown.error);
  }
}

/** A spill cell that holds an error. */
export function isErrorCell(cell: SpillCell): cell is PlanError {
  return typeof cell === "object";
}
