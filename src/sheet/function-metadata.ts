/**
 * The metadata each host needs, from the function table:
 * - Excel: functions.json (English, the default) and functions.zh-CN.json (Chinese descriptions and parameter
 *   names). Ids and function names are ASCII and the same in both: a localized function name would break formulas
 *   that code writes.
 * - WPS 表格: the metadata `wps.AddCustomFunction(namespace, name, fn, metadata)` takes (and a functions.json
 *   `<Functions>` entry may point at): types as `string`, `number`, `any`, 2-D arrays, `?` for optional.
 */
import type { ParameterType } from "../core/input";
import type { Locale } from "../core/locale";
import { FUNCTION_TABLE, parameterHelp, type FunctionSpec, type ParameterSpec } from "./function-table";

/**
 * How each declared type is declared to each host. Every one is `any`: our readers (core/input) accept what a
 * sheet holds ("2025年", "８%", " 1,200 ") and say what is wrong in Chinese; a host's own number coercion would
 * refuse such text with a bare #VALUE! before our code runs. The declared type still drives reading and help.
 */
const HOST_TYPES: { readonly [T in ParameterType]: { readonly excel: "any"; readonly wps: "any" } } = {
  text: { excel: "any", wps: "any" },
  plan: { excel: "any", wps: "any" },
  number: { excel: "any", wps: "any" },
  year: { excel: "any", wps: "any" },
  lookupYear: { excel: "any", wps: "any" },
  rate: { excel: "any", wps: "any" },
  amount: { excel: "any", wps: "any" },
};

interface ParameterMetadata {
  description: string;
  name: string;
  optional?: true;
  type: "any";
}

interface FunctionMetadata {
  description: string;
  id: string;
  name: string;
  parameters: ParameterMetadata[];
  result: FunctionSpec["result"];
}

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny: true;
  functions: FunctionMetadata[];
}

function parameterName(p: ParameterSpec, locale: Locale): string {
  return locale === "zh" ? p.arg.zh : p.name;
}

/** Excel's functions.json in one language. */
export function functionsMetadata(locale: Locale, table: readonly FunctionSpec[] = FUNCTION_TABLE): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: table.map((spec: FunctionSpec) => ({
      description: spec.description[locale],
      id: spec.id,
      name: spec.id,
      parameters: spec.parameters.map((p) => ({
        description: parameterHelp(p)[locale],
        name: parameterName(p, locale),
        ...(p.optional ? { optional: true as const } : {}),
        type: HOST_TYPES[p.type].excel,
      })),
      result: { ...spec.result },
    })),
  };
}

/** A WPS metadata type: a scalar or a 2-D array (WPS refuses 1-D), `?` when optional. */
export type WpsType = `${"string" | "number" | "bool" | "any" | "any[][]" | "string[][]"}${"" | "?"}`;

export interface WpsFunctionMetadata {
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: WpsType };
  readonly parameters: readonly { readonly name: string; readonly type: WpsType; readonly description: string }[];
}

function wpsResultType(result: FunctionSpec["result"]): WpsType {
  if (result.dimensionality === "matrix") return result.type === "string" ? "string[][]" : "any[][]";
  return result.type ?? "any";
}

/** What `wps.AddCustomFunction("PLAN", name, fn, metadata)` takes for each function, in one language. */
export function wpsFunctionsMetadata(
  locale: Locale,
  table: readonly FunctionSpec[] = FUNCTION_TABLE,
): WpsFunctionMetadata[] {
  return table.map((spec: FunctionSpec) => ({
    name: spec.id,
    description: spec.description[locale],
    result: { type: wpsResultType(spec.result) },
    parameters: spec.parameters.map((p) => ({
      name: parameterName(p, locale),
      type: `${HOST_TYPES[p.type].wps}${p.optional ? "?" : ""}` as const,
      description: parameterHelp(p)[locale],
    })),
  }));
}
