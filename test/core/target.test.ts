import { expect } from "chai";
import { errorOf, seedCatalog, value } from "../support/seeds";

describe("target(): lookups and the conflict rule", () => {
  const catalog = seedCatalog();

  it("answers 内蒙古 稀土新材料 产值 2025 with 350 亿元 from plan 000, line 17", () => {
    const { entry } = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 }));
    expect(entry.record.value).to.equal(350);
    expect(entry.record.unit).to.equal("亿元");
    expect(entry.plan.id).to.equal("000");
    expect(entry.plan.document).to.equal("000_7fb2c2560672e87d.txt");
    expect(entry.record.line).to.equal(17);
  });

  it("defaults the year to the plan's end year", () => {
    const bare = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值" }));
    expect(bare.entry.record.year).to.equal(bare.entry.plan.period.end);
    expect(bare.entry.record.value).to.equal(350);
  });

  it("answers Anhui's 镁基材料 规模 for 2027 (inherited from the heading sentence)", () => {
    const { entry } = value(catalog.target({ region: "安徽", sector: "镁基材料", metric: "规模" }));
    expect(entry.record.value).to.equal(500);
    expect(entry.record.year).to.equal(2027);
    expect(entry.record.bound).to.equal("gt");
    expect(entry.record.aspiration).to.equal(true);
  });

  it("answers Henan's 新型材料业 主营业务收入 2020 with 7000 亿元 and keeps the 2016 figure as a baseline", () => {
    const { entry } = value(
      catalog.target({ region: "河南", sector: "新型材料业", metric: "主营业务收入", year: 2020 }),
    );
    expect(entry.record.value).to.equal(7000);
    const base = value(catalog.baseline({ region: "河南", sector: "新型材料业", metric: "主营业务收入" }));
    expect(base.record.value).to.equal(5000);
    expect(base.record.year).to.equal(2016);
  });

  it("says which years exist when the asked year has no figure", () => {
    const error = errorOf(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2030 }));
    expect(error.code).to.equal("YEAR_NOT_FOUND");
    expect(error.message.zh).to.include("2025");
  });

  it("suggests the sector's metrics for an unknown metric", () => {
    const error = errorOf(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值额度" }));
    expect(error.code).to.equal("METRIC_NOT_FOUND");
    expect(error.suggestions).to.include("产值");
  });

  it("never sums children into a parent: a parent answers only its own stated figure", () => {
    const parent = value(catalog.target({ region: "内蒙古", sector: "先进钢铁材料", metric: "产能", plan: "000" }));
    const children = value(
      catalog.list({ region: "内蒙古", plan: "000", sector: "先进钢铁材料", metric: "产能" }),
    ).filter((e) => e.record.sector.length > parent.entry.record.sector.length && e.record.kind === "target");
    const sum = children.reduce((total, e) => total + e.record.value, 0);
    expect(parent.entry.record.value).to.equal(400);
    expect(sum).to.not.equal(400);
  });

  it("pins a plan with the plan argument", () => {
    const answer = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", plan: "000" }));
    expect(answer.entry.plan.id).to.equal("000");
  });

  it("treats a count with a threshold as its own metric: 企业（产值≥…）", () => {
    const metrics = value(catalog.metrics("内蒙古", "稀土新材料", "000"));
    expect(metrics.some((m) => /^企业（产值/.test(m))).to.equal(true);
  });

  it("excludes project sizes and specs from a bare lookup", () => {
    const projects = value(catalog.list({ region: "内蒙古", plan: "000", kinds: ["project"] }));
    expect(projects.length).to.be.greaterThan(20);
    const sample = projects[0]!;
    const result = catalog.target({
      region: "内蒙古",
      sector: sample.sectorLabel,
      metric: sample.metricLabel,
      year: sample.record.year,
      plan: "000",
    });
    if (result.ok) expect(result.value.entry.record.kind).to.not.equal("project");
    else expect(["NO_TARGET", "YEAR_NOT_FOUND"]).to.include(result.error.code);
  });
});
