/* eslint-disable @typescript-eslint/no-this-alias -- the object model's sub-objects (Font, Interior…) write through to their range */
/**
 * A fake WPS 表格 host for tests without WPS: a small sheet model behind the synchronous COM-style object model the
 * pane uses (Application.ActiveWorkbook / ActiveSheet / Selection, Worksheet.Range("A1:B2") with Formula,
 * Formula2, Value2, NumberFormat, fonts, fills, comments, validation, conditional formats, ListObjects, Names,
 * CalculateFull). It enforces what WPS does and the pane must live with:
 * - a cell is entered as if typed (test/support/excel-entry.ts): "=…" through Formula becomes a formula unless the
 *   cell is text-formatted or the text has the apostrophe prefix;
 * - writing Range.Value throws (real WPS builds do), so the pane must use Formula/Value2;
 * - a multi-cell range's Font.Bold reads null when its cells differ;
 * - AddComment on a cell that has one throws (as Excel's COM does).
 * Formulas are not computed: `evaluate` (given by a test) answers a formula's value at CalculateFull.
 * Plain TypeScript with one import, so esbuild can bundle it into a script for the browser (window.wps).
 */
import { enterCell, type EnteredCell } from "./excel-entry";

interface Cell {
  entered: EnteredCell;
  format: string;
  bold: boolean;
  size: number;
  fill: unknown;
  wrap: boolean;
  comment: string | null;
  validation: { type: number; formula1: string; messages: { error: string; input: string } } | null;
}

interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;
const ROW_POINTS = 15;

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function colLetters(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function parseArea(address: string): Area {
  const [first, last = first] = address.replace(/\$/g, "").split(":");
  const cell = /^([A-Z]+)(\d+)?$/i;
  const a = cell.exec(first ?? "");
  const b = cell.exec(last ?? "");
  if (!a || !b) throw new Error(`Range: not an address: ${address}`);
  const row = a[2] ? Number(a[2]) - 1 : 0;
  const endRow = b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1;
  const col = colNumber(a[1]!);
  return { row, col, rows: endRow - row + 1, cols: colNumber(b[1]!) - col + 1 };
}

export function areaAddress(area: Area, absolute = true): string {
  const d = absolute ? "$" : "";
  const cell = (row: number, col: number) => `${d}${colLetters(col)}${d}${row + 1}`;
  const first = cell(area.row, area.col);
  return area.rows === 1 && area.cols === 1
    ? first
    : `${first}:${cell(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

export class FakeWorksheet {
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly tables: string[] = [];
  readonly conditions: { address: string; formula1: unknown; fill: unknown; font: unknown }[] = [];
  readonly autofits = { columns: 0, rows: 0 };
  /** Charts added through Shapes.AddChart2, with their data and title once set. */
  readonly charts: {
    type: number | undefined;
    box: [number, number, number, number];
    source: string | null;
    plotBy: number | undefined;
    title: string | null;
  }[] = [];
  /** How many times a range's cells were read (each one call through WPS's COM bridge). */
  reads = 0;
  /** Set to a message to make Shapes.AddChart2 refuse, as a WPS build without charts in its API would. */
  chartsRefused: string | null = null;
  readonly PageSetup: Record<string, unknown> = {};

  constructor(
    readonly app: FakeWpsApplication,
    public Name: string,
  ) {}

  cell(row: number, col: number, create = false): Cell | undefined {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell && create) {
      cell = {
        entered: enterCell(""),
        format: "General",
        bold: false,
        size: 11,
        fill: null,
        wrap: false,
        comment: null,
        validation: null,
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  Range(address: string): FakeRange {
    return new FakeRange(this, parseArea(address));
  }

  get UsedRange(): FakeRange {
    const filled = [...this.cells.entries()]
      .filter(([, c]) => c.entered.kind !== "empty")
      .map(([k]) => k.split(",").map(Number) as [number, number]);
    if (filled.length === 0) return new FakeRange(this, { row: 0, col: 0, rows: 1, cols: 1 });
    const rows = filled.map(([r]) => r);
    const cols = filled.map(([, c]) => c);
    const row = Math.min(...rows);
    const col = Math.min(...cols);
    return new FakeRange(this, { row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 });
  }

  readonly ListObjects = {
    Add: (_type?: number, source?: unknown, _link?: unknown, headers?: number) => {
      if (!(source instanceof FakeRange)) throw new Error("ListObjects.Add: no range");
      this.tables.push(`${source.Address(false, false)}${headers === 1 ? " headers" : ""}`);
      return {};
    },
  };

  readonly Shapes = {
    AddChart2: (_style?: number, type?: number, left = 0, top = 0, width = 0, height = 0) => {
      if (this.chartsRefused !== null) throw new Error(this.chartsRefused);
      const chart = {
        type,
        box: [left, top, width, height] as [number, number, number, number],
        source: null as string | null,
        plotBy: undefined as number | undefined,
        title: null as string | null,
      };
      this.charts.push(chart);
      return {
        Chart: {
          SetSourceData: (source: FakeRange, plotBy?: number) => {
            chart.source = source.Address(false, false);
            chart.plotBy = plotBy;
          },
          HasTitle: false,
          ChartTitle: {
            set Text(text: string) {
              chart.title = text;
            },
            get Text(): string {
              return chart.title ?? "";
            },
          },
        },
      };
    },
  };

  /** Column widths in points (a character of the default font ≈ 7 px, 0.75 pt per px), rows 15 pt. */
  pointsLeftOf(col: number): number {
    let points = 0;
    for (let c = 0; c < col; c++) points += this.columnPoints(c);
    return points;
  }

  columnPoints(col: number): number {
    return Math.round(((this.columnWidths.get(col) ?? 8.43) * 7 + 5) * 0.75 * 100) / 100;
  }

  Activate(): void {
    this.app.activeSheet = this;
  }

  /** What a test reads: the formula or constant of a cell, as Formula reads it. */
  formula(address: string): unknown {
    return this.Range(address).Formula;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly area: Area,
  ) {}

  private each<T>(read: (cell: Cell | undefined) => T): T | T[][] {
    this.sheet.reads++;
    if (this.sheet.app.scalarReads) return read(this.sheet.cell(this.area.row, this.area.col));
    const grid = Array.from({ length: this.area.rows }, (_, r) =>
      Array.from({ length: this.area.cols }, (_, c) => read(this.sheet.cell(this.area.row + r, this.area.col + c))),
    );
    return this.area.rows === 1 && this.area.cols === 1 ? grid[0]![0]! : grid;
  }

  private set(apply: (cell: Cell) => void): void {
    if (this.area.rows * this.area.cols > 100000) throw new Error("fake: range too large to write");
    for (let r = 0; r < this.area.rows; r++)
      for (let c = 0; c < this.area.cols; c++) apply(this.sheet.cell(this.area.row + r, this.area.col + c, true)!);
  }

  /** Writes a scalar to every cell, or a 2-D array cell by cell, entered as typed. */
  private enter(value: unknown): void {
    if (Array.isArray(value)) {
      (value as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) =>
          new FakeRange(this.sheet, { row: this.area.row + r, col: this.area.col + c, rows: 1, cols: 1 }).enter(v),
        ),
      );
      return;
    }
    if (value !== null && typeof value === "object")
      throw new Error(`fake: not a cell value: ${JSON.stringify(value)}`);
    this.set((cell) => (cell.entered = enterCell(value, cell.format)));
  }

  get Formula(): unknown {
    return this.each((cell) => cell?.entered.formula ?? "");
  }
  set Formula(value: unknown) {
    this.enter(value);
  }
  get Formula2(): unknown {
    return this.Formula;
  }
  set Formula2(value: unknown) {
    this.enter(value);
  }
  get Value2(): unknown {
    return this.each((cell) => cell?.entered.value ?? undefined);
  }
  set Value2(value: unknown) {
    this.enter(value);
  }
  get Value(): unknown {
    return this.Value2;
  }
  set Value(_value: unknown) {
    throw new Error("Range.Value: writing Value is not supported on WPS (use Value2 or Formula)");
  }
  get NumberFormat(): unknown {
    return this.each((cell) => cell?.format ?? "General");
  }
  set NumberFormat(format: unknown) {
    this.set((cell) => (cell.format = String(format)));
  }
  get WrapText(): boolean {
    return this.sheet.cell(this.area.row, this.area.col)?.wrap ?? false;
  }
  set WrapText(wrap: boolean) {
    this.set((cell) => (cell.wrap = wrap));
  }

  get Row(): number {
    return this.area.row + 1;
  }
  get Column(): number {
    return this.area.col + 1;
  }
  get Count(): number {
    return this.area.rows * this.area.cols;
  }
  get Left(): number {
    return this.sheet.pointsLeftOf(this.area.col);
  }
  get Top(): number {
    return this.area.row * ROW_POINTS;
  }
  get Width(): number {
    return this.sheet.pointsLeftOf(this.area.col + this.area.cols) - this.Left;
  }
  get Height(): number {
    return this.area.rows * ROW_POINTS;
  }
  get Rows() {
    return { Count: this.area.rows, AutoFit: () => void this.sheet.autofits.rows++ };
  }
  get Columns() {
    return { Count: this.area.cols, AutoFit: () => void this.sheet.autofits.columns++ };
  }
  get Worksheet(): FakeWorksheet {
    return this.sheet;
  }
  get EntireColumn() {
    const sheet = this.sheet;
    const cols = Array.from({ length: this.area.cols }, (_, c) => this.area.col + c);
    return {
      get ColumnWidth(): number {
        return sheet.columnWidths.get(cols[0]!) ?? 8.43;
      },
      set ColumnWidth(width: number) {
        for (const col of cols) sheet.columnWidths.set(col, width);
      },
      get Hidden(): boolean {
        return sheet.hiddenColumns.has(cols[0]!);
      },
      set Hidden(hidden: boolean) {
        for (const col of cols) if (hidden) sheet.hiddenColumns.add(col);
      },
    };
  }

  get Font() {
    const range = this;
    const uniform = <T>(read: (cell: Cell | undefined) => T): T | null => {
      const values = ([] as T[]).concat(...([range.each(read)].flat(2) as T[]));
      return values.every((v) => v === values[0]) ? values[0]! : null; // multi-cell reads null when mixed, as on WPS
    };
    return {
      get Bold(): boolean | null {
        return uniform((cell) => cell?.bold ?? false);
      },
      set Bold(bold: boolean | null) {
        range.set((cell) => (cell.bold = Boolean(bold)));
      },
      get Size(): number | null {
        return uniform((cell) => cell?.size ?? 11);
      },
      set Size(size: number | null) {
        range.set((cell) => (cell.size = Number(size)));
      },
      Color: 0,
    };
  }
  get Interior() {
    const range = this;
    return {
      get Color(): unknown {
        return range.sheet.cell(range.area.row, range.area.col)?.fill ?? null;
      },
      set Color(color: unknown) {
        range.set((cell) => (cell.fill = color));
      },
    };
  }
  get Validation() {
    const range = this;
    const messages = { error: "", input: "" };
    return {
      Add(type: number, _alert?: number, _operator?: number, formula1?: string) {
        range.set((cell) => (cell.validation = { type, formula1: String(formula1), messages }));
      },
      InCellDropdown: true,
      set ErrorMessage(text: string) {
        messages.error = text;
      },
      set InputMessage(text: string) {
        messages.input = text;
      },
    };
  }
  get FormatConditions() {
    const range = this;
    return {
      Add(_type: number, _operator: unknown, formula1: unknown) {
        const condition = {
          address: range.Address(false, false),
          formula1,
          fill: null as unknown,
          font: null as unknown,
        };
        range.sheet.conditions.push(condition);
        return {
          Interior: {
            set Color(color: unknown) {
              condition.fill = color;
            },
          },
          Font: {
            set Color(color: unknown) {
              condition.font = color;
            },
          },
        };
      },
    };
  }
  get Comment(): { Text(): string } | null {
    const text = this.sheet.cell(this.area.row, this.area.col)?.comment ?? null;
    return text === null ? null : { Text: () => text };
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    return areaAddress(this.area, rowAbsolute && columnAbsolute);
  }
  AddComment(text?: string): unknown {
    const cell = this.sheet.cell(this.area.row, this.area.col, true)!;
    if (cell.comment !== null) throw new Error("AddComment: the cell already has a comment");
    cell.comment = String(text ?? "");
    return {};
  }
  ClearComments(): void {
    this.set((cell) => (cell.comment = null));
  }
  AutoFit(): unknown {
    this.sheet.autofits.columns++;
    return true;
  }
  Activate(): void {
    this.sheet.app.selection = this;
  }
}

export class FakeWpsApplication {
  readonly sheets: FakeWorksheet[];
  activeSheet: FakeWorksheet;
  selection: FakeRange | null;
  /** A multi-cell range reads as its first cell, as WPS's declarations type it (not a 2-D array as Excel's COM). */
  scalarReads = false;
  /** How many times CalculateFull ran. */
  calculations = 0;
  readonly names = new Map<string, { RefersTo: unknown; Visible: boolean }>();
  readonly ActiveWindow = { SplitRow: 0, SplitColumn: 0, FreezePanes: false };

  constructor(readonly evaluate: (formula: string, sheet: FakeWorksheet) => unknown = () => null) {
    this.activeSheet = new FakeWorksheet(this, "Sheet1");
    this.sheets = [this.activeSheet];
    this.selection = this.activeSheet.Range("A1");
  }

  get Application(): this {
    return this;
  }
  get ActiveSheet(): FakeWorksheet {
    return this.activeSheet;
  }
  get Selection(): FakeRange | null {
    return this.selection;
  }
  /** Selects cells of the active sheet, as a click would. */
  select(address: string): FakeRange {
    this.selection = this.activeSheet.Range(address);
    return this.selection;
  }

  get ActiveWorkbook() {
    const app = this;
    return {
      get ActiveSheet() {
        return app.activeSheet;
      },
      Worksheets: {
        get Count() {
          return app.sheets.length;
        },
        Item: (index: number | string) => {
          const sheet = typeof index === "number" ? app.sheets[index - 1] : app.sheets.find((s) => s.Name === index);
          if (!sheet) throw new Error(`Worksheets.Item(${index}): no such sheet`);
          return sheet;
        },
        // As in Excel's COM: before the active sheet, and activated.
        Add: () => {
          let n = app.sheets.length + 1;
          while (app.sheets.some((s) => s.Name === `Sheet${n}`)) n++;
          const sheet = new FakeWorksheet(app, `Sheet${n}`);
          app.sheets.splice(app.sheets.indexOf(app.activeSheet), 0, sheet);
          app.activeSheet = sheet;
          return sheet;
        },
      },
      Names: {
        Add: (name: string, refersTo: string, visible = true) => {
          const entry = { RefersTo: refersTo, Visible: visible };
          app.names.set(name.toLowerCase(), entry);
          return entry;
        },
        Item: (name: string) => {
          const entry = app.names.get(name.toLowerCase());
          if (!entry) throw new Error(`Names.Item(${name}): no such name`);
          return entry;
        },
      },
    };
  }

  /** Every formula of every sheet computed again (through `evaluate`). */
  CalculateFull(): void {
    this.calculations++;
    for (const sheet of this.sheets)
      for (const cell of sheet.cells.values())
        if (cell.entered.kind === "formula")
          cell.entered = { ...cell.entered, value: this.evaluate(String(cell.entered.formula), sheet) };
  }
}

/** The `wps` global a page inside WPS 表格 sees: its Application is the object model. */
export function fakeWpsGlobal(app: FakeWpsApplication): { Application: FakeWpsApplication } {
  return { Application: app };
}

export { colLetters };
