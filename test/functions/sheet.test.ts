import { expect } from "chai";
import type { HyperFormula } from "hyperformula";
import { planEngine, unregisterPlan } from "../support/hyperformula-plan";

/** A bureau's small report sheet, computed by a real formula engine with the PLAN functions registered. */
const REPORT = [
  ["指标", "2022年实际", "2025年目标", "所需年均增速", "进度", "是否按期"],
  [
    "稀土新材料产值",
    200,
    '=PLAN.TARGET("内蒙古","稀土新材料","产值",2025)',
    '=PLAN.REQUIRED_CAGR(B2,2022,"内蒙古","稀土新材料","产值")',
    '=PLAN.PROGRESS(B2,"内蒙古","稀土新材料","产值")',
    '=PLAN.ONTRACK(B2,2022,"内蒙古","稀土新材料","产值")',
  ],
  [
    "新型材料业主营业务收入",
    6000,
    '=PLAN.TARGET("河南","新型材料业","主营业务收入",2020)',
    '=PLAN.REQUIRED_CAGR(B3,2018,"河南","新型材料业","主营业务收入")',
    '=PLAN.PROGRESS(B3,"河南","新型材料业","主营业务收入")',
    '=PLAN.ONTRACK(B3,2018,"河南","新型材料业","主营业务收入")',
  ],
  [
    "CAGR to the target",
    200,
    '=PLAN.CAGR(B4,PLAN.TARGET("内蒙古","稀土新材料","产值"),5)',
    '=PLAN.CONVERT(C2,PLAN.UNIT("内蒙古","稀土新材料","产值"),"万元")',
    '=PLAN.TARGET("内蒙古","稀土材料","产值")',
    "",
  ],
  ['=PLAN.TARGETS("安徽")'],
];

describe("a report sheet in a real formula engine (HyperFormula)", () => {
  let engine: HyperFormula;
  before(() => {
    engine = planEngine(REPORT);
  });
  after(() => {
    engine.destroy();
    unregisterPlan();
  });
  const at = (ref: string): unknown => engine.getCellValue(engine.simpleCellAddressFromString(ref, 0)!);

  it("computes =PLAN.TARGET next to actuals in cells", () => {
    expect(at("C2")).to.equal(350);
    expect(at("C3")).to.equal(7000);
  });

  it("computes =PLAN.REQUIRED_CAGR(B2, 2022, …) from a cell", () => {
    expect(at("D2")).to.be.closeTo(Math.pow(350 / 200, 1 / 3) - 1, 1e-9);
    expect(at("D3")).to.be.closeTo(Math.pow(7000 / 6000, 1 / 2) - 1, 1e-9);
  });

  it("computes progress and on-track status", () => {
    expect(at("E2")).to.be.closeTo(200 / 350, 1e-9);
    expect(at("E3")).to.equal(0.5);
    expect(at("F3")).to.equal("超前");
    const noBasis = at("F2") as { type: string; message: string };
    expect(noBasis.type).to.equal("NA");
    expect(noBasis.message).to.include("请提供基期值和基期年份");
  });

  it("nests PLAN functions: =PLAN.CAGR(B4, PLAN.TARGET(…), 5) and PLAN.CONVERT(…, PLAN.UNIT(…), …)", () => {
    expect(at("C4")).to.be.closeTo(Math.pow(350 / 200, 1 / 5) - 1, 1e-9);
    expect(at("D4")).to.equal(3500000);
  });

  it("shows a miss as #N/A with the Chinese message", () => {
    const error = at("E4") as { type: string; message: string };
    expect(error.type).to.equal("NA");
    expect(error.message).to.match(/^未找到行业“稀土材料”/);
  });

  it("spills PLAN.TARGETS with its header row", () => {
    expect(at("A5")).to.equal("地区");
    expect(at("F5")).to.equal("目标值");
    expect(at("A6")).to.equal("安徽省");
    const values = [6, 7, 8, 9, 10, 11, 12, 13].map((row) => at(`F${row}`));
    expect(values).to.include(500);
    expect(at("A14")).to.equal(null);
  });
});
