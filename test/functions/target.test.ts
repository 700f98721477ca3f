import { expect } from "chai";
import { qualifier, source, target, unit } from "../../src/functions/functions";
import { callCell, isExcelError } from "../support/functions";

describe("PLAN.TARGET", () => {
  it('=PLAN.TARGET("内蒙古","稀土新材料","产值",2025) → 350', () => {
    expect(target("内蒙古", "稀土新材料", "产值", 2025, null)).to.equal(350);
  });

  it('takes a year as text ("2025年") and defaults it to the plan\'s end year when null', () => {
    expect(target("内蒙古", "稀土新材料", "产值", "2025年", null)).to.equal(350);
    expect(target("内蒙古", "稀土新材料", "产值", null, null)).to.equal(350);
    expect(target("内蒙古", "稀土新材料", "产值")).to.equal(350);
  });

  it("pins a plan: 001D states 700", () => {
    expect(target("内蒙古", "稀土新材料", "产值", 2025, "001D")).to.equal(700);
  });

  it("accepts full-width characters and stray spaces", () => {
    expect(target(" 内蒙古自治区 ", "新材料›稀土新材料", "产 值", "２０２５", null)).to.equal(350);
  });

  it("unknown names → #N/A with the Chinese message and a suggestion", () => {
    const error = callCell(target, "内蒙古", "稀土材料", "产值", 2025, null);
    expect(isExcelError(error, "#N/A")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.match(/^未找到行业“稀土材料”，您是否要找：稀土新材料/);
  });

  it("wrong types → #VALUE! with a message", () => {
    const error = callCell(target, "内蒙古", "稀土新材料", "产值", "明年", null);
    expect(isExcelError(error, "#VALUE!")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.include("年份应为年份");
    expect(isExcelError(callCell(target, [["内蒙古"]], "稀土新材料", "产值"), "#VALUE!")).to.equal(true);
    expect(isExcelError(callCell(target, null, "稀土新材料", "产值"), "#VALUE!")).to.equal(true);
  });
});

describe("PLAN.UNIT", () => {
  it('=PLAN.UNIT("内蒙古","稀土新材料","产值",2025) → "亿元"', () => {
    expect(unit("内蒙古", "稀土新材料", "产值", 2025, null)).to.equal("亿元");
  });
  it("answers a percentage unit", () => {
    expect(unit("内蒙古", "稀土新材料", "就地转化率", null, "000")).to.equal("%");
  });
});

describe("PLAN.QUALIFIER", () => {
  it("returns the qualifier words as written", () => {
    expect(qualifier("内蒙古", "稀土新材料", "就地转化率", null, "000")).to.include("以上");
    expect(qualifier("安徽", "镁基材料", "规模", null, null)).to.include("力争");
  });
  it("is empty when the plan qualifies nothing", () => {
    expect(qualifier("内蒙古", "稀土新材料", "产值", 2025, null)).to.equal("");
  });
});

describe("PLAN.SOURCE", () => {
  it("cites plan, document, line and sentence, and the other plan's different figure", () => {
    const text = source("内蒙古", "稀土新材料", "产值", 2025, null);
    expect(text).to.match(
      /^《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d\.txt 第17行：“[^”]*350亿元[^”]*”/,
    );
    expect(text).to.include("001D为700亿元");
  });
});

describe("PLAN.TARGET with 每年, the year a table of targets shows for a recurring figure", () => {
  it('=PLAN.TARGET("内蒙古","新材料","对标达标活动盟市","每年") → 2; PLAN.SOURCE cites it', () => {
    expect(target("内蒙古", "新材料", "对标达标活动盟市", "每年", null)).to.equal(2);
    expect(source("内蒙古", "新材料", "对标达标活动盟市", "每年", "001D")).to.include("第348行");
  });

  it("a dated figure asked for 每年 → #N/A naming its years", () => {
    const error = callCell(target, "内蒙古", "稀土新材料", "产值", "每年", null);
    expect(isExcelError(error, "#N/A")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.include("没有每年的数值");
  });
});
