/** A1 addresses and number formats: the small arithmetic the insert plans need, free of Office. */

/** A cell position, 0-based: row 0 column 0 is A1. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A relative A1 reference: {row: 1, col: 1} → B2. */
export function a1(pos: CellPos): string {
  return `${columnName(pos.col)}${pos.row + 1}`;
}

export function offset(pos: CellPos, rows: number, cols: number): CellPos {
  return { row: pos.row + rows, col: pos.col + cols };
}

/**
 * The top-left cell of an address as Excel reports it: "Sheet1!B2", "'My sheet'!C3:D9", "B2".
 * Returns null for anything else (a whole column, a named range).
 */
export function parseTopLeft(address: string): CellPos | null {
  const cellPart = address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "";
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(cellPart);
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Digits after the decimal point as the number is written: 350 → 0, 1.25 → 2. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes("e")) return Math.min(10, Number(text.split("e-")[1] ?? 0));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
}

/** #,##0 or #,##0.00: shows the number with the precision the plan wrote. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The number with its unit in the format: 350 shows as 350亿元 (the unit is a literal; the cell holds 350). */
export function unitFormat(decimals: number, unit: string): string {
  const literal = unit.normalize("NFKC").replace(/["\\]/g, "");
  return `${numberFormat(decimals)}"${literal}"`;
}

/** 0%, 0.0%…: a percentage held as a fraction (0.45), shown with the decimals the plan wrote (45%). */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/**
 * The format of an amount in a sheet: a percentage as a percent (the cell holds the fraction), anything else as
 * the number with its unit as a literal (350亿元) or, in a table with a unit column, the number alone.
 */
export function amountFormat(decimals: number, unit: string, withUnit: boolean): string {
  if (unit.normalize("NFKC") === "%") return percentFormat(decimals);
  return withUnit ? unitFormat(decimals, unit) : numberFormat(decimals);
}

/** Excel's text format: a plan id "000" stays text instead of becoming the number 0. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const PERCENT_FORMAT = "0.0%";
export const YEAR_FORMAT = "0";
