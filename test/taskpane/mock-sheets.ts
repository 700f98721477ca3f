/**
 * A mocked workbook with worksheets, for the writers that make a new sheet (生成监测表) or rewrite cells of the
 * active one (转为数值): office-addin-mock's OfficeMockObjects for the worksheet collection, the sheets, their
 * ranges (getRange, getCell, getResizedRange, the used range, the selection, spills), tables, freeze panes,
 * conditional formats, data validation, page layout, notes and comments. `load` and `sync` behave as
 * office-addin-mock defines them: a property the writer reads without loading it fails the test. What the writer
 * sets is read back afterwards as a list of writes, in order, and as the sheet's cells.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, parseTopLeft, type CellPos } from "../../src/sheet/cells";
import type { ExcelRun } from "../../src/taskpane/kit/excel-writer";
import { enterCell, type EntryKind } from "../support/excel-entry";

export interface Cell {
  formula: string | number | boolean;
  value: unknown;
  /** What Excel made of what was written (support/excel-entry.ts); cells a test sets up need not say. */
  kind?: EntryKind;
}

/** A property the writer set on a range, with the range's address. */
export interface Write {
  readonly address: string;
  readonly property: string;
  readonly value: unknown;
}

export interface MockSheet {
  readonly name: string;
  readonly cells: Map<string, Cell>;
  readonly tables: string[];
  readonly autofitRows: string[];
  readonly frozenRows: number[];
  readonly conditional: Array<{ address: string; rule: unknown; fill: unknown; font: unknown }>;
  readonly notes: Array<{ address: string; text: string }>;
  readonly pageLayout: Record<string, unknown>;
  activated: boolean;
}

export interface MockBook {
  readonly run: ExcelRun;
  readonly sheets: MockSheet[];
  sheet(name: string): MockSheet;
  /** Every property set on a range, in the order the writer queued them. */
  writes(): Write[];
  readonly comments: Array<{ address: string; text: string }>;
  readonly syncs: { count: number };
}

interface Options {
  readonly sheets?: readonly string[];
  /** The active sheet's cells: A1 → formula (or constant) and the value it shows. */
  readonly cells?: Record<string, Cell>;
  readonly selected?: string;
  /** Anchor → address of the range it spills to. */
  readonly spills?: Record<string, string>;
  /** Whether notes.add refuses (a cell already has a note, an older host). */
  readonly notesFail?: boolean;
}

function span(address: string): { from: CellPos; rows: number; cols: number } {
  // A whole column (A:A) as its first cell: enough for a width or a hidden flag.
  const plain = address
    .replace(/^.*!/, "")
    .replace(/\$/g, "")
    .replace(/^([A-Z]+):([A-Z]+)$/, "$11:$21");
  const [first, last = first] = plain.split(":");
  const a = parseTopLeft(first!)!;
  const b = parseTopLeft(last!)!;
  return { from: a, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

export function mockBook(options: Options = {}): MockBook {
  const sheets: MockSheet[] = [];
  const comments: MockBook["comments"] = [];
  const syncs = { count: 0 };
  const created: OfficeMockObject[] = [];
  const ranges: Array<{ address: string; mock: Record<string, unknown>; sheet: MockSheet }> = [];
  /** Ranges the writer reads (the selection, the used range): what they hold is not a write. */
  const loaded = new WeakSet<object>();

  /** The address a range was made for (the writer never loads it before handing the range over). */
  const worksheets: Array<{ sheet: MockSheet; mock: OfficeMockObject }> = [];
  const addressOf = (range: unknown): string => ranges.find((r) => r.mock === range)?.address ?? "?";

  const newSheet = (name: string): MockSheet => {
    const sheet: MockSheet = {
      name,
      cells: new Map(),
      tables: [],
      autofitRows: [],
      frozenRows: [],
      conditional: [],
      notes: [],
      pageLayout: {},
      activated: false,
    };
    sheets.push(sheet);
    return sheet;
  };
  for (const name of options.sheets ?? ["Sheet1"]) newSheet(name);
  const active = sheets[0]!;
  for (const [ref, cell] of Object.entries(options.cells ?? {})) active.cells.set(ref, cell);

  const grid = (sheet: MockSheet, address: string, pick: (cell: Cell | undefined) => unknown): unknown[][] => {
    const { from, rows, cols } = span(address);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => pick(sheet.cells.get(a1({ row: from.row + r, col: from.col + c })))),
    );
  };

  const range = (sheet: MockSheet, address: string, loadable: Record<string, unknown> = {}): OfficeMockObject => {
    const { from, rows, cols } = span(address);
    const full = `${sheet.name}!${address.replace(/^.*!/, "")}`;
    const mock: OfficeMockObject = new OfficeMockObject({
      address: full,
      ...loadable,
      format: { font: {}, fill: {}, autofitRows: () => sheet.autofitRows.push(full) },
      dataValidation: {},
      getCell: (r: number, c: number) => range(sheet, a1({ row: from.row + r, col: from.col + c })),
      getResizedRange: (dr: number, dc: number) =>
        range(sheet, `${a1(from)}:${a1({ row: from.row + rows - 1 + dr, col: from.col + cols - 1 + dc })}`),
      getIntersectionOrNullObject: (other: unknown) => {
        const b = span(addressOf(other));
        const top = Math.max(from.row, b.from.row);
        const left = Math.max(from.col, b.from.col);
        const bottom = Math.min(from.row + rows, b.from.row + b.rows) - 1;
        const right = Math.min(from.col + cols, b.from.col + b.cols) - 1;
        if (bottom < top || right < left) {
          const none = new OfficeMockObject({ address: "", formulas: [], values: [] });
          Object.defineProperty(none, "isNullObject", { value: true });
          created.push(none);
          return none;
        }
        const address = `${a1({ row: top, col: left })}:${a1({ row: bottom, col: right })}`;
        const part = range(sheet, address, {
          formulas: grid(sheet, address, (cell) => cell?.formula ?? ""),
          values: grid(sheet, address, (cell) => cell?.value ?? ""),
        });
        Object.defineProperty(part, "isNullObject", { value: false });
        return part;
      },
      getSpillingToRangeOrNullObject: () => {
        const to = options.spills?.[a1(from)];
        const spill = new OfficeMockObject(
          to
            ? { address: `${sheet.name}!${to}`, values: grid(sheet, to, (cell) => cell?.value ?? "") }
            : { address: "", values: [] },
        );
        Object.defineProperty(spill, "isNullObject", { value: to === undefined });
        created.push(spill);
        return spill;
      },
      conditionalFormats: {
        add: (type: string) => {
          if (type !== "CellValue") throw new Error(`unexpected conditional format ${type}`);
          const format = { cellValue: { format: { fill: {}, font: {} }, rule: null as unknown } };
          const record = { address: full } as MockSheet["conditional"][number];
          Object.defineProperty(record, "rule", { get: () => format.cellValue.rule, enumerable: true });
          Object.defineProperty(record, "fill", { get: () => format.cellValue.format.fill, enumerable: true });
          Object.defineProperty(record, "font", { get: () => format.cellValue.format.font, enumerable: true });
          sheet.conditional.push(record);
          return format;
        },
      },
    });
    created.push(mock);
    if (Object.keys(loadable).length > 0) loaded.add(mock);
    ranges.push({ address: full, mock: mock, sheet });
    return mock;
  };

  const worksheet = (sheet: MockSheet): OfficeMockObject => {
    const mock: OfficeMockObject = new OfficeMockObject({
      name: sheet.name,
      getRange: (address: string) => range(sheet, address),
      getUsedRangeOrNullObject: () => {
        const refs = [...sheet.cells.keys()].map((ref) => parseTopLeft(ref)!);
        if (refs.length === 0) {
          const none = new OfficeMockObject({ address: "", values: [], rowCount: 0 });
          Object.defineProperty(none, "isNullObject", { value: true });
          created.push(none);
          return none;
        }
        const top = Math.min(...refs.map((p) => p.row));
        const left = Math.min(...refs.map((p) => p.col));
        const bottom = Math.max(...refs.map((p) => p.row));
        const right = Math.max(...refs.map((p) => p.col));
        const address = `${a1({ row: top, col: left })}:${a1({ row: bottom, col: right })}`;
        const used = range(sheet, address, {
          values: grid(sheet, address, (cell) => cell?.value ?? ""),
          formulas: grid(sheet, address, (cell) => cell?.formula ?? ""),
          rowCount: bottom - top + 1,
        });
        Object.defineProperty(used, "isNullObject", { value: false });
        return used;
      },
      tables: { add: (source: unknown) => sheet.tables.push(addressOf(source)) },
      freezePanes: { freezeRows: (n: number) => sheet.frozenRows.push(n) },
      pageLayout: {
        setPrintArea: (area: string) => (sheet.pageLayout.printArea = area),
        setPrintTitleRows: (rows: string) => (sheet.pageLayout.titleRows = rows),
      },
      notes: {
        add: (cell: unknown, text: string) => {
          if (options.notesFail) throw new Error("InvalidArgument: the cell already has a note");
          sheet.notes.push({ address: addressOf(cell), text });
        },
      },
      activate: () => (sheet.activated = true),
    });
    created.push(mock);
    worksheets.push({ sheet, mock });
    return mock;
  };

  const selected = options.selected ?? "A1";
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: sheets.map((sheet) => ({ name: sheet.name })),
          add: (name: string) => worksheet(newSheet(name)),
          getActiveWorksheet: () => worksheet(active),
        },
        comments: {
          add: (cell: unknown, text: string) => comments.push({ address: addressOf(cell), text }),
        },
        getSelectedRange: () => {
          const { rows, cols } = span(selected);
          return range(active, selected, {
            cellCount: rows * cols,
            formulas: grid(active, selected, (cell) => cell?.formula ?? ""),
            values: grid(active, selected, (cell) => cell?.value ?? ""),
          });
        },
      },
      sync: async () => {
        syncs.count++;
        for (const mock of created) await mock.sync();
      },
    },
  });
  // The workbook's own properties (the sheet list) load and sync with the rest.
  created.push((excel.context as unknown as { workbook: OfficeMockObject }).workbook);
  const context: unknown = excel.context;

  /** The properties a writer sets (never loads) on a range, with where they sit on the mock. */
  const WRITABLE: Array<[string, (mock: Record<string, unknown>) => unknown]> = [
    ["numberFormat", (m) => m.numberFormat],
    ["formulas", (m) => m.formulas],
    ["values", (m) => m.values],
    ["columnHidden", (m) => m.columnHidden],
    ["columnWidth", (m) => (m.format as Record<string, unknown>).columnWidth],
    ["wrapText", (m) => (m.format as Record<string, unknown>).wrapText],
    ["bold", (m) => ((m.format as Record<string, unknown>).font as Record<string, unknown>).bold],
    ["size", (m) => ((m.format as Record<string, unknown>).font as Record<string, unknown>).size],
    ["fill", (m) => ((m.format as Record<string, unknown>).fill as Record<string, unknown>).color],
    ["validation", (m) => (m.dataValidation as Record<string, unknown>).rule],
    ["errorAlert", (m) => (m.dataValidation as Record<string, unknown>).errorAlert],
  ];

  const writes = (): Write[] =>
    ranges.flatMap(({ address, mock }) =>
      WRITABLE.flatMap(([property, read]) => {
        const value = read(mock);
        // A loaded property holds what the mock was given (or its "not loaded" marker); a written one an array or a scalar.
        if (value === undefined || loaded.has(mock) || (typeof value === "string" && value.startsWith("Error")))
          return [];
        return [{ address, property, value }];
      }),
    );

  return {
    run: async (batch) => {
      const result = await batch(context as Excel.RequestContext);
      for (const { sheet, mock } of worksheets) {
        const layout = (mock as unknown as { pageLayout: Record<string, unknown> }).pageLayout;
        // Set by the writer, not office-addin-mock's "not loaded" marker text.
        for (const key of ["orientation", "paperSize", "zoom"]) {
          const value = layout[key];
          if (value !== undefined && !(typeof value === "string" && value.startsWith("Error")))
            sheet.pageLayout[key] = value;
        }
      }
      // Apply what was written to the cells as Excel enters it (a number format first, then what goes in under it),
      // so a second run (or a test) sees the sheet as Excel would: "=…" written as a value is a formula there too.
      const formats = new Map<string, string>();
      for (const write of writes()) {
        if (write.property !== "formulas" && write.property !== "values" && write.property !== "numberFormat") continue;
        const target = ranges.find((r) => r.address === write.address)!.sheet;
        const { from } = span(write.address);
        (write.value as unknown[][]).forEach((row, r) =>
          row.forEach((content, c) => {
            const ref = a1({ row: from.row + r, col: from.col + c });
            const key = `${target.name}!${ref}`;
            if (write.property === "numberFormat") formats.set(key, String(content));
            else target.cells.set(ref, enterCell(content, formats.get(key)));
          }),
        );
      }
      return result;
    },
    sheets,
    sheet: (name) => sheets.find((s) => s.name === name)!,
    writes,
    comments,
    syncs,
  };
}
