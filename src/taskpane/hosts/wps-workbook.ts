// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- WPS's Et.* types only, not its index.d.ts globals
/// <reference path="../../../node_modules/et-jsapi-declare/lib.et.d.ts" />
/**
 * The pane's workbook on WPS 表格: its JS API mirrors Excel's COM object model and every call is synchronous
 * (Application.ActiveSheet.Range("A1").Formula = …), the opposite of Excel.run's batches. Cells are written through
 * `Formula` and read through `Formula`/`Value2`, never `Value` (writing `Range.Value` throws on WPS builds). A cell
 * is entered as if typed, as in Excel, so data text goes through the same rule (src/sheet/cell-input.ts): a text
 * behind the apostrophe prefix, or as it is in a text-formatted cell.
 *
 * The interfaces below name the members used; `realApplicationIsEnough` checks them against WPS's own declarations
 * (et-jsapi-declare's Et.*), so a member WPS does not declare does not compile.
 */
import type { Catalog } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import { officeInputs, officeText, officeValue } from "../../sheet/cell-input";
import { a1, type CellPos } from "../../sheet/cells";
import {
  callsPlan,
  formulaCitations,
  gridLookup,
  listedSource,
  valueNote,
  valuesStamp,
  type SourcesPlace,
} from "../../sheet/formula-sources";
import { areaA1, INPUT_FILL, TONE_COLOURS, type Area, type SheetLayout } from "../../sheet/layout";
import type { CellContent, ChartSpec, ChartType } from "../../sheet/block";
import type { SelectionRead } from "../import/selection";
import { InsertError, NoCellsSelected, type InsertOutcome } from "../kit/excel-writer";
import { uniqueSheetName, type OptionalPart } from "../workbooks/sheet-writer";
import type { WorkbookHost } from "./workbook-host";

export interface WpsRange {
  Formula: string;
  readonly Value2: unknown;
  NumberFormat: string;
  readonly Row: number;
  readonly Column: number;
  /** Position and size in points (where a chart goes). */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  readonly Count: number;
  readonly Rows: { readonly Count: number; AutoFit(): unknown };
  readonly Columns: { readonly Count: number; AutoFit(): unknown };
  readonly EntireColumn: { Hidden: unknown; ColumnWidth: number };
  WrapText: boolean;
  readonly Font: { Bold: boolean; Size: number; Color: number };
  readonly Interior: { Color: unknown };
  readonly Validation: {
    Add(type: Et.XlDVType, alertStyle?: number, operator?: number, formula1?: string): void;
    InCellDropdown: boolean;
    ErrorMessage: string;
    InputMessage: string;
  };
  readonly FormatConditions: {
    Add(
      type: Et.XlFormatConditionType,
      operator?: unknown,
      formula1?: unknown,
    ): {
      readonly Interior: { Color: unknown };
      readonly Font: { Color: unknown };
    };
  };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  AddComment(text?: string): unknown;
  AutoFit(): unknown;
}

export interface WpsWorksheet {
  Name: string;
  Range(address: string): WpsRange;
  readonly UsedRange: WpsRange;
  readonly Shapes: {
    AddChart2(
      style?: number,
      type?: number,
      left?: number,
      top?: number,
      width?: number,
      height?: number,
    ): {
      readonly Chart: {
        SetSourceData(source: WpsRange, plotBy?: number): void;
        HasTitle: boolean;
        readonly ChartTitle: { Text: string };
      };
    };
  };
  readonly ListObjects: {
    Add(
      sourceType?: Et.XlListObjectSourceType,
      source?: unknown,
      linkSource?: unknown,
      headers?: Et.XlYesNoGuess,
    ): unknown;
  };
  readonly PageSetup: {
    Orientation: Et.XlPageOrientation;
    PaperSize: Et.XlPaperSize;
    PrintArea: string;
    PrintTitleRows: string;
    Zoom: unknown;
    FitToPagesWide: number | boolean;
    FitToPagesTall: number | boolean;
  };
  Activate(): void;
}

export interface WpsWorkbook {
  readonly ActiveSheet: WpsWorksheet;
  readonly Worksheets: { readonly Count: number; Item(index: number): unknown; Add(): unknown };
  readonly Names: {
    Add(name: string, refersTo: string, visible: boolean): unknown;
    Item(name: string): { RefersTo: unknown };
  };
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook;
  readonly ActiveSheet: WpsWorksheet;
  readonly Selection: unknown;
  readonly ActiveWindow: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
  CalculateFull(): void;
}

/** Compiles only while WPS's declared object model has every member used here, with compatible types. */
export const realApplicationIsEnough = (application: Et.Application): WpsApplication => ({
  ActiveWorkbook: workbookOf(application.ActiveWorkbook),
  ActiveSheet: application.ActiveSheet,
  Selection: application.Selection,
  ActiveWindow: application.ActiveWindow,
  CalculateFull: () => application.CalculateFull(),
});
function workbookOf(workbook: Et.Workbook): WpsWorkbook {
  return { ActiveSheet: workbook.ActiveSheet, Worksheets: workbook.Worksheets, Names: workbook.Names };
}

// The object model's enumerations (Excel's values; WPS declares the same enum names).
const XL_SRC_RANGE = 1 as Et.XlListObjectSourceType;
const XL_YES = 1 as Et.XlYesNoGuess;
const XL_VALIDATE_LIST = 3 as Et.XlDVType;
const XL_VALID_ALERT_STOP = 1;
const XL_BETWEEN = 1;
const XL_CELL_VALUE = 1 as Et.XlFormatConditionType;
const XL_EQUAL = 3;
const XL_LANDSCAPE = 2 as Et.XlPageOrientation;
const XL_PORTRAIT = 1 as Et.XlPageOrientation;
const XL_PAPER_A4 = 9 as Et.XlPaperSize;
const XL_COLUMNS = 2;
/** The block's chart types (Office.js names) as the object model's XlChartType. */
const XL_CHART_TYPE: Readonly<Record<ChartType, number>> = { BarClustered: 57, XYScatterLines: 74 };
/** Rows × columns a chart occupies beside its data, as on Excel. */
const CHART_SIZE = { rows: 15, cols: 7 } as const;

/** "#FFF2CC" as the object model's Color: a BGR number. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** The selection as a range, or null when a shape (a chart, a picture) is selected instead of cells. */
function selectedRange(app: WpsApplication): WpsRange | null {
  const selection = app.Selection as Partial<WpsRange> | null;
  return selection && typeof selection.Row === "number" && typeof selection.Address === "function"
    ? (selection as WpsRange)
    : null;
}

function topLeft(range: WpsRange): CellPos {
  return { row: range.Row - 1, col: range.Column - 1 };
}

function areaOf(range: WpsRange): Area {
  return { ...topLeft(range), rows: range.Rows.Count, cols: range.Columns.Count };
}

/** B2:C14, or B2 for one cell (as Excel reports an address). */
function areaAddress(area: Area): string {
  return area.rows === 1 && area.cols === 1 ? a1(area) : areaA1(area);
}

function sheetAddress(sheet: WpsWorksheet, address: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.Name) ? sheet.Name : `'${sheet.Name.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

/** What `Formula` takes for a constant or formula: numbers as typed, a text so it stays that text. */
function formulaText(input: unknown): string {
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  if (typeof input === "number" || typeof input === "string") return String(input);
  return "";
}

/** Number formats first (a text-formatted cell keeps "000" as text), then the cells, one by one. */
function writeGrid(sheet: WpsWorksheet, origin: CellPos, contents: CellContent[][], formats: string[][]): void {
  const inputs = officeInputs(contents, formats);
  inputs.forEach((row, r) =>
    row.forEach((input, c) => {
      const cell = sheet.Range(a1({ row: origin.row + r, col: origin.col + c }));
      const format = formats[r]?.[c];
      if (format) cell.NumberFormat = format;
      cell.Formula = formulaText(input);
    }),
  );
}

/** The object model answers at once; the host interface is a promise's (Excel's is). A throw rejects it. */
function sync<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function wpsWorkbookHost(application: () => WpsApplication): WorkbookHost {
  return {
    kind: "wps",
    insertAtSelection: (plan) =>
      sync(() => {
        const app = application();
        const selection = selectedRange(app);
        if (!selection) throw new NoCellsSelected();
        const sheet = app.ActiveSheet;
        const origin = topLeft(selection);
        const block = plan.build(origin);
        const rows = block.contents.length;
        const cols = block.contents[0]?.length ?? 0;
        if (rows === 0 || cols === 0) throw new InsertError("empty block");
        writeGrid(sheet, origin, block.contents, block.formats);
        const area = areaA1({ ...origin, rows, cols });
        const range = sheet.Range(area);
        for (const row of plan.boldRows)
          sheet.Range(areaA1({ row: origin.row + row, col: origin.col, rows: 1, cols })).Font.Bold = true;
        for (const col of plan.boldColumns)
          sheet.Range(areaA1({ row: origin.row, col: origin.col + col, rows, cols: 1 })).Font.Bold = true;
        for (const cell of plan.inputCells)
          sheet.Range(a1({ row: origin.row + cell.row, col: origin.col + cell.col })).Interior.Color = bgr(INPUT_FILL);
        if (plan.table) sheet.ListObjects.Add(XL_SRC_RANGE, range, undefined, XL_YES);
        const chartLeftOut = plan.chart !== null && !addChart(sheet, range, plan.chart, { ...origin, rows, cols });
        if (plan.autofit) range.Columns.AutoFit();
        const outcome: InsertOutcome = {
          address: sheetAddress(sheet, areaAddress({ ...origin, rows, cols })),
          staticFallbacks: plan.staticFallbacks,
          chartLeftOut,
        };
        return outcome;
      }),
    writeNewSheet: (layout) => sync(() => writeNewSheet(application(), layout)),
    convertToValues: (catalog, locale, when) => sync(() => convertToValues(application(), catalog, locale, when)),
    readSelection: () =>
      sync((): SelectionRead => {
        const selection = selectedRange(application());
        if (!selection) throw new NoCellsSelected();
        const area = areaOf(selection);
        const sheet = application().ActiveSheet;
        return {
          rows: readArea(sheet, area, "Value2"),
          firstRow: area.row + 1,
          address: sheetAddress(sheet, areaAddress(area)),
        };
      }),
  };
}

/**
 * The block's chart beside it (Shapes.AddChart2, then its data and title), as Excel places it. False when WPS
 * refuses (a build without charts in its JS API): the data is in, and the pane says the chart was left out.
 */
function addChart(sheet: WpsWorksheet, data: WpsRange, spec: ChartSpec, block: Area): boolean {
  try {
    const place = sheet.Range(areaA1({ row: block.row, col: block.col + block.cols + 1, ...CHART_SIZE }));
    const chart = sheet.Shapes.AddChart2(
      -1,
      XL_CHART_TYPE[spec.type],
      place.Left,
      place.Top,
      place.Width,
      place.Height,
    ).Chart;
    chart.SetSourceData(data, XL_COLUMNS);
    chart.HasTitle = true;
    chart.ChartTitle.Text = spec.title;
    return true;
  } catch {
    return false;
  }
}

/**
 * A range's Formula or Value2 as a grid. Every property read is a call through the COM bridge, so the whole range
 * is read at once: Excel's object model answers a multi-cell range with a 2-D array. Where the answer is not such a
 * grid (WPS declares these properties as single values), it is read cell by cell.
 */
function readArea(sheet: WpsWorksheet, area: Area, property: "Formula" | "Value2"): unknown[][] {
  const whole: unknown = sheet.Range(areaA1(area))[property];
  if (area.rows === 1 && area.cols === 1) return [[whole]];
  const grid = Array.isArray(whole) ? (whole as unknown[]) : null;
  if (grid?.length === area.rows && grid.every((row) => Array.isArray(row) && row.length === area.cols))
    return grid as unknown[][];
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => sheet.Range(a1({ row: area.row + r, col: area.col + c }))[property]),
  );
}

function sheetNames(workbook: WpsWorkbook): string[] {
  const names: string[] = [];
  for (let i = 1; i <= workbook.Worksheets.Count; i++) names.push((workbook.Worksheets.Item(i) as WpsWorksheet).Name);
  return names;
}

function writeNewSheet(app: WpsApplication, layout: SheetLayout) {
  const workbook = app.ActiveWorkbook;
  const name = uniqueSheetName(layout.name, sheetNames(workbook));
  const ws = workbook.Worksheets.Add() as WpsWorksheet;
  ws.Name = name;
  const rows = layout.contents.length;
  const cols = layout.contents[0]?.length ?? 0;
  writeGrid(ws, { row: 0, col: 0 }, layout.contents, layout.formats);
  const all = ws.Range(areaA1({ row: 0, col: 0, rows, cols }));
  layout.columns.forEach((column, i) => {
    const range = ws.Range(areaA1({ row: 0, col: i, rows: 1, cols: 1 }));
    // The object model's ColumnWidth is Excel's unit, characters of the default font: the layout's own.
    range.EntireColumn.ColumnWidth = column.width;
    if (column.wrap) ws.Range(areaA1({ row: 0, col: i, rows, cols: 1 })).WrapText = true;
    if (column.hidden) range.EntireColumn.Hidden = true;
  });
  for (const row of layout.boldRows) ws.Range(areaA1({ row, col: 0, rows: 1, cols })).Font.Bold = true;
  if (layout.titleRow !== null) {
    const title = ws.Range(a1({ row: layout.titleRow, col: 0 }));
    title.Font.Bold = true;
    title.Font.Size = 14;
  }
  for (const cell of layout.inputCells) ws.Range(a1(cell)).Interior.Color = bgr(INPUT_FILL);
  if (layout.table) ws.ListObjects.Add(XL_SRC_RANGE, ws.Range(areaA1(layout.table.area)), undefined, XL_YES);
  ws.Activate();

  const leftOut: OptionalPart[] = [];
  const optional = (part: OptionalPart, apply: () => void): void => {
    try {
      apply();
    } catch {
      leftOut.push(part);
    }
  };
  if (layout.frozenRows > 0) {
    optional("freeze", () => {
      const window = app.ActiveWindow;
      window.SplitColumn = 0;
      window.SplitRow = layout.frozenRows;
      window.FreezePanes = true;
    });
  }
  if (layout.highlights.length > 0) {
    optional("colours", () => {
      for (const highlight of layout.highlights) {
        const colours = TONE_COLOURS[highlight.tone];
        const condition = ws
          .Range(areaA1(highlight.area))
          .FormatConditions.Add(XL_CELL_VALUE, XL_EQUAL, `="${highlight.text.replace(/"/g, '""')}"`);
        condition.Interior.Color = bgr(colours.fill);
        condition.Font.Color = bgr(colours.font);
      }
    });
  }
  if (layout.dropdowns.length > 0) {
    optional("dropdowns", () => {
      for (const dropdown of layout.dropdowns) {
        const validation = ws.Range(a1(dropdown.cell)).Validation;
        validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, `=${areaA1(dropdown.source, true)}`);
        validation.InCellDropdown = true;
        validation.ErrorMessage = dropdown.prompt;
        validation.InputMessage = dropdown.prompt;
      }
    });
  }
  const print = layout.print;
  if (print) {
    optional("print", () => {
      const setup = ws.PageSetup;
      setup.Orientation = print.orientation === "landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
      setup.PaperSize = XL_PAPER_A4;
      setup.PrintArea = areaA1(print.area, true);
      if (print.titleRows) setup.PrintTitleRows = `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`;
      if (print.fitToWidth) {
        setup.Zoom = false;
        setup.FitToPagesWide = 1;
        setup.FitToPagesTall = false;
      }
    });
  }
  // Wrapped citations need taller rows: the rows fit them.
  if (layout.columns.some((column) => column.wrap)) all.Rows.AutoFit();
  return {
    sheet: name,
    address: `'${name.replace(/'/g, "''")}'!${layout.table ? areaA1(layout.table.area) : areaA1({ row: 0, col: 0, rows, cols })}`,
    leftOut,
  };
}

function intersect(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

interface Found {
  readonly pos: CellPos;
  readonly note: string;
  readonly cited: boolean;
}

function convertToValues(app: WpsApplication, catalog: Catalog, locale: Locale, when: string) {
  const selection = selectedRange(app);
  const sheet = app.ActiveSheet;
  const scope: "selection" | "sheet" = selection && selection.Count > 1 ? "selection" : "sheet";
  const none = { scope, address: null, converted: 0, cited: 0, sources: null, stamp: null };
  const used = sheet.UsedRange;
  const usedArea = areaOf(used);
  const usedEmpty = usedArea.rows === 1 && usedArea.cols === 1 && formulaText(used.Formula) === "";
  if (usedEmpty) return none;
  // Only the used part of a selection is read: a whole column selected must not read a million cells.
  const target = scope === "selection" && selection ? intersect(areaOf(selection), usedArea) : usedArea;
  if (!target) return none;
  const address = sheetAddress(sheet, areaAddress(target));
  const usedAddress = areaA1(usedArea);
  const lookup = gridLookup(usedAddress, readArea(sheet, usedArea, "Value2"));
  const found: Found[] = [];
  const formulas = readArea(sheet, target, "Formula");
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== "string" || !callsPlan(formula)) return;
      const pos = { row: target.row + r, col: target.col + c };
      const cell = sheet.Range(a1(pos));
      const citations = formulaCitations(catalog, formula, lookup, locale);
      const note = valueNote(citations, formula, catalog.dataset.version, locale);
      cell.Formula = formulaText(officeValue(cell.Value2));
      found.push({ pos, note, cited: citations.length > 0 });
    }),
  );
  if (found.length === 0) return { ...none, address };

  let sources: SourcesPlace = "notes";
  try {
    for (const cell of found) {
      sheet.Range(a1(cell.pos)).AddComment(cell.note);
    }
  } catch {
    // Refused part way (a cell already has the user's comment, kept): the sources are listed below instead.
    sources = "listed";
  }
  const stampAt = { row: usedArea.row + usedArea.rows + 1, col: usedArea.col };
  const lines = [valuesStamp(locale, catalog.dataset.version, when, sources)];
  if (sources === "listed") for (const cell of found) lines.push(listedSource(locale, a1(cell.pos), cell.note));
  lines.forEach((line, i) => {
    sheet.Range(a1({ row: stampAt.row + i, col: stampAt.col })).Formula = officeText(line);
  });
  return {
    scope,
    address,
    converted: found.length,
    cited: found.filter((cell) => cell.cited).length,
    sources,
    stamp: a1(stampAt),
  };
}
