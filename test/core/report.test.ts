import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { childSums, conflicts, growthChecks, reportMarkdown, versionDifferences } from "../../src/core/report";
import { seedCatalog } from "../support/seeds";

describe("consistency report (npm run data:report)", () => {
  const catalog = seedCatalog();

  it("lists the version differences 2300/3000, 400/750, 350/700", () => {
    const pairs = versionDifferences(catalog).map(({ a, b }) => [a.record.value, b.record.value]);
    expect(pairs).to.deep.include.members([
      [2300, 3000],
      [400, 750],
      [350, 700],
    ]);
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
