import { expect } from "chai";
import { Listing } from "../../src/core/catalog-listing";
import { Locator } from "../../src/core/catalog-locate";
import { CatalogNames } from "../../src/core/catalog-names";
import { RecordIndex } from "../../src/core/record-index";
import { EVERY_YEAR } from "../../src/core/vocabulary";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { value } from "../support/seeds";

const dataset = fixtureCatalog([
  fixturePlan("900", [
    fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100),
    fixtureRecord("900-L2-1", 2, "2020年甲材料产值50亿元", 50, { kind: "baseline", year: 2020 }),
  ]),
  fixturePlan("901", [
    fixtureRecord("901-L3-1", 3, "甲材料产值达到120亿元", 120, {
      sector: ["材料", "乙材料"],
      year: null,
      yearBasis: "recurring",
    }),
  ]),
]).dataset;

function listing(): Listing {
  const names = new CatalogNames(dataset);
  const index = new RecordIndex(dataset, names);
  return new Listing(new Locator(names, index), index);
}

describe("listing: records by filter, the sector tree, a node's metrics", () => {
  const ids = (entries: readonly { record: { id: string } }[]): string[] => entries.map((e) => e.record.id);

  it("lists a node and everything under it, narrowed by plan, year (每年 included) and kind", () => {
    const list = listing();
    expect(ids(value(list.list({ sector: "材料" })))).to.deep.equal(["900-L1-1", "900-L2-1", "901-L3-1"]);
    expect(ids(value(list.list({ sector: "材料", plan: "901" })))).to.deep.equal(["901-L3-1"]);
    expect(ids(value(list.list({ year: 2020 })))).to.deep.equal(["900-L2-1"]);
    expect(ids(value(list.list({ year: EVERY_YEAR })))).to.deep.equal(["901-L3-1"]);
    expect(ids(value(list.list({ kinds: ["baseline"] })))).to.deep.equal(["900-L2-1"]);
  });

  it("refuses a filter that names nothing rather than listing nothing", () => {
    const wrong = listing().list({ region: "测试", sector: "丙材料" });
    expect(wrong.ok).to.equal(false);
    if (!wrong.ok) expect(wrong.error.code).to.equal("SECTOR_NOT_FOUND");
  });

  it("counts the records at each node of the tree and below it", () => {
    const [root] = value(listing().sectorTree({ region: "测试" }));
    expect(root?.label).to.equal("材料");
    expect(root?.count).to.equal(3);
    expect(root?.children.map((n) => [n.label, n.count])).to.deep.equal([
      ["材料›甲材料", 2],
      ["材料›乙材料", 1],
    ]);
  });

  it("lists a node's metrics, or those of its sub-nodes when it has none of its own", () => {
    expect(value(listing().metrics("测试", "甲材料"))).to.deep.equal(["产值"]);
    expect(value(listing().metrics("测试", "材料"))).to.deep.equal(["产值"]);
  });
});
