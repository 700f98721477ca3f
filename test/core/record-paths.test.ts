import { expect } from "chai";
import { CatalogNames } from "../../src/core/catalog-names";
import { RecordIndex } from "../../src/core/record-index";
import { seedDataset } from "../support/seeds";

describe("the record index: one sector path, worked out once", () => {
  const dataset = seedDataset();
  const names = new CatalogNames(dataset);
  const index = new RecordIndex(dataset, names);
  const byLabel = new Map<string, ReturnType<RecordIndex["everything"]>>();
  for (const i of index.everything()) {
    const list = byLabel.get(i.entry.sectorLabel) ?? [];
    byLabel.set(i.entry.sectorLabel, [...list, i]);
  }

  it("gives the records of one path the same keys and label, and keys equal to folding each name", () => {
    let shared = 0;
    for (const [label, records] of byLabel) {
      const [first, ...others] = records;
      expect(first!.sectorKeys).to.deep.equal(first!.entry.record.sector.map((name) => names.sectorNodeKey(name)));
      expect(first!.nodeKey).to.equal(first!.sectorKeys.join("›"));
      for (const other of others) {
        expect(other.sectorKeys, label).to.equal(first!.sectorKeys);
        expect(other.entry.sectorLabel).to.equal(label);
        shared++;
      }
    }
    expect(shared).to.be.greaterThan(100);
  });
});
