/**
 * Writes a sheet block into the workbook at the selection, through Excel.run: number formats first (so a plan
 * id "000" stays text), then the values and formulas, then bold labels, input-cell fill, the table object or the
 * chart, and column widths. One batch, two syncs (the selection's address is needed to write A1 references).
 */
import { officeInputs } from "../../sheet/cell-input";
import { a1, offset, parseTopLeft } from "../../sheet/cells";
import type { SheetBlock } from "../../sheet/blocks";
import { INPUT_FILL } from "../../sheet/layout";

/** Excel.run, passed in so unit tests can hand over office-addin-mock's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const defaultExcelRun: ExcelRun = (batch) => Excel.run(batch);

export interface InsertOutcome {
  /** Where the block went: Sheet1!B2:K8. */
  readonly address: string;
  readonly staticFallbacks: number;
  /** The block asked for a chart the host cannot draw (WPS): its data went in without it. */
  readonly chartLeftOut?: boolean;
}

export { INPUT_FILL };

/** Rows × columns a chart occupies beside its data. */
const CHART_SIZE = { rows: 15, cols: 7 } as const;

export class InsertError extends Error {}

/** The selection is not cells (a chart or a picture is selected): there is nowhere to write or read. */
export class NoCellsSelected extends Error {}

export async function insertAtSelection(plan: SheetBlock, run: ExcelRun = defaultExcelRun): Promise<InsertOutcome> {
  return run(async (context) => {
    const anchor = context.workbook.getSelectedRange().getCell(0, 0);
    anchor.load("address");
    await context.sync();
    const origin = parseTopLeft(anchor.address);
    if (!origin) throw new InsertError(anchor.address);
    const block = plan.build(origin);
    const rows = block.contents.length;
    const cols = block.contents[0]?.length ?? 0;
    if (rows === 0 || cols === 0) throw new InsertError("empty block");
    const range = anchor.getResizedRange(rows - 1, cols - 1);
    range.numberFormat = block.formats;
    range.formulas = officeInputs(block.contents, block.formats);
    for (const row of plan.boldRows) range.getRow(row).format.font.bold = true;
    for (const col of plan.boldColumns) range.getColumn(col).format.font.bold = true;
    for (const cell of plan.inputCells) range.getCell(cell.row, cell.col).format.fill.color = INPUT_FILL;
    if (plan.table) range.worksheet.tables.add(range, true);
    if (plan.chart) {
      const chart = range.worksheet.charts.add(plan.chart.type, range, "Columns");
      chart.title.text = plan.chart.title;
      const start = offset(origin, 0, cols + 1);
      chart.setPosition(a1(start), a1(offset(start, CHART_SIZE.rows - 1, CHART_SIZE.cols - 1)));
    }
    if (plan.autofit) range.format.autofitColumns();
    range.load("address");
    await context.sync();
    return { address: range.address, staticFallbacks: plan.staticFallbacks };
  });
}
