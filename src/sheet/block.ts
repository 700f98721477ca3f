/** What a block written into a sheet is: a grid of contents and formats, and how it is dressed. */
import type { CellPos } from "./cells";

/**
 * A formula this code wrote (PLAN.*, IF, POWER…). Only these become formulas: a plan's words are data, so a string
 * in a grid is text whatever it starts with (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab), and every writer keeps it text.
 */
export interface FormulaCell {
  readonly formula: string;
}

/** A cell's content: a number, text, or a formula of ours. */
export type CellContent = string | number | FormulaCell;

/** `=PLAN.TARGET(…)` as a cell's content. */
export function formulaCell(text: string): FormulaCell {
  return { formula: text };
}

export function isFormulaCell(content: unknown): content is FormulaCell {
  return typeof content === "object" && content !== null && typeof (content as FormulaCell).formula === "string";
}

/** What a block puts into its cells. */
export interface BlockGrid {
  readonly contents: CellContent[][];
  readonly formats: string[][];
}

export type ChartType = "BarClustered" | "XYScatterLines";

export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
}

/** A block to write at an origin cell: its grid and how it is dressed. */
export interface SheetBlock {
  build(origin: CellPos): BlockGrid;
  /** Rows / columns of the block shown bold (a header row, a label column). */
  readonly boldRows: readonly number[];
  readonly boldColumns: readonly number[];
  /** Cells, relative to the block, the user is meant to fill in. */
  readonly inputCells: readonly CellPos[];
  /** Make the block an Excel table (its first row is the header). */
  readonly table: boolean;
  readonly chart: ChartSpec | null;
  readonly autofit: boolean;
  /** How many records went in as static values although formulas were asked for. */
  readonly staticFallbacks: number;
}

/** Live: PLAN formulas. Static: values with their source (custom functions unavailable). */
export type FormulaMode = "live" | "static";
