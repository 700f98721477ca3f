import { expect } from "chai";
import {
  cagrFunction,
  convertFunction,
  gapFunction,
  ontrack,
  progressFunction,
  projectFunction,
  requiredCagrFunction,
  yearsToTargetFunction,
} from "../../src/functions/functions";
import { callCell, isExcelError } from "../support/functions";

describe("PLAN.CAGR", () => {
  it("=PLAN.CAGR(5000,7000,4) → 0.0878 (Excel RRI)", () => {
    expect(cagrFunction(5000, 7000, 4)).to.be.closeTo(0.08776, 1e-5);
  });
  it("takes numbers as text; impossible maths → #NUM!, text → #VALUE!", () => {
    expect(cagrFunction("5000", "7000", "4")).to.be.closeTo(0.08776, 1e-5);
    expect(isExcelError(callCell(cagrFunction, 0, 7000, 4), "#NUM!")).to.equal(true);
    expect(isExcelError(callCell(cagrFunction, "abc", 7000, 4), "#VALUE!")).to.equal(true);
  });
});

describe("PLAN.REQUIRED_CAGR", () => {
  it("rate needed from 200 in 2022 to the 2025 target of 350", () => {
    expect(requiredCagrFunction(200, 2022, "内蒙古", "稀土新材料", "产值", 2025, null)).to.be.closeTo(
      Math.pow(350 / 200, 1 / 3) - 1,
      1e-12,
    );
  });
  it("→ #NUM! when the current year is the target year", () => {
    expect(
      isExcelError(callCell(requiredCagrFunction, 200, 2025, "内蒙古", "稀土新材料", "产值", 2025, null), "#NUM!"),
    ).to.equal(true);
  });
});

describe("PLAN.PROJECT and PLAN.YEARS_TO_TARGET", () => {
  it('=PLAN.PROJECT(5000,"10%",4) → 7320.5', () => {
    expect(projectFunction(5000, "10%", 4)).to.be.closeTo(7320.5, 1e-9);
  });
  it("=PLAN.YEARS_TO_TARGET(100,0.1,121) → 2", () => {
    expect(yearsToTargetFunction(100, 0.1, 121)).to.be.closeTo(2, 1e-12);
    // Never reached: no growth, or a fall that must end at 0.
    expect(isExcelError(callCell(yearsToTargetFunction, 100, 0, 121), "#NUM!")).to.equal(true);
    expect(isExcelError(callCell(yearsToTargetFunction, 100, -0.1, 0), "#NUM!")).to.equal(true);
    // Already past the target in the direction the rate moves: 0 years.
    expect(yearsToTargetFunction(150, 0.1, 121)).to.equal(0);
  });
});

describe("PLAN.PROGRESS, PLAN.GAP and PLAN.ONTRACK", () => {
  it("progress is of the way from the stated baseline (河南: 5000 in 2016 → 7000)", () => {
    expect(progressFunction(6000, "河南", "新型材料业", "主营业务收入", 2020, null)).to.equal(0.5);
  });
  it("progress is of the target where no baseline is stated", () => {
    expect(progressFunction(175, "内蒙古", "稀土新材料", "产值", 2025, null)).to.equal(0.5);
  });
  it("gap = target − current", () => {
    expect(gapFunction(300, "内蒙古", "稀土新材料", "产值", 2025, null)).to.equal(50);
  });
  it("ONTRACK judges against the plan's compound path 5000 (2016) → 7000 (2020): 超前 / 正常 / 滞后", () => {
    // at 2018 the path stands at 5000 × 1.4^0.5 = 5916: 45.8% of the way
    expect(ontrack(6000, 2018, "河南", "新型材料业", "主营业务收入", 2020, null)).to.equal("超前");
    expect(ontrack(5860, 2018, "河南", "新型材料业", "主营业务收入", 2020, null)).to.equal("正常");
    expect(ontrack(5200, 2019, "河南", "新型材料业", "主营业务收入", 2020, null)).to.equal("滞后");
  });
  it("ONTRACK without a basis is #N/A asking for one, and takes one as arguments", () => {
    const error = callCell(ontrack, 200, 2022, "内蒙古", "稀土新材料", "产值");
    expect(isExcelError(error, "#N/A")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.include("请提供基期值和基期年份");
    expect(ontrack(200, 2022, "内蒙古", "稀土新材料", "产值", null, null, 150, 2020)).to.equal("滞后");
    expect(ontrack(260, 2022, "内蒙古", "稀土新材料", "产值", null, null, 150, 2020)).to.equal("超前");
    expect(
      isExcelError(callCell(ontrack, 260, 2022, "内蒙古", "稀土新材料", "产值", null, null, null, 2020), "#VALUE!"),
    ).to.equal(true);
  });
  it("refuses growth maths on a relative target (较2020年下降13%) with #NUM!", () => {
    const error = callCell(gapFunction, 10, "内蒙古", "节水技术改造", "万元工业增加值用水量", null, "001H");
    expect(isExcelError(error)).to.equal(true);
  });
});

describe("PLAN.CONVERT", () => {
  it('=PLAN.CONVERT(350,"亿元","万元") → 3500000', () => {
    expect(convertFunction(350, "亿元", "万元")).to.equal(3500000);
  });
  it("across dimensions → #VALUE! with a Chinese message", () => {
    const error = callCell(convertFunction, 1, "亿元", "万吨");
    expect(isExcelError(error, "#VALUE!")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.equal("单位“亿元”（金额）不能换算为“万吨”（质量）");
  });
});
