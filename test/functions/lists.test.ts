import { expect } from "chai";
import { columnHeaders } from "../../src/core/present";
import { metrics, plans, regions, sectors, targets } from "../../src/functions/functions";
import { callCell, isExcelError } from "../support/functions";
import { seedCatalog } from "../support/seeds";

describe("PLAN.TARGETS", () => {
  it("spills a header row and one row per target, filtered", () => {
    const table = targets("安徽", null, null, null, null);
    expect(table[0]).to.deep.equal(["地区", "规划", "行业", "指标", "年份", "目标值", "上限", "单位", "限定", "出处"]);
    expect(table[0]).to.deep.equal(columnHeaders("zh"));
    expect(table.length).to.equal(1 + 8);
    const rows = table.slice(1);
    expect(rows.every((r) => r[0] === "安徽省" && r[4] === 2027)).to.equal(true);
    expect(rows.map((r) => r[5])).to.include(500);
  });

  it("puts a range's upper end in 上限 and the citation in 出处", () => {
    const rows = targets("安徽", "镁基材料", null, null, null).slice(1);
    const range = rows.find((r) => r[6] !== "");
    expect(range).to.not.equal(undefined);
    expect(range![9]).to.match(/^002_ff2322d466e43402\.txt 第\d+行$/);
  });

  it("→ #N/A when nothing matches, #N/A with suggestion for an unknown region", () => {
    expect(isExcelError(callCell(targets, "安徽", null, null, 1999, null), "#N/A")).to.equal(true);
    expect(isExcelError(callCell(targets, "火星", null, null, null, null), "#N/A")).to.equal(true);
  });
});

describe("PLAN.REGIONS, PLAN.PLANS, PLAN.SECTORS, PLAN.METRICS", () => {
  it("REGIONS lists the provinces that have plans, in statistical-code order, as one column", () => {
    expect(regions()).to.deep.equal([["内蒙古自治区"], ["安徽省"], ["江西省"], ["河南省"]]);
  });

  it("PLANS lists titles, all or of a region", () => {
    expect(plans(null).length).to.equal(seedCatalog().dataset.plans.length);
    expect(plans("安徽")).to.deep.equal([["促进镁基材料产业高质量发展实施方案"]]);
  });

  it("SECTORS lists paths that PLAN.TARGET accepts", () => {
    const paths = sectors("内蒙古", "000").map((r) => r[0]!);
    expect(paths).to.include("新材料›稀土新材料");
    expect(paths.every((p) => p.startsWith("新材料"))).to.equal(true);
  });

  it("METRICS lists a sector's metrics, targets first", () => {
    const list = metrics("内蒙古", "稀土新材料", "000").map((r) => r[0]);
    expect(list.slice(0, 3)).to.include.members(["产能", "产值"]);
    expect(list).to.include("就地转化率");
    expect(isExcelError(callCell(metrics, "内蒙古", "稀土材料", null), "#N/A")).to.equal(true);
  });
});
