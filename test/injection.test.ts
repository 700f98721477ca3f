/**
 * A plan's text is data: nothing from it may become a formula or a link in any output. Two fixtures go through every
 * writer — a plan whose quote, sector, metric, note and title carry formula payloads (`=HYPERLINK(…)`, DDE
 * `=cmd|' /C calc'!A0`, `+…`, `-…`, `@…`, a `"` that would close a string literal), and a layout with every payload
 * form (tab and CR too, which the plan schema trims) — and each text must come out as that very text:
 * - the .xlsx read back with exceljs (a string cell, no `<f>` in the XML) and recalculated in LibreOffice Calc;
 * - `plan-targets export --data` over the fixture as a seeds folder;
 * - the monitoring sheet, every inserted block and 转为数值 through the mocked Office host, which enters what is
 *   written as Excel does (a string starting with "=" becomes a formula there: support/excel-entry.ts).
 */
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type CellFormulaValue, type Worksheet } from "exceljs";
import type { Catalog } from "../src/core/catalog";
import type { PlanInput } from "../src/core/schema";
import { catalogFrom } from "../src/data/catalog-from";
import { formatIssue } from "../src/data/validate";
import { xlsxBytes } from "../src/export/xlsx";
import { main } from "../src/cli";
import { isFormulaCell, formulaCell, type CellContent, type SheetBlock } from "../src/sheet/block";
import { analysisBlock, formulaBlock, pathChartBlock, tableBlock, targetFigure, valueBlock } from "../src/sheet/blocks";
import { a1, GENERAL_FORMAT, TEXT_FORMAT } from "../src/sheet/cells";
import type { SheetLayout, WorkbookLayout } from "../src/sheet/layout";
import { formulaCitations, gridLookup, planCalls } from "../src/sheet/formula-sources";
import { monitoringSheet } from "../src/sheet/monitoring";
import { exportWorkbook } from "../src/sheet/workbook";
import { insertAtSelection } from "../src/taskpane/kit/excel-writer";
import { writeNewSheet } from "../src/taskpane/workbooks/sheet-writer";
import { convertToValues } from "../src/taskpane/workbooks/to-values";
import { type EnteredCell } from "./support/excel-entry";
import { DDE, LINK, PAYLOADS } from "./support/injection-payloads";
import { ERROR_CELL, recalculate } from "./support/libreoffice";
import { enteredCells, mockWorkbook } from "./taskpane/mock-excel";
import { mockBook } from "./taskpane/mock-sheets";

const DOCUMENT = "900_0000000000000000.txt";
const LINES = [
  `${LINK}到2025年甲材料产值达到100亿元。`,
  "-2+3 2020年甲材料产值50亿元。",
  "+1+1到2025年乙材料产值达到80亿元。",
];
/** The sector breaks out of a formula's string literal if its quote is not doubled. */
const SECTOR = ["=1+1", '甲"),HYPERLINK("evil","x'];
const METRIC = DDE;

const PLAN: PlanInput = {
  id: "900",
  title: `${DDE}规划`,
  document: DOCUMENT,
  lines: [1, 3],
  region: "测试省",
  period: { start: 2021, end: 2025 },
  baseYear: 2020,
  note: "@SUM(1,2) 备注",
  records: [
    {
      id: "900-L1-1",
      line: 1,
      quote: LINES[0]!.replace(/。$/, ""),
      sector: SECTOR,
      metric: METRIC,
      kind: "target",
      year: 2025,
      yearBasis: "stated",
      value: 100,
      unit: "亿元",
      note: LINK,
    },
    {
      id: "900-L2-1",
      line: 2,
      quote: LINES[1]!.replace(/。$/, ""),
      sector: SECTOR,
      metric: METRIC,
      kind: "baseline",
      year: 2020,
      yearBasis: "stated",
      value: 50,
      unit: "亿元",
    },
    {
      id: "900-L3-1",
      line: 3,
      quote: LINES[2]!.replace(/。$/, ""),
      sector: ["@SUM(1,2)"],
      metric: "-产值",
      kind: "target",
      year: 2025,
      yearBasis: "stated",
      value: 80,
      unit: "亿元",
    },
  ],
};

const REGIONS = { regions: [{ name: "测试省", code: "990000", iso: "CN-ZZ", aliases: ["测试"] }] };
const ALIASES = { metrics: {}, sectors: {} };

function fixture(): Catalog {
  const built = catalogFrom({
    version: "fixture",
    regions: REGIONS,
    aliases: ALIASES,
    plans: [{ file: "900.json", content: PLAN }],
    documents: { [DOCUMENT]: LINES.join("\n") },
  });
  if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "en")).join("\n"));
  return built.catalog;
}

/** The fixture as a seeds folder, for `plan-targets --data`. */
function seedsFolder(dir: string): string {
  const seeds = join(dir, "seeds");
  mkdirSync(join(seeds, "plans"), { recursive: true });
  mkdirSync(join(seeds, "documents"), { recursive: true });
  writeFileSync(join(seeds, "regions.json"), JSON.stringify(REGIONS));
  writeFileSync(join(seeds, "aliases.json"), JSON.stringify(ALIASES));
  writeFileSync(join(seeds, "plans", "900.json"), JSON.stringify(PLAN));
  writeFileSync(join(seeds, "documents", DOCUMENT), LINES.join("\n"));
  return seeds;
}

/** The data texts of the fixture that must reach the outputs unchanged. */
function dataTexts(catalog: Catalog): string[] {
  return [...catalog.entries.flatMap((e) => [e.record.quote, e.sectorLabel, e.metricLabel]), PLAN.title];
}

/** A layout of every payload, in a text-formatted cell and in a General one, beside one formula of ours. */
function payloadLayout(): SheetLayout {
  return {
    name: "注入",
    contents: [...PAYLOADS.map((p) => [p, p, 1]), [formulaCell("=1+1"), "", ""]],
    formats: [...PAYLOADS.map(() => [TEXT_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT]), [GENERAL_FORMAT, "", ""]],
    columns: [{ width: 20 }, { width: 20 }, { width: 5 }],
    boldRows: [],
    titleRow: null,
    inputCells: [],
    table: null,
    frozenRows: 0,
    print: null,
    highlights: [],
    dropdowns: [],
  };
}

/** What Excel holds must be what the layout meant: texts as text, numbers as numbers, our formulas as formulas. */
function expectAsLaidOut(held: readonly (readonly EnteredCell[])[], contents: readonly (readonly CellContent[])[]) {
  contents.forEach((row, r) =>
    row.forEach((content, c) => {
      const cell = held[r]?.[c];
      const where = `row ${r} col ${c}: ${JSON.stringify(content)}`;
      if (isFormulaCell(content)) expect(cell, where).to.deep.include({ kind: "formula", formula: content.formula });
      else if (content === "") expect(cell?.kind, where).to.equal("empty");
      else if (typeof content === "number") expect(cell, where).to.deep.include({ kind: "number", value: content });
      else expect(cell, where).to.deep.include({ kind: "text", value: content });
    }),
  );
}

/** The .xlsx read back: texts as string cells holding the very text, formulas only where the layout has ours. */
function expectXlsxAsLaidOut(ws: Worksheet, sheet: SheetLayout) {
  sheet.contents.forEach((row, r) =>
    row.forEach((content, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const where = `${sheet.name}!${cell.address}: ${JSON.stringify(content)}`;
      if (isFormulaCell(content)) expect((cell.value as CellFormulaValue).formula, where).to.be.a("string");
      else if (content === "") expect(cell.value, where).to.equal(null);
      else expect(cell.value, where).to.equal(content);
    }),
  );
}

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

/** The XML of every worksheet of an .xlsx file. */
function sheetXml(file: string): string {
  return execFileSync("unzip", ["-p", file, "xl/worksheets/*.xml"], { encoding: "utf8" });
}

/** Formula bodies stored in the XML. */
function storedFormulas(xml: string): string[] {
  return [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]!);
}

describe("injection: data text never becomes a formula or a link", function () {
  this.timeout(120_000);
  const catalog = fixture();
  const entries = catalog.entries;
  const target = entries.find((e) => e.record.id === "900-L1-1")!;
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "plan-targets-injection-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("the fixture keeps its payloads through verification (the quote, sector, metric, note, title)", () => {
    expect(target.record.quote.startsWith(LINK)).to.equal(true);
    expect(target.sectorLabel.startsWith("=1+1")).to.equal(true);
    expect(target.metricLabel).to.equal(DDE);
    expect(target.record.note).to.equal(LINK);
    expect(target.plan.title.startsWith(DDE)).to.equal(true);
    expect(entries.find((e) => e.record.id === "900-L3-1")!.sectorLabel).to.equal("@SUM(1,2)");
  });

  describe("the .xlsx export", () => {
    let workbook: WorkbookLayout;
    let file: string;
    let book: Workbook;

    before(async () => {
      workbook = exportWorkbook(catalog, entries, { locale: "zh", scope: `${DDE} 范围`, exported: "2026-12-07" });
      workbook = { ...workbook, sheets: [...workbook.sheets, payloadLayout()] };
      const bytes = await xlsxBytes(workbook);
      file = join(dir, "fixture.xlsx");
      writeFileSync(file, bytes);
      book = await readBack(bytes);
    });

    it("read back with exceljs: every text is a string cell with its very text, in every sheet", () => {
      for (const sheet of workbook.sheets) expectXlsxAsLaidOut(book.getWorksheet(sheet.name)!, sheet);
      const records = book.getWorksheet("记录")!;
      const shown = new Set<unknown>();
      records.eachRow((row) => row.eachCell((cell) => shown.add(cell.value)));
      for (const text of [target.record.quote, target.sectorLabel, target.metricLabel]) expect(shown).to.include(text);
    });

    it("stores no data text as a formula: the XML's <f> bodies are ours only", () => {
      const formulas = storedFormulas(sheetXml(file));
      expect(formulas.length).to.be.greaterThan(0);
      for (const f of formulas) expect(f, f).to.not.match(/HYPERLINK|cmd\||SUM\(1,2\)|evil\.example/);
      const ours = workbook.sheets.flatMap((s) => s.contents.flat().filter(isFormulaCell));
      expect(formulas.length).to.equal(ours.length);
    });

    it("recalculated in LibreOffice Calc: each payload shows as its text, no link, no computed value, no error", () => {
      const sheets = recalculate([file])[file]!;
      const payloads = sheets["注入"]!;
      PAYLOADS.forEach((p, r) => {
        // CSV carries a CR or tab inside a quoted field; compare what is visible.
        const visible = p.replace(/^[\t\r]/, "");
        expect(payloads[r]![0]!.replace(/^[\t\r\n]/, ""), `@ ${JSON.stringify(p)}`).to.equal(visible);
        expect(payloads[r]![1]!.replace(/^[\t\r\n]/, ""), `General ${JSON.stringify(p)}`).to.equal(visible);
      });
      expect(payloads[PAYLOADS.length]![0], "our own formula computes").to.equal("2");
      const records = sheets["记录"]!;
      const flat = records.flat();
      for (const text of [target.record.quote, target.sectorLabel, target.metricLabel]) expect(flat).to.include(text);
      expect(flat).to.not.include("点此");
      for (const [name, rows] of Object.entries(sheets)) {
        for (const cell of rows.flat()) expect(cell, `${name}: ${cell}`).to.not.match(ERROR_CELL);
      }
    });

    it("plan-targets export --data over the fixture writes every text as text", async () => {
      const out = join(dir, "cli.xlsx");
      const lines: string[] = [];
      const code = await main(
        ["export", "--data", seedsFolder(dir), "-o", out],
        { out: (l) => lines.push(l), err: (l) => lines.push(l) },
        {},
      );
      expect(code, lines.join("\n")).to.equal(0);
      const cli = await readBack(readFileSync(out));
      const shown = new Set<unknown>();
      cli.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => shown.add(cell.value))));
      for (const text of dataTexts(catalog)) expect(shown, text).to.include(text);
      for (const f of storedFormulas(sheetXml(out))) expect(f, f).to.not.match(/HYPERLINK|cmd\||SUM\(1,2\)/);
    });
  });

  describe("the mocked Excel (Office.js writers)", () => {
    it("a new sheet of every payload: text in a text cell and in a General cell alike, our formula a formula", async () => {
      const layout = payloadLayout();
      const book = mockBook();
      await writeNewSheet(layout, book.run, () => true);
      const sheet = book.sheet("注入");
      const held = layout.contents.map((row, r) => row.map((_, c) => sheet.cells.get(cellRef(r, c)) as EnteredCell));
      expectAsLaidOut(held, layout.contents);
    });

    for (const mode of ["live", "native"] as const) {
      it(`the monitoring sheet (${mode}): every cell holds what the layout meant`, async () => {
        const sheet = monitoringSheet(catalog, entries, { mode, locale: "zh", scope: DDE, version: "fixture" })!;
        expect(sheet.targets.length).to.equal(2);
        const book = mockBook();
        await writeNewSheet(sheet, book.run, () => true);
        const written = book.sheet(sheet.name);
        const held = sheet.contents.map((row, r) =>
          row.map((_, c) => written.cells.get(cellRef(r, c)) ?? { kind: "empty", formula: "", value: "" }),
        );
        expectAsLaidOut(held as EnteredCell[][], sheet.contents);
      });
    }

    const blocks: Array<[string, () => SheetBlock | null]> = [
      ["value with source", () => valueBlock(target, true)],
      ["formula (static)", () => formulaBlock(catalog, target, "static")],
      ["formula (live)", () => formulaBlock(catalog, target, "live", "SOURCE")],
      ["table (static)", () => tableBlock(catalog, entries, "static", "zh")],
      ["table (live)", () => tableBlock(catalog, entries, "live", "zh")],
      ["analysis (static)", () => analysisBlock(catalog, targetFigure(catalog, target), "static", "zh", NO_CURRENT)],
      ["analysis (live)", () => analysisBlock(catalog, targetFigure(catalog, target), "live", "zh", NO_CURRENT)],
      ["path chart", () => pathChartBlock(catalog, targetFigure(catalog, target), "live", "zh", null)],
      ["a payload block", () => payloadBlock()],
    ];
    for (const [what, make] of blocks) {
      it(`insert ${what}: every cell holds what the block meant`, async () => {
        const block = make();
        if (!block) throw new Error(`no ${what} block`);
        const workbook = mockWorkbook("Sheet1!B2");
        await insertAtSelection(block, workbook.run);
        expectAsLaidOut(enteredCells(workbook.block()), block.build({ row: 1, col: 1 }).contents);
      });
    }

    it("a formula keeps a sector with a quote inside its string literal: read back, it names the very record", () => {
      const live = formulaBlock(catalog, target, "live");
      const formula = live.build({ row: 0, col: 0 }).contents[0]![0]!;
      if (!isFormulaCell(formula)) throw new Error("the fixture's target is reachable by a formula");
      expect(formula.formula).to.include('甲""),HYPERLINK(""evil"",""x"');
      // The pane's own formula reader (转为数值) takes "" as a quote, as Excel does: the arguments are the record's.
      const [call] = planCalls(formula.formula);
      expect(call!.args.slice(0, 3)).to.deep.equal([
        { kind: "text", value: target.region.name },
        { kind: "text", value: target.sectorLabel },
        { kind: "text", value: target.metricLabel },
      ]);
      const citations = formulaCitations(catalog, formula.formula, gridLookup("A1", []), "zh");
      expect(citations.join()).to.include(target.record.quote);
    });

    it("转为数值 writes the texts PLAN formulas showed as text, under the values and in the listed sources too", async () => {
      const book = mockBook({
        cells: {
          B2: { formula: '=PLAN.SOURCE("测试省","=1+1","x")', value: LINK },
          B3: { formula: '=PLAN.SECTORS("测试省")', value: "@SUM(1,2)" },
          B6: { formula: '=PLAN.TARGET("测试省","x","y")', value: "#N/A" },
        },
        spills: { B3: "B3:B4" },
      });
      book.sheet("Sheet1").cells.set("B4", { formula: "", value: "=1+1" });
      await convertToValues(catalog, "zh", { run: book.run, supports: (v) => v === "1.12", when: "2026-12-07" });
      const cells = book.sheet("Sheet1").cells;
      expect(cells.get("B2")).to.deep.include({ kind: "text", value: LINK });
      expect(cells.get("B3")).to.deep.include({ kind: "text", value: "@SUM(1,2)" });
      expect(cells.get("B4")).to.deep.include({ kind: "text", value: "=1+1" });
      expect(cells.get("B6"), "an error stays the error").to.deep.include({ kind: "error", value: "#N/A" });
      const lines = [...cells.entries()].filter(([ref]) => /^B(8|9|1\d)$/.test(ref));
      expect(lines.length).to.be.greaterThan(1);
      for (const [ref, cell] of lines) expect(cell.kind, ref).to.equal("text");
    });
  });
});

const NO_CURRENT = { value: null, year: null };

function cellRef(row: number, col: number): string {
  return a1({ row, col });
}

/** A block of every payload in text and General cells (what any block's data text meets). */
function payloadBlock(): SheetBlock {
  const layout = payloadLayout();
  return {
    build: () => ({ contents: layout.contents, formats: layout.formats }),
    boldRows: [],
    boldColumns: [],
    inputCells: [],
    table: false,
    chart: null,
    autofit: false,
    staticFallbacks: 0,
  };
}
