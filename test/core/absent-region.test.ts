import { expect } from "chai";
import { Catalog } from "../../src/core/catalog";
import { messageFor } from "../../src/core/errors";
import { seedCatalog } from "../support/seeds";

/** The seeds as a sharded dataset holds them when 安徽's shard is not in memory (or failed to load). */
function without(region: string, absence: "loading" | "failed"): Catalog {
  const { dataset } = seedCatalog();
  const why =
    absence === "loading"
      ? ({ state: "loading" } as const)
      : ({ state: "failed", detail: { zh: "文件已损坏", en: "the file is damaged" } } as const);
  return new Catalog({
    ...dataset,
    plans: dataset.plans.filter((p) => p.region !== region),
    absent: new Map([[region, why]]),
  });
}

describe("a region whose records are not held (a shard not loaded)", () => {
  const query = { region: "安徽", sector: "新材料", metric: "产值", year: 2025 };

  it("answers that its data is loading, naming the region, and says which region it waits for", () => {
    const answer = without("安徽省", "loading").target(query);
    expect(answer.ok).to.equal(false);
    if (answer.ok) return;
    expect(answer.error.code).to.equal("REGION_LOADING");
    expect(answer.error.category).to.equal("not_found");
    expect(messageFor(answer.error, "zh")).to.equal("正在载入安徽省数据…");
    expect(answer.error.waitingFor).to.equal("安徽省");
  });

  it("a failed shard says why, and the other regions still answer", () => {
    const catalog = without("安徽省", "failed");
    const answer = catalog.target(query);
    expect(answer.ok).to.equal(false);
    if (answer.ok) return;
    expect(answer.error.code).to.equal("REGION_UNAVAILABLE");
    expect(messageFor(answer.error, "zh")).to.equal("安徽省数据未能载入：文件已损坏");
    expect(answer.error.waitingFor).to.equal(undefined);
    const held = catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(held.ok, JSON.stringify(held)).to.equal(true);
  });

  it("a listing over every region waits rather than answering from part of the nation", () => {
    for (const call of [
      () => without("安徽省", "loading").list({}),
      () => without("安徽省", "loading").sectorTree({}),
      () => without("安徽省", "loading").list({ region: "安徽" }),
      () => without("安徽省", "loading").metrics("安徽", "新材料"),
    ]) {
      const result = call();
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.code).to.equal("REGION_LOADING");
    }
    expect(without("安徽省", "loading").list({ region: "内蒙古" }).ok).to.equal(true);
  });
});
