import { expect } from "chai";
import { CatalogNames } from "../../src/core/catalog-names";
import type { Dataset } from "../../src/core/dataset";
import { figureOfRegion, RecordIndex } from "../../src/core/record-index";
import type { Region } from "../../src/core/schema";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";

const fixture = fixtureCatalog([
  fixturePlan("900", [
    fixtureRecord("900-L4-1", 4, "甲材料产值达到100亿元", 100),
    fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100, { sector: ["材料"] }),
    fixtureRecord("900-L2-1", 2, "2020年甲材料产值50亿元", 50, { kind: "baseline", year: 2020 }),
  ]),
  fixturePlan("901", [fixtureRecord("901-L3-1", 3, "甲材料产值达到120亿元", 120, { bound: "approx" })]),
]).dataset;

/** A second region holding a copy of plan 900, whose records count how often they are read. */
function twoRegions(): { dataset: Dataset; reads: () => number } {
  const other: Region = { ...fixture.regions[0]!, name: "乙省", code: "980000", iso: "CN-YY", aliases: [] };
  const source = fixture.plans[0]!;
  let reads = 0;
  const copy = { ...source, id: "950", region: "乙省" };
  const records = source.records.map((r) => ({ ...r, id: r.id.replace("900", "950") }));
  Object.defineProperty(copy, "records", {
    get: () => {
      reads += 1;
      return records;
    },
  });
  return {
    dataset: { ...fixture, regions: [...fixture.regions, other], plans: [...fixture.plans, copy] },
    reads: () => reads,
  };
}

describe("the record index: built lazily per region, per catalogue", () => {
  it("indexes a region's records only when that region is first asked about", () => {
    const { dataset, reads } = twoRegions();
    const index = new RecordIndex(dataset, new CatalogNames(dataset));
    const first = index.region(dataset.regions[0]!);
    expect(first.indexed).to.have.length(4);
    expect(reads()).to.equal(0);
    expect(index.region(dataset.regions[0]!)).to.equal(first);
    expect(index.byRecordId("950-L2-1")?.entry.region.name).to.equal("乙省");
    expect(reads()).to.be.greaterThan(0);
  });

  it("gives every catalogue its own indexes", () => {
    const { dataset } = twoRegions();
    const names = new CatalogNames(dataset);
    const a = new RecordIndex(dataset, names);
    const b = new RecordIndex(dataset, names);
    expect(a.region(dataset.regions[0]!)).to.not.equal(b.region(dataset.regions[0]!));
    expect(a.byRecordId("900-L1-1")).to.not.equal(b.byRecordId("900-L1-1"));
  });

  it("keeps a node's records apart from those below it, and one figure's records together", () => {
    const index = new RecordIndex(fixture, new CatalogNames(fixture));
    const region = index.region(fixture.regions[0]!);
    const ids = (list: readonly { entry: { record: { id: string } } }[] | undefined): string[] =>
      (list ?? []).map((i) => i.entry.record.id);
    expect(ids(region.atNode.get("材料"))).to.deep.equal(["900-L1-1"]);
    expect(ids(region.underNode.get("材料"))).to.deep.equal(["900-L1-1", "900-L2-1", "900-L4-1", "901-L3-1"]);
    const target = index.byRecordId("900-L4-1")!;
    expect(ids(region.byFigure.get(figureOfRegion(target)))).to.deep.equal(["900-L2-1", "900-L4-1", "901-L3-1"]);
    expect([...region.baselines.values()].flat().map((i) => i.entry.record.id)).to.deep.equal(["900-L2-1"]);
  });

  it("orders records by plan, then line, and lists a scope's records in that order", () => {
    const index = new RecordIndex(fixture, new CatalogNames(fixture));
    expect(index.entries.map((e) => e.record.id)).to.deep.equal(["900-L1-1", "900-L2-1", "900-L4-1", "901-L3-1"]);
    const plans = new Set([fixture.plans[1]!, fixture.plans[0]!]);
    expect(index.recordsOf({ region: null, plans }).map((i) => i.entry.record.id)).to.deep.equal(
      index.entries.map((e) => e.record.id),
    );
    expect(index.byRecordId("999-L1-1")).to.equal(undefined);
  });
});
