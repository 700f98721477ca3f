/** Lookups in the plan's own words: every target-like record is reached by what its plan calls it. */
import { expect } from "chai";
import { answersLookup } from "../../src/core/kinds";
import { sameAmount } from "../../src/core/catalog";
import { errorOf, seedCatalog, value } from "../support/seeds";

const catalog = seedCatalog();

describe("lookups in the plan's own words", () => {
  it("every target-like record answers to its own leaf sector, metric label, year and plan (or is listed beside the answer)", () => {
    const misses: string[] = [];
    let checked = 0;
    for (const entry of catalog.entries.filter((e) => answersLookup(e.record.kind))) {
      const r = entry.record;
      const answer = catalog.target({
        region: entry.region.name,
        sector: r.sector.at(-1)!,
        metric: entry.metricLabel,
        year: r.year,
        plan: entry.plan.id,
      });
      checked++;
      if (!answer.ok) {
        misses.push(`${r.id}: ${answer.error.code} ${answer.error.message.zh}`);
        continue;
      }
      const all = [answer.value.entry, ...answer.value.others, ...answer.value.agreeing];
      if (!all.some((e) => e.record.id === r.id || (e.plan === entry.plan && sameAmount(e, entry)))) {
        misses.push(`${r.id}: answered ${answer.value.entry.record.id}`);
      }
    }
    expect(misses).to.deep.equal([]);
    expect(checked).to.be.greaterThan(300);
  });

  it("pins a plan by seed file name or bundle number, then resolves by sector", () => {
    const byFile = value(
      catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", plan: "001_ffb1d88e27a1f2f1.txt" }),
    );
    expect([byFile.entry.plan.id, byFile.entry.record.value]).to.deep.equal(["001D", 700]);
    const byNumber = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", plan: "001" }));
    expect(byNumber.entry.plan.id).to.equal("001D");
    // pinned to 000, the other version's differing figure is still named
    const pinned = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", plan: "000" }));
    expect(pinned.others.map((e) => [e.plan.id, e.record.value])).to.deep.equal([["001D", 700]]);
  });

  it("reaches a figure by the words the plan uses for it: 风电整机及其零部件", () => {
    const wind = value(catalog.target({ region: "内蒙古", sector: "风电整机及其零部件", metric: "产能" }));
    expect([wind.entry.record.line, wind.entry.record.value]).to.deep.equal([111, 800]);
  });

  it("answers a recurring target (每年…) for any year of its plan", () => {
    const recurring = catalog.entries.find((e) => e.record.yearBasis === "recurring" && answersLookup(e.record.kind));
    expect(recurring, "the seeds have a recurring target").to.not.equal(undefined);
    const e = recurring!;
    for (const year of [e.plan.period.start, e.plan.period.end]) {
      const answer = value(
        catalog.target({ region: e.region.name, sector: e.sectorLabel, metric: e.metricLabel, year, plan: e.plan.id }),
      );
      expect(answer.entry.record.id).to.equal(e.record.id);
    }
  });

  it("answers a plan dated by a relative period (用三年时间) without a year, by its own latest year", () => {
    const relative = catalog.entries.find(
      (e) => e.record.yearBasis === "relative" && answersLookup(e.record.kind) && e.record.year !== e.plan.period.end,
    );
    expect(relative, "the seeds have a relative-period target").to.not.equal(undefined);
    const e = relative!;
    const answer = value(
      catalog.target({ region: e.region.name, sector: e.sectorLabel, metric: e.metricLabel, plan: e.plan.id }),
    );
    expect(answer.entry.record.year).to.equal(e.record.year);
  });

  it("says what exists on a miss: 江西 新材料 产值 lists the sector's metrics", () => {
    const error = errorOf(catalog.target({ region: "江西", sector: "新材料", metric: "产值" }));
    expect(error.code).to.equal("METRIC_NOT_FOUND");
    expect(error.message.zh).to.match(/该行业的指标有：.*规模/);
  });
});
