/**
 * The monitoring sheet as data (src/sheet/monitoring.ts), computed in a real formula engine: every target of the
 * seeds in one sheet, with current values (and a basis where the plan states none) typed into the input cells;
 * the live sheet (PLAN.*) and the native one (RRI, IF…) must both show what the core computes, row by row.
 */
import { expect } from "chai";
import { TRACK_STATUSES } from "../../src/core/assess";
import type { Entry } from "../../src/core/catalog";
import { a1 } from "../../src/sheet/cells";
import { areaA1 } from "../../src/sheet/layout";
import {
  MONITORING_COLUMNS,
  MONITORING_ROWS,
  monitoringCell,
  monitoringSheet,
  monitoringTargets,
  STATUS_TONES,
  type MonitoringColumn,
  type MonitoringMode,
  type MonitoringSheet,
} from "../../src/sheet/monitoring";
import { computeBlock, type ComputedBlock } from "../support/evaluate-block";
import {
  expectedRow,
  rowInputs,
  typedForEngine,
  withInputs,
  type RowInput,
  type Shown,
} from "../support/monitoring-inputs";
import { seedCatalog } from "../support/seeds";

const catalog = seedCatalog();
const options = (mode: MonitoringMode) => ({ mode, locale: "zh" as const, scope: "测试", version: "v-test" });
const sheetOf = (entries: readonly Entry[], mode: MonitoringMode): MonitoringSheet => {
  const sheet = monitoringSheet(catalog, entries, options(mode));
  if (!sheet) throw new Error("no targets");
  return sheet;
};

/** Asserts one computed cell against what the core says. */
export function expectShown(got: unknown, expected: Shown, what: string): void {
  // HyperFormula and LibreOffice show 15 significant digits at best: compare relatively.
  if (typeof expected === "number")
    expect(got, `${what}: ${JSON.stringify(got)}`)
      .to.be.a("number")
      .and.closeTo(expected, 1e-9 * Math.max(1, Math.abs(expected)));
  else if (typeof expected === "string") expect(got, what).to.equal(expected);
  else expect(got, what).to.deep.include(expected);
}

const JUDGED: ReadonlyArray<MonitoringColumn & keyof ReturnType<typeof expectedRow>> = [
  "requiredCagr",
  "progress",
  "elapsed",
  "gap",
  "status",
];

describe("monitoring sheet: layout", () => {
  const plan000 = catalog.entries.filter((e) => e.plan.id === "000");
  const sheet = sheetOf(plan000, "native");

  it("has one row per level target, leaving out rates, specs, projects and baselines (counted)", () => {
    const { targets, leftOut } = monitoringTargets(plan000);
    expect(targets.length + leftOut).to.equal(plan000.length);
    expect(leftOut).to.be.greaterThan(0);
    const levels = targets.filter(
      (e) => (e.record.kind === "target" || e.record.kind === "cap") && e.record.year !== null,
    );
    expect(levels).to.deep.equal(targets);
    expect(sheet.targets).to.deep.equal(targets);
    expect(
      monitoringSheet(
        catalog,
        plan000.filter((e) => e.record.kind === "project"),
        options("native"),
      ),
    ).to.equal(null);
  });

  it("writes the issue's columns as the table's header, with filters, frozen rows and A4 landscape print setup", () => {
    expect(sheet.contents[MONITORING_ROWS.header]!.slice(0, MONITORING_COLUMNS.length)).to.deep.equal([
      "地区",
      "规划",
      "指标",
      "行业",
      "基期值",
      "基期年份",
      "目标值",
      "目标年份",
      "单位",
      "限定",
      "当前值",
      "当前年份",
      "所需年均增速",
      "完成进度",
      "时间进度",
      "差距",
      "进展评估",
      "出处",
    ]);
    expect(sheet.table!.area).to.deep.equal({
      row: MONITORING_ROWS.header,
      col: 0,
      rows: sheet.targets.length + 1,
      cols: MONITORING_COLUMNS.length,
    });
    expect(sheet.frozenRows).to.equal(MONITORING_ROWS.header + 1);
    expect(sheet.print).to.deep.include({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(sheet.print!.titleRows).to.deep.equal({ first: MONITORING_ROWS.header, last: MONITORING_ROWS.header });
    expect(sheet.contents[0]![0]).to.equal("规划目标监测表：测试");
    expect(sheet.contents[1]![0]).to.include("v-test");
  });

  it("holds percentages as fractions with percent formats, years as years, the plan id as text", () => {
    const share = sheet.targets.findIndex((e) => e.unit.canonical === "%");
    expect(share).to.be.greaterThan(-1);
    const row = sheet.firstDataRow + share;
    const at = (column: MonitoringColumn) => monitoringCell(row, column);
    const target = at("target");
    expect(sheet.contents[target.row]![target.col]).to.be.closeTo(sheet.targets[share]!.record.value / 100, 1e-12);
    expect(sheet.formats[target.row]![target.col]).to.match(/%$/);
    for (const column of ["requiredCagr", "progress", "elapsed"] as const) {
      expect(sheet.formats[row]![at(column).col]).to.equal("0.0%");
    }
    expect(sheet.formats[row]![at("targetYear").col]).to.equal("0");
    expect(sheet.formats[row]![at("plan").col]).to.equal("@");
  });

  it("marks the current value and year as inputs, and the basis too where the plan states none", () => {
    const inputs = new Set(sheet.inputCells.map(a1));
    sheet.targets.forEach((entry, i) => {
      const row = sheet.firstDataRow + i;
      expect(inputs.has(a1(monitoringCell(row, "current")))).to.equal(true);
      expect(inputs.has(a1(monitoringCell(row, "currentYear")))).to.equal(true);
      const stated = catalog.baselineOf(entry) !== null;
      expect(inputs.has(a1(monitoringCell(row, "baseline"))), entry.record.id).to.equal(!stated);
    });
  });

  it("colours every status of the status column: reached or ahead green, 正常 neutral, behind or over red", () => {
    const status = { ...monitoringCell(sheet.firstDataRow, "status"), rows: sheet.targets.length, cols: 1 };
    expect(sheet.highlights.map((h) => h.text)).to.deep.equal([...TRACK_STATUSES]);
    expect(sheet.highlights.every((h) => areaA1(h.area) === areaA1(status))).to.equal(true);
    expect(STATUS_TONES).to.deep.include({ 超前: "good", 正常: "neutral", 滞后: "bad", 超出上限: "bad" });
  });

  it("offers a region and a plan dropdown whose choices are 全部 and the rows' regions and plans", () => {
    const [region, plan] = sheet.dropdowns;
    const choices = (area: { row: number; col: number; rows: number }) =>
      Array.from({ length: area.rows }, (_, i) => sheet.contents[area.row + i]![area.col]);
    expect(choices(region!.source)).to.deep.equal(["全部", "内蒙古自治区"]);
    expect(choices(plan!.source)).to.deep.equal(["全部", "000"]);
    expect(sheet.columns.filter((c) => c.hidden).length, "the choices sit in hidden columns").to.equal(2);
  });

  it("writes no PLAN formula in native mode, and PLAN.* over the row's own cells in live mode", () => {
    expect(JSON.stringify(sheet.contents)).to.not.include("PLAN.");
    const live = sheetOf(plan000, "live");
    const i = live.targets.findIndex((e) => e.record.id === "000-L17-7");
    const row = live.contents[live.firstDataRow + i]!;
    const r = live.firstDataRow + i + 1;
    expect(row[monitoringCell(0, "target").col]).to.deep.equal({
      formula: `=PLAN.TARGET(A${r},D${r},C${r},H${r},B${r})`,
    });
    expect(row[monitoringCell(0, "status").col]).to.have.property(
      "formula",
      `=IF(OR(K${r}="",L${r}=""),"",PLAN.ONTRACK(K${r},L${r},A${r},D${r},C${r},H${r},B${r},E${r},F${r}))`,
    );
    expect(JSON.stringify(row[monitoringCell(0, "elapsed").col]), "时间进度 is native in both modes").to.not.include(
      "PLAN.",
    );
  });
});

describe("monitoring sheet: computed in HyperFormula, live and native agree with the core", function () {
  this.timeout(120_000);
  const targets = monitoringTargets(catalog.entries).targets;
  const inputs = rowInputs(catalog, targets);

  const computed = new Map<MonitoringMode, { sheet: MonitoringSheet; values: ComputedBlock }>();
  const compute = (mode: MonitoringMode) => {
    let done = computed.get(mode);
    if (!done) {
      const sheet = sheetOf(targets, mode);
      done = { sheet, values: computeBlock(typedForEngine(withInputs(sheet, inputs)), "A1") };
      computed.set(mode, done);
    }
    return done;
  };

  for (const mode of ["native", "live"] as const) {
    it(`${mode}: every target of the seeds, every judged column equals the core's answer`, () => {
      const { sheet, values } = compute(mode);
      expect(sheet.targets.length).to.be.greaterThan(100);
      inputs.forEach((input: RowInput, i) => {
        const expected = expectedRow(catalog, input);
        for (const column of JUDGED) {
          const at = monitoringCell(sheet.firstDataRow + i, column);
          expectShown(values.cell(at.row, at.col), expected[column], `${mode} ${input.entry.record.id} ${column}`);
        }
        const target = monitoringCell(sheet.firstDataRow + i, "target");
        expect(values.cell(target.row, target.col), input.entry.record.id).to.be.a("number");
      });
      expect(values.errors, "no error cell with every input filled").to.deep.equal([]);
    });
  }

  it("the statuses cover every word, and the summary counts them for 全部 and for a picked plan", () => {
    const { sheet, values } = compute("native");
    const statuses = sheet.targets.map((_, i) => {
      const at = monitoringCell(sheet.firstDataRow + i, "status");
      return values.cell(at.row, at.col) as string;
    });
    expect(new Set(statuses)).to.deep.equal(new Set(["超前", "正常", "滞后", "未超上限", "超出上限"]));
    TRACK_STATUSES.forEach((status, i) => {
      const count = values.cell(MONITORING_ROWS.summary, 2 + i);
      expect(count, status).to.equal(statuses.filter((s) => s === status).length);
    });
    const grid = withInputs(sheet, inputs);
    grid[MONITORING_ROWS.summary]![1] = "003";
    expect(sheet.formats[MONITORING_ROWS.summary]![1]).to.equal("@");
    const picked = computeBlock(typedForEngine(grid), "A1");
    const of003 = statuses.filter((_, i) => sheet.targets[i]!.plan.id === "003");
    TRACK_STATUSES.forEach((status, i) => {
      expect(picked.cell(MONITORING_ROWS.summary, 2 + i), `003 ${status}`).to.equal(
        of003.filter((s) => s === status).length,
      );
    });
  });

  it("stays blank, not an error, before anything is typed", () => {
    const sheet = sheetOf(targets.slice(0, 20), "native");
    const values = computeBlock(typedForEngine(sheet.contents), "A1");
    expect(values.errors).to.deep.equal([]);
    const status = monitoringCell(sheet.firstDataRow, "status");
    expect(values.cell(status.row, status.col)).to.equal("");
  });
});
