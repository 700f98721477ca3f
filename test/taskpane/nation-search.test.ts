/** Searching the regions not loaded through the names table: every word must be in a plan title, sector or metric. */
import { expect } from "chai";
import { namesTable, readNamesTable } from "../../src/data/names";
import { nationMatches } from "../../src/taskpane/search/nation";
import { seedCatalog } from "../support/seeds";

describe("the nation searched through the names table (regions not loaded)", () => {
  const table = namesTable(seedCatalog().dataset);
  const absent = new Set(["安徽省", "江西省", "河南省"]);

  it("the names table holds each region's plans, sector paths and metrics, and reads back", () => {
    const anhui = table.regions.find((r) => r.region === "安徽省")!;
    expect(anhui.plans.map((p) => [p.id, p.records])).to.deep.equal([["002", 8]]);
    expect(anhui.sectors).to.include("镁基材料");
    expect(anhui.metrics).to.include("规模");
    expect(readNamesTable(JSON.parse(JSON.stringify(table)))).to.deep.equal(table);
    expect(readNamesTable({ regions: [{ region: "安徽省", plans: [{ id: 1 }], sectors: [], metrics: [] }] })).to.equal(
      null,
    );
  });

  it("finds the regions whose names hold every word, most matches first, never a loaded one", () => {
    expect(nationMatches(table, "镁基", absent)).to.deep.equal([
      { region: "安徽省", plans: 1, sectors: 1, metrics: 0 },
    ]);
    expect(nationMatches(table, "新材料", absent).map((m) => m.region)).to.deep.equal(["江西省"]);
    expect(
      nationMatches(table, "河南", absent).map((m) => m.region),
      "the region's own name",
    ).to.deep.equal(["河南省"]);
    expect(nationMatches(table, "安徽 镁基", absent).map((m) => m.region)).to.deep.equal(["安徽省"]);
    expect(
      nationMatches(table, "稀土", absent).map((m) => m.region),
      "内蒙古 is loaded",
    ).to.deep.equal(["江西省"]);
    expect(nationMatches(table, "   ", absent)).to.deep.equal([]);
  });
});
