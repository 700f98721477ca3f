import { expect } from "chai";
import { unclaimed } from "../../src/core/completeness";
import { findMentions, unclaimedMentions } from "../../src/core/scan";
import { seedDataset } from "../support/seeds";

describe("completeness scanner", () => {
  it("finds numbers with decimals, ranges' ends and magnitude words", () => {
    const texts = findMentions("产值达到2300亿元左右，建设2—3个平台，约1.2亿平米，打造千亿级集群，实现倍增").map((m) => m.text);
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

describe("completeness of the curated plans", () => {
  it("leaves no number in a curated plan's lines unclaimed by a record or an exclusion", () => {
    const dataset = seedDataset();
    const ranges = dataset.plans.map((p) => ({ document: p.document, from: p.lines[0], to: p.lines[1] }));
    const missing = unclaimed(dataset, ranges).map((m) => `${m.document}:${m.line} "${m.text}"`);
    expect(missing).to.deep.equal([]);
  });
});
