/**
 * The selected range of the active sheet, read through Excel.run for the table reader: its values (numbers as
 * Excel holds them, 45% as 0.45) and the sheet row its first row is on, so messages name the sheet's own rows.
 */
import type { ExcelRun } from "../kit/excel-writer";

export interface SelectionRead {
  readonly rows: unknown[][];
  /** The sheet's row number of the selection's first row (1-based). */
  readonly firstRow: number;
  readonly address: string;
}

/** What the import needs of the workbook (the pane's WorkbookHost has it, on Excel and WPS). */
export interface SelectionSource {
  readSelection(): Promise<SelectionRead>;
}

export async function readSelection(run: ExcelRun): Promise<SelectionRead> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["values", "address", "rowIndex"]);
    await context.sync();
    return { rows: range.values as unknown[][], firstRow: range.rowIndex + 1, address: range.address };
  });
}
