import { expect } from "chai";
import { errorOf, seedCatalog } from "../support/seeds";

describe("a metric miss names the sector only when one was asked for", () => {
  const catalog = seedCatalog();

  it("list({ metric }) without a sector: 未找到指标“…”, no empty 行业“”", () => {
    const error = errorOf(catalog.list({ metric: "不存在的指标" }));
    expect(error.code).to.equal("METRIC_NOT_FOUND");
    expect(error.message.zh).to.match(/^未找到指标“不存在的指标”/);
    expect(error.message.en).to.match(/^No metric "不存在的指标"/);
    expect(error.message.zh).to.not.include("行业");
  });

  it("with a sector it says which sector has no such metric", () => {
    const error = errorOf(catalog.list({ sector: "稀土新材料", metric: "不存在的指标" }));
    expect(error.message.zh).to.match(/^行业“稀土新材料”没有指标“不存在的指标”/);
  });
});
