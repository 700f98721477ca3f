/**
 * The WPS 表格 boundary of the PLAN functions: each argument as WPS passes it becomes what evaluate() reads (the
 * same host-neutral reading as Excel's), each result a value WPS can put in cells. WPS's calls are synchronous
 * (a COM bridge), as evaluate() is.
 */
import { messageFor, type ErrorCategory, type PlanError } from "../core/errors";
import { localeFor, type Locale } from "../core/locale";
import { FUNCTION_TABLE, functionSpec, type FunctionId } from "../sheet/function-table";
import { wpsFunctionsMetadata } from "../sheet/function-metadata";
import { isErrorCell, type CellValue, type SpillCell } from "../functions/cell-result";
import { evaluate } from "../functions/evaluate";
import type { WpsHost } from "./host";

/** The formulas' namespace: `=PLAN.TARGET(…)`, as in Excel. */
export const WPS_NAMESPACE = "PLAN";

/** COM's DISP_E_PARAMNOTFOUND (0x80020004 as a signed 32-bit number): what WPS passes for an omitted argument. */
export const OMITTED_ARGUMENT = -2147352572;

const ERROR_CODES: { readonly [C in ErrorCategory]: string } = {
  not_found: "#N/A",
  invalid: "#VALUE!",
  num: "#NUM!",
};

/**
 * How an error shows in a WPS cell. No documented way to return an error value was found (docs/wps.md): the
 * cell gets text that starts with Excel's error code, then the message. Change it here alone once a real host
 * shows a better way.
 */
export function wpsError(category: ErrorCategory, message: string): string {
  return `${ERROR_CODES[category]}：${message}`;
}

function planError(error: PlanError, locale: Locale): string {
  return wpsError(error.category, messageFor(error, locale));
}

/** A live Range (a parameter WPS passes as an object): what its cells hold. */
interface RangeLike {
  readonly Value2: unknown;
}

function isRange(value: unknown): value is RangeLike {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "Value2" in value;
}

/** One argument as WPS passes it → as Excel would: omitted → null, a Range → its values (one cell → its value). */
export function wpsArgument(raw: unknown): unknown {
  if (raw === OMITTED_ARGUMENT || raw === undefined || raw === null) return null;
  if (!isRange(raw)) return raw;
  const values = raw.Value2;
  if (Array.isArray(values) && values.length === 1 && Array.isArray(values[0]) && values[0].length === 1) {
    return wpsArgument(values[0][0]);
  }
  return values === undefined ? null : values;
}

function wpsCell(cell: SpillCell, locale: Locale): string | number {
  return isErrorCell(cell) ? planError(cell, locale) : cell;
}

/** A result as WPS's cells take it: a scalar, or a spilled table as a 2-D array with failed rows as error text. */
export function wpsValue(value: CellValue, locale: Locale): string | number | (string | number)[][] {
  if (typeof value !== "object") return value;
  return value.map((row) => row.map((cell) => wpsCell(cell, locale)));
}

/** Chinese unless the page's language says otherwise (WPS's display language shows in its pages' language). */
export function wpsLocale(): Locale {
  const language = (globalThis as { navigator?: { language?: string } }).navigator?.language;
  return typeof language === "string" && language.length > 0 ? localeFor(language) : "zh";
}

/** Function `id` as WPS calls it: never throws; a failure is the error text of wpsError. */
export function wpsFunction(id: FunctionId, locale: () => Locale = wpsLocale): (...raw: unknown[]) => unknown {
  const call = (...raw: unknown[]): unknown => {
    const language = locale();
    try {
      const result = evaluate(id, raw.map(wpsArgument), language);
      return result.ok ? wpsValue(result.value, language) : planError(result.error, language);
    } catch (thrown) {
      return wpsError("invalid", thrown instanceof Error ? thrown.message : String(thrown));
    }
  };
  return Object.defineProperty(call, "length", { value: functionSpec(id).parameters.length });
}

/** The key in the add-in's PluginStorage (shared by all its pages) that says the functions are registered. */
export const REGISTERED_KEY = "plan-targets.functions-registered";

let registeredHere = false;

/**
 * Registers every function of the table once per WPS process: a second call, from this page or another page of
 * the add-in (they share PluginStorage), does nothing (wpsjs 2.2.2 fixed functions "registered again by each
 * page"). Answers how many functions this call registered.
 */
export function registerWpsFunctions(
  host: Pick<WpsHost, "AddCustomFunction" | "PluginStorage">,
  locale?: Locale,
): number {
  const storage = host.PluginStorage as WpsHost["PluginStorage"] | undefined;
  if (registeredHere || storage?.getItem(REGISTERED_KEY)) return 0;
  registeredHere = true;
  const language = locale ?? wpsLocale();
  const metadata = wpsFunctionsMetadata(language);
  FUNCTION_TABLE.forEach(({ id }, i) => {
    const { name, description, result, parameters } = metadata[i]!;
    host.AddCustomFunction(WPS_NAMESPACE, name, wpsFunction(id), {
      description,
      result: { ...result },
      parameters: parameters.map((p) => ({ ...p })),
    });
  });
  storage?.setItem(REGISTERED_KEY, String(FUNCTION_TABLE.length));
  return FUNCTION_TABLE.length;
}

/** For tests: forget this page's registration (a fresh page). */
export function resetRegistrationForTests(): void {
  registeredHere = false;
}
