/**
 * The exported workbook (src/sheet/workbook.ts written by src/export/xlsx.ts): its sheets as data, the file read
 * back with exceljs (sheets, number formats, the table, dropdowns, colours, frozen rows, print setup), the CLI's
 * `export`, and the file opened in LibreOffice Calc with recalculation on load: every native formula of the
 * monitoring sheet, with its input cells filled, must show what the core computes, and no cell may be an error.
 */
import { expect } from "chai";
import { Workbook, type CellFormulaValue } from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nativeFunctionsSection, README, sectionOf } from "../../scripts/readme-sections";
import { main } from "../../src/cli";
import { ooxmlFormula } from "../../src/export/ooxml";
import { xlsxBytes } from "../../src/export/xlsx";
import { TRACK_STATUSES } from "../../src/core/assess";
import { NATIVE_FUNCTIONS } from "../../src/sheet/assess-formulas";
import { a1 } from "../../src/sheet/cells";
import type { SheetLayout, WorkbookLayout } from "../../src/sheet/layout";
import { MONITORING_ROWS, monitoringCell, monitoringTargets, type MonitoringColumn } from "../../src/sheet/monitoring";
import { exportWorkbook, type ExportWorkbook } from "../../src/sheet/workbook";
import { ERROR_CELL, recalculate, type ComputedSheets } from "../support/libreoffice";
import { expectedRow, rowInputs, withInputs, type Shown } from "../support/monitoring-inputs";
import { seedCatalog } from "../support/seeds";

const catalog = seedCatalog();
const OPTIONS = { locale: "zh" as const, scope: "测试范围", exported: "2025-06-30 10:00" };
const JUDGED = ["requiredCagr", "progress", "elapsed", "gap", "status"] as const;

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function sheetNamed(layout: WorkbookLayout, name: string): SheetLayout {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A CSV cell as the number or text a formula showed (Calc writes a percent-formatted value as 5.98…%). */
function shownValue(text: string | undefined): number | string {
  if (text === undefined) return "";
  if (/^-?[\d.]+(E-?\d+)?%$/i.test(text)) return Number(text.slice(0, -1)) / 100;
  const number = Number(text);
  return text.trim() !== "" && Number.isFinite(number) ? number : text;
}

function expectSame(got: number | string, expected: Shown, what: string): void {
  if (typeof expected === "number") {
    expect(got, `${what}: ${got}`)
      .to.be.a("number")
      .and.closeTo(expected, 1e-9 * Math.max(1, Math.abs(expected)));
  } else if (typeof expected === "string") expect(got, what).to.equal(expected);
  else expect(got, what).to.equal(expected.error);
}

function errorCells(sheets: ComputedSheets): string[] {
  return Object.entries(sheets).flatMap(([name, rows]) =>
    rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (ERROR_CELL.test(cell) ? [`${name}!${a1({ row: r, col: c })}=${cell}`] : [])),
    ),
  );
}

describe("export: the workbook as data", () => {
  const entries = catalog.entries.filter((e) => e.plan.id === "000");
  const workbook = exportWorkbook(catalog, entries, OPTIONS);

  it("has 记录, 监测 and 说明; 记录 lists every record with the issue's columns, 监测 the level targets", () => {
    expect(workbook.sheets.map((s) => s.name)).to.deep.equal(["记录", "监测", "说明"]);
    const records = sheetNamed(workbook, "记录");
    expect(records.contents[0]).to.deep.equal([
      "地区",
      "规划",
      "行业",
      "指标",
      "类型",
      "年份",
      "目标值",
      "上限",
      "单位",
      "限定",
      "原文",
      "出处",
    ]);
    expect(records.contents.length).to.equal(entries.length + 1);
    expect(workbook.monitoring!.targets).to.deep.equal(monitoringTargets(entries).targets);
    const row = records.contents[1 + entries.findIndex((e) => e.record.id === "000-L17-7")]!;
    expect(row).to.deep.equal([
      "内蒙古自治区",
      "内蒙古自治区新材料产业高质量发展方案（2021-2025）",
      "新材料›稀土新材料",
      "产值",
      "目标",
      2025,
      350,
      "",
      "亿元",
      "",
      "稀土新材料产值达到350亿元",
      "000_7fb2c2560672e87d.txt 第17行",
    ]);
  });

  it("writes native formulas only: no PLAN.* in any sheet", () => {
    expect(JSON.stringify(workbook.sheets.map((s) => s.contents))).to.not.include("PLAN.");
  });

  it("says in 说明 the dataset version, the plans with their periods and the formulas' definitions", () => {
    const notes = sheetNamed(workbook, "说明").contents.map((row) => row.map(String).join("|"));
    expect(notes.join("\n")).to.include(catalog.dataset.version);
    expect(
      notes.some((line) =>
        line.startsWith("000|内蒙古自治区新材料产业高质量发展方案（2021-2025）|内蒙古自治区|2021—2025"),
      ),
    ).to.equal(true);
    for (const column of ["所需年均增速", "完成进度", "时间进度", "差距", "进展评估"]) {
      expect(
        notes.some((line) => line.startsWith(`${column}|`)),
        column,
      ).to.equal(true);
    }
    expect(notes.join("\n")).to.include("POWER(目标值 ÷ 当前值, 1 ÷ (目标年份 − 当前年份)) − 1");
    expect(notes.join("\n")).to.include(NATIVE_FUNCTIONS.join("、"));
  });
});

describe("export: the stored formula text", () => {
  it("prefixes functions newer than Excel 2007 with _xlfn., outside text only, and drops the =", () => {
    expect(ooxmlFormula('=IF(A1="","",RRI(2,A1,B1))')).to.equal('IF(A1="","",_xlfn.RRI(2,A1,B1))');
    expect(ooxmlFormula('=IF(A1="RRI(","RRI(",rri(1,2,3))')).to.equal('IF(A1="RRI(","RRI(",_xlfn.RRI(1,2,3))');
    expect(ooxmlFormula("=MYRRI(1)+COUNTIFS(A:A,1)")).to.equal("MYRRI(1)+COUNTIFS(A:A,1)");
    expect(ooxmlFormula("=_xlfn.RRI(1,2,3)")).to.equal("_xlfn.RRI(1,2,3)");
  });
});

describe("export: the .xlsx file read back with exceljs", function () {
  this.timeout(60_000);
  let book: Workbook;
  let workbook: ExportWorkbook;

  before(async () => {
    workbook = exportWorkbook(
      catalog,
      catalog.entries.filter((e) => e.region.name === "内蒙古自治区"),
      OPTIONS,
    );
    book = new Workbook();
    await book.xlsx.load(Buffer.from(await xlsxBytes(workbook)) as never);
  });

  it("has the three sheets, the monitoring table with filter buttons and the records table", () => {
    expect(book.worksheets.map((ws) => ws.name)).to.deep.equal(["记录", "监测", "说明"]);
    const monitoring = book.getWorksheet("监测")!;
    const table = monitoring.getTable("Monitoring") as unknown as {
      table: { tableRef: string; autoFilterRef: string; columns: Array<{ name: string }> };
    };
    const header = MONITORING_ROWS.header + 1;
    const ref = `A${header}:R${header + workbook.monitoring!.targets.length}`;
    expect(table.table.tableRef).to.equal(ref);
    expect(table.table.autoFilterRef, "filter buttons on the header").to.equal(ref);
    expect(table.table.columns.map((c) => c.name)[16]).to.equal("进展评估");
    expect(book.getWorksheet("记录")!.getTable("Records")).to.not.equal(undefined);
  });

  it("keeps number formats: percentages as fractions with % formats, amounts with the plan's decimals", () => {
    const ws = book.getWorksheet("监测")!;
    const sheet = workbook.monitoring!;
    const share = sheet.targets.findIndex((e) => e.unit.canonical === "%");
    const at = (column: MonitoringColumn) => monitoringCell(sheet.firstDataRow + share, column);
    const target = ws.getCell(a1(at("target")));
    expect(target.value).to.be.closeTo(sheet.targets[share]!.record.value / 100, 1e-12);
    expect(target.numFmt).to.match(/%$/);
    expect(ws.getCell(a1(at("requiredCagr"))).numFmt).to.equal("0.0%");
    expect(ws.getCell(a1(at("plan"))).numFmt).to.equal("@");
  });

  it("calls only functions every spreadsheet in use computes (README's list): no RRI, no _xlfn., no PLAN.*", () => {
    const sheet = workbook.monitoring!;
    const formulas: string[] = [];
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as CellFormulaValue | null;
          if (value && typeof value === "object" && "formula" in value) formulas.push(value.formula);
        }),
      ),
    );
    expect(formulas.length).to.be.greaterThan(sheet.targets.length * 5);
    const called = new Set(
      formulas.flatMap((f) =>
        // Calls outside "…" literals: a name followed by "(".
        f
          .split(/"(?:[^"]|"")*"/)
          .flatMap((code) => [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1]!)),
      ),
    );
    expect([...called].filter((name) => !(NATIVE_FUNCTIONS as readonly string[]).includes(name))).to.deep.equal([]);
    expect(called).to.include("POWER");
    expect(sectionOf(readFileSync(README, "utf8"), "native-functions"), "README lists them").to.equal(
      nativeFunctionsSection(),
    );
    const required = (ws: string) =>
      (book.getWorksheet(ws)!.getCell(a1(monitoringCell(sheet.firstDataRow, "requiredCagr"))).value as CellFormulaValue)
        .formula;
    expect(required("监测")).to.match(/POWER\(/);
  });

  it("offers the region and plan dropdowns, colours the statuses, freezes the header and prints A4 landscape", () => {
    const ws = book.getWorksheet("监测")!;
    const sheet = workbook.monitoring!;
    const validations = sheet.dropdowns.map((d) => ws.getCell(a1(d.cell)).dataValidation);
    expect(validations.map((v) => v.type)).to.deep.equal(["list", "list"]);
    expect(validations[1]!.formulae[0]).to.match(/^\$U\$2:\$U\$\d+$/);
    const rules = (
      ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }
    ).conditionalFormattings;
    expect(rules.flatMap((cf) => cf.rules.map((r) => r.formulae[0]))).to.deep.equal(
      TRACK_STATUSES.map((s) => `"${s}"`),
    );
    expect(ws.views[0]).to.deep.include({ state: "frozen", ySplit: sheet.firstDataRow });
    expect(ws.pageSetup).to.deep.include({ orientation: "landscape", paperSize: 9, fitToPage: true });
    expect(ws.pageSetup.printTitlesRow).to.equal(`${MONITORING_ROWS.header + 1}:${MONITORING_ROWS.header + 1}`);
  });
});

describe("export: plan-targets export", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-export-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the workbook of a filter and says what went in", async () => {
    const file = join(dir, "内蒙古-000.xlsx");
    const { code, out } = await runCli(["export", "--region", "内蒙古", "--plan", "000", "-o", file]);
    expect(code).to.equal(0);
    expect(out).to.match(/^已导出 116 条记录到 .+：记录、监测（74 个目标，另有 42 条非水平目标只在记录表中）、说明$/);
    const book = new Workbook();
    await book.xlsx.load(readFileSync(file) as never);
    expect(book.worksheets.map((ws) => ws.name)).to.deep.equal(["记录", "监测", "说明"]);
    expect(book.getWorksheet("说明")!.getCell("A2").value).to.include("范围：内蒙古 · 000");
  });

  it("refuses a file name without .xlsx (usage, exit 2), an empty selection and an unknown name (exit 1)", async () => {
    const usage = await runCli(["export", "--plan", "000", "-o", join(dir, "x.csv")]);
    expect(usage.code).to.equal(2);
    expect(usage.err).to.include("输出文件须以 .xlsx 结尾");
    expect((await runCli(["export", "--plan", "000"])).err).to.include("缺少选项--output");
    const nothing = await runCli(["export", "--plan", "000", "--year", "1999", "-o", join(dir, "n.xlsx")]);
    expect([nothing.code, nothing.err]).to.deep.equal([1, "错误：没有符合条件的记录"]);
    const unknown = await runCli(["export", "--region", "火星", "-o", join(dir, "u.xlsx")]);
    expect(unknown.code).to.equal(1);
    expect(unknown.err).to.match(/^错误：未找到地区“火星”/);
    expect(existsSync(join(dir, "n.xlsx")) || existsSync(join(dir, "u.xlsx"))).to.equal(false);
  });

  it("cannot write: exit 1 with the reason, and an existing file stays as it was", async () => {
    const missing = await runCli(["export", "--plan", "000", "-o", join(dir, "no-such-dir", "x.xlsx")]);
    expect(missing.code).to.equal(1);
    expect(missing.err, "names the missing folder, not the .partial file").to.equal(
      `错误：无法写出输出：文件夹不存在：${join(dir, "no-such-dir")}`,
    );
    const kept = join(dir, "kept.xlsx");
    writeFileSync(kept, "old");
    rmSync(join(dir, "kept.xlsx.partial"), { force: true });
    // A directory where the partial file would go makes the write fail before the rename.
    writeFileSync(join(dir, "blocker"), "");
    const blocked = await runCli(["export", "--plan", "000", "-o", join(dir, "blocker", "x.xlsx")]);
    expect(blocked.code).to.equal(1);
    expect(blocked.err).to.equal(`错误：无法写出输出：${join(dir, "blocker")} 不是文件夹`);
    expect(readFileSync(kept, "utf8")).to.equal("old");
    const english = await runCli(["export", "--lang", "en", "--plan", "000", "-o", join(dir, "gone", "x.xlsx")]);
    expect(english.err)
      .to.include(`the folder does not exist: ${join(dir, "gone")}`)
      .and.not.include(".partial");
  });

  it("is not taken by the other commands: -o belongs to export", async () => {
    const { code, err } = await runCli(["list", "-o", "x.xlsx"]);
    expect(code).to.equal(2);
    expect(err).to.include("未知选项“-o”");
  });
});

describe("export: recalculated in LibreOffice Calc", function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-calc-files-"));
  const filled = join(dir, "filled.xlsx");
  const fromCli = join(dir, "cli.xlsx");
  const targets = monitoringTargets(catalog.entries).targets;
  const inputs = rowInputs(catalog, targets);
  let workbook: ExportWorkbook;
  let computed: Record<string, ComputedSheets>;

  before(async function () {
    this.timeout(300_000);
    workbook = exportWorkbook(catalog, catalog.entries, OPTIONS);
    const monitoring = workbook.monitoring!;
    // The input cells typed in, as a user would: current values and years, a basis where the plan states none.
    const typed: WorkbookLayout = {
      ...workbook,
      sheets: workbook.sheets.map((s) => (s === monitoring ? { ...s, contents: withInputs(monitoring, inputs) } : s)),
    };
    writeFileSync(filled, await xlsxBytes(typed));
    expect((await runCli(["export", "-o", fromCli])).code).to.equal(0);
    computed = recalculate([filled, fromCli]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("every judged cell of every target equals the core's answer, and no cell of any sheet is an error", () => {
    const rows = computed[filled]!["监测"]!;
    const sheet = workbook.monitoring!;
    expect(sheet.targets.length).to.be.greaterThan(300);
    inputs.forEach((input, i) => {
      const expected = expectedRow(catalog, input);
      const row = rows[sheet.firstDataRow + i]!;
      expect(row[monitoringCell(0, "metric").col], input.entry.record.id).to.equal(input.entry.metricLabel);
      for (const column of JUDGED) {
        expectSame(
          shownValue(row[monitoringCell(0, column).col]),
          expected[column],
          `${input.entry.record.id} ${column}`,
        );
      }
    });
    expect(errorCells(computed[filled]!)).to.deep.equal([]);
  });

  it("counts the statuses for 全部 in the summary", () => {
    const rows = computed[filled]!["监测"]!;
    const statuses = inputs.map((input) => expectedRow(catalog, input).status);
    TRACK_STATUSES.forEach((status, i) => {
      expect(shownValue(rows[MONITORING_ROWS.summary]![2 + i]), status).to.equal(
        statuses.filter((s) => s === status).length,
      );
    });
  });

  it("the CLI's file, inputs empty, recalculates with no error cell: blank assessments, zero counts", () => {
    const sheets = computed[fromCli]!;
    expect(Object.keys(sheets).sort()).to.deep.equal(["监测", "记录", "说明"].sort());
    expect(errorCells(sheets)).to.deep.equal([]);
    const rows = sheets["监测"]!;
    const first = rows[workbook.monitoring!.firstDataRow]!;
    expect(JUDGED.map((column) => first[monitoringCell(0, column).col])).to.deep.equal(["", "", "", "", ""]);
    expect(rows[MONITORING_ROWS.summary]!.slice(2, 9)).to.deep.equal(TRACK_STATUSES.map(() => "0"));
    expect(sheets["记录"]!.length).to.equal(catalog.entries.length + 1);
  });
});
