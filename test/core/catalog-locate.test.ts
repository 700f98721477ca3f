import { expect } from "chai";
import { CatalogNames } from "../../src/core/catalog-names";
import { Locator, pathMatches } from "../../src/core/catalog-locate";
import { RecordIndex } from "../../src/core/record-index";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { value } from "../support/seeds";

const dataset = fixtureCatalog([
  fixturePlan("900", [
    fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100),
    fixtureRecord("900-L2-1", 2, "2020年甲材料产值50亿元", 50, { kind: "baseline", year: 2020 }),
  ]),
  fixturePlan("901", [
    fixtureRecord("901-L3-1", 3, "甲材料产值达到120亿元", 120, { sector: ["材料", "乙材料"], bound: "approx" }),
  ]),
]).dataset;

function locator(): Locator {
  const names = new CatalogNames(dataset);
  return new Locator(names, new RecordIndex(dataset, names));
}

describe("sector and metric resolution over the index", () => {
  it("matches a path's earlier segments as ancestors in order (the index has picked the node by the last)", () => {
    const keys = ["能源", "材料", "甲材料"];
    expect(pathMatches(["材料", "甲材料"], keys, false)).to.equal(true);
    expect(pathMatches(["能源", "材料", "甲材料"], keys, false)).to.equal(true);
    expect(pathMatches(["化工", "甲材料"], keys, false)).to.equal(false);
    expect(pathMatches(["材料", "能源", "甲材料"], keys, false)).to.equal(false);
    expect(pathMatches(["能源", "材料"], keys, true)).to.equal(true);
    expect(pathMatches(["甲材料", "材料"], keys, true)).to.equal(false);
  });

  it("finds one figure's records of every kind and year, named for messages", () => {
    const found = value(locator().locate({ region: "测试", sector: "材料›甲材料", metric: "产值" }));
    expect(found.pool.map((i) => i.entry.record.id)).to.deep.equal(["900-L1-1", "900-L2-1"]);
    expect(found.what).to.equal("甲材料·产值");
  });

  it("says a parent node is ambiguous when its figures sit on several sub-nodes", () => {
    const found = locator().locate({ region: "测试", sector: "材料", metric: "产值" });
    expect(found.ok).to.equal(false);
    if (!found.ok) expect(found.error.code).to.equal("SECTOR_AMBIGUOUS");
  });

  it("names the nearest sector on a miss, and the plan that has it when a pin leaves it out", () => {
    const miss = locator().locate({ region: "测试", sector: "丙材料", metric: "产值" });
    expect(miss.ok).to.equal(false);
    if (!miss.ok) {
      expect(miss.error.code).to.equal("SECTOR_NOT_FOUND");
      expect(miss.error.suggestions).to.include("甲材料");
    }
    const pinned = locator().locate({ region: "测试", sector: "乙材料", metric: "产值", plan: "900" });
    expect(pinned.ok).to.equal(false);
    if (!pinned.ok) {
      expect(pinned.error.code).to.equal("NOT_IN_PINNED_PLAN");
      expect(pinned.error.message.en).to.contain("901");
    }
  });

  it("remembers a scope per locator: the same answer object on a second ask, a fresh one elsewhere", () => {
    const one = locator();
    expect(one.scope("测试", "900")).to.equal(one.scope("测试", "900"));
    expect(one.scope("测试", "900")).to.not.equal(locator().scope("测试", "900"));
  });
});
