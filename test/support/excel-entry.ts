/**
 * What Excel makes of a value a writer puts into `range.formulas` or `range.values`: Office.js enters it as if it
 * were typed, so the mocked hosts store what Excel would store and a test can see a text that turned into a formula
 * (or a number, a date, a boolean). The rules of Excel's cell entry the writers meet:
 * - a cell formatted as text ("@") keeps whatever is entered as text;
 * - a leading apostrophe makes the rest text (the apostrophe is a prefix, not part of the value);
 * - "=…" is a formula, and so is "+…", "-…" or "@…" unless the rest is a number ("-5" is the number -5);
 * - a number, TRUE/FALSE, an error literal (#N/A) or a date ("3-5", "2025/6/30") is that, not text.
 */
import { EXCEL_ERROR_TEXTS } from "../../src/sheet/cell-input";

export type EntryKind = "empty" | "text" | "number" | "boolean" | "error" | "date" | "formula";

export interface EnteredCell {
  readonly kind: EntryKind;
  /** What range.formulas reads back: the formula, or the constant (a text without its prefix). */
  readonly formula: string | number | boolean;
  /** What range.values reads back; a formula's value is not computed here (null). */
  readonly value: unknown;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
const DATE = /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/;

export function enterCell(input: unknown, numberFormat = "General"): EnteredCell {
  if (typeof input === "number") return { kind: "number", formula: input, value: input };
  if (typeof input === "boolean") return { kind: "boolean", formula: input, value: input };
  if (input === null || input === undefined || input === "") return { kind: "empty", formula: "", value: "" };
  // Excel takes numbers, booleans and strings; anything else (an object a writer forgot to turn into text) is a bug.
  if (typeof input !== "string") throw new Error(`not a cell value: ${JSON.stringify(input)}`);
  const text = input;
  const asText = (t: string): EnteredCell => ({ kind: "text", formula: t, value: t });
  if (numberFormat === "@") return asText(text);
  if (text.startsWith("'")) return asText(text.slice(1));
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const n = Number(trimmed.replace(/%$/, "")) / (trimmed.endsWith("%") ? 100 : 1);
    return { kind: "number", formula: n, value: n };
  }
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text, value: null };
  if (/^[+\-@]/.test(text) && text.length > 1) return { kind: "formula", formula: `=${text}`, value: null };
  if (/^(TRUE|FALSE)$/i.test(trimmed)) {
    const b = trimmed.toUpperCase() === "TRUE";
    return { kind: "boolean", formula: b, value: b };
  }
  if (EXCEL_ERROR_TEXTS.includes(trimmed.toUpperCase())) return { kind: "error", formula: trimmed, value: trimmed };
  if (DATE.test(trimmed)) return { kind: "date", formula: text, value: text };
  return asText(text);
}

/** What Excel holds in a cell, as a formula engine (HyperFormula) must receive it: a text behind an apostrophe. */
export function forEngine(cell: EnteredCell): unknown {
  if (cell.kind === "empty") return null;
  if (cell.kind === "text") return `'${String(cell.formula)}`;
  return cell.formula;
}

/** A grid written through Office.js (formulas under their number formats) as a formula engine must receive it. */
export function officeForEngine(grid: readonly (readonly unknown[])[], formats: readonly (readonly string[])[]) {
  return grid.map((row, r) => row.map((input, c) => forEngine(enterCell(input, formats[r]?.[c]))));
}
