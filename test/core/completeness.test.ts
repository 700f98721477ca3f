import { expect } from "chai";
import { unclaimed } from "../../src/core/completeness";
import { findMentions, unclaimedMentions } from "../../src/core/scan";
import { seedDataset } from "../support/seeds";

describe("completeness scanner", () => {
  it("finds numbers with decimals, ranges' ends and magnitude words", () => {
    const texts = findMentions("产值达到2300亿元左右，建设2—3个平台，约1.2亿平米，打造千亿级集群，实现倍增").map(
      (m) => m.text,
    );
    expect(texts).to.deep.equal(["2300", "2", "3", "1.2", "千亿级", "倍增"]);
  });

  it("skips outline numbering at the start of a line and 专栏 numbers", () => {
    expect(findMentions("（3）专栏2 新增产能40万吨").map((m) => m.text)).to.deep.equal(["40"]);
    expect(findMentions("2．培育企业5户").map((m) => m.text)).to.deep.equal(["5"]);
  });

  it("counts a mention as claimed only inside a claimed substring", () => {
    const line = "到2025年，产能达到213万吨，新增40万吨";
    expect(unclaimedMentions(line, ["产能达到213万吨"]).map((m) => m.text)).to.deep.equal(["2025", "40"]);
  });
});

describe("completeness of all five documents", () => {
  it("leaves no number on any line of any document unclaimed by a record or an exclusion", () => {
    const missing = unclaimed(seedDataset()).map((m) => `${m.document}:${m.line} "${m.text}"`);
    expect(missing).to.deep.equal([]);
  });

  it("scans every line: the documents hold over 1,100 lines and the plans cover all of them but 001's header", () => {
    const dataset = seedDataset();
    const lines = Object.values(dataset.documents!).reduce((n, d) => n + d.length, 0);
    expect(lines).to.be.greaterThan(1100);
    const covered = new Set(
      dataset.plans.flatMap((p) =>
        Array.from({ length: p.lines[1] - p.lines[0] + 1 }, (_, i) => `${p.document}:${p.lines[0] + i}`),
      ),
    );
    const uncovered = Object.entries(dataset.documents!)
      .flatMap(([doc, ls]) => ls.map((_, i) => `${doc}:${i + 1}`))
      .filter((k) => !covered.has(k));
    expect(
      uncovered.every(
        (k) => /^001_.*:[1-3]$/.test(k) || k.endsWith(":" + String(dataset.documents![k.split(":")[0]!]!.length)),
      ),
    ).to.equal(true);
  });

  it("fails on a number nobody claims (the check can fail)", () => {
    const dataset = seedDataset();
    const plans = dataset.plans.map((p) =>
      p.id === "002" ? { ...p, records: p.records.filter((r) => r.line !== 17) } : p,
    );
    const missing = unclaimed({ ...dataset, plans }).map((m) => `${m.line}:${m.text}`);
    expect(missing).to.include("17:500");
  });
});
