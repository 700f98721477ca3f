import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  childSums,
  conflicts,
  droppedFigures,
  growthChecks,
  reportMarkdown,
  versionDifferences,
} from "../../src/core/report";
import { seedCatalog } from "../support/seeds";

describe("consistency report (npm run data:report)", () => {
  const catalog = seedCatalog();

  it("lists the version differences 2300/3000, 400/750, 350/700", () => {
    const pairs = versionDifferences(catalog).map(({ a, b }) => [a.record.value, b[0]!.record.value]);
    expect(pairs).to.deep.include.members([
      [2300, 3000],
      [400, 750],
      [350, 700],
    ]);
  });

  it("reports differences beyond the value: the threshold word (达到 vs 超) and 力争 in one version only", () => {
    const differs = versionDifferences(catalog).map((p) => `${p.a.record.id}:${p.differences.join("+")}`);
    expect(differs).to.include("000-L6-1:aspiration"); // 力争 in 000 only
    expect(differs).to.include("000-L41-2:threshold"); // 产值达到 vs 产值超 10亿元
  });

  it("compares 001D's 7户 with 000's 5户 + 2户 as one sum: the same count, a different threshold word", () => {
    const combined = versionDifferences(catalog).find((p) => p.a.record.id === "001D-L309-1");
    expect(combined?.b.map((e) => e.record.value)).to.deep.equal([5, 2]);
    expect(combined?.differences).to.deep.equal(["threshold"]);
    // the lookups say the same: 000's 5户 for 高性能铝材, with 001D's combined 7户 named beside it
    const answer = catalog.target({ region: "内蒙古", sector: "高性能铝材", metric: "企业" });
    expect(answer.ok && answer.value.entry.record.value).to.equal(5);
    expect(answer.ok && answer.value.combined.map((e) => e.record.id)).to.deep.equal(["001D-L309-1"]);
  });

  it("lists the targets one version drops", () => {
    const dropped = droppedFigures(catalog).find((d) => d.from === "000" && d.to === "001D");
    expect(dropped?.entries.length).to.be.greaterThan(0);
    expect(dropped?.entries.every((e) => e.plan.id === "000")).to.equal(true);
  });

  it("flags children that do not sum to their parent, without summing anything into the data", () => {
    const a = childSums(catalog).find((w) => w.parent.plan.id === "001A" && w.parent.metricLabel === "产值");
    expect(a?.parent.record.value).to.equal(4000);
    expect(a?.sum).to.equal(2990);
    expect(childSums(catalog).some((w) => w.parent.plan.id === "001E")).to.equal(false); // 40+230+30+50 = 350
  });

  it("compares Henan's stated 年均增长10%以上 with the implied 8.78%", () => {
    const henan = growthChecks(catalog).find((g) => g.growth.plan.id === "003");
    expect(henan?.impliedRate).to.be.closeTo(0.0878, 1e-4);
    expect(henan?.growth.record.value).to.equal(10);
  });

  it("finds the within-plan conflicts of 001F", () => {
    const whats = conflicts(catalog).map((g) => g.what);
    expect(whats.some((w) => w.includes("工业互联网平台普及率"))).to.equal(true);
  });

  it("is the report printed in the README (refresh with npm run data:report -- --write)", () => {
    const readme = readFileSync(resolve(__dirname, "..", "..", "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("<!-- data-report:start -->") + "<!-- data-report:start -->".length,
      readme.indexOf("<!-- data-report:end -->"),
    );
    expect(section.trim()).to.equal(reportMarkdown(catalog).trim());
  });
});
