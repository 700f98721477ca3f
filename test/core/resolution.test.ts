import { expect } from "chai";
import { errorOf, seedCatalog, value } from "../support/seeds";
import { FUZZY_LIMIT, nearest } from "../../src/core/suggest";

describe("name resolution: what people type", () => {
  const catalog = seedCatalog();

  for (const typed of [
    "内蒙古",
    "内蒙古自治区",
    "内蒙",
    "Inner Mongolia",
    "inner mongolia",
    " 内蒙古 ",
    "内蒙古\u3000",
    "150000",
    "CN-NM",
  ]) {
    it(`resolves the region "${typed}" to 内蒙古自治区`, () => {
      expect(value(catalog.resolveRegion(typed)).name).to.equal("内蒙古自治区");
    });
  }

  it("resolves 安徽, 河南省 and 江西 to their provinces", () => {
    expect(value(catalog.resolveRegion("安徽")).name).to.equal("安徽省");
    expect(value(catalog.resolveRegion("河南省")).name).to.equal("河南省");
    expect(value(catalog.resolveRegion("江西")).name).to.equal("江西省");
  });

  it("answers an unknown region with a Chinese message and suggestions", () => {
    const error = errorOf(catalog.resolveRegion("内蒙古省份"));
    expect(error.code).to.equal("REGION_NOT_FOUND");
    expect(error.category).to.equal("not_found");
    expect(error.message.zh).to.equal("未找到地区“内蒙古省份”，您是否要找：内蒙古自治区？");
  });

  it("matches 新材料 and 新材料产业 to the same sector", () => {
    const a = value(catalog.list({ region: "内蒙古", plan: "000", sector: "新材料" }));
    const b = value(catalog.list({ region: "内蒙古", plan: "000", sector: "新材料产业" }));
    expect(a.length).to.be.greaterThan(50);
    expect(b.map((e) => e.record.id)).to.deep.equal(a.map((e) => e.record.id));
  });

  it("accepts a leaf sector alone, and a path with › or /", () => {
    const leaf = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 }));
    const path = value(catalog.target({ region: "内蒙古", sector: "新材料›稀土新材料", metric: "产值", year: 2025 }));
    const slash = value(catalog.target({ region: "内蒙古", sector: "新材料/稀土新材料", metric: "产值", year: 2025 }));
    expect(path.entry.record.id).to.equal(leaf.entry.record.id);
    expect(slash.entry.record.id).to.equal(leaf.entry.record.id);
  });

  it("suggests the nearest sector for a miss: 未找到行业“稀土材料”，您是否要找：稀土新材料？", () => {
    const error = errorOf(catalog.target({ region: "内蒙古", sector: "稀土材料", metric: "产值" }));
    expect(error.code).to.equal("SECTOR_NOT_FOUND");
    expect(error.suggestions[0]).to.equal("稀土新材料");
    expect(error.message.zh).to.match(/^未找到行业“稀土材料”，您是否要找：稀土新材料/);
  });

  it("resolves a typo's correct name through the plan's sector aliases (石黑烯 → 石墨烯)", () => {
    const typo = value(catalog.list({ region: "内蒙古", plan: "000", sector: "石黑烯" }));
    const right = value(catalog.list({ region: "内蒙古", plan: "000", sector: "石墨烯" }));
    expect(right.length).to.be.greaterThan(0);
    expect(typo.map((e) => e.record.id)).to.deep.equal(right.map((e) => e.record.id));
  });

  it("folds full-width characters and spaces in every argument", () => {
    const answer = value(catalog.target({ region: "内蒙古 ", sector: " 稀土新材料", metric: "产 值", year: 2025 }));
    expect(answer.entry.record.value).to.equal(350);
  });

  it("keeps different measures apart: 产能 is not 新增产能", () => {
    const added = value(catalog.list({ region: "内蒙古", plan: "000", metric: "新增产能" }));
    const total = value(catalog.list({ region: "内蒙古", plan: "000", metric: "产能" }));
    expect(added.length).to.be.greaterThan(0);
    expect(total.length).to.be.greaterThan(0);
    expect(added.every((e) => e.record.metric === "新增产能")).to.equal(true);
    expect(total.some((e) => e.record.metric === "新增产能")).to.equal(false);
  });

  it("accepts true metric synonyms only: 主营收入 = 主营业务收入", () => {
    const answer = value(catalog.target({ region: "河南", sector: "新型材料业", metric: "主营收入" }));
    expect(answer.entry.record.value).to.equal(7000);
  });

  it("finds a plan by id, by title words and by seed file name", () => {
    expect(value(catalog.resolvePlan("000")).id).to.equal("000");
    expect(value(catalog.resolvePlan("镁基材料")).id).to.equal("002");
    expect(value(catalog.resolvePlan("003_861d4035dc004c41.txt")).id).to.equal("003");
    expect(errorOf(catalog.resolvePlan("火星规划")).code).to.equal("PLAN_NOT_FOUND");
  });
});

describe("suggestions: absurdly long names", () => {
  const candidate = "稀".repeat(70);

  it("match a long name by containment only: no edit distance over a pasted paragraph", () => {
    const oneOff = "稀".repeat(69) + "土";
    expect(oneOff.length).to.be.greaterThan(FUZZY_LIMIT);
    // One character off would be close by edit distance, but a name this long is not compared that way.
    expect(nearest(oneOff, [candidate])).to.deep.equal([]);
    expect(nearest(`${candidate}产值`, [candidate, "产值"])).to.have.members([candidate, "产值"]);
  });

  it("still match short names fuzzily (the check can fail)", () => {
    const short = "稀".repeat(FUZZY_LIMIT - 1) + "土";
    expect(nearest(short, ["稀".repeat(FUZZY_LIMIT)])).to.deep.equal(["稀".repeat(FUZZY_LIMIT)]);
  });
});
