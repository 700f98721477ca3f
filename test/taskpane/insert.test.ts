/**
 * The sheet blocks written through Excel.run against office-addin-mock's workbook: the formulas, values and number
 * formats each button writes, the table and chart calls, and the static mode. Every block written is then computed
 * in a real formula engine (HyperFormula, PLAN.* over the real implementations, RRI and IF native) and must show
 * the record that was shown in the pane.
 */
import { expect } from "chai";
import type { Entry } from "../../src/core/catalog";
import {
  analysisBlock,
  formulaBlock,
  pathChartBlock,
  sectorChartBlock,
  tableBlock,
  targetFigure,
  valueBlock,
  type SheetBlock,
} from "../../src/sheet/blocks";
import { a1, parseTopLeft } from "../../src/sheet/cells";
import { targetReaches } from "../../src/sheet/record-formulas";
import { INPUT_FILL, insertAtSelection } from "../../src/taskpane/kit/excel-writer";
import { assess } from "../../src/core/assess";
import { sheetScale } from "../../src/core/units";
import { computeBlock, type ComputedBlock } from "../support/evaluate-block";
import { seedCatalog, value } from "../support/seeds";
import { mockWorkbook } from "./mock-excel";

const catalog = seedCatalog();
const entry = (id: string): Entry => value(catalog.record(id));
const figure = (id: string) => targetFigure(catalog, entry(id));
const RARE_EARTH_OUTPUT = "000-L17-7"; // 内蒙古 稀土新材料 产值 2025: 350亿元 (001D says 700)

/** Writes the block through the mock Excel.run, then computes what was written in a formula engine. */
async function write(block: SheetBlock | null, selected = "Sheet1!B2") {
  if (!block) throw new Error("no block");
  const workbook = mockWorkbook(selected);
  const outcome = await insertAtSelection(block, workbook.run);
  const written = workbook.block();
  const computed: ComputedBlock = computeBlock(written.formulas ?? [], written.address);
  return { workbook, outcome, block: written, computed };
}

describe("taskpane insert: value and formula", () => {
  it("writes the static value with its unit in the number format", async () => {
    const { block, outcome } = await write(valueBlock(entry(RARE_EARTH_OUTPUT), false));
    expect(block.address).to.equal("Sheet1!B2");
    expect(block.formulas).to.deep.equal([[350]]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"']]);
    expect(outcome.address).to.equal("Sheet1!B2");
  });

  it("writes a range as two cells and keeps decimals and percent as the plan writes them", async () => {
    const range = catalog.entries.find((e) => e.record.valueMax !== null && e.record.unit === "个")!;
    const { block } = await write(valueBlock(range, false));
    expect(block.formulas).to.deep.equal([[range.record.value, range.record.valueMax]]);
    const percent = entry("000-L17-1"); // 稀土就地转化率 80%以上
    const written = await write(valueBlock(percent, false));
    expect(written.block.formulas, "a percentage as Excel holds it").to.deep.equal([[0.8]]);
    expect(written.block.numberFormat).to.deep.equal([["0%"]]);
  });

  it("writes =PLAN.TARGET with the ASCII name, the record's pinned arguments and the unit format", async () => {
    const { block, workbook, computed } = await write(
      formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live"),
      "Sheet1!D5",
    );
    expect(block.address).to.equal("Sheet1!D5");
    expect(block.formulas).to.deep.equal([['=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")']]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"']]);
    expect(workbook.syncs.count).to.equal(2);
    expect(computed.at("D5")).to.equal(350);
  });

  it("writes =PLAN.SOURCE for the source button", async () => {
    const { block, computed } = await write(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "live", "SOURCE"));
    expect(block.formulas).to.deep.equal([['=PLAN.SOURCE("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")']]);
    expect(computed.cell(0, 0)).to.match(/第17行：“稀土新材料产值达到350亿元”/);
  });

  it("without custom functions writes the value and its source, never a PLAN formula", async () => {
    const { block, outcome } = await write(formulaBlock(catalog, entry(RARE_EARTH_OUTPUT), "static"));
    expect(block.formulas).to.deep.equal([
      [
        350,
        "《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元”",
      ],
    ]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"', "@"]]);
    expect(outcome.staticFallbacks).to.equal(0);
  });

  it("falls back to a static value where no formula picks out the record (a restated figure)", async () => {
    const unreachable = catalog.entries.find(
      (e) => e.record.kind === "target" && e.record.year !== null && !targetReaches(catalog, e),
    );
    expect(unreachable, "the seeds have a restated figure").to.not.equal(undefined);
    const { block, outcome } = await write(formulaBlock(catalog, unreachable!, "live"));
    expect(JSON.stringify(block.formulas)).to.not.include("PLAN.");
    expect(block.formulas![0]![0]).to.equal(unreachable!.record.value);
    expect(outcome.staticFallbacks).to.equal(1);
  });
});

describe("taskpane insert: table", () => {
  const rareEarth = catalog.entries.filter((e) => e.sectorLabel === "新材料›稀土新材料" && e.plan.id === "000");

  it("writes a header row and live formulas over each row's own cells, then makes an Excel table", async () => {
    const { block, workbook } = await write(tableBlock(catalog, rareEarth, "live", "zh"), "Sheet1!B2");
    const rows = rareEarth.length + 1;
    expect(block.address).to.equal(`Sheet1!B2:K${1 + rows}`);
    expect(block.formulas![0]).to.deep.equal([
      "地区",
      "规划",
      "行业",
      "指标",
      "年份",
      "目标值",
      "上限",
      "单位",
      "限定",
      "出处",
    ]);
    const i = rareEarth.findIndex((e) => e.record.id === RARE_EARTH_OUTPUT);
    const row = block.formulas![1 + i]!;
    const r = 3 + i; // sheet row of that record
    expect(row.slice(0, 5)).to.deep.equal(["内蒙古自治区", "000", "新材料›稀土新材料", "产值", 2025]);
    expect(row[5]).to.equal(`=PLAN.TARGET(B${r},D${r},E${r},F${r},C${r})`);
    expect(row[7]).to.equal(`=PLAN.UNIT(B${r},D${r},E${r},F${r},C${r})`);
    expect(row[8]).to.equal(`=PLAN.QUALIFIER(B${r},D${r},E${r},F${r},C${r})`);
    expect(row[9]).to.equal(`=PLAN.SOURCE(B${r},D${r},E${r},F${r},C${r})`);
    // the plan id is text ("000", not 0); the year a plain year; the value the plan's precision
    expect(block.numberFormat![1 + i]!.slice(0, 6)).to.deep.equal(["@", "@", "@", "@", "0", "#,##0"]);
    expect(workbook.tables).to.deep.equal([{ source: block.address, hasHeaders: true }]);
    expect(workbook.autofit).to.deep.equal([block.address]);
    const header = workbook.ranges.find((range) => workbook.addressOf(range) === "Sheet1!B2:K2");
    expect(header?.format.font.bold ?? false).to.equal(false); // an Excel table styles its own header
  });

  it("every live formula in the table evaluates to the value shown", async () => {
    const { computed } = await write(tableBlock(catalog, rareEarth, "live", "zh"));
    expect(computed.errors).to.deep.equal([]);
    rareEarth.forEach((e, i) => {
      expect(computed.cell(1 + i, 5), e.record.id).to.be.closeTo(e.record.value * sheetScale(e.unit), 1e-12);
      expect(computed.cell(1 + i, 7), e.record.id).to.equal(e.record.unit);
      expect(computed.cell(1 + i, 9), e.record.id).to.include(`第${e.record.line}行`);
    });
  });

  it("in static mode writes values and citations", async () => {
    const { block, outcome } = await write(tableBlock(catalog, rareEarth.slice(0, 2), "static", "zh"));
    expect(JSON.stringify(block.formulas)).to.not.include("=PLAN.");
    expect(block.formulas![1]![9]).to.match(/^《.+》（000）000_7fb2c2560672e87d\.txt 第\d+行：“.+”$/);
    expect(outcome.staticFallbacks).to.equal(0);
  });
});

describe("taskpane insert: analysis block", () => {
  it("writes basis, target, input cells and the REQUIRED_CAGR / PROGRESS / GAP / ONTRACK formulas over them", async () => {
    const block = analysisBlock(catalog, figure(RARE_EARTH_OUTPUT), "live", "zh", { value: 200, year: 2023 });
    const { block: written, workbook, computed } = await write(block, "Sheet1!B2");
    expect(written.address).to.equal("Sheet1!B2:C14");
    const col = (i: number) => written.formulas!.map((row) => row[i]);
    expect(col(0)).to.deep.equal([
      "指标",
      "单位",
      "基期值",
      "基期年份",
      "目标值",
      "目标年份",
      "当前值",
      "当前年份",
      "所需年均增速",
      "完成进度",
      "差距",
      "进展评估",
      "出处",
    ]);
    const args = '"内蒙古自治区","新材料›稀土新材料","产值",2025,"000"';
    expect(col(1).slice(4, 13)).to.deep.equal([
      `=PLAN.TARGET(${args})`,
      2025,
      200,
      2023,
      `=IF(OR(C8="",C9=""),"",PLAN.REQUIRED_CAGR(C8,C9,${args}))`,
      `=IF(C8="","",PLAN.PROGRESS(C8,${args},C4))`,
      `=IF(C8="","",PLAN.GAP(C8,${args},C4))`,
      `=IF(OR(C8="",C9=""),"",PLAN.ONTRACK(C8,C9,${args},C4,C5))`,
      `=PLAN.SOURCE(${args})`,
    ]);
    expect(computed.at("C6")).to.equal(350);
    expect(computed.at("C10")).to.be.closeTo(Math.sqrt(350 / 200) - 1, 1e-9);
    expect(computed.at("C11"), "without a basis, the share of a rising target reached").to.be.closeTo(200 / 350, 1e-9);
    expect(computed.at("C12")).to.equal(150);
    // no baseline stated: the status asks for one, and the basis cells are inputs
    expect(computed.at("C13")).to.deep.include({ error: "#N/A" });
    expect(computed.at("C14")).to.match(/第17行/);
    const inputs = workbook.ranges
      .filter((range) => range.format.fill.color === INPUT_FILL)
      .map((range) => workbook.addressOf(range));
    expect(inputs).to.deep.equal(["Sheet1!C4", "Sheet1!C5", "Sheet1!C8", "Sheet1!C9"]);
    const bold = workbook.ranges
      .filter((range) => range.format.font.bold === true)
      .map((range) => workbook.addressOf(range));
    expect(bold).to.deep.equal(["Sheet1!B2:B14"]);
  });

  it("uses the plan's stated baseline through PLAN.BASELINE where there is one", async () => {
    const withBaseline = catalog.entries.find(
      (e) => e.record.kind === "target" && catalog.baselineOf(e) !== null && targetReaches(catalog, e),
    )!;
    const stated = catalog.baselineOf(withBaseline)!;
    const block = analysisBlock(catalog, targetFigure(catalog, withBaseline), "live", "zh", {
      value: null,
      year: null,
    })!;
    const { block: written, computed } = await write(block);
    expect(written.formulas![2]![1]).to.match(/^=PLAN\.BASELINE\(/);
    expect(computed.cell(2, 1)).to.be.closeTo(stated.record.value * sheetScale(stated.unit), 1e-12);
    expect(computed.cell(3, 1)).to.equal(stated.record.year);
    expect(written.formulas![6]![1]).to.equal("");
    // no current value typed: the formulas stay blank, not errors
    expect([8, 9, 10, 11].map((row) => computed.cell(row, 1))).to.deep.equal(["", "", "", ""]);
  });

  /** Cases over every rule: a basis stated or given or missing, up, down, a cap, a share, past the target year. */
  const CASES: Array<{ id: string; what: string; current: number; year: number; base?: [number, number] }> = [
    { id: "003-L31-1", what: "河南 compound path, plan's basis, ahead", current: 6000, year: 2018 },
    { id: "003-L31-1", what: "河南 within the band", current: 5860, year: 2018 },
    { id: "003-L31-1", what: "河南 behind", current: 5200, year: 2019 },
    { id: RARE_EARTH_OUTPUT, what: "no basis: #N/A", current: 200, year: 2022 },
    { id: RARE_EARTH_OUTPUT, what: "a basis typed into the block", current: 200, year: 2022, base: [150, 2020] },
    { id: RARE_EARTH_OUTPUT, what: "past the target year", current: 400, year: 2025 },
    { id: RARE_EARTH_OUTPUT, what: "not achieved", current: 300, year: 2026 },
    { id: "001C-L204-1", what: "a cap, exceeded", current: 3000, year: 2023 },
    { id: "001C-L204-1", what: "a cap, kept", current: 1000, year: 2023 },
    { id: "001F-L474-1", what: "PUE coming down, ahead", current: 1.3, year: 2023 },
    { id: "001F-L474-1", what: "PUE coming down, behind", current: 1.49, year: 2024 },
    { id: "001F-L426-3", what: "a share on a straight path", current: 35, year: 2024 },
  ];

  for (const c of CASES) {
    it(`static (RRI, IF…) and live (PLAN.*) blocks and the core agree: ${c.what}`, () => {
      const target = entry(c.id);
      const scale = sheetScale(target.unit);
      const current = { value: c.current, year: c.year };
      const computed = (mode: "live" | "static") => {
        const block = analysisBlock(catalog, targetFigure(catalog, target), mode, "zh", current)!;
        const grid = block.build({ row: 0, col: 0 });
        if (c.base) {
          grid.contents[2]![1] = c.base[0] * scale;
          grid.contents[3]![1] = c.base[1];
        }
        return computeBlock(grid.contents, "A1");
      };
      const [live, plain] = [computed("live"), computed("static")];
      const core = value(
        assess(catalog, target, c.current, c.year, c.base ? { value: c.base[0], year: c.base[1] } : null),
      );
      const rows = { required: 8, progress: 9, gap: 10, status: 11 };
      const expectSame = (row: number, expected: unknown) => {
        for (const [mode, sheet] of [
          ["live", live],
          ["static", plain],
        ] as const) {
          const got = sheet.cell(row, 1);
          if (typeof expected === "number") expect(got, `${mode} row ${row}`).to.be.closeTo(expected, 1e-9);
          else expect(got, `${mode} row ${row}`).to.deep.include(expected);
        }
      };
      const outcome = <T>(r: { ok: true; value: T } | { ok: false; error: { category: string } }) =>
        r.ok ? r.value : { error: { not_found: "#N/A", invalid: "#VALUE!", num: "#NUM!" }[r.error.category] };
      expectSame(rows.gap, core.gap * scale);
      const required = outcome(core.requiredCagr);
      const progress = outcome(core.progress);
      if (typeof required === "number") expectSame(rows.required, required);
      if (typeof progress === "number") expectSame(rows.progress, progress);
      const status = outcome(core.status);
      for (const sheet of [live, plain]) {
        if (typeof status === "string") expect(sheet.cell(rows.status, 1)).to.equal(status);
        else expect(sheet.cell(rows.status, 1)).to.deep.include(status);
      }
    });
  }

  it("in static mode writes no PLAN formula", async () => {
    const block = analysisBlock(catalog, figure(RARE_EARTH_OUTPUT), "static", "zh", { value: 200, year: 2024 });
    const { block: written, computed } = await write(block, "Sheet1!A1");
    expect(written.formulas!.map((row) => row[1])[4]).to.equal(350);
    expect(JSON.stringify(written.formulas)).to.not.include("PLAN.");
    expect(computed.cell(8, 1)).to.be.closeTo(350 / 200 - 1, 1e-9);
  });

  it("is not offered for a record that is not a level", () => {
    const rate = catalog.entries.find((e) => e.record.kind === "growth_rate")!;
    expect(analysisBlock(catalog, targetFigure(catalog, rate), "live", "zh", { value: 1, year: 2023 })).to.equal(null);
  });
});

describe("taskpane insert: charts", () => {
  it("charts a sector's targets: data with live formulas, then charts.add over it, titled and placed beside it", async () => {
    const capacity = entry("000-L6-3"); // 稀土新材料 产能 20万吨, siblings under 新材料
    const { block, workbook, computed } = await write(sectorChartBlock(catalog, capacity, "live", "zh"), "Sheet1!B2");
    expect(block.formulas![0]).to.deep.equal(["行业", "产能（万吨）"]);
    const names = block.formulas!.slice(1).map((row) => row[0]);
    expect(names).to.include.members(["先进钢铁材料", "稀土新材料", "先进硅材料"]);
    const rareEarthRow = block.formulas!.find((row) => row[0] === "稀土新材料")!;
    expect(rareEarthRow[1]).to.equal('=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产能",2025,"000")');
    expect(computed.cell(block.formulas!.indexOf(rareEarthRow), 1)).to.equal(20);
    expect(computed.errors).to.deep.equal([]);
    expect(workbook.charts).to.have.length(1);
    const chart = workbook.charts[0]!;
    expect(chart).to.include({ type: "BarClustered", source: block.address, seriesBy: "Columns" });
    expect(chart.title).to.equal("新材料：产能目标（2025年）（万吨）");
    expect(chart.position).to.deep.equal(["E2", "K16"]);
  });

  it("charts the path from baseline (or the current value) to the target as an XY line", async () => {
    const detail = figure(RARE_EARTH_OUTPUT);
    expect(
      pathChartBlock(catalog, detail, "live", "zh", null),
      "no baseline, no current value: nothing to draw",
    ).to.equal(null);
    const { block, workbook, computed } = await write(
      pathChartBlock(catalog, detail, "live", "zh", { value: 200, year: 2023 }),
    );
    expect(computed.cell(2, 1)).to.equal(350);
    expect(block.formulas).to.deep.equal([
      ["年份", "产值（亿元）"],
      [2023, 200],
      [2025, '=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")'],
    ]);
    expect(workbook.charts[0]).to.include({ type: "XYScatterLines", source: "Sheet1!B2:C4", seriesBy: "Columns" });
    expect(workbook.charts[0]!.title).to.equal("稀土新材料·产值：基期到目标（亿元）");
  });
});

describe("taskpane insert: addresses", () => {
  it("reads Excel's addresses and writes A1 references", () => {
    expect(parseTopLeft("Sheet1!B2")).to.deep.equal({ row: 1, col: 1 });
    expect(parseTopLeft("'My sheet'!$AA$10:AB12")).to.deep.equal({ row: 9, col: 26 });
    expect(parseTopLeft("Sheet1!A:A")).to.equal(null);
    expect(a1({ row: 0, col: 701 })).to.equal("ZZ1");
    expect(a1({ row: 4, col: 702 })).to.equal("AAA5");
  });
});
