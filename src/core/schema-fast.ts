/**
 * The schema's fast path, at run time: what the generated parsers (schema-fast.generated.ts, written from the zod
 * schema by schema-codegen.ts) answer and the helpers they call. A fast parser answers only "valid, and here is the
 * parsed value" (the same value zod returns, defaults filled in) or NOT_SURE; on NOT_SURE the caller asks zod, so
 * every issue a user sees is zod's own.
 */
import type { z } from "zod";
import type { $ZodCheck, ParsePayload } from "zod/v4/core";

/** The fast path's "not sure": the input may be invalid, or valid in a way it does not model. Ask zod. */
export const NOT_SURE: unique symbol = Symbol("NOT_SURE");

/** A schema's fast parser: its parsed value when the input is certainly valid, else NOT_SURE. */
export type FastParser<T> = (input: unknown) => T | typeof NOT_SURE;

/** zod's plain-object test for records: an object whose constructor is Object's (or that has none). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  if (typeof prototype !== "object" || prototype === null || Array.isArray(prototype)) return false;
  return Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}

/**
 * One zod check run as zod runs it (its own function, its `when`): the value it leaves (an overwrite changes it),
 * or NOT_SURE when it raised an issue or is asynchronous. The generated parsers inline the common checks and call
 * this for the rest (refinements).
 */
export function runCheck(check: $ZodCheck, value: unknown): unknown {
  // A check is typed by the value it narrows; the payload carries whatever passed the type.
  const payload = { value, issues: [] } as ParsePayload as ParsePayload<never>;
  const when = check._zod.def.when;
  if (when && !when(payload)) return value;
  if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return NOT_SURE;
  return payload.value;
}

/** zod's safeParse through the fast path first: the same result, zod's work only when the input is not plainly valid. */
export function safeParseFast<S extends z.ZodType>(
  schema: S,
  fast: FastParser<z.output<S>>,
  input: unknown,
  params?: z.core.ParseContext<z.core.$ZodIssue>,
): z.ZodSafeParseResult<z.output<S>> {
  const parsed = fast(input);
  if (parsed !== NOT_SURE) return { success: true, data: parsed };
  return schema.safeParse(input, params);
}
