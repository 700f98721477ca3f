/**
 * Writes a workbook layout (src/sheet/layout.ts) as an .xlsx file with exceljs: cells, number formats, column
 * widths, input fill, the Excel table with filter buttons, frozen rows, A4 print setup with repeated header rows,
 * the status colours as conditional formatting and the dropdowns as data validation. The same bytes for the CLI
 * (written to a file) and the taskpane (offered as a download); loaded only when exporting, never at start-up.
 */
import { Workbook, type CellValue, type ConditionalFormattingRule, type Worksheet } from "exceljs";
import { isFormulaCell, type CellContent } from "../sheet/block";
import { a1, GENERAL_FORMAT } from "../sheet/cells";
import {
  areaA1,
  INPUT_FILL,
  TONE_COLOURS,
  wrappedRowHeight,
  type Area,
  type SheetLayout,
  type WorkbookLayout,
} from "../sheet/layout";
import { ooxmlFormula, ooxmlText } from "./ooxml";

/** #RRGGBB → exceljs's ARGB. */
function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

/** Only a formula of ours becomes a formula; any text (a plan's words starting with "=" too) is a string cell. */
function cellValue(content: CellContent): CellValue {
  if (typeof content === "number") return content;
  if (isFormulaCell(content)) return { formula: ooxmlFormula(content.formula) };
  if (content === "") return null;
  return ooxmlText(content);
}

function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols;
}

function writeCells(ws: Worksheet, sheet: SheetLayout): void {
  const table = sheet.table;
  if (table) {
    const { area } = table;
    const header = sheet.contents[area.row]!.slice(area.col, area.col + area.cols).map(String);
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: a1(area),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: sheet.contents
        .slice(area.row + 1, area.row + area.rows)
        .map((row) => row.slice(area.col, area.col + area.cols).map(cellValue)),
    });
  }
  sheet.contents.forEach((row, r) =>
    row.forEach((content, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (!(table && inArea(table.area, r, c))) {
        const value = cellValue(content);
        if (value !== null) cell.value = value;
      }
      const format = sheet.formats[r]?.[c] ?? GENERAL_FORMAT;
      if (format !== GENERAL_FORMAT) cell.numFmt = format;
      if (sheet.columns[c]?.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }),
  );
}

function dress(ws: Worksheet, sheet: SheetLayout): void {
  sheet.columns.forEach((column, c) => {
    const col = ws.getColumn(c + 1);
    col.width = column.width;
    if (column.hidden) col.hidden = true;
  });
  for (const r of sheet.boldRows) {
    sheet.contents[r]?.forEach((content, c) => {
      if (content !== "") ws.getCell(r + 1, c + 1).font = { bold: true };
    });
  }
  sheet.contents.forEach((_, r) => {
    const height = wrappedRowHeight(sheet, r);
    if (height === null) return;
    const row = ws.getRow(r + 1);
    row.height = height;
    // A tall row reads from the top: its label beside the first line of the wrapped text.
    row.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: "top" }));
  });
  if (sheet.titleRow !== null) ws.getCell(sheet.titleRow + 1, 1).font = { bold: true, size: 14 };
  for (const pos of sheet.inputCells) {
    ws.getCell(pos.row + 1, pos.col + 1).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(INPUT_FILL) },
    };
  }
  if (sheet.frozenRows > 0) {
    ws.views = [
      { state: "frozen", xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: a1({ row: sheet.frozenRows, col: 0 }) },
    ];
  }
  const byArea = new Map<string, ConditionalFormattingRule[]>();
  sheet.highlights.forEach((highlight, i) => {
    const ref = areaA1(highlight.area);
    const colours = TONE_COLOURS[highlight.tone];
    const rules = byArea.get(ref) ?? [];
    rules.push({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${highlight.text.replace(/"/g, '""')}"`],
      priority: i + 1,
      style: {
        font: { color: { argb: argb(colours.font) } },
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(colours.fill) } },
      },
    });
    byArea.set(ref, rules);
  });
  for (const [ref, rules] of byArea) ws.addConditionalFormatting({ ref, rules });
  for (const dropdown of sheet.dropdowns) {
    ws.getCell(dropdown.cell.row + 1, dropdown.cell.col + 1).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [areaA1(dropdown.source, true)],
      showErrorMessage: true,
      errorStyle: "stop",
      error: dropdown.prompt,
      showInputMessage: true,
      prompt: dropdown.prompt,
    };
  }
  const print = sheet.print;
  if (print) {
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = print.orientation;
    ws.pageSetup.printArea = areaA1(print.area);
    if (print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    if (print.titleRows) ws.pageSetup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  }
}

/** The .xlsx bytes of a workbook layout. Excel recalculates every formula on opening it. */
export async function xlsxBytes(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "plan-targets";
  workbook.title = layout.title;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    writeCells(ws, sheet);
    dress(ws, sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
