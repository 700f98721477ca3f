/**
 * The custom functions as Excel sees them: ids from the metadata generated out of the JSDoc, bound to the
 * exported implementations of src/functions/functions.ts.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";
import * as implementations from "../../src/functions/functions";
import { StandInError } from "./office-stand-in";

export const FUNCTIONS_SOURCE = resolve(__dirname, "..", "..", "src", "functions", "functions.ts");

export interface GeneratedMetadata {
  json: { functions: Array<{ id: string; name: string; description: string; parameters: Array<{ name: string; description: string; type?: string; optional?: boolean; dimensionality?: string }>; result: { type?: string; dimensionality?: string } }> };
  associate: Array<{ id: string; functionName: string }>;
}

let generated: Promise<GeneratedMetadata> | null = null;

/** Runs the same generator the webpack plugin runs (custom-functions-metadata) over the functions source. */
export function generatedMetadata(): Promise<GeneratedMetadata> {
  generated ??= generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], true).then((result) => {
    if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
    return { json: JSON.parse(result.metadataJson) as GeneratedMetadata["json"], associate: result.associate };
  });
  return generated;
}

export type ExcelFunction = (...args: unknown[]) => unknown;

/** id → implementation, as the plugin's associate() calls bind them. */
export async function excelFunctions(): Promise<Map<string, ExcelFunction>> {
  const { associate } = await generatedMetadata();
  const table = implementations as unknown as Record<string, ExcelFunction>;
  return new Map(associate.map(({ id, functionName }) => [id, table[functionName]!]));
}

/** Calls a function as Excel would and returns its value or the error it raised. */
export function callCell(fn: ExcelFunction, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof StandInError) return error;
    throw error;
  }
}

export function isExcelError(value: unknown, code?: string): value is StandInError {
  return value instanceof StandInError && (code === undefined || value.code === code);
}
