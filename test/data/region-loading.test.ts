/**
 * A region not embedded, loaded the first time a cell asks for it: the cell says it is loading (never a wrong or
 * stale value), the page fetches the region's shard from the index in use, verifies it as a refresh does, keeps it
 * in the shard cache and recalculates; the next start answers from the cache without the network. A shard that is
 * damaged, missing or fails the verification leaves the other regions answering, and its cells say why.
 */
import { expect } from "chai";
import type { Catalog } from "../../src/core/catalog";
import { LiveData, type DatasetStorage, type ShardCache, type SwapCause } from "../../src/data/live-data";
import { snapshotOf, type PublishedDataset } from "../../src/data/publish";
import { catalogFromSnapshot } from "../../src/data/snapshot";
import { CatalogStore } from "../../src/data/store";
import { evaluate } from "../../src/functions/evaluate";
import { install, liveStore } from "../../src/functions/live";
import { DataServer } from "../support/data-server";
import { republish, shardFileOf, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

class MemoryShards implements ShardCache {
  readonly kept = new Map<string, string>();
  load(file: string): Promise<string | null> {
    return Promise.resolve(this.kept.get(file) ?? null);
  }
  save(file: string, text: string): Promise<void> {
    this.kept.set(file, text);
    return Promise.resolve();
  }
}

function storageWith(shards: ShardCache | null): DatasetStorage {
  const storage = { load: () => Promise.resolve(null), save: () => Promise.resolve(), clear: () => Promise.resolve() };
  return shards ? { ...storage, shards } : storage;
}

const MAGNESIUM = ["安徽", "镁基材料", "规模", 2027] as const;
const RARE_EARTH = ["内蒙古", "稀土新材料", "产值", 2025] as const;

function answer(catalog: Catalog, [region, sector, metric, year]: readonly [string, string, string, number]): string {
  const got = catalog.target({ region, sector, metric, year });
  return got.ok ? String(got.value.entry.record.value) : got.error.message.zh;
}

describe("a region loaded on first use (a shard fetched, verified, cached; the workbook recalculated)", function () {
  this.timeout(30_000);
  let server: DataServer;
  const v1 = compiledSeeds().published;

  // The functions' store is global: the other specs answer from the one installed before this one.
  let installed: ReturnType<typeof liveStore>;
  before(async () => {
    installed = liveStore();
    server = await new DataServer("/datasets/").start();
  });
  after(async () => {
    install(installed);
    await server.close();
  });

  /** The add-in as built with `--env embed=内蒙古`, its data server publishing `published`. */
  function start(published: PublishedDataset, shards: MemoryShards | null = new MemoryShards()) {
    server.publish(published);
    const snapshot = snapshotOf(published, (region) => region === "内蒙古自治区");
    const built = catalogFromSnapshot(snapshot);
    if (!built.ok) throw new Error("the embedded snapshot does not load");
    const store = new CatalogStore(built.catalog);
    const causes: SwapCause[] = [];
    const live = new LiveData({
      store,
      bundled: { snapshot, catalog: built.catalog, source: "bundled", indexUrl: server.indexUrl },
      storage: storageWith(shards),
      urlPolicy: { page: `${server.origin}/taskpane.html`, connectSrc: ["'self'"] },
      swapped: (_active, _version, cause) => {
        causes.push(cause);
        return true;
      },
    });
    return { store, live, shards, causes };
  }

  it("a cell first says the region is loading, then answers after the shard loads and the recalculation", async () => {
    const { store, live, shards, causes } = start(v1);
    install(store);
    server.requests.length = 0;
    const first = evaluate("TARGET", [...MAGNESIUM]);
    expect(first.ok).to.equal(false);
    if (first.ok) return;
    expect(first.error.message.zh).to.equal("正在载入安徽省数据…");
    expect(first.error.category, "#N/A").to.equal("not_found");
    const loaded = await live.loadRegion("安徽省");
    expect(loaded.ok, JSON.stringify(loaded)).to.equal(true);
    expect(causes).to.deep.equal(["shard"]);
    expect(server.requests).to.include(`/datasets/${shardFileOf(v1, "002")}`);
    expect(
      server.requests.some((r) => r.includes("150000")),
      "the embedded region is not fetched",
    ).to.equal(false);
    const after = evaluate("TARGET", [...MAGNESIUM]);
    expect(after.ok && after.value).to.equal(500);
    expect(answer(store.catalog, RARE_EARTH)).to.equal("350");
    expect([...shards!.kept.keys()]).to.deep.equal([shardFileOf(v1, "002")]);
  });

  it("three regions asked at once load side by side, each shard downloaded once (no shard cache)", async () => {
    const { live, store } = start(v1, null);
    server.requests.length = 0;
    const loads = await Promise.all(["安徽省", "江西省", "河南省"].map((region) => live.loadRegion(region)));
    expect(loads.every((l) => l.ok)).to.equal(true);
    expect(store.catalog.dataset.absent).to.equal(undefined);
    expect(answer(store.catalog, MAGNESIUM)).to.equal("500");
    const shards = server.requests.filter((r) => r.includes("/shards/"));
    expect(shards).to.have.length(3);
    expect(new Set(shards).size).to.equal(3);
  });

  it("the next start answers the region from the shard cache, without the network", async () => {
    const first = start(v1);
    await first.live.loadRegion("安徽省");
    const again = start(v1, first.shards);
    server.requests.length = 0;
    await again.live.restoreStored();
    expect(answer(again.store.catalog, MAGNESIUM)).to.equal("500");
    expect(server.requests.filter((r) => r.includes("shards/"))).to.deep.equal([]);
  });

  it("held parsed (its text let go), a loaded region is not downloaded again by a refresh that leaves it unchanged", async () => {
    const { live, store } = start(v1);
    await live.loadRegion("安徽省");
    const anhui = shardFileOf(v1, "002");
    expect(live.active.snapshot.files[anhui], "the text is let go").to.equal(undefined);
    expect(live.active.snapshot.parsed?.[anhui]).to.not.equal(undefined);
    const v2 = withRareEarth360(v1);
    server.publish(v2);
    server.requests.length = 0;
    const refreshed = await live.refresh(server.indexUrl);
    if (!refreshed.ok) throw new Error(refreshed.fault.message.zh);
    expect(refreshed.value.downloaded).to.not.include(anhui);
    expect(server.requests.filter((r) => r.includes("/shards/"))).to.deep.equal([
      `/datasets/${shardFileOf(v2, "000")}`,
    ]);
    expect(answer(store.catalog, RARE_EARTH)).to.equal("360");
    expect(answer(store.catalog, MAGNESIUM)).to.equal("500");
    expect(store.catalog.dataset.absent?.has("江西省")).to.equal(true);
  });

  it("a shard missing or damaged on the server: its cells say why, the other regions answer", async () => {
    const missing = start(v1);
    server.fault(shardFileOf(v1, "002"), { kind: "status", status: 404 });
    expect((await missing.live.loadRegion("安徽省")).ok).to.equal(false);
    expect(answer(missing.store.catalog, MAGNESIUM)).to.equal(
      `安徽省数据未能载入：服务器上没有 ${shardFileOf(v1, "002")}（404）`,
    );
    expect(answer(missing.store.catalog, RARE_EARTH)).to.equal("350");
    const damaged = start(v1);
    const file = shardFileOf(v1, "002");
    server.fault(file, { kind: "body", body: v1.files[file]!.replace("500", "600") });
    await damaged.live.loadRegion("安徽省");
    expect(answer(damaged.store.catalog, MAGNESIUM)).to.match(/^安徽省数据未能载入：.*sha256/);
    expect([...damaged.shards!.kept.keys()], "nothing damaged is kept").to.deep.equal([]);
  });

  it("a shard whose quote is not on its line (a right sha256) fails the refresh's verification", async () => {
    const bad = republish(v1, {
      generated: "2026-12-02T00:00:00Z",
      plans: {
        "002": (plan) => {
          plan.records[0]!.quote = "产业总体规模力争突破500亿元以上";
        },
      },
    });
    const { live, store } = start(bad);
    const loaded = await live.loadRegion("安徽省");
    expect(loaded.ok).to.equal(false);
    expect(answer(store.catalog, MAGNESIUM)).to.match(/^安徽省数据未能载入：新数据未通过校验.*引文不在第17行原文中/);
    expect(answer(store.catalog, RARE_EARTH)).to.equal("350");
  });
});
