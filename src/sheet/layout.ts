/**
 * A whole worksheet as data, for writers that make a new sheet (the taskpane's 生成监测表 through Excel.run, the
 * .xlsx export through exceljs): the cells from A1 with their number formats, column widths, which cells are
 * inputs, the Excel table, frozen rows, print setup, the conditional formatting and the dropdowns. Writers read
 * these fields and nothing else, so a sheet looks the same in the open workbook and in the exported file.
 */
import type { CellContent } from "./block";
import { a1, columnName, GENERAL_FORMAT, type CellPos } from "./cells";

/** A rectangle of cells, 0-based: {row: 0, col: 0, rows: 2, cols: 3} is A1:C2. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** "A1:C2", or "$A$1:$C$2" when absolute (a formula that must not move, a dropdown's source). */
export function areaA1(area: Area, absolute = false): string {
  const cell = (pos: CellPos): string => (absolute ? `$${columnName(pos.col)}$${pos.row + 1}` : a1(pos));
  const last = { row: area.row + area.rows - 1, col: area.col + area.cols - 1 };
  return `${cell(area)}:${cell(last)}`;
}

/** A cell as an absolute reference: $B$4. */
export function absoluteA1(pos: CellPos): string {
  return `$${columnName(pos.col)}$${pos.row + 1}`;
}

/** Excel's own Good / Neutral / Bad cell styles: what a status's colour says. */
export type Tone = "good" | "neutral" | "bad";

export const TONE_COLOURS: Readonly<Record<Tone, { readonly fill: string; readonly font: string }>> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  neutral: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
};

/** Cells of `area` that show exactly `text` are coloured by `tone`. */
export interface Highlight {
  readonly area: Area;
  readonly text: string;
  readonly tone: Tone;
}

/** A dropdown at `cell` whose choices are the cells of `source` (on the same sheet). */
export interface Dropdown {
  readonly cell: CellPos;
  readonly source: Area;
  /** What the cell says when selected, and when something else is typed into it. */
  readonly prompt: string;
}

/** Excel's own colour for input cells (the "Input" cell style): the cells a user is meant to fill in. */
export const INPUT_FILL = "#FFF2CC";

export interface ColumnLayout {
  /** Width in characters of the default font (Excel's unit for column width). */
  readonly width: number;
  readonly hidden?: boolean;
  /** Long text (a citation) wraps instead of running over. */
  readonly wrap?: boolean;
}

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  readonly area: Area;
  /** Scale the columns to one page wide (rows run on over as many pages as they need). */
  readonly fitToWidth: boolean;
}

export interface SheetLayout {
  readonly name: string;
  /** Rows from A1; every row as long as the widest (empty cells are ""). */
  readonly contents: CellContent[][];
  readonly formats: string[][];
  readonly columns: readonly ColumnLayout[];
  /** Rows shown bold (titles and headers outside a table). */
  readonly boldRows: readonly number[];
  /** A title's row, shown larger. */
  readonly titleRow: number | null;
  /** Cells the user is meant to fill in (shown in Excel's input colour). */
  readonly inputCells: readonly CellPos[];
  /** The Excel table (header row first, with filter buttons), or none. */
  readonly table: { readonly name: string; readonly area: Area } | null;
  /** Rows frozen at the top (the header stays in view). */
  readonly frozenRows: number;
  readonly print: PrintSetup | null;
  readonly highlights: readonly Highlight[];
  readonly dropdowns: readonly Dropdown[];
}

/** The workbook the export writes: its sheets in order, and its title for the file's properties. */
export interface WorkbookLayout {
  readonly title: string;
  readonly sheets: readonly SheetLayout[];
}

/** Pads every row to the same length with "" (writers take rectangles). */
export function rectangular<T>(rows: T[][], fill: T): T[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<T>(width - row.length).fill(fill)]);
}

/** A grid filled cell by cell; `rows()` pads it into rectangles ("" in General format where nothing was put). */
export class Grid {
  private readonly contents: CellContent[][] = [];
  private readonly formats: string[][] = [];

  put(row: number, col: number, content: CellContent, format = GENERAL_FORMAT): void {
    for (let r = this.contents.length; r <= row; r++) {
      this.contents.push([]);
      this.formats.push([]);
    }
    const contents = this.contents[row]!;
    const formats = this.formats[row]!;
    for (let c = contents.length; c < col; c++) {
      contents.push("");
      formats.push(GENERAL_FORMAT);
    }
    contents[col] = content;
    formats[col] = format;
  }

  /** One row of cells from `col` on, all in one format or each in its own. */
  putRow(row: number, col: number, contents: readonly CellContent[], formats: string | readonly string[]): void {
    contents.forEach((content, i) =>
      this.put(row, col + i, content, typeof formats === "string" ? formats : formats[i]),
    );
  }

  get height(): number {
    return this.contents.length;
  }

  rows(): { contents: CellContent[][]; formats: string[][] } {
    return {
      contents: rectangular(this.contents, ""),
      formats: rectangular(this.formats, GENERAL_FORMAT),
    };
  }
}

/**
 * Columns a text takes: a Chinese (wide) character takes two — in a spreadsheet cell (Excel's default fonts) as
 * in a terminal (the CLI aligns its help with it).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/** Points per line of the default 11 pt font, with the room Chinese glyphs need. */
const LINE_POINTS = 16;

/**
 * A row's height where its wrapped cells need more than one line (null: the default height). Spreadsheet programs
 * keep the height a file states rather than fitting wrapped text when they open it, so the writer states it.
 */
export function wrappedRowHeight(sheet: SheetLayout, row: number): number | null {
  let lines = 1;
  sheet.contents[row]?.forEach((content, col) => {
    const column = sheet.columns[col];
    if (!column?.wrap || typeof content !== "string") return;
    lines = Math.max(lines, Math.ceil(displayWidth(content) / Math.max(1, column.width * 0.85)));
  });
  return lines > 1 ? lines * LINE_POINTS : null;
}
