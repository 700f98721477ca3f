/**
 * 生成监测表 through the mocked Office host (office-addin-mock): a new worksheet with the layout's cells, formats,
 * column widths, input fill, table, frozen header, status colours, dropdowns and print setup; the parts a host's
 * ExcelApi lacks are left out and named. What reached the sheet is then computed in HyperFormula with the input
 * cells filled, live (PLAN.*) and native, and must agree with the core.
 */
import { expect } from "chai";
import type { Entry } from "../../src/core/catalog";
import { a1 } from "../../src/sheet/cells";
import { areaA1, INPUT_FILL } from "../../src/sheet/layout";
import {
  MONITORING_ROWS,
  monitoringCell,
  monitoringSheet,
  monitoringTargets,
  type MonitoringMode,
} from "../../src/sheet/monitoring";
import { uniqueSheetName, widthInPoints, writeNewSheet } from "../../src/taskpane/workbooks/sheet-writer";
import { computeBlock } from "../support/evaluate-block";
import { officeForEngine } from "../support/excel-entry";
import { expectedRow, rowInputs, type Shown } from "../support/monitoring-inputs";
import { seedCatalog } from "../support/seeds";
import { mockBook, type MockBook } from "./mock-sheets";

const catalog = seedCatalog();
const ALL_API = () => true;

/** Cases over the rules: plans with a stated basis (003, 001F's shares and PUE), caps (001C), none stated (000). */
const PLANS = ["003", "001F", "001C", "000"];
const entries: Entry[] = catalog.entries.filter((e) => PLANS.includes(e.plan.id));

function layout(mode: MonitoringMode) {
  const sheet = monitoringSheet(catalog, entries, { mode, locale: "zh", scope: "测试", version: "v-test" });
  if (!sheet) throw new Error("no targets");
  return sheet;
}

/** The formulas and values the writer put into the new sheet, as a grid from A1. */
function writtenGrid(
  book: MockBook,
  name: string,
  rows: number,
  cols: number,
): { contents: unknown[][]; formats: string[][] } {
  const writes = book.writes().filter((w) => w.address.startsWith(`${name}!`));
  const whole = `${name}!${areaA1({ row: 0, col: 0, rows, cols })}`;
  const contents = writes.find((w) => w.address === whole && w.property === "formulas")!.value as unknown[][];
  const formats = writes.find((w) => w.address === whole && w.property === "numberFormat")!.value as string[][];
  return { contents, formats };
}

function expectShown(got: unknown, expected: Shown, what: string): void {
  if (typeof expected === "number")
    expect(got, `${what}: ${JSON.stringify(got)}`)
      .to.be.a("number")
      .and.closeTo(expected, 1e-9 * Math.max(1, Math.abs(expected)));
  else if (typeof expected === "string") expect(got, what).to.equal(expected);
  else expect(got, what).to.deep.include(expected);
}

describe("生成监测表: written through the mocked Office host", () => {
  it("adds a new sheet (监测, or 监测 (2) when taken) with formats before formulas, and activates it", async () => {
    const book = mockBook({ sheets: ["Sheet1", "监测"] });
    const sheet = layout("native");
    const outcome = await writeNewSheet(sheet, book.run, ALL_API);
    expect(outcome.sheet).to.equal("监测 (2)");
    expect(book.sheets.map((s) => s.name)).to.deep.equal(["Sheet1", "监测", "监测 (2)"]);
    const writes = book.writes().filter((w) => w.address.startsWith("监测 (2)!"));
    const whole = `监测 (2)!${areaA1({ row: 0, col: 0, rows: sheet.contents.length, cols: sheet.contents[0]!.length })}`;
    expect(writes.slice(0, 2).map((w) => [w.address, w.property])).to.deep.equal([
      [whole, "numberFormat"],
      [whole, "formulas"],
    ]);
    expect(book.sheet("监测 (2)").activated).to.equal(true);
    expect(uniqueSheetName("监测", ["监测", "监测 (2)", "SHEET1"])).to.equal("监测 (3)");
  });

  it("makes the Excel table, freezes the header, colours the statuses, adds the dropdowns and sets up printing", async () => {
    const book = mockBook();
    const sheet = layout("live");
    const outcome = await writeNewSheet(sheet, book.run, ALL_API);
    expect(outcome.leftOut).to.deep.equal([]);
    const written = book.sheet("监测");
    expect(written.tables).to.deep.equal([`监测!${areaA1(sheet.table!.area)}`]);
    expect(written.frozenRows).to.deep.equal([MONITORING_ROWS.header + 1]);
    expect(written.autofitRows, "rows fit the wrapped citations").to.have.length(1);
    const status = `监测!${areaA1({ ...monitoringCell(sheet.firstDataRow, "status"), rows: sheet.targets.length, cols: 1 })}`;
    expect(written.conditional.map((c) => [c.address, c.rule])).to.deep.equal(
      sheet.highlights.map((h) => [status, { formula1: `="${h.text}"`, operator: "EqualTo" }]),
    );
    expect(
      written.conditional.find((c) => (c.rule as { formula1: string }).formula1 === '="滞后"')!.fill,
    ).to.deep.equal({
      color: "#FFC7CE",
    });
    expect(written.pageLayout).to.deep.include({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: `$${MONITORING_ROWS.header + 1}:$${MONITORING_ROWS.header + 1}`,
      printArea: areaA1(sheet.print!.area),
    });
    const writes = book.writes();
    const validations = writes.filter((w) => w.property === "validation");
    expect(validations.map((w) => w.address)).to.deep.equal(["监测!A4", "监测!B4"]);
    expect(validations[1]!.value).to.deep.equal({ list: { inCellDropDown: true, source: "=$U$2:$U$6" } });
    const inputs = writes.filter((w) => w.property === "fill" && w.value === INPUT_FILL).map((w) => w.address);
    expect(inputs).to.include.members([`监测!${a1(monitoringCell(sheet.firstDataRow, "current"))}`, "监测!A4"]);
    const widths = writes.filter((w) => w.property === "columnWidth");
    expect(widths[0]).to.deep.equal({ address: "监测!A:A", property: "columnWidth", value: widthInPoints(13) });
    expect(writes.filter((w) => w.property === "columnHidden").map((w) => w.address)).to.deep.equal([
      "监测!T:T",
      "监测!U:U",
    ]);
  });

  it("on an older Excel leaves out what its ExcelApi lacks, and says which", async () => {
    const book = mockBook();
    const outcome = await writeNewSheet(layout("native"), book.run, (version) => Number(version.split(".")[1]) <= 7);
    expect(outcome.leftOut).to.deep.equal(["dropdowns", "print"]);
    expect(book.sheet("监测").frozenRows).to.have.length(1);
    expect(book.sheet("监测").pageLayout).to.deep.equal({});
    expect(book.writes().filter((w) => w.property === "validation")).to.deep.equal([]);
  });

  for (const mode of ["live", "native"] as const) {
    it(`${mode}: the written sheet, inputs typed in, computes in HyperFormula to the core's answers`, async () => {
      const book = mockBook();
      const sheet = layout(mode);
      await writeNewSheet(sheet, book.run, ALL_API);
      const { contents, formats } = writtenGrid(book, "监测", sheet.contents.length, sheet.contents[0]!.length);
      if (mode === "live") expect(JSON.stringify(contents)).to.include("PLAN.ONTRACK(");
      else expect(JSON.stringify(contents)).to.not.include("PLAN.");
      const targets = monitoringTargets(entries).targets;
      const inputs = rowInputs(catalog, targets);
      const grid = contents.map((row) => [...row]) as Array<Array<string | number>>;
      inputs.forEach((input, i) => {
        const row = sheet.firstDataRow + i;
        const scale = input.entry.unit.canonical === "%" ? 0.01 : 1;
        const put = (column: "current" | "currentYear" | "baseline" | "baseYear", value: number) => {
          grid[row]![monitoringCell(row, column).col] = value;
        };
        put("current", input.current.value * scale);
        put("currentYear", input.current.year);
        if (input.base) {
          put("baseline", input.base.value * scale);
          put("baseYear", input.base.year);
        }
      });
      const values = computeBlock(officeForEngine(grid, formats), "A1");
      inputs.forEach((input, i) => {
        const expected = expectedRow(catalog, input);
        for (const column of ["requiredCagr", "progress", "elapsed", "gap", "status"] as const) {
          const at = monitoringCell(sheet.firstDataRow + i, column);
          expectShown(values.cell(at.row, at.col), expected[column], `${mode} ${input.entry.record.id} ${column}`);
        }
      });
      expect(values.errors).to.deep.equal([]);
    });
  }
});
