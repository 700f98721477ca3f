/**
 * A PLAN function evaluated from the arguments exactly as a host passes them: each read by its declared type
 * (the function table; core/input's readArgument, the rule every front door shares), then the definition, the
 * answer memoised on the raw arguments per catalogue (a recalculation that changes no input reads the memo; a
 * refresh installs a new catalogue and with it an empty memo). No host's error type appears here.
 */
import { fail, type Result } from "../core/errors";
import type { Locale } from "../core/locale";
import {
  FUNCTION_TABLE,
  readDeclared,
  type ArgumentsOf,
  type FunctionId,
  type FunctionSpec,
} from "../sheet/function-table";
import { ArgumentMemo } from "./argument-memo";
import { answerOf, need, type CellValue } from "./cell-result";
import { activeCatalog, DEFINITIONS, type CellContext } from "./definitions";
import { liveStore } from "./live";

/** The raw arguments read by the spec's types, in order; the first that cannot be read is the failure. */
export function readArguments<Id extends FunctionId>(spec: FunctionSpec, raw: readonly unknown[]): ArgumentsOf<Id> {
  return need(readDeclared<Id>(spec, (_, i) => raw[i]));
}

const SPECS = new Map<string, FunctionSpec>(FUNCTION_TABLE.map((spec) => [spec.id, spec]));

/** One memo per function and language, each for the catalogue it was filled from. */
const memos = new Map<string, ArgumentMemo<Result<CellValue>>>();

/** What function `id` answers for these raw arguments, in `locale` where its value is text. */
export function evaluate(id: FunctionId, raw: readonly unknown[], locale: Locale = "zh"): Result<CellValue> {
  const catalog = activeCatalog();
  const memoKey = locale === "zh" ? id : `${id}:${locale}`;
  let memo = memos.get(memoKey);
  if (memo?.owner !== catalog) memos.set(memoKey, (memo = new ArgumentMemo(catalog)));
  const spec = SPECS.get(id)!;
  const result = memo.get(raw.length === spec.parameters.length ? raw : padded(raw, spec), () =>
    answerOf(() => {
      const define = DEFINITIONS[id] as (args: unknown, context: CellContext) => CellValue;
      const value = define(readArguments(spec, raw), { catalog, locale });
      if (typeof value === "number" && !Number.isFinite(value)) need(fail("RESULT_NOT_FINITE"));
      return value;
    }),
  );
  // A region not loaded yet: the page loads its shard and recalculates; until then the cell says it is loading.
  if (!result.ok && result.error.waitingFor !== undefined) liveStore().want(result.error.waitingFor);
  return result;
}

/** Omitted trailing arguments are blank: a call with fewer arguments is the same question. */
function padded(raw: readonly unknown[], spec: FunctionSpec): unknown[] {
  return Array.from({ length: spec.parameters.length }, (_, i) => raw[i] ?? null);
}
