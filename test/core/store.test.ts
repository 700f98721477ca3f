/** The live store swaps a dataset whole or not at all: malformed input, an empty dataset, failing listeners. */
import { expect } from "chai";
import { CatalogStore } from "../../src/data/store";
import type { RawDataset } from "../../src/data/validate";
import { readSeeds } from "../../src/node/seeds";
import { seedCatalog } from "../support/seeds";

describe("the live store", () => {
  const raw = readSeeds();

  it("answers malformed input with issues, never an exception, and keeps the data in use", () => {
    const store = new CatalogStore(seedCatalog());
    const before = store.catalog;
    const malformed: unknown[] = [
      null,
      "a string",
      { ...raw, plans: null },
      { ...raw, plans: [{ file: "x.json", content: null }] },
      { ...raw, documents: null },
      { ...raw, regions: 42 },
    ];
    for (const input of malformed) {
      const result = store.swap(input as RawDataset);
      expect(result.ok, JSON.stringify(input)?.slice(0, 40)).to.equal(false);
      if (!result.ok) expect(result.issues.length).to.be.greaterThan(0);
      expect(store.catalog).to.equal(before);
    }
  });

  it("refuses a dataset without a record", () => {
    const store = new CatalogStore(seedCatalog());
    const result = store.swap({ ...raw, plans: [] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.message.zh).to.include("没有任何规划记录");
  });

  it("tells every listener of a swap even when one of them fails", () => {
    const store = new CatalogStore(seedCatalog());
    const heard: string[] = [];
    store.subscribe(() => {
      throw new Error("a pane that is closing");
    });
    store.subscribe((catalog) => heard.push(catalog.dataset.version));
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(store.swap({ ...raw, version: "v2" }).ok).to.equal(true);
    } finally {
      console.error = original;
    }
    expect(heard).to.deep.equal(["v2"]);
    expect(store.catalog.dataset.version).to.equal("v2");
  });
});
