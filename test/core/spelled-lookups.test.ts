import { expect } from "chai";
import { Catalog, type TargetQuery } from "../../src/core/catalog";
import { SuggestionIndex } from "../../src/core/suggest";
import { EVERY_YEAR, type YearAsked } from "../../src/core/vocabulary";
import { seedDataset } from "../support/seeds";

/** The question with its sector typed another way (a trailing ideographic space): the full resolution answers it. */
function respelled(query: TargetQuery): TargetQuery {
  return { ...query, sector: `${query.sector}\u3000` };
}

describe("lookups that spell their names as the records do", () => {
  it("answer every question of the seeds as the full resolution does (sector as a name or a path, pinned or not)", () => {
    const catalog = new Catalog(seedDataset());
    let answered = 0;
    for (const { record, region, plan, sectorLabel, metricLabel } of catalog.entries) {
      for (const sector of [sectorLabel, record.sector.at(-1)!]) {
        for (const metric of [metricLabel, record.metric]) {
          for (const year of [record.year ?? EVERY_YEAR, null, 2025, EVERY_YEAR] as YearAsked[]) {
            for (const pin of [plan.id, null]) {
              const query: TargetQuery = { region: region.name, sector, metric, year, plan: pin };
              const fast = catalog.target(query);
              const full = catalog.target(respelled(query));
              expect(fast.ok, JSON.stringify(query)).to.equal(full.ok);
              if (fast.ok && full.ok) {
                expect(fast.value, JSON.stringify(query)).to.equal(full.value);
                answered++;
              } else if (!fast.ok && !full.ok) {
                expect(fast.error.code, JSON.stringify(query)).to.equal(full.error.code);
              }
            }
          }
        }
      }
    }
    expect(answered).to.be.greaterThan(1000);
  });

  it("give one answer object per record, whichever spelling and pin asked for it", () => {
    const catalog = new Catalog(seedDataset());
    const asked = [
      { region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 },
      { region: "内蒙古自治区", sector: "新材料›稀土新材料", metric: "产值", year: 2025, plan: "000" },
      { region: "nm", sector: " 稀土新材料 ", metric: "产值", year: 2025 },
    ].map((query) => catalog.target(query));
    const [first, ...others] = asked;
    expect(first!.ok).to.equal(true);
    for (const other of others) expect(other).to.equal(first);
  });

  it("work out a missing sector's suggestions once, not once at the node and again below it", () => {
    const catalog = new Catalog(seedDataset());
    const prototype = SuggestionIndex.prototype;
    const nearest = Object.getOwnPropertyDescriptor(prototype, "nearest")!;
    let calls = 0;
    Object.defineProperty(prototype, "nearest", {
      ...nearest,
      value(this: SuggestionIndex, ...args: Parameters<SuggestionIndex["nearest"]>): string[] {
        calls++;
        return (nearest.value as SuggestionIndex["nearest"]).apply(this, args);
      },
    });
    try {
      const miss = catalog.target({ region: "内蒙古", sector: "稀土新材斓", metric: "产值", year: 2025 });
      expect(miss.ok).to.equal(false);
      expect(!miss.ok && miss.error.code).to.equal("SECTOR_NOT_FOUND");
      expect(!miss.ok && miss.error.suggestions).to.include("稀土新材料");
    } finally {
      Object.defineProperty(prototype, "nearest", nearest);
    }
    expect(calls).to.equal(1);
  });
});
