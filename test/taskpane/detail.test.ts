/** The detail model: the figure marked in its quote, other plans' differing figures, the path points. */
import { expect } from "chai";
import { pathPoints } from "../../src/core/assess";
import { detailOf, highlightFigure } from "../../src/taskpane/detail/detail";
import { browseTree, entriesUnder } from "../../src/taskpane/browse/browse";
import { seedCatalog, value } from "../support/seeds";

const catalog = seedCatalog();

describe("taskpane detail", () => {
  it("marks the number in the source sentence", () => {
    const detail = detailOf(catalog, value(catalog.record("000-L17-7")));
    expect(detail.quote).to.deep.equal([
      { text: "稀土新材料产值达到", highlight: false },
      { text: "350", highlight: true },
      { text: "亿元", highlight: false },
    ]);
  });

  it("marks a range as one piece, and never digits inside a longer number", () => {
    expect(highlightFigure("建设2—3个实验室", ["2", "3"]).filter((s) => s.highlight)).to.deep.equal([
      { text: "2—3", highlight: true },
    ]);
    expect(highlightFigure("从1350到350亿元", ["350"]).map((s) => s.text)).to.deep.equal(["从1350到", "350", "亿元"]);
    expect(highlightFigure("产值３５０亿元", ["350"]).filter((s) => s.highlight)).to.deep.equal([
      { text: "３５０", highlight: true },
    ]);
  });

  it("lists other plans' different figures for the same thing (000: 350 vs 001D: 700)", () => {
    const detail = detailOf(catalog, value(catalog.record("000-L17-7")));
    expect(detail.differing.map((e) => [e.plan.id, e.record.value])).to.deep.equal([["001D", 700]]);
    const other = detailOf(catalog, value(catalog.record("001D-L285-7")));
    expect(other.differing.map((e) => [e.plan.id, e.record.value])).to.deep.equal([["000", 350]]);
  });

  it("lists the other version's differing threshold word (000 产值达到200亿元 vs 001D 产值超200亿元) as differing", () => {
    const detail = detailOf(catalog, value(catalog.record("000-L39-1")));
    expect(detail.differing.map((e) => e.record.id)).to.deep.equal(["001D-L308-1"]);
  });

  it("has a level and path points from the baseline or the current value to the target", () => {
    const detail = detailOf(catalog, value(catalog.record("000-L17-7")));
    expect(detail.level).to.deep.equal({ value: 350, year: 2025 });
    expect(pathPoints(detail.level, detail.baseline, null).map((p) => p.role)).to.deep.equal(["target"]);
    expect(pathPoints(detail.level, detail.baseline, { value: 200, year: 2023 })).to.deep.equal([
      { year: 2023, value: 200, role: "current" },
      { year: 2025, value: 350, role: "target" },
    ]);
    const withBaseline = catalog.entries.find((e) => e.record.kind === "target" && catalog.baselineOf(e) !== null)!;
    const based = detailOf(catalog, withBaseline);
    expect(pathPoints(based.level, based.baseline, null).map((p) => p.role)).to.deep.equal(["baseline", "target"]);
  });
});

describe("taskpane browse", () => {
  it("counts records per region, plan and sector node; a node lists its records and those below", () => {
    const tree = browseTree(catalog);
    expect(tree.reduce((sum, r) => sum + r.count, 0)).to.equal(catalog.entries.length);
    const inner = tree.find((r) => r.region.name === "内蒙古自治区")!;
    const plan000 = inner.plans.find((p) => p.plan.id === "000")!;
    expect(plan000.sectors.reduce((sum, s) => sum + s.count, 0)).to.equal(plan000.count);
    const node = plan000.sectors[0]!.children.find((c) => c.name === "稀土新材料")!;
    const listed = entriesUnder(catalog, { kind: "sector", region: "内蒙古自治区", plan: "000", sector: node.label });
    expect(listed.length).to.equal(node.count);
    expect(entriesUnder(catalog, { kind: "all" }).length).to.equal(catalog.entries.length);
  });
});
