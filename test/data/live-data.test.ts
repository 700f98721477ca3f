/**
 * The data lifecycle around the one store: a refresh keeps the new dataset, then swaps it and asks for the
 * recalculation; a storage failure (quota) or any fault changes nothing; two operations never interleave; a stored
 * dataset is used at start when intact and newer, discarded (and said so) when damaged; 恢复内置数据 goes back.
 */
import { expect } from "chai";
import type { Catalog } from "../../src/core/catalog";
import { announceDataChange, onDataChange } from "../../src/data/data-channel";
import { LiveData, type ActiveDataset, type DatasetStorage, type StoredDataset } from "../../src/data/live-data";
import type { PublishedDataset } from "../../src/data/publish";
import { snapshotOf } from "../../src/data/publish";
import { CatalogStore } from "../../src/data/store";
import { DataServer } from "../support/data-server";
import { pathIn, shardFileOf, republish, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

/** Storage in memory, with a switch to make saving fail like a full disk. */
class MemoryStorage implements DatasetStorage {
  value: unknown = null;
  failSaves = false;
  saves = 0;
  async load(): Promise<unknown> {
    return Promise.resolve(this.value === null ? null : structuredClone(this.value));
  }
  async save(stored: StoredDataset): Promise<void> {
    this.saves++;
    if (this.failSaves) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.value = structuredClone(stored);
    return Promise.resolve();
  }
  async clear(): Promise<void> {
    this.value = null;
    return Promise.resolve();
  }
}

const rareEarth = (catalog: Catalog): number | null => {
  const answer = catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
  return answer.ok ? answer.value.entry.record.value : null;
};

describe("LiveData: refresh, keep, swap, recalculate, restore", function () {
  this.timeout(30_000);
  let server: DataServer;
  let v2: PublishedDataset;

  before(async () => {
    server = await new DataServer("/datasets/").start();
    v2 = withRareEarth360(compiledSeeds().published);
  });
  after(() => server.close());
  beforeEach(() => server.publish(v2));

  function setup(storage = new MemoryStorage()): {
    live: LiveData;
    store: CatalogStore;
    storage: MemoryStorage;
    swaps: ActiveDataset[];
  } {
    const { snapshot, catalog } = compiledSeeds();
    const store = new CatalogStore(catalog);
    const swaps: ActiveDataset[] = [];
    const live = new LiveData({
      store,
      bundled: { snapshot, catalog, source: "bundled", indexUrl: server.indexUrl },
      storage,
      urlPolicy: { page: `${server.origin}/taskpane.html`, connectSrc: ["'self'"] },
      swapped: (active) => {
        swaps.push(active);
        return true;
      },
    });
    return { live, store, storage, swaps };
  }

  it("refreshes: keeps the new dataset, swaps it whole, asks for a recalculation, reports the change", async () => {
    const { live, store, storage, swaps } = setup();
    const outcome = await live.refresh(server.indexUrl);
    if (!outcome.ok) throw new Error(outcome.fault.message.zh);
    expect(outcome.value.current).to.equal(false);
    expect(outcome.value.recalculated).to.equal(true);
    expect(rareEarth(store.catalog)).to.equal(360);
    expect(live.active.source).to.equal("refreshed");
    expect(swaps.map((a) => a.snapshot.index.version)).to.deep.equal([v2.index.version]);
    expect((storage.value as StoredDataset).snapshot.index.version).to.equal(v2.index.version);
    expect(outcome.value.diff!.changed[0]!.figures[0]!.after.record.value).to.equal(360);
    const again = await live.refresh(server.indexUrl);
    expect(again.ok && again.value.current).to.equal(true);
  });

  it("storage quota exceeded: nothing is swapped, nothing is stored, the old data answers", async () => {
    const { live, store, storage, swaps } = setup();
    storage.failSaves = true;
    const outcome = await live.refresh(server.indexUrl);
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect(outcome.fault.message.zh).to.equal(
      "无法把新数据保存到本机（QuotaExceededError: The quota has been exceeded.；可能是存储空间不足），未做任何更改",
    );
    expect(storage.saves).to.equal(1);
    expect(storage.value).to.equal(null);
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(live.active.source).to.equal("bundled");
    expect(swaps).to.deep.equal([]);
  });

  it("any fault leaves the data in use and the store as they were", async () => {
    const { live, store, storage } = setup();
    server.fault(shardFileOf(v2, "000"), { kind: "status", status: 404 });
    const outcome = await live.refresh(server.indexUrl);
    expect(!outcome.ok && outcome.fault.code).to.equal("NOT_FOUND");
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(storage.saves).to.equal(0);
  });

  it("two refreshes at once: the second is refused while the first runs, never interleaved", async () => {
    const { live, store, storage } = setup();
    server.fault(shardFileOf(v2, "000"), { kind: "hang" });
    const first = live.refresh(server.indexUrl);
    while (server.hanging.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(live.busy).to.equal(true);
    const second = await live.refresh(server.indexUrl);
    expect(!second.ok && second.fault.message.zh).to.equal("正在更新数据，请等这次完成后再试");
    const check = await live.check(server.indexUrl);
    expect(!check.ok && check.fault.code).to.equal("BUSY");
    server.fault(shardFileOf(v2, "000"), null);
    server.release();
    const done = await first;
    expect(!done.ok && done.fault.code).to.equal("HTTP_STATUS");
    expect(storage.saves).to.equal(0);
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(live.busy).to.equal(false);
    const retried = await live.refresh(server.indexUrl);
    expect(retried.ok).to.equal(true);
    expect(rareEarth(store.catalog)).to.equal(360);
  });

  it("cancelled mid-download (the pane closed): nothing stored, nothing swapped", async () => {
    const { live, store, storage } = setup();
    server.fault(shardFileOf(v2, "000"), { kind: "hang" });
    const controller = new AbortController();
    const pending = live.refresh(server.indexUrl, controller.signal);
    while (server.hanging.length === 0) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const outcome = await pending;
    server.release();
    expect(!outcome.ok && outcome.fault.code).to.equal("CANCELLED");
    expect(storage.saves).to.equal(0);
    expect(rareEarth(store.catalog)).to.equal(350);
  });

  it("at start: uses a stored dataset that is intact and newer, and asks for a recalculation", async () => {
    const storage = new MemoryStorage();
    storage.value = { snapshot: snapshotOf(v2), indexUrl: server.indexUrl, savedAt: "2026-12-01T09:00:00Z" };
    const { live, store, swaps } = setup(storage);
    const outcome = await live.restoreStored();
    expect(outcome.ok && outcome.value).to.equal(true);
    expect(rareEarth(store.catalog)).to.equal(360);
    expect(live.active.source).to.equal("stored");
    expect(swaps).to.have.length(1);
  });

  it("at start: keeps the bundled dataset when the stored one is not newer", async () => {
    const storage = new MemoryStorage();
    const older = withRareEarth360(compiledSeeds().published, "2026-01-01T00:00:00.000Z");
    storage.value = { snapshot: snapshotOf(older), indexUrl: server.indexUrl, savedAt: "2026-01-01T09:00:00Z" };
    const { live, store } = setup(storage);
    const outcome = await live.restoreStored();
    expect(outcome.ok && outcome.value).to.equal(false);
    expect(rareEarth(store.catalog)).to.equal(350);
  });

  it("at start: a damaged store is discarded and the pane is told why", async () => {
    const storage = new MemoryStorage();
    const snapshot = snapshotOf(v2);
    const file = shardFileOf(v2, "000");
    const files = { ...snapshot.files, [file]: snapshot.files[file]!.replace("360", "370") };
    storage.value = { snapshot: { ...snapshot, files }, indexUrl: server.indexUrl, savedAt: "x" };
    const { live, store } = setup(storage);
    const notices: string[] = [];
    live.subscribe((event) => {
      if (event.kind === "notice") notices.push(event.fault.message.zh);
    });
    const outcome = await live.restoreStored();
    expect(outcome.ok).to.equal(false);
    expect(storage.value).to.equal(null);
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(notices).to.have.length(1);
    expect(notices[0]).to.match(
      /^本机保存的数据已损坏（shards\/150000\.[0-9a-f]{16}\.json：sha256 校验不符：.*），已丢弃，改用内置数据$/,
    );
    expect(live.notice?.code).to.equal("STORED_CORRUPT");
  });

  it("at start: a store of the wrong shape is discarded too", async () => {
    const storage = new MemoryStorage();
    storage.value = { snapshot: { index: { format: 1 }, files: {} }, indexUrl: "x" };
    const { live } = setup(storage);
    const outcome = await live.restoreStored();
    expect(!outcome.ok && outcome.fault.message.zh).to.equal(
      "本机保存的数据已损坏（index.json：version），已丢弃，改用内置数据",
    );
  });

  it("恢复内置数据: clears the store and swaps the bundled dataset back, with the change", async () => {
    const { live, store, storage, swaps } = setup();
    await live.refresh(server.indexUrl);
    expect(storage.value).to.not.equal(null);
    const restored = await live.restoreBundled();
    if (!restored.ok) throw new Error(restored.fault.message.zh);
    expect(storage.value).to.equal(null);
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(live.active.source).to.equal("bundled");
    expect(restored.value!.diff.changed[0]!.figures[0]!.after.record.value).to.equal(350);
    expect(swaps).to.have.length(2);
    const again = await live.restoreBundled();
    expect(again.ok && again.value).to.equal(null);
  });

  it("two pages over one storage (WPS: the pane refreshes, the entry page answers): the other takes it up, and back", async () => {
    const storage = new MemoryStorage();
    const pane = setup(storage);
    const entry = setup(storage);
    const announced: string[] = [];
    const stop = onDataChange((version) => announced.push(version));
    await pane.live.refresh(server.indexUrl);
    announceDataChange(pane.live.version);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(announced).to.deep.equal([pane.live.version]);
    expect(rareEarth(entry.store.catalog)).to.equal(350);
    await entry.live.resync();
    expect(rareEarth(entry.store.catalog)).to.equal(360);
    expect(entry.live.version).to.equal(pane.live.version);
    expect(entry.swaps).to.have.length(1);
    await pane.live.restoreBundled();
    await entry.live.resync();
    expect(rareEarth(entry.store.catalog)).to.equal(350);
    expect(entry.live.active.source).to.equal("bundled");
  });

  it("reads a plan's document beside the index, checked against its sha256, once", async () => {
    const { live } = setup();
    const v1 = compiledSeeds().published;
    const plan = live.active.catalog.dataset.plans.find((p) => p.id === "000")!;
    server.publish(v1);
    server.requests.length = 0;
    const lines = await live.documentLines(plan);
    if (!lines.ok) throw new Error(lines.fault.message.zh);
    expect(lines.value[16]).to.include("稀土新材料产值达到350亿元");
    await live.documentLines(plan);
    expect(server.requests).to.deep.equal([`/datasets/${pathIn(v1, "documents/000_7fb2c2560672e87d.txt")}`]);
    const other = live.active.catalog.dataset.plans.find((p) => p.id === "002")!;
    server.fault(pathIn(v1, "documents/002_ff2322d466e43402.txt"), { kind: "body", body: "改过的原文" });
    const broken = await live.documentLines(other);
    expect(!broken.ok && broken.fault.code).to.be.oneOf(["TRUNCATED", "HASH_MISMATCH"]);
  });

  it("after a data release, the built-in data still reads its own document (the release lies beside it)", async () => {
    const { live } = setup();
    server.publish(compiledSeeds().published);
    server.copyOver(v2);
    const plan = live.active.catalog.dataset.plans.find((p) => p.id === "000")!;
    const lines = await live.documentLines(plan);
    if (!lines.ok) throw new Error(lines.fault.message.zh);
    expect(lines.value[16]).to.include("稀土新材料产值达到350亿元");
  });

  it("a refresh keeps the documents it checked with the dataset: the source view reads them, offline and after a restart", async () => {
    const { live, storage } = setup();
    const refreshed = await live.refresh(server.indexUrl);
    if (!refreshed.ok) throw new Error(refreshed.fault.message.zh);
    const docFile = pathIn(v2, "documents/000_7fb2c2560672e87d.txt");
    expect(Object.keys((storage.value as StoredDataset).snapshot.documents ?? {})).to.deep.equal([docFile]);
    const line17 = async (data: LiveData): Promise<string> => {
      const plan = data.active.catalog.dataset.plans.find((p) => p.id === "000")!;
      const lines = await data.documentLines(plan);
      if (!lines.ok) throw new Error(lines.fault.message.zh);
      return lines.value[16]!;
    };
    server.fault(docFile, { kind: "status", status: 404 });
    server.requests.length = 0;
    expect(await line17(live)).to.include("稀土新材料产值达到360亿元");
    const restarted = setup(storage).live;
    const restored = await restarted.restoreStored();
    expect(restored.ok && restored.value).to.equal(true);
    expect(await line17(restarted)).to.include("稀土新材料产值达到360亿元");
    expect(server.requests, "read from the store, not the server").to.deep.equal([]);
    // 恢复内置数据: the built-in document again (published beside the add-in, named by content).
    server.copyOver(compiledSeeds().published);
    await restarted.restoreBundled();
    expect(await line17(restarted)).to.include("稀土新材料产值达到350亿元");
  });

  it("a refreshed dataset reads the built-in documents it did not change from the add-in's own site", async () => {
    // The add-in's own site (the build's datasets/, v1) and a data server elsewhere (--env dataUrl) with v2 only.
    const own = await new DataServer("/datasets/").start();
    try {
      own.publish(compiledSeeds().published);
      const { snapshot, catalog } = compiledSeeds();
      const live = new LiveData({
        store: new CatalogStore(catalog),
        bundled: { snapshot, catalog, source: "bundled", indexUrl: own.indexUrl },
        storage: new MemoryStorage(),
        urlPolicy: { page: `${own.origin}/taskpane.html`, connectSrc: null },
      });
      const refreshed = await live.refresh(server.indexUrl);
      if (!refreshed.ok) throw new Error(refreshed.fault.message.zh);
      server.requests.length = 0;
      const plan = live.active.catalog.dataset.plans.find((p) => p.id === "002")!;
      const lines = await live.documentLines(plan);
      if (!lines.ok) throw new Error(lines.fault.message.zh);
      expect(own.requests).to.include(`/datasets/${pathIn(v2, "documents/002_ff2322d466e43402.txt")}`);
      expect(server.requests, "the data server is not asked").to.deep.equal([]);
    } finally {
      await own.close();
    }
  });

  it("a refresh from data older than the data in use changes nothing and says so", async () => {
    const { live, storage, swaps } = setup();
    const older = republish(compiledSeeds().published, {
      generated: "2026-11-01T00:00:00.000Z",
      plans: { "002": (plan) => (plan.records[0]!.note = "旧版说明") },
    });
    server.publish(older);
    const refreshed = await live.refresh(server.indexUrl);
    if (!refreshed.ok) throw new Error(refreshed.fault.message.zh);
    expect(refreshed.value.older?.older).to.equal(true);
    expect(refreshed.value.downloaded).to.deep.equal([]);
    expect(storage.saves).to.equal(0);
    expect(swaps).to.deep.equal([]);
  });

  it("checks a data address: https, http only on this computer, allowed by the page's policy", () => {
    const { live } = setup();
    expect(live.resolveUrl("datasets/index.json")).to.deep.equal({ ok: true, value: server.indexUrl });
    const refused = (text: string): string => {
      const outcome = live.resolveUrl(text);
      return outcome.ok ? "" : outcome.fault.message.zh;
    };
    expect(refused("http://data.example.gov.cn/index.json")).to.equal(
      "数据地址须使用 https（只有 localhost 和 127.0.0.1 可用 http）：http://data.example.gov.cn/index.json",
    );
    expect(refused("https://data.example.gov.cn/index.json")).to.match(
      /^本插件的安全策略不允许连接 https:\/\/data\.example\.gov\.cn（允许：http:\/\/127\.0\.0\.1:\d+）/,
    );
    expect(refused("ftp://x/index.json")).to.match(/^数据地址无效/);
  });
});
