import { expect } from "chai";
import { CatalogNames } from "../../src/core/catalog-names";
import type { Dataset } from "../../src/core/dataset";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { value } from "../support/seeds";

const record = fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100);
const fixture = fixtureCatalog([
  fixturePlan("900", [record], { title: "测试省新材料产业发展规划" }),
  fixturePlan("900B", [{ ...record, id: "900B-L1-1" }], { title: "测试省稀土产业行动方案" }),
]).dataset;
// The alias tables, hand-made: 甲类材料 is 甲材料, 总产值 is 产值.
const dataset: Dataset = { ...fixture, aliases: { sectors: { 甲材料: ["甲类材料"] }, metrics: { 产值: ["总产值"] } } };

describe("catalogue names: regions, plans and the keys of sector and metric names", () => {
  const names = new CatalogNames(dataset);

  it("resolves a region by name, alias, suffix, code and ISO code", () => {
    for (const input of ["测试省", "测试", " 测试 ", "990000", "cn-zz", "CN-ZZ"])
      expect(value(names.resolveRegion(input)).name, input).to.equal("测试省");
  });

  it("answers an unknown region with the nearest region names", () => {
    const miss = names.resolveRegion("测验省");
    expect(miss.ok).to.equal(false);
    if (!miss.ok) {
      expect(miss.error.code).to.equal("REGION_NOT_FOUND");
      expect(miss.error.suggestions).to.deep.equal(["测试省"]);
    }
  });

  it("resolves a plan pin by id, by document (every plan of it) and by title words, within a region", () => {
    const region = value(names.resolveRegion("测试"));
    expect(value(names.resolvePlans("900b", region)).map((p) => p.id)).to.deep.equal(["900B"]);
    expect(value(names.resolvePlans("900", region)).map((p) => p.id)).to.deep.equal(["900"]);
    expect(value(names.resolvePlans("900_0000000000000000.txt")).map((p) => p.id)).to.deep.equal(["900", "900B"]);
    expect(value(names.resolvePlans("稀土")).map((p) => p.id)).to.deep.equal(["900B"]);
    const several = names.resolvePlan("测试省");
    expect(several.ok).to.equal(false);
    if (!several.ok) expect(several.error.code).to.equal("PLAN_AMBIGUOUS");
    const none = names.resolvePlans("不存在的规划");
    expect(none.ok).to.equal(false);
    if (!none.ok) expect(none.error.code).to.equal("PLAN_NOT_FOUND");
  });

  it("folds sector and metric names through the alias tables, suffixes and width", () => {
    expect(names.sectorNodeKey("甲类材料产业")).to.equal(names.sectorNodeKey("甲材料"));
    expect(names.typedSectorPath("材料 › 甲类材料")).to.deep.equal([
      names.sectorNodeKey("材料"),
      names.sectorNodeKey("甲材料"),
    ]);
    expect(names.sectorNodeKey("乙材料")).to.not.equal(names.sectorNodeKey("甲材料"));
    expect(names.typedMetric("总产值")).to.equal(names.metricNameKey("产值"));
    expect(names.typedMetric("产值数量")).to.equal(names.metricNameKey("产值"));
  });

  it("keeps each catalogue's names its own: another dataset's aliases do not leak in", () => {
    const plain = new CatalogNames(fixture);
    expect(plain.sectorNodeKey("甲类材料")).to.not.equal(plain.sectorNodeKey("甲材料"));
    expect(names.sectorNodeKey("甲类材料")).to.equal(names.sectorNodeKey("甲材料"));
  });
});
