/**
 * What the pane asks of the open workbook, whichever spreadsheet it runs in. Three hosts: Excel (Office.js,
 * batched through Excel.run), WPS 表格 (its synchronous COM-style object model, src/taskpane/hosts/wps-workbook.ts)
 * and the plain browser (no workbook: the pane is read-only and copies instead; it has no WorkbookHost).
 */
import type { Catalog } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import type { SheetBlock } from "../../sheet/block";
import type { SheetLayout } from "../../sheet/layout";
import type { SelectionRead } from "../import/selection";
import { defaultExcelRun, insertAtSelection, type ExcelRun, type InsertOutcome } from "../kit/excel-writer";
import { excelApiSupport, type ApiSupport } from "../kit/requirements";
import type { NewSheetOutcome } from "../workbooks/sheet-writer";
import type { ToValuesOutcome } from "../workbooks/to-values";

export interface WorkbookHost {
  readonly kind: "excel" | "wps";
  /** A block (a value, a formula, a table, an analysis block) at the selection's top-left cell. */
  insertAtSelection(block: SheetBlock): Promise<InsertOutcome>;
  /** A whole-sheet layout (the monitoring sheet) as a new worksheet, activated. */
  writeNewSheet(layout: SheetLayout): Promise<NewSheetOutcome>;
  /** 转为数值 of the selection (or the sheet when one cell is selected); `when` as the stamp says it. */
  convertToValues(catalog: Catalog, locale: Locale, when: string): Promise<ToValuesOutcome>;
  /** The selection's values for the table reader. */
  readSelection(): Promise<SelectionRead>;
}

/** Office.js: the batched writers, unchanged; the sheet writers load with the workbook buttons' chunk. */
export function officeWorkbookHost(
  run: ExcelRun = defaultExcelRun,
  supports: ApiSupport = excelApiSupport,
): WorkbookHost {
  const actions = () => import(/* webpackChunkName: "workbook-actions" */ "../workbooks/workbook-actions.js");
  return {
    kind: "excel",
    insertAtSelection: (block) => insertAtSelection(block, run),
    writeNewSheet: async (layout) => (await actions()).writeNewSheet(layout, run, supports),
    convertToValues: async (catalog, locale, when) =>
      (await actions()).convertToValues(catalog, locale, { run, supports, when }),
    readSelection: async () => (await import("../import/selection.js")).readSelection(run),
  };
}
