/**
 * A mocked workbook for the insert tests, made of office-addin-mock's OfficeMockObjects: the selected range, the
 * ranges the writer derives from it (getCell, getResizedRange, getRow, getColumn), their writes, and the
 * worksheet's tables.add and charts.add calls. `load` / `sync` behave as office-addin-mock defines them, so a
 * property read before its load and sync fails the test as it would fail in Excel.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRun } from "../../src/taskpane/kit/excel-writer";
import { a1, parseTopLeft, type CellPos } from "../../src/sheet/cells";
import { enterCell, type EnteredCell } from "../support/excel-entry";

/** A range as the tests read it back. */
export interface WrittenRange {
  readonly address: string;
  readonly formulas?: unknown[][];
  readonly values?: unknown[][];
  readonly numberFormat?: string[][];
  readonly format: { readonly font: { readonly bold?: boolean }; readonly fill: { readonly color?: string } };
}

export interface MockWorkbook {
  readonly run: ExcelRun;
  /** Every range the writer obtained, in order: selection, anchor, block, then format targets. */
  readonly ranges: WrittenRange[];
  /** The block (from getResizedRange) the last insert wrote. */
  block(): WrittenRange;
  readonly tables: Array<{ source: string; hasHeaders: boolean }>;
  readonly charts: Array<{
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    position: [string, string] | null;
  }>;
  readonly autofit: string[];
  readonly syncs: { count: number };
  /** The address a range was made for (without the writer having loaded it). */
  addressOf(range: WrittenRange): string;
}

/** What Excel holds in each cell of a written range: its formulas (or values) entered under its number formats. */
export function enteredCells(written: WrittenRange): EnteredCell[][] {
  const grid = written.formulas ?? written.values ?? [];
  return grid.map((row, r) => row.map((content, c) => enterCell(content, written.numberFormat?.[r]?.[c])));
}

function address(sheet: string, from: CellPos, rows: number, cols: number): string {
  const first = a1(from);
  const last = a1({ row: from.row + rows - 1, col: from.col + cols - 1 });
  return `${sheet}!${rows === 1 && cols === 1 ? first : `${first}:${last}`}`;
}

export function mockWorkbook(selected = "Sheet1!B2"): MockWorkbook {
  const sheet = selected.split("!")[0] ?? "Sheet1";
  const origin = parseTopLeft(selected)!;
  const created: OfficeMockObject[] = [];
  const ranges: WrittenRange[] = [];
  const blocks: WrittenRange[] = [];
  const tables: MockWorkbook["tables"] = [];
  const charts: MockWorkbook["charts"] = [];
  const autofit: string[] = [];
  const syncs = { count: 0 };
  const addresses = new WeakMap<object, string>();

  const range = (from: CellPos, rows: number, cols: number): OfficeMockObject => {
    const at = address(sheet, from, rows, cols);
    const mock: OfficeMockObject = new OfficeMockObject({
      address: at,
      format: {
        font: {},
        fill: {},
        autofitColumns: () => autofit.push(at),
      },
      worksheet: {
        tables: {
          // Addresses are read lazily: the writer loads them only at the end of its batch.
          add: (source: WrittenRange, hasHeaders: boolean) => {
            tables.push(
              Object.defineProperty({ hasHeaders } as { source: string; hasHeaders: boolean }, "source", {
                get: () => source.address,
                enumerable: true,
              }),
            );
            return new OfficeMockObject({ name: `Table${tables.length}` });
          },
        },
        charts: {
          add: (type: string, source: WrittenRange, seriesBy: string) => {
            const record = { type, seriesBy, position: null } as MockWorkbook["charts"][number];
            Object.defineProperty(record, "source", { get: () => source.address, enumerable: true });
            charts.push(record);
            const chart = new OfficeMockObject({
              title: {},
              setPosition: (start: string, end: string) => {
                record.position = [start, end];
              },
            });
            // The title is written after add(); read it back when the test asks.
            Object.defineProperty(record, "title", {
              get: () => (chart.title as { text?: string }).text ?? "",
              enumerable: true,
            });
            return chart;
          },
        },
      },
      getCell: (row: number, col: number) => range({ row: from.row + row, col: from.col + col }, 1, 1),
      getResizedRange: (dr: number, dc: number) => {
        const resized = range(from, rows + dr, cols + dc);
        blocks.push(resized as unknown as WrittenRange);
        return resized;
      },
      getRow: (row: number) => range({ row: from.row + row, col: from.col }, 1, cols),
      getColumn: (col: number) => range({ row: from.row, col: from.col + col }, rows, 1),
    });
    created.push(mock);
    addresses.set(mock, at);
    ranges.push(mock as unknown as WrittenRange);
    return mock;
  };

  const excel = new OfficeMockObject({
    context: {
      workbook: { getSelectedRange: () => range(origin, 1, 1) },
      // office-addin-mock syncs the objects in its tree; the derived ranges are made on the fly, so sync them too.
      sync: async () => {
        syncs.count++;
        for (const mock of created) await mock.sync();
      },
    },
  });
  const context: unknown = excel.context;
  const run: ExcelRun = (batch) => batch(context as Excel.RequestContext);
  return {
    run,
    ranges,
    block: () => {
      const last = blocks.at(-1);
      if (!last) throw new Error("nothing was written");
      return last;
    },
    tables,
    charts,
    autofit,
    syncs,
    addressOf: (written) => addresses.get(written) ?? "?",
  };
}
