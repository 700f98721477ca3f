/**
 * The first worksheet of an .xlsx workbook as rows of cells, read with exceljs, which is loaded only when a
 * workbook is imported (its own chunk, exceljs.js). Numbers stay numbers (45% is the 0.45 Excel holds: the table
 * reader matches it against its sentence), formulas give their results, rich text its text.
 */
import type * as ExcelJsModule from "exceljs";
import { dataFault, importProblem, type DataFault } from "../core/errors";

type ExcelJs = typeof ExcelJsModule;

export type XlsxRead =
  | { readonly ok: true; readonly rows: unknown[][]; readonly sheet: string }
  | { readonly ok: false; readonly fault: DataFault };

/** A cell's value as the table reader takes it: text, a number, a boolean or null. */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const object = value as {
    richText?: ReadonlyArray<{ text: string }>;
    result?: unknown;
    text?: unknown;
    error?: unknown;
  };
  if (object.richText) return object.richText.map((part) => part.text).join("");
  if ("result" in object) return cellValue(object.result);
  if (typeof object.text === "string") return object.text;
  return null;
}

async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import("exceljs")) as ExcelJs & { default?: ExcelJs };
  // A CommonJS module: Node and webpack hand its exports over as `default`.
  return loaded.default ?? loaded;
}

export async function xlsxRows(bytes: ArrayBuffer, file: string): Promise<XlsxRead> {
  let excel: ExcelJs;
  try {
    excel = await loadExcelJs();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      fault: dataFault("IMPORT_FILE_UNREADABLE", { file, reason: importProblem("NOT_XLSX", { detail }) }),
    };
  }
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      fault: dataFault("IMPORT_FILE_UNREADABLE", { file, reason: importProblem("NOT_XLSX", { detail }) }),
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, fault: dataFault("TABLE_NO_ROWS", { file }) };
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows[number - 1] = cells;
  });
  return { ok: true, rows: Array.from(rows, (row) => row ?? []), sheet: sheet.name };
}
