/**
 * The insert logic against office-addin-mock's workbook: the exact formulas, values and number formats each
 * button writes, the table and chart calls, and the static mode. Every PLAN formula written is then evaluated
 * with the real function bodies and must return the record that was shown.
 */
import { expect } from "chai";
import type { Entry } from "../../src/core/catalog";
import { STRINGS } from "../../src/taskpane/i18n";
import { a1, parseTopLeft } from "../../src/taskpane/insert/cells";
import { INPUT_FILL, insertAtSelection } from "../../src/taskpane/insert/excel-writer";
import {
  analysisPlan,
  formulaPlan,
  pathChartPlan,
  sectorChartPlan,
  tablePlan,
  valuePlan,
  type InsertPlan,
} from "../../src/taskpane/insert/plans";
import { targetReaches } from "../../src/taskpane/insert/record-formulas";
import { detailOf } from "../../src/taskpane/model/detail";
import { seedCatalog, value } from "../support/seeds";
import { evaluatePlanCall } from "./evaluate";
import { mockWorkbook, type WrittenRange } from "./mock-excel";

const zh = STRINGS.zh;
const catalog = seedCatalog();
const entry = (id: string): Entry => value(catalog.record(id));
const RARE_EARTH_OUTPUT = "000-L17-7"; // 内蒙古 稀土新材料 产值 2025: 350亿元 (001D says 700)

async function write(plan: InsertPlan | null, selected = "Sheet1!B2") {
  if (!plan) throw new Error("no plan");
  const workbook = mockWorkbook(selected);
  const outcome = await insertAtSelection(plan, workbook.run);
  return { workbook, outcome, block: workbook.block() };
}

/** A1 reference → what the block holds there. */
function cellReader(block: WrittenRange): (ref: string) => unknown {
  const origin = parseTopLeft(block.address)!;
  return (ref) => {
    const at = parseTopLeft(ref)!;
    return block.formulas?.[at.row - origin.row]?.[at.col - origin.col] ?? null;
  };
}

describe("taskpane insert: value and formula", () => {
  it("writes the static value with its unit in the number format", async () => {
    const { block, outcome } = await write(valuePlan(entry(RARE_EARTH_OUTPUT), false));
    expect(block.address).to.equal("Sheet1!B2");
    expect(block.formulas).to.deep.equal([[350]]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"']]);
    expect(outcome.address).to.equal("Sheet1!B2");
  });

  it("writes a range as two cells and keeps decimals and percent as the plan writes them", async () => {
    const range = catalog.entries.find((e) => e.record.valueMax !== null && e.record.unit === "个")!;
    const { block } = await write(valuePlan(range, false));
    expect(block.formulas).to.deep.equal([[range.record.value, range.record.valueMax]]);
    const percent = entry("000-L17-1"); // 稀土就地转化率 80%以上
    const written = await write(valuePlan(percent, false));
    expect(written.block.formulas).to.deep.equal([[80]]);
    expect(written.block.numberFormat).to.deep.equal([['#,##0"%"']]);
  });

  it("writes =PLAN.TARGET with the ASCII name, the record's pinned arguments and the unit format", async () => {
    const { block, workbook } = await write(formulaPlan(catalog, entry(RARE_EARTH_OUTPUT), "live"), "Sheet1!D5");
    expect(block.address).to.equal("Sheet1!D5");
    expect(block.formulas).to.deep.equal([['=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")']]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"']]);
    expect(workbook.syncs.count).to.equal(2);
    expect(evaluatePlanCall(block.formulas![0]![0] as string).value).to.equal(350);
  });

  it("writes =PLAN.SOURCE for the source button", async () => {
    const { block } = await write(formulaPlan(catalog, entry(RARE_EARTH_OUTPUT), "live", "SOURCE"));
    expect(block.formulas).to.deep.equal([['=PLAN.SOURCE("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")']]);
    expect(evaluatePlanCall(block.formulas![0]![0] as string).value).to.match(/第17行：“稀土新材料产值达到350亿元”/);
  });

  it("without custom functions writes the value and its source, never a PLAN formula", async () => {
    const { block, outcome } = await write(formulaPlan(catalog, entry(RARE_EARTH_OUTPUT), "static"));
    expect(block.formulas).to.deep.equal([
      [350, "《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元”"],
    ]);
    expect(block.numberFormat).to.deep.equal([['#,##0"亿元"', "@"]]);
    expect(outcome.staticFallbacks).to.equal(0);
  });

  it("falls back to a static value where no formula picks out the record (a restated figure)", async () => {
    const unreachable = catalog.entries.find((e) => e.record.kind === "target" && e.record.year !== null && !targetReaches(catalog, e));
    expect(unreachable, "the seeds have a restated figure").to.not.equal(undefined);
    const { block, outcome } = await write(formulaPlan(catalog, unreachable!, "live"));
    expect(JSON.stringify(block.formulas)).to.not.include("PLAN.");
    expect(block.formulas![0]![0]).to.equal(unreachable!.record.value);
    expect(outcome.staticFallbacks).to.equal(1);
  });
});

describe("taskpane insert: table", () => {
  const rareEarth = catalog.entries.filter((e) => e.sectorLabel === "新材料›稀土新材料" && e.plan.id === "000");

  it("writes a header row and live formulas over each row's own cells, then makes an Excel table", async () => {
    const { block, workbook } = await write(tablePlan(catalog, rareEarth, "live", zh), "Sheet1!B2");
    const rows = rareEarth.length + 1;
    expect(block.address).to.equal(`Sheet1!B2:K${1 + rows}`);
    expect(block.formulas![0]).to.deep.equal(["地区", "规划", "行业", "指标", "年份", "目标值", "上限", "单位", "限定", "出处"]);
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
    const { block } = await write(tablePlan(catalog, rareEarth, "live", zh));
    const cell = cellReader(block);
    rareEarth.forEach((e, i) => {
      const formula = block.formulas![1 + i]![5];
      if (typeof formula === "string" && formula.startsWith("=")) {
        expect(evaluatePlanCall(formula, cell).value, e.record.id).to.equal(e.record.value);
      } else {
        expect(formula, e.record.id).to.equal(e.record.value);
      }
    });
  });

  it("in static mode writes values and citations", async () => {
    const { block, outcome } = await write(tablePlan(catalog, rareEarth.slice(0, 2), "static", zh));
    expect(JSON.stringify(block.formulas)).to.not.include("=PLAN.");
    expect(block.formulas![1]![9]).to.match(/^《.+》（000）000_7fb2c2560672e87d\.txt 第\d+行：“.+”$/);
    expect(outcome.staticFallbacks).to.equal(0);
  });
});

describe("taskpane insert: analysis block", () => {
  it("writes baseline, target, input cells and the REQUIRED_CAGR / PROGRESS / ONTRACK formulas that use them", async () => {
    const detail = detailOf(catalog, entry(RARE_EARTH_OUTPUT));
    const plan = analysisPlan(catalog, detail, "live", zh, { value: 200, year: 2023 });
    const { block, workbook } = await write(plan, "Sheet1!B2");
    expect(block.address).to.equal("Sheet1!B2:C13");
    const col = (i: number) => block.formulas!.map((row) => row[i]);
    expect(col(0)).to.deep.equal(["指标", "单位", "基期值", "基期年份", "目标值", "目标年份", "当前值", "当前年份", "所需年均增速", "完成进度", "进展评估", "出处"]);
    const args = '"内蒙古自治区","新材料›稀土新材料","产值",2025,"000"';
    expect(col(1)).to.deep.equal([
      "内蒙古自治区 · 新材料›稀土新材料 · 产值（000）",
      "亿元",
      "—",
      2020,
      `=PLAN.TARGET(${args})`,
      2025,
      200,
      2023,
      `=IF(OR(C8="",C9=""),"",PLAN.REQUIRED_CAGR(C8,C9,${args}))`,
      `=IF(C8="","",PLAN.PROGRESS(C8,${args}))`,
      `=IF(OR(C8="",C9=""),"",PLAN.ONTRACK(C8,C9,${args}))`,
      `=PLAN.SOURCE(${args})`,
    ]);
    expect(block.numberFormat!.map((row) => row[1])).to.deep.equal(["@", "@", "@", "0", "#,##0", "0", "#,##0", "0", "0.0%", "0.0%", "General", "General"]);
    const cell = cellReader(block);
    expect(evaluatePlanCall(col(1)[8] as string, cell).value).to.be.closeTo(Math.sqrt(350 / 200) - 1, 1e-12);
    expect(evaluatePlanCall(col(1)[9] as string, cell).value).to.be.closeTo(200 / 350, 1e-12);
    // 200 of 350 (57 %) with 60 % of 2020–2025 gone: within 5 points, on track
    expect(evaluatePlanCall(col(1)[10] as string, cell).value).to.equal("正常");
    const inputs = workbook.ranges.filter((range) => range.format.fill.color === INPUT_FILL).map(workbook.addressOf);
    expect(inputs).to.deep.equal(["Sheet1!C8", "Sheet1!C9"]);
    const bold = workbook.ranges.filter((range) => range.format.font.bold === true).map(workbook.addressOf);
    expect(bold).to.deep.equal(["Sheet1!B2:B13"]);
  });

  it("uses the plan's stated baseline through PLAN.BASELINE where there is one", async () => {
    const withBaseline = catalog.entries.find((e) => e.record.kind === "target" && catalog.baselineOf(e) !== null && targetReaches(catalog, e))!;
    const plan = analysisPlan(catalog, detailOf(catalog, withBaseline), "live", zh, { value: null, year: null })!;
    const { block } = await write(plan);
    const baselineCell = block.formulas![2]![1] as string;
    expect(baselineCell).to.match(/^=PLAN\.BASELINE\(/);
    expect(evaluatePlanCall(baselineCell).value).to.equal(catalog.baselineOf(withBaseline)!.record.value);
    expect(block.formulas![6]![1]).to.equal("");
  });

  it("in static mode computes with Excel's own RRI over static values", async () => {
    const detail = detailOf(catalog, entry(RARE_EARTH_OUTPUT));
    const { block } = await write(analysisPlan(catalog, detail, "static", zh, { value: null, year: 2024 }), "Sheet1!A1");
    const col = block.formulas!.map((row) => row[1]);
    expect(col[4]).to.equal(350);
    expect(col[8]).to.equal('=IF(OR(B7="",B8=""),"",RRI(B6-B8,B7,B5))');
    expect(col[9]).to.equal('=IF(B7="","",B7/B5)');
    expect(col[10]).to.equal('=IF(OR(B7="",B8=""),"",IF(B10>(B8-B4)/(B6-B4)+0.05,"超前",IF(B10<(B8-B4)/(B6-B4)-0.05,"滞后","正常")))');
    expect(JSON.stringify(block.formulas)).to.not.include("PLAN.");
  });

  it("is not offered for a record that is not a level", () => {
    const rate = catalog.entries.find((e) => e.record.kind === "growth_rate")!;
    expect(analysisPlan(catalog, detailOf(catalog, rate), "live", zh, { value: 1, year: 2023 })).to.equal(null);
  });
});

describe("taskpane insert: charts", () => {
  it("charts a sector's targets: data with live formulas, then charts.add over it, titled and placed beside it", async () => {
    const capacity = entry("000-L6-3"); // 稀土新材料 产能 20万吨, siblings under 新材料
    const { block, workbook } = await write(sectorChartPlan(catalog, capacity, "live", zh), "Sheet1!B2");
    expect(block.formulas![0]).to.deep.equal(["行业", "产能（万吨）"]);
    const names = block.formulas!.slice(1).map((row) => row[0]);
    expect(names).to.include.members(["先进钢铁材料", "稀土新材料", "先进硅材料"]);
    const rareEarthRow = block.formulas!.find((row) => row[0] === "稀土新材料")!;
    expect(rareEarthRow[1]).to.equal('=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产能",2025,"000")');
    expect(evaluatePlanCall(rareEarthRow[1] as string).value).to.equal(20);
    expect(workbook.charts).to.have.length(1);
    const chart = workbook.charts[0]!;
    expect(chart).to.include({ type: "BarClustered", source: block.address, seriesBy: "Columns" });
    expect(chart.title).to.equal("新材料：产能目标（2025年）（万吨）");
    expect(chart.position).to.deep.equal(["E2", "K16"]);
  });

  it("charts the path from baseline (or the current value) to the target as an XY line", async () => {
    const detail = detailOf(catalog, entry(RARE_EARTH_OUTPUT));
    expect(pathChartPlan(catalog, detail, "live", zh, null), "no baseline, no current value: nothing to draw").to.equal(null);
    const { block, workbook } = await write(pathChartPlan(catalog, detail, "live", zh, { value: 200, year: 2023 }));
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
