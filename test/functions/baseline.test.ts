import { expect } from "chai";
import { baseline, baseyear } from "../../src/functions/functions";
import { callCell, isExcelError } from "../support/functions";

describe("PLAN.BASELINE and PLAN.BASEYEAR", () => {
  it('=PLAN.BASELINE("河南","新型材料业","主营业务收入") → 5000, base year 2016', () => {
    expect(baseline("河南", "新型材料业", "主营业务收入", null)).to.equal(5000);
    expect(baseyear("河南", "新型材料业", "主营业务收入", null)).to.equal(2016);
  });

  it("reads the 2021 column of 001F's table as baselines", () => {
    expect(baseyear("内蒙古", "数字化水平", "规模以上工业企业生产设备数字化率", "001F")).to.equal(2021);
    // 48.5% as a cell holds it
    expect(baseline("内蒙古", "数字化水平", "规模以上工业企业生产设备数字化率", "001F")).to.be.closeTo(0.485, 1e-12);
  });

  it("→ #N/A where the plans state no baseline", () => {
    const error = callCell(baseline, "内蒙古", "稀土新材料", "产值", null);
    expect(isExcelError(error, "#N/A")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.include("没有基期值");
  });
});
