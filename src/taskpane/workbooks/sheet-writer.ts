/**
 * Writes a whole-sheet layout (src/sheet/layout.ts: the monitoring sheet) as a new worksheet of the open workbook
 * through Excel.run: number formats first (so a plan id "000" stays text), the cells, column widths, input fill,
 * the Excel table, then the parts newer hosts have — frozen header, status colours, dropdowns, print setup —
 * each in its own sync, so a host without one still gets the sheet and the pane can say what was left out.
 */
import { officeInputs } from "../../sheet/cell-input";
import { a1, columnName } from "../../sheet/cells";
import { areaA1, INPUT_FILL, TONE_COLOURS, type SheetLayout } from "../../sheet/layout";
import { defaultExcelRun, type ExcelRun } from "../kit/excel-writer";
import { excelApiSupport, type ApiSupport } from "../kit/requirements";

/** A part of the sheet that needs a newer ExcelApi than the host has, or that the host refused. */
export type OptionalPart = "freeze" | "colours" | "dropdowns" | "print";

export interface NewSheetOutcome {
  readonly sheet: string;
  /** The table's (or the whole layout's) address. */
  readonly address: string;
  readonly leftOut: readonly OptionalPart[];
}

const NEEDS: Readonly<Record<OptionalPart, string>> = { freeze: "1.7", colours: "1.6", dropdowns: "1.8", print: "1.9" };

/** Excel's column width unit (characters of the default font) in points, as Excel converts it (7 px + 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** 监测, or 监测 (2)… when the workbook has one; Excel compares sheet names without case. */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export async function writeNewSheet(
  layout: SheetLayout,
  run: ExcelRun = defaultExcelRun,
  supports: ApiSupport = excelApiSupport,
): Promise<NewSheetOutcome> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items");
    await context.sync();
    const name = uniqueSheetName(
      layout.name,
      sheets.items.map((s) => s.name),
    );
    const ws = sheets.add(name);
    const rows = layout.contents.length;
    const cols = layout.contents[0]?.length ?? 0;
    const all = ws.getRange(areaA1({ row: 0, col: 0, rows, cols }));
    all.numberFormat = layout.formats;
    all.formulas = officeInputs(layout.contents, layout.formats);
    layout.columns.forEach((column, i) => {
      const range = ws.getRange(`${columnName(i)}:${columnName(i)}`);
      range.format.columnWidth = widthInPoints(column.width);
      if (column.wrap) range.format.wrapText = true;
      if (column.hidden) range.columnHidden = true;
    });
    for (const row of layout.boldRows) ws.getRange(areaA1({ row, col: 0, rows: 1, cols })).format.font.bold = true;
    if (layout.titleRow !== null) {
      const title = ws.getRange(a1({ row: layout.titleRow, col: 0 }));
      title.format.font.bold = true;
      title.format.font.size = 14;
    }
    for (const cell of layout.inputCells) ws.getRange(a1(cell)).format.fill.color = INPUT_FILL;
    if (layout.table) ws.tables.add(ws.getRange(areaA1(layout.table.area)), true);
    // Wrapped citations need taller rows: Excel fits them itself.
    if (layout.columns.some((column) => column.wrap)) all.format.autofitRows();
    ws.activate();
    await context.sync();

    const leftOut: OptionalPart[] = [];
    const optional = async (part: OptionalPart, queue: () => void): Promise<void> => {
      if (!supports(NEEDS[part])) {
        leftOut.push(part);
        return;
      }
      try {
        queue();
        await context.sync();
      } catch {
        leftOut.push(part);
      }
    };
    if (layout.frozenRows > 0) await optional("freeze", () => ws.freezePanes.freezeRows(layout.frozenRows));
    if (layout.highlights.length > 0) {
      await optional("colours", () => {
        for (const highlight of layout.highlights) {
          const format = ws.getRange(areaA1(highlight.area)).conditionalFormats.add("CellValue");
          const colours = TONE_COLOURS[highlight.tone];
          format.cellValue.format.fill.color = colours.fill;
          format.cellValue.format.font.color = colours.font;
          format.cellValue.rule = { formula1: `="${highlight.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
        }
      });
    }
    if (layout.dropdowns.length > 0) {
      await optional("dropdowns", () => {
        for (const dropdown of layout.dropdowns) {
          const validation = ws.getRange(a1(dropdown.cell)).dataValidation;
          validation.rule = { list: { inCellDropDown: true, source: `=${areaA1(dropdown.source, true)}` } };
          validation.errorAlert = { showAlert: true, style: "Stop", title: "", message: dropdown.prompt };
          validation.prompt = { showPrompt: true, title: "", message: dropdown.prompt };
        }
      });
    }
    const print = layout.print;
    if (print) {
      await optional("print", () => {
        ws.pageLayout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        ws.pageLayout.paperSize = "A4";
        ws.pageLayout.setPrintArea(areaA1(print.area));
        if (print.titleRows)
          ws.pageLayout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
        if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      });
    }
    return {
      sheet: name,
      address: `'${name.replace(/'/g, "''")}'!${layout.table ? areaA1(layout.table.area) : areaA1({ row: 0, col: 0, rows, cols })}`,
      leftOut,
    };
  });
}
