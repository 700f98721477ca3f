/** What the 数据 section shows after a refresh: plans added, removed, changed, and each moved figure old → new. */
import { expect } from "chai";
import { diffCatalogs } from "../../src/data/diff";
import { catalogFromSnapshot } from "../../src/data/snapshot";
import { snapshotOf } from "../../src/data/publish";
import { stringsFor } from "../../src/taskpane/kit/i18n";
import { changeSummary } from "../../src/taskpane/data/changes";
import { republish, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

function catalogOf(published: Parameters<typeof snapshotOf>[0]) {
  const built = catalogFromSnapshot(snapshotOf(published));
  if (!built.ok) throw new Error("invalid");
  return built.catalog;
}

describe("the change summary of a refresh", () => {
  const v1 = compiledSeeds().published;

  it("lists every moved figure old → new with its citation", () => {
    const summary = changeSummary(diffCatalogs(catalogOf(v1), catalogOf(withRareEarth360(v1))), stringsFor("zh"));
    expect(summary.empty).to.equal(false);
    expect(summary.changed).to.deep.equal([
      {
        plan: "000 内蒙古自治区新材料产业高质量发展方案（2021-2025）",
        figures: [
          {
            what: "新材料›稀土新材料 · 产值 · 2025",
            before: "350亿元",
            after: "360亿元",
            citation: "000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到360亿元”",
          },
        ],
        notes: [],
      },
    ]);
    expect(summary.added).to.deep.equal([]);
    expect(summary.removed).to.deep.equal([]);
  });

  it("names plans removed and records dropped, and says when nothing changed", () => {
    const fewer = republish(v1, {
      generated: "2026-12-03T00:00:00Z",
      plans: { "002": (plan) => plan.records.pop() },
      remove: ["001I"],
    });
    const without = fewer;
    const summary = changeSummary(diffCatalogs(catalogOf(v1), catalogOf(without)), stringsFor("zh"));
    expect(summary.removed).to.deep.equal(["001I 低碳零碳工业园区建设实施方案"]);
    expect(summary.changed.map((c) => [c.plan.slice(0, 3), c.notes])).to.deep.equal([["002", ["删除记录 1 条"]]]);
    const same = changeSummary(diffCatalogs(catalogOf(v1), catalogOf(v1)), stringsFor("en"));
    expect(same.empty).to.equal(true);
  });
});
