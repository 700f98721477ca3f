/**
 * 转为数值 through the mocked Office host, and the formula reading behind its notes (src/sheet/formula-sources.ts):
 * which PLAN calls a formula makes, with what arguments, and which record they reach — literal arguments or the
 * row's own cells — so each value keeps its citation when the formula is gone.
 */
import { expect } from "chai";
import { formulaCitations, gridLookup, planCalls, valueNote } from "../../src/sheet/formula-sources";
import { convertToValues } from "../../src/taskpane/workbooks/to-values";
import { seedCatalog } from "../support/seeds";
import { mockBook, type Cell } from "./mock-sheets";

const catalog = seedCatalog();
const VERSION = catalog.dataset.version;
const RARE_EARTH = '"内蒙古自治区","新材料›稀土新材料","产值",2025,"000"';

describe("转为数值: reading a formula's PLAN calls", () => {
  it("finds the calls, nested or not, with text, numbers, references, empty and other arguments", () => {
    expect(
      planCalls(`=IF(B10="","",PLAN.ONTRACK(B10,$B$11,"河南","新型材料业","主营业务收入",,,5000,2016))`),
    ).to.deep.equal([
      {
        id: "ONTRACK",
        args: [
          { kind: "ref", ref: "B10" },
          { kind: "ref", ref: "B11" },
          { kind: "text", value: "河南" },
          { kind: "text", value: "新型材料业" },
          { kind: "text", value: "主营业务收入" },
          { kind: "empty" },
          { kind: "empty" },
          { kind: "number", value: 5000 },
          { kind: "number", value: 2016 },
        ],
      },
    ]);
    expect(
      planCalls('=PLAN.CAGR(B4,PLAN.TARGET("河南","新型材料业","主营业务收入"),5)').map((c) => c.id),
    ).to.deep.equal(["CAGR", "TARGET"]);
    expect(planCalls('=PLAN.CAGR(B4,PLAN.TARGET("a","b","c"),5)')[0]!.args[1]).to.deep.equal({
      kind: "other",
      text: 'PLAN.TARGET("a","b","c")',
    });
    expect(planCalls('="PLAN.TARGET(" & "x, y"'), "text inside quotes is not a call").to.deep.equal([]);
    expect(planCalls('=PLAN.SOURCE("他说""好"",是","b","c")')[0]!.args[0]).to.deep.equal({
      kind: "text",
      value: '他说"好",是',
    });
    expect(planCalls("=PLAN.NOSUCH(1)")).to.deep.equal([]);
  });

  it("cites the record a call reaches, reading referenced cells of the sheet", () => {
    const literal = formulaCitations(catalog, `=PLAN.TARGET(${RARE_EARTH})`, () => undefined, "zh");
    expect(literal).to.have.length(1);
    expect(literal[0]).to.match(
      /^《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d\.txt 第17行/,
    );
    expect(literal[0], "the other version's figure is named, as PLAN.SOURCE names it").to.include("001D为700亿元");
    const lookup = gridLookup("Sheet1!B5:F5", [["内蒙古自治区", "000", "新材料›稀土新材料", "产值", 2025]]);
    expect(formulaCitations(catalog, "=PLAN.TARGET(B5,D5,E5,F5,C5)", lookup, "zh")).to.deep.equal(literal);
    const baseline = formulaCitations(
      catalog,
      '=PLAN.BASELINE("河南","新型材料业","主营业务收入")',
      () => undefined,
      "zh",
    );
    expect(baseline[0]).to.match(/（003）.+第\d+行：“/);
    expect(formulaCitations(catalog, "=PLAN.CAGR(5000,7000,4)", () => undefined, "zh")).to.deep.equal([]);
    expect(formulaCitations(catalog, '=PLAN.TARGET("内蒙古","稀土材料","产值")', () => undefined, "zh")).to.deep.equal(
      [],
    );
    expect(formulaCitations(catalog, "=PLAN.TARGET(Z99,D5,E5)", lookup, "zh"), "an unknown cell").to.deep.equal([]);
  });

  it("writes a note of source, formula and data version", () => {
    expect(valueNote(["《甲》（000）x.txt 第1行：“…”"], "=PLAN.TARGET(1)", "v1", "zh")).to.equal(
      "出处：《甲》（000）x.txt 第1行：“…”\n原公式：=PLAN.TARGET(1)\n数据版本：v1",
    );
    expect(valueNote([], "=PLAN.CAGR(1,2,3)", "v1", "en")).to.equal(
      "Source: (this formula reads no single record)\nFormula: =PLAN.CAGR(1,2,3)\nData version: v1",
    );
  });
});

/** A sheet with PLAN formulas of every kind, the values Excel shows for them, and other cells around. */
function sheetCells(): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    B2: { formula: `=PLAN.TARGET(${RARE_EARTH})`, value: 350 },
    B5: { formula: "内蒙古自治区", value: "内蒙古自治区" },
    C5: { formula: "000", value: "000" },
    D5: { formula: "新材料›稀土新材料", value: "新材料›稀土新材料" },
    E5: { formula: "产值", value: "产值" },
    F5: { formula: 2025, value: 2025 },
    G5: { formula: "=PLAN.TARGET(B5,D5,E5,F5,C5)", value: 350 },
    C8: { formula: "=PLAN.CAGR(5000,7000,4)", value: 0.0878 },
    D8: { formula: "=SUM(1,2)", value: 3 },
    E8: { formula: '=IF(B10="","",PLAN.ONTRACK(B10,2018,"河南","新型材料业","主营业务收入"))', value: "超前" },
    F8: { formula: '=PLAN.BASELINE("河南","新型材料业","主营业务收入")', value: 5000 },
    F9: { formula: '=PLAN.TARGET("内蒙古","稀土材料","产值")', value: "#N/A" },
    B10: { formula: 6000, value: 6000 },
    B12: { formula: "=PLAN.REGIONS()", value: "内蒙古自治区" },
    B13: { formula: "安徽省", value: "安徽省" },
    B14: { formula: "河南省", value: "河南省" },
  };
  return cells;
}

const PLAN_CELLS = ["B2", "G5", "C8", "E8", "F8", "F9", "B12"];

describe("转为数值: through the mocked Office host", () => {
  it("with one cell selected, converts every PLAN formula of the sheet, notes each source and stamps the version", async () => {
    const book = mockBook({ cells: sheetCells(), selected: "A1", spills: { B12: "B12:B14" } });
    const all = (version: string) => ["1.12", "1.18", "1.10"].includes(version);
    const outcome = await convertToValues(catalog, "zh", { run: book.run, supports: all, when: "2025-06-30" });
    expect(outcome).to.deep.include({ scope: "sheet", converted: PLAN_CELLS.length, cited: 4, sources: "notes" });
    const sheet = book.sheet("Sheet1");
    const shown = (ref: string) => sheet.cells.get(ref)!.formula;
    expect(PLAN_CELLS.map(shown)).to.deep.equal([350, 350, 0.0878, "超前", 5000, "#N/A", "内蒙古自治区"]);
    expect(shown("D8"), "other formulas stay").to.equal("=SUM(1,2)");
    expect(["B13", "B14"].map(shown), "the spill is written whole").to.deep.equal(["安徽省", "河南省"]);
    const written = book
      .writes()
      .filter((w) => w.property === "values")
      .map((w) => w.address);
    expect(written).to.not.include("Sheet1!D8");
    const notes = new Map(sheet.notes.map((n) => [n.address, n.text]));
    expect(notes.get("Sheet1!B2")).to.match(
      /^出处：《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）.+第17行/,
    );
    expect(notes.get("Sheet1!G5")).to.equal(
      notes.get("Sheet1!B2")!.replace(`=PLAN.TARGET(${RARE_EARTH})`, "=PLAN.TARGET(B5,D5,E5,F5,C5)"),
    );
    expect(notes.get("Sheet1!B2"))
      .to.include(`原公式：=PLAN.TARGET(${RARE_EARTH})`)
      .and.include(`数据版本：${VERSION}`);
    expect(notes.get("Sheet1!E8")).to.match(/（003）/);
    expect(notes.get("Sheet1!C8")).to.include("此公式不取自某一条记录");
    expect(outcome.stamp).to.equal("B16");
    expect(shown("B16")).to.equal(
      `以上 PLAN 公式已于 2025-06-30 转为数值（plan-targets 数据版本 ${VERSION}）；出处见各单元格的批注。`,
    );
  });

  it("with a range selected, converts only the selection", async () => {
    const book = mockBook({ cells: sheetCells(), selected: "B2:G5" });
    const outcome = await convertToValues(catalog, "zh", { run: book.run, supports: () => true, when: "2025-06-30" });
    expect(outcome).to.deep.include({ scope: "selection", converted: 2, cited: 2 });
    expect(book.sheet("Sheet1").cells.get("C8")!.formula).to.equal("=PLAN.CAGR(5000,7000,4)");
    const column = mockBook({ cells: sheetCells(), selected: "C1:C5000" });
    const whole = await convertToValues(catalog, "zh", { run: column.run, supports: () => true, when: "2025-06-30" });
    expect(whole, "a tall selection (a whole column) reads only its used part").to.deep.include({
      address: "Sheet1!C2:C14",
      converted: 1,
    });
  });

  it("adds comments where notes are refused, and lists the sources under the values where neither can be added", async () => {
    const refused = mockBook({ cells: sheetCells(), notesFail: true });
    const outcome = await convertToValues(catalog, "zh", {
      run: refused.run,
      supports: () => true,
      when: "2025-06-30",
    });
    expect(outcome.sources).to.equal("notes");
    expect(refused.comments.map((c) => c.address)).to.have.members(PLAN_CELLS.map((ref) => `Sheet1!${ref}`));

    const old = mockBook({ cells: sheetCells() });
    const listed = await convertToValues(catalog, "en", { run: old.run, supports: () => false, when: "2025-06-30" });
    expect(listed.sources).to.equal("listed");
    const cells = old.sheet("Sheet1").cells;
    expect(cells.get("B16")!.formula).to.equal(
      `The PLAN formulas above were turned into values on 2025-06-30 (plan-targets data version ${VERSION}); the sources are listed below.`,
    );
    expect(cells.get("B17")!.formula).to.match(
      /^B2: Source: 《.+, line 17：“稀土新材料产值达到350亿元”.*; Formula: =PLAN\.TARGET/,
    );
    expect(cells.get("B12")!.formula, "without the spill API the anchor keeps its value").to.equal("内蒙古自治区");
  });

  it("says there is nothing to convert, and writes nothing, when the sheet has no PLAN formula", async () => {
    const book = mockBook({ cells: { A1: { formula: "=SUM(1,2)", value: 3 } } });
    const outcome = await convertToValues(catalog, "zh", { run: book.run, supports: () => true, when: "2025-06-30" });
    expect(outcome).to.deep.include({ converted: 0, stamp: null });
    expect(book.writes()).to.deep.equal([]);
  });
});
