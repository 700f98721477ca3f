/**
 * The pane's WPS host (src/taskpane/hosts/wps-workbook.ts) against the fake WPS object model: every insert kind
 * lands as the Office host enters it (compared cell by cell with the mocked Excel), the monitoring sheet, 转为数值
 * with comments, the selection read for import, the recorded data version with CalculateFull, and data texts that
 * start like formulas staying text. The fake throws on Range.Value writes, as WPS builds do.
 */
import { expect } from "chai";
import type { Entry } from "../../src/core/catalog";
import { formulaCell } from "../../src/sheet/block";
import {
  analysisBlock,
  formulaBlock,
  sectorChartBlock,
  tableBlock,
  targetFigure,
  valueBlock,
  type SheetBlock,
} from "../../src/sheet/blocks";
import { officeInputs } from "../../src/sheet/cell-input";
import { GENERAL_FORMAT, TEXT_FORMAT } from "../../src/sheet/cells";
import { areaA1, INPUT_FILL, type SheetLayout } from "../../src/sheet/layout";
import { monitoringSheet } from "../../src/sheet/monitoring";
import { insertAtSelection, NoCellsSelected } from "../../src/taskpane/kit/excel-writer";
import { stringsFor } from "../../src/taskpane/kit/i18n";
import { workbookOutcomes } from "../../src/taskpane/workbooks/workbook-outcomes";
import { bgr, wpsWorkbookHost, type WpsApplication } from "../../src/taskpane/hosts/wps-workbook";
import { DATA_VERSION_NAME, wpsDataVersion, wpsRecalculate } from "../../src/taskpane/hosts/wps-state";
import { enterCell } from "../support/excel-entry";
import { FakeWpsApplication, parseArea, type FakeWorksheet } from "../support/fake-wps-sheet";
import { PAYLOADS } from "../support/injection-payloads";
import { seedCatalog, value } from "../support/seeds";
import { enteredCells, mockWorkbook } from "./mock-excel";

const catalog = seedCatalog();
const entry = (id: string): Entry => value(catalog.record(id));
const RARE_EARTH_OUTPUT = "000-L17-7"; // 内蒙古 稀土新材料 产值 2025: 350亿元

function fake(evaluate?: (formula: string) => unknown) {
  const app = new FakeWpsApplication(evaluate);
  return { app, host: wpsWorkbookHost(() => app as unknown as WpsApplication) };
}

/** A range of a fake sheet as a grid, whatever its size (the object model gives a scalar for one cell). */
function grid(sheet: FakeWorksheet, address: string, read: "Formula" | "Value2" | "NumberFormat" = "Formula") {
  const area = parseArea(address);
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from(
      { length: area.cols },
      (_, c) => sheet.Range(areaA1({ row: area.row + r, col: area.col + c, rows: 1, cols: 1 }))[read],
    ),
  );
}

/** Writes the block through WPS and through the mocked Office host; both must hold the same cells. */
async function insertBoth(block: SheetBlock | null, at = "B2") {
  if (!block) throw new Error("no block");
  const { app, host } = fake();
  app.select(at);
  const outcome = await host.insertAtSelection(block);
  const office = mockWorkbook(`Sheet1!${at}`);
  await insertAtSelection(block, office.run);
  const written = office.block();
  const expected = enteredCells(written).map((row) => row.map((cell) => cell.formula));
  const area = written.address.split("!")[1]!;
  return { app, outcome, expected, area, got: grid(app.ActiveSheet, area), formats: written.numberFormat };
}

describe("WPS host: inserts at the selection as Office does", () => {
  const figure = targetFigure(catalog, entry(RARE_EARTH_OUTPUT));
  const kinds: [string, () => SheetBlock | null][] = [
    ["a value", () => valueBlock(entry(RARE_EARTH_OUTPUT), false)],
    ["a formula", () => formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live")],
    ["a source formula", () => formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live", "SOURCE")],
    [
      "a table",
      () =>
        tableBlock(
          catalog,
          catalog.entries.filter((e) => e.plan.id === "000"),
          "live",
          "zh",
        ),
    ],
    [
      "a static table",
      () =>
        tableBlock(
          catalog,
          catalog.entries.filter((e) => e.plan.id === "000"),
          "static",
          "zh",
        ),
    ],
    ["an analysis block", () => analysisBlock(catalog, figure, "live", "zh", { value: 200, year: 2023 })],
  ];
  for (const [what, make] of kinds) {
    it(`${what}: the same cells and number formats, at the selection`, async () => {
      const { outcome, expected, area, got, app, formats } = await insertBoth(make());
      expect(got).to.deep.equal(expected);
      expect(grid(app.ActiveSheet, area, "NumberFormat")).to.deep.equal(formats);
      expect(outcome.address).to.equal(`Sheet1!${area}`);
    });
  }

  it("a formula goes in as a live PLAN formula", async () => {
    const { got } = await insertBoth(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live"));
    expect(String(got[0]![0])).to.match(/^=PLAN\.TARGET\(/);
  });

  it("the analysis block: bold labels, input cells filled, the address of the block", async () => {
    const block = analysisBlock(catalog, figure, "live", "zh", { value: 200, year: 2023 })!;
    const { app, area } = await insertBoth(block);
    const sheet = app.ActiveSheet;
    const origin = parseArea(area);
    for (const col of block.boldColumns)
      expect(
        sheet.Range(areaA1({ row: origin.row, col: origin.col + col, rows: origin.rows, cols: 1 })).Font.Bold,
      ).to.equal(true);
    expect(block.inputCells.length).to.be.above(0);
    for (const cell of block.inputCells)
      expect(
        sheet.Range(areaA1({ row: origin.row + cell.row, col: origin.col + cell.col, rows: 1, cols: 1 })).Interior
          .Color,
      ).to.equal(bgr(INPUT_FILL));
  });

  it("a table becomes a ListObject with its header row", async () => {
    const { app, area } = await insertBoth(tableBlock(catalog, [entry(RARE_EARTH_OUTPUT)], "live", "zh"));
    expect(app.ActiveSheet.tables).to.deep.equal([`${area} headers`]);
  });

  it("a chart goes beside its data (Shapes.AddChart2), with its title and source, as on Excel", async () => {
    const block = sectorChartBlock(catalog, entry(RARE_EARTH_OUTPUT), "live", "zh")!;
    const { outcome, got, expected, app, area } = await insertBoth(block);
    expect(got).to.deep.equal(expected);
    expect(outcome.chartLeftOut).to.equal(false);
    const sheet = app.ActiveSheet;
    const data = parseArea(area);
    const place = sheet.Range(areaA1({ row: data.row, col: data.col + data.cols + 1, rows: 15, cols: 7 }));
    expect(sheet.charts).to.deep.equal([
      {
        type: 57,
        box: [place.Left, place.Top, place.Width, place.Height],
        source: area,
        plotBy: 2,
        title: block.chart!.title,
      },
    ]);
  });

  it("a chart WPS refuses is left out and said so; its data goes in", async () => {
    const block = sectorChartBlock(catalog, entry(RARE_EARTH_OUTPUT), "live", "zh")!;
    const { app, host } = fake();
    app.ActiveSheet.chartsRefused = "no charts in this build";
    app.select("B2");
    const outcome = await host.insertAtSelection(block);
    expect(outcome.chartLeftOut).to.equal(true);
    expect(app.ActiveSheet.Range("B2").Formula).to.not.equal("");
  });

  it("a shape selected instead of cells: a NoCellsSelected (the pane says to select a cell), nothing written", async () => {
    const { app, host } = fake();
    app.selection = null;
    let error: unknown;
    await host.insertAtSelection(valueBlock(entry(RARE_EARTH_OUTPUT), false)).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(NoCellsSelected);
    error = null;
    await host.readSelection().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(NoCellsSelected);
    expect(app.ActiveSheet.cells.size, "nothing written").to.equal(0);
  });
});

describe("WPS host: data text stays text", () => {
  it("every injection payload, in a text-formatted and a General cell, reads back as that text", async () => {
    const layout: SheetLayout = {
      name: "注入",
      contents: [...PAYLOADS.map((p) => [p, p]), [formulaCell("=1+1"), ""]],
      formats: [...PAYLOADS.map(() => [TEXT_FORMAT, GENERAL_FORMAT]), [GENERAL_FORMAT, GENERAL_FORMAT]],
      columns: [{ width: 20 }, { width: 20 }],
      boldRows: [],
      titleRow: null,
      inputCells: [],
      table: null,
      frozenRows: 0,
      print: null,
      highlights: [],
      dropdowns: [],
    };
    const { app, host } = fake();
    await host.writeNewSheet(layout);
    const sheet = app.ActiveSheet;
    PAYLOADS.forEach((payload, r) => {
      for (const c of [0, 1]) {
        const cell = sheet.Range(areaA1({ row: r, col: c, rows: 1, cols: 1 }));
        expect(cell.Value2, `${payload} (column ${c})`).to.equal(payload);
        expect(cell.Formula).to.equal(payload);
      }
    });
    expect(sheet.Range(`A${PAYLOADS.length + 1}`).Formula).to.equal("=1+1");
  });

  it("the fake enters text typed through Formula as Excel does (the check can fail)", () => {
    const { app } = fake();
    app.ActiveSheet.Range("A1").Formula = "=1+1";
    expect(enterCell(app.ActiveSheet.Range("A1").Formula).kind).to.equal("formula");
  });

  it("writing Range.Value throws, as on WPS builds", () => {
    const { app } = fake();
    expect(() => {
      app.ActiveSheet.Range("A1").Value = 1;
    }).to.throw(/Range\.Value/);
  });
});

describe("WPS host: 生成监测表", () => {
  const entries = catalog.entries.filter((e) => ["003", "001F", "001C", "000"].includes(e.plan.id));
  const layout = () =>
    monitoringSheet(catalog, entries, { mode: "live", locale: "zh", scope: "测试", version: "v-test" })!;

  it("a new activated sheet with the layout's cells, widths, table, frozen header, colours and dropdowns", async () => {
    const { app, host } = fake();
    const sheet = layout();
    const outcome = await host.writeNewSheet(sheet);
    const ws = app.ActiveSheet;
    expect(ws.Name).to.equal(sheet.name);
    expect(outcome.leftOut).to.deep.equal([]);
    const rows = sheet.contents.length;
    const cols = sheet.contents[0]!.length;
    const expected = officeInputs(sheet.contents, sheet.formats).map((row, r) =>
      row.map((input, c) => enterCell(input, sheet.formats[r]![c]).formula),
    );
    expect(grid(ws, areaA1({ row: 0, col: 0, rows, cols }))).to.deep.equal(expected);
    sheet.columns.forEach((column, i) => expect(ws.columnWidths.get(i)).to.equal(column.width));
    expect(ws.tables).to.deep.equal([`${areaA1(sheet.table!.area)} headers`]);
    expect(app.ActiveWindow).to.include({ SplitRow: sheet.frozenRows, FreezePanes: true });
    expect(ws.conditions).to.have.length(sheet.highlights.length);
    for (const dropdown of sheet.dropdowns)
      expect(ws.cell(dropdown.cell.row, dropdown.cell.col)?.validation?.formula1).to.equal(
        `=${areaA1(dropdown.source, true)}`,
      );
    expect(ws.PageSetup.PrintArea).to.equal(areaA1(sheet.print!.area, true));
  });

  it("a second sheet is named 监测 (2)", async () => {
    const { app, host } = fake();
    await host.writeNewSheet(layout());
    const second = await host.writeNewSheet(layout());
    expect(second.sheet).to.equal(`${layout().name} (2)`);
    expect(app.sheets.map((s) => s.Name)).to.include.members([layout().name, `${layout().name} (2)`, "Sheet1"]);
  });

  it("a part the host refuses is left out and named, the sheet is still written", async () => {
    const { app, host } = fake();
    Object.defineProperty(app.ActiveWindow, "FreezePanes", {
      set: () => {
        throw new Error("refused");
      },
    });
    const outcome = await host.writeNewSheet(layout());
    expect(outcome.leftOut).to.deep.equal(["freeze"]);
    expect(app.ActiveSheet.cells.size).to.be.above(0);
  });
});

describe("WPS host: 转为数值", () => {
  it("replaces PLAN formulas by their values, puts each source in a comment and stamps the version", async () => {
    const { app, host } = fake((formula) => (formula.startsWith("=PLAN.SOURCE") ? "=1+1 《规划》" : 350));
    app.select("B2");
    await host.insertAtSelection(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live"));
    app.select("B3");
    await host.insertAtSelection(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live", "SOURCE"));
    app.ActiveSheet.Range("D2").Formula = "=1+1";
    app.CalculateFull();
    app.select("A1");
    const outcome = await host.convertToValues(catalog, "zh", "2026-12-07");
    const sheet = app.ActiveSheet;
    expect(outcome).to.include({ scope: "sheet", converted: 2, sources: "notes" });
    expect(sheet.Range("B2").Formula).to.equal(350);
    // A value that reads like a formula stays that text.
    expect(sheet.Range("B3").Formula).to.equal("=1+1 《规划》");
    expect(sheet.cell(2, 1)?.entered.kind).to.equal("text");
    expect(sheet.Range("D2").Formula, "other formulas are not touched").to.equal("=1+1");
    expect(sheet.Range("B2").Comment?.Text()).to.include("2025");
    expect(String(sheet.Range(outcome.stamp!).Value2)).to.include(catalog.dataset.version);
  });

  it("keeps a comment the user had on a cell: the sources are listed under the values instead", async () => {
    const { app, host } = fake(() => 350);
    app.select("B2");
    await host.insertAtSelection(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live"));
    app.CalculateFull();
    app.ActiveSheet.Range("B2").AddComment("核对：与统计局口径一致");
    app.select("A1");
    const outcome = await host.convertToValues(catalog, "zh", "2026-12-07");
    expect(outcome.sources).to.equal("listed");
    expect(app.ActiveSheet.Range("B2").Comment?.Text()).to.equal("核对：与统计局口径一致");
    const below = parseArea(outcome.stamp!);
    expect(String(app.ActiveSheet.Range(areaA1({ ...below, row: below.row + 1 })).Value2)).to.match(/^B2：出处/);
  });

  for (const scalarReads of [false, true]) {
    it(`a sheet of 3000 cells: ${scalarReads ? "read cell by cell where a range reads as one value" : "read in a few calls, not one per cell"}`, async () => {
      const { app, host } = fake(() => 350);
      const sheet = app.ActiveSheet;
      for (let row = 2; row <= 301; row++) sheet.Range(`A${row}:J${row}`).Formula = row;
      app.select("K5");
      await host.insertAtSelection(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live"));
      app.CalculateFull();
      app.scalarReads = scalarReads;
      app.select("A1");
      sheet.reads = 0;
      const outcome = await host.convertToValues(catalog, "zh", "2026-12-07");
      expect(outcome).to.include({ converted: 1, scope: "sheet" });
      expect(sheet.Range("K5").Formula).to.equal(350);
      expect(sheet.Range("J301").Formula).to.equal(301);
      if (scalarReads) expect(sheet.reads).to.be.above(3000);
      else expect(sheet.reads).to.be.below(20);
    });
  }

  it("nothing to convert: says so and writes nothing", async () => {
    const { app, host } = fake();
    app.ActiveSheet.Range("A1").Formula = "=1+1";
    const outcome = await host.convertToValues(catalog, "zh", "2026-12-07");
    expect(outcome.converted).to.equal(0);
    expect(app.ActiveSheet.cells.size).to.equal(1);
  });
});

describe("WPS host: read the selection, the data version, recalculation", () => {
  it("reads the selected values (Value2) and the sheet row of the first row", async () => {
    const { app, host } = fake();
    const sheet = app.ActiveSheet;
    sheet.Range("B3").Formula = "'地区";
    sheet.Range("C3").Formula = "'产值";
    sheet.Range("B4").Formula = "'内蒙古";
    sheet.Range("C4").Formula = "350";
    app.select("B3:C4");
    const read = await host.readSelection();
    expect(read).to.deep.equal({
      rows: [
        ["地区", "产值"],
        ["内蒙古", 350],
      ],
      firstRow: 3,
      address: "Sheet1!B3:C4",
    });
  });

  it("CalculateFull, then the version in a hidden defined name, read back", () => {
    const { app } = fake();
    const wpsApp = app as unknown as WpsApplication;
    expect(wpsDataVersion(wpsApp)).to.equal(null);
    expect(wpsRecalculate(wpsApp, '2026.12.07-"1"')).to.equal(true);
    expect(app.calculations).to.equal(1);
    expect(app.names.get(DATA_VERSION_NAME.toLowerCase())?.Visible).to.equal(false);
    expect(wpsDataVersion(wpsApp)).to.equal('2026.12.07-"1"');
  });

  it("a refused CalculateFull answers false", () => {
    const { app } = fake();
    app.CalculateFull = () => {
      throw new Error("busy");
    };
    expect(wpsRecalculate(app as unknown as WpsApplication, "v")).to.equal(false);
  });
});

describe("WPS host: the pane's words name WPS, not Excel", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`${locale}: recalculation, parts left out and the listed sources`, () => {
      const s = stringsFor(locale, "wps");
      const w = workbookOutcomes(locale, "wps");
      for (const text of [s.recalculated, s.notRecalculated, w.partsLeftOut(["freeze"])])
        expect(text).to.include("WPS").and.not.include("Excel");
      // On WPS the sources are listed only when a cell already has the user's comment.
      expect(w.notesUnsupported).to.not.include("Excel");
      expect(stringsFor(locale).recalculated, "Excel's stay").to.include("Excel");
    });
  }
});
