/**
 * functions.json (English, the default) and functions.zh-CN.json (Chinese descriptions and parameter names) from
 * the function table. Ids and function names are ASCII and the same in both: a localized function name would break
 * formulas that code writes.
 */
import type { Locale } from "../core/locale";
import { FUNCTION_TABLE, type FunctionSpec } from "./function-table";

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

/** Parameters are typed `any`: a cell may hold a number, text ("2025年", "８%") or nothing. */
export function functionsMetadata(locale: Locale): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: FUNCTION_TABLE.map((spec: FunctionSpec) => ({
      description: spec.description[locale],
      id: spec.id,
      name: spec.id,
      parameters: spec.parameters.map((p) => ({
        description: p.description[locale],
        name: locale === "zh" ? p.arg.zh : p.name,
        ...(p.optional ? { optional: true as const } : {}),
        type: "any" as const,
      })),
      result: { ...spec.result },
    })),
  };
}
