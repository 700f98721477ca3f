/**
 * The two ways a command stops early, thrown and reported once by main: a usage error (exit 2) and a core error
 * (exit 1). Both carry their text in both languages; main shows the user's.
 */
import type { DataFault, PlanError, Result } from "../core/errors";
import type { Bilingual } from "../core/locale";
import { inBoth, type Message } from "../core/messages";

/** The command line is wrong: an unknown command or option, a missing or surplus argument. */
export class UsageError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly suggestions: readonly string[] = [],
  ) {
    super(text.en);
    this.name = "UsageError";
  }

  static of<P>(said: Message<[P]>, params: P, suggestions: readonly string[] = []): UsageError {
    return new UsageError(inBoth(said, params), suggestions);
  }
}

/** A core function answered with an error (a miss, an invalid input, impossible maths). */
export class ResultError extends Error {
  constructor(readonly error: PlanError) {
    super(error.message.en);
    this.name = "ResultError";
  }
}

/** A data fault (a file that cannot be read or imported): exit 1 with its text, as the pane shows it. */
export class FaultError extends Error {
  constructor(readonly fault: DataFault) {
    super(fault.message.en);
    this.name = "FaultError";
  }
}

/** The value of a success; a failure stops the command with its error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ResultError(result.error);
  return result.value;
}
