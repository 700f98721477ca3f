/**
 * The user's plans as a second layer over the data in use: verified like a refresh, kept, swapped in whole (the
 * functions answer at once, the workbook is recalculated), re-laid over a refresh, 恢复内置数据 and the start,
 * removable, and exported as files a seeds layout accepts (`plan-targets check --seeds` passes). Every fault leaves
 * the data in use and the store as they were.
 */
import { expect } from "chai";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Catalog } from "../../src/core/catalog";
import type { Dataset } from "../../src/core/dataset";
import { LiveData, type ActiveDataset, type DatasetStorage, type StoredDataset } from "../../src/data/live-data";
import { CatalogStore } from "../../src/data/store";
import { verifyCandidate } from "../../src/data/user-plan-verify";
import {
  layerUserPlans,
  nextUserPlanId,
  readStoredUserPlans,
  renumberPlan,
  storedUserPlans,
  type PlanCandidate,
  type StoredUserPlans,
  type UserPlan,
  type UserPlanStorage,
} from "../../src/data/user-plans";
import { runCli } from "../support/cli";
import { DataServer } from "../support/data-server";
import { withRareEarth360 } from "../support/datasets";
import { GD_TEXT, gdPlan } from "../support/import-fixtures";
import { compiledSeeds } from "../support/seeds";

const ROOT = resolve(__dirname, "..", "..");

class MemoryStorage implements DatasetStorage {
  value: unknown = null;
  async load(): Promise<unknown> {
    return Promise.resolve(this.value === null ? null : structuredClone(this.value));
  }
  async save(stored: StoredDataset): Promise<void> {
    this.value = structuredClone(stored);
    return Promise.resolve();
  }
  async clear(): Promise<void> {
    this.value = null;
    return Promise.resolve();
  }
}

/** The user's plans in memory, with a switch to make saving fail like a full disk. */
class MemoryUserStorage implements UserPlanStorage {
  value: unknown = null;
  failSaves = false;
  saves = 0;
  async load(): Promise<unknown> {
    return Promise.resolve(this.value === null ? null : structuredClone(this.value));
  }
  async save(stored: StoredUserPlans): Promise<void> {
    this.saves++;
    if (this.failSaves) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.value = structuredClone(stored);
    return Promise.resolve();
  }
}

/** 广东 新能源汽车 营业收入 2025 as the functions would answer it, or null on a miss. */
const revenue = (catalog: Catalog): number | null => {
  const answer = catalog.target({ region: "广东", sector: "新能源汽车", metric: "营业收入", year: 2025 });
  return answer.ok ? answer.value.entry.record.value : null;
};
const rareEarth = (catalog: Catalog): number | null => {
  const answer = catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
  return answer.ok ? answer.value.entry.record.value : null;
};

const candidate = (plan: unknown = gdPlan(), text = GD_TEXT): PlanCandidate => ({
  source: "粘贴的文本",
  plan,
  text,
  origin: "paste",
});

describe("user plans: a second layer over the data in use", function () {
  this.timeout(30_000);
  let server: DataServer;

  before(async () => {
    server = await new DataServer("/datasets/").start();
  });
  after(() => server.close());
  beforeEach(() => server.publish(withRareEarth360(compiledSeeds().published)));

  function setup(users = new MemoryUserStorage(), storage = new MemoryStorage()) {
    const { snapshot, catalog } = compiledSeeds();
    const store = new CatalogStore(catalog);
    const swaps: string[] = [];
    const live = new LiveData({
      store,
      bundled: { snapshot, catalog, source: "bundled", indexUrl: server.indexUrl },
      storage,
      userStorage: users,
      urlPolicy: { page: `${server.origin}/taskpane.html`, connectSrc: ["'self'"] },
      swapped: (_active: ActiveDataset, version: string) => {
        swaps.push(version);
        return true;
      },
    });
    return { live, store, users, storage, swaps };
  }

  it("adds a plan: verified, kept, swapped in whole; the functions answer from it; the version is tagged", async () => {
    const { live, store, users, swaps } = setup();
    expect(revenue(store.catalog)).to.equal(null);
    expect(live.nextUserPlanId()).to.equal("U001");
    const outcome = await live.importPlan(candidate());
    if (!outcome.ok) throw new Error(outcome.fault.message.zh);
    expect(outcome.value.userPlan.plan.id).to.equal("U001");
    expect(outcome.value.recalculated).to.equal(true);
    expect(revenue(store.catalog)).to.equal(8000);
    expect(rareEarth(store.catalog), "the published data still answers").to.equal(350);
    const base = compiledSeeds().snapshot.index.version;
    expect(live.version).to.match(new RegExp(`^${base.replaceAll(".", "\\.")}\\+u[0-9a-f]{8}$`));
    expect(swaps).to.deep.equal([live.version]);
    expect(store.catalog.dataset.version).to.equal(live.version);
    const kept = users.value as StoredUserPlans;
    expect(kept.plans).to.have.length(1);
    expect(JSON.parse(kept.plans[0]!.plan)).to.include({ id: "U001", region: "广东省" });
    expect(live.userPlans.map((s) => [s.userPlan.plan.id, s.fault])).to.deep.equal([["U001", null]]);
    expect(live.nextUserPlanId()).to.equal("U002");
    const lines = await live.documentLines(outcome.value.userPlan.plan);
    expect(lines.ok && lines.value[2]).to.include("营业收入突破8000亿元");
  });

  it("gives an imported file's plan the next free id (records, links and the document's name follow)", async () => {
    const { live, store } = setup();
    await live.importPlan(candidate());
    const second = await live.importPlan({ ...candidate(gdPlan("U001")), source: "U001.json", origin: "json" });
    if (!second.ok) throw new Error(second.fault.message.zh);
    const plan = second.value.userPlan.plan;
    expect(plan.id).to.equal("U002");
    expect(plan.records.every((r) => r.id.startsWith("U002-L"))).to.equal(true);
    expect(plan.document).to.match(/^U002_[0-9a-f]{16}\.txt$/);
    const pinned = store.catalog.target({ region: "广东", sector: "新能源汽车", metric: "营业收入", plan: "U002" });
    expect(pinned.ok && pinned.value.entry.plan.id).to.equal("U002");
  });

  it("refuses a plan that fails verification, naming file, record and field; nothing is kept or swapped", async () => {
    const { live, store, users, swaps } = setup();
    const plan = gdPlan();
    plan.records[0]!.quote = "营业收入突破9000亿元";
    plan.records[1]!.unit = "亿吨公里";
    const outcome = await live.importPlan({ ...candidate(plan), source: "gd.json" });
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect(outcome.fault.code).to.equal("IMPORT_INVALID");
    expect(outcome.fault.message.zh).to.match(
      /^规划未通过校验（\d+ 处问题）：gd\.json，记录 U001-L3-1，字段 quote：引文不在第3行原文中：“营业收入突破9000亿元”.*gd\.json，记录 U001-L3-2，字段 unit：未知单位“亿吨公里”.*。未保存任何内容$/,
    );
    expect(users.saves).to.equal(0);
    expect(revenue(store.catalog)).to.equal(null);
    expect(swaps).to.deep.equal([]);
  });

  it("refuses a plan failing the schema, and one whose region is not in the table", async () => {
    const { live, users } = setup();
    const plan = gdPlan() as unknown as { records: Array<Record<string, unknown>>; region: string };
    plan.records[0]!.kind = "wish";
    const schema = await live.importPlan({ ...candidate(plan), source: "gd.json" });
    expect(!schema.ok && schema.fault.message.zh).to.match(/gd\.json，记录 U001-L3-1，字段 kind：无效选项/);
    const mars = gdPlan() as unknown as { region: string };
    mars.region = "火星省";
    const region = await live.importPlan({ ...candidate(mars), source: "gd.json" });
    expect(!region.ok && region.fault.message.zh).to.include("gd.json，字段 region：地区“火星省”不在 regions.json 中");
    expect(users.saves).to.equal(0);
  });

  it("refuses qualifier words that contradict the bound (what `check` would refuse)", async () => {
    const { live } = setup();
    const plan = gdPlan();
    plan.records[0]!.bound = "eq";
    const outcome = await live.importPlan(candidate(plan));
    expect(!outcome.ok && outcome.fault.message.zh).to.include("记录 U001-L3-1，字段 qualifiers：bound 为 eq");
  });

  it("storage failing (quota): nothing applied, nothing kept", async () => {
    const { live, store, users, swaps } = setup();
    users.failSaves = true;
    const outcome = await live.importPlan(candidate());
    expect(!outcome.ok && outcome.fault.message.zh).to.equal(
      "无法把新数据保存到本机（QuotaExceededError: The quota has been exceeded.；可能是存储空间不足），未做任何更改",
    );
    expect(revenue(store.catalog)).to.equal(null);
    expect(live.userPlans).to.deep.equal([]);
    expect(live.version).to.equal(compiledSeeds().snapshot.index.version);
    expect(swaps).to.deep.equal([]);
  });

  it("keeps the user's plans over a refresh and over 恢复内置数据", async () => {
    const { live, store } = setup();
    await live.importPlan(candidate());
    const refreshed = await live.refresh(server.indexUrl);
    if (!refreshed.ok) throw new Error(refreshed.fault.message.zh);
    expect(rareEarth(store.catalog)).to.equal(360);
    expect(revenue(store.catalog)).to.equal(8000);
    expect(refreshed.value.diff!.added, "the dataset's diff leaves the user's plans out").to.deep.equal([]);
    await live.restoreBundled();
    expect(rareEarth(store.catalog)).to.equal(350);
    expect(revenue(store.catalog)).to.equal(8000);
  });

  it("at start: lays the stored plans over the data (a stored refresh too), one swap", async () => {
    const first = setup();
    await first.live.importPlan(candidate());
    await first.live.refresh(server.indexUrl);
    const again = setup(first.users, first.storage);
    expect(revenue(again.store.catalog)).to.equal(null);
    const outcome = await again.live.restoreStored();
    expect(outcome.ok && outcome.value).to.equal(true);
    expect(revenue(again.store.catalog)).to.equal(8000);
    expect(rareEarth(again.store.catalog)).to.equal(360);
    expect(again.swaps).to.deep.equal([first.live.version]);
  });

  it("at start: plans alone (no stored dataset) are laid over the bundled data", async () => {
    const first = setup();
    await first.live.importPlan(candidate());
    const again = setup(first.users);
    const outcome = await again.live.restoreStored();
    expect(outcome.ok && outcome.value).to.equal(false);
    expect(revenue(again.store.catalog)).to.equal(8000);
    expect(again.swaps).to.have.length(1);
  });

  it("at start: a damaged stored plan is dropped and said so; the others stay", async () => {
    const first = setup();
    await first.live.importPlan(candidate());
    await first.live.importPlan(candidate(gdPlan("U002")));
    const stored = first.users.value as { plans: Array<{ text: string }> };
    stored.plans[0]!.text = stored.plans[0]!.text.replace("8000", "9000");
    const again = setup(first.users);
    const notices: string[] = [];
    again.live.subscribe((e) => (e.kind === "notice" ? notices.push(e.fault.message.zh) : undefined));
    await again.live.restoreStored();
    expect(notices).to.deep.equal(["本机保存的我的规划 #1 已损坏（text 的 sha256 校验不符），已丢弃"]);
    expect(again.live.userPlans.map((s) => s.userPlan.plan.id)).to.deep.equal(["U002"]);
    expect((first.users.value as StoredUserPlans).plans, "dropped from the store").to.have.length(1);
  });

  it("removes a plan: kept without it, swapped, recalculated; an unknown id is said so", async () => {
    const { live, store, users, swaps } = setup();
    await live.importPlan(candidate());
    const removed = await live.removeUserPlan("U001");
    expect(removed.ok).to.equal(true);
    expect(revenue(store.catalog)).to.equal(null);
    expect((users.value as StoredUserPlans).plans).to.deep.equal([]);
    expect(swaps.at(-1)).to.equal(compiledSeeds().snapshot.index.version);
    const unknown = await live.removeUserPlan("U009");
    expect(!unknown.ok && unknown.fault.message.zh).to.equal("没有我的规划 U009");
  });

  it("exports a plan that `plan-targets check --seeds` accepts in a seeds layout (and a broken one it refuses)", async () => {
    const { live } = setup();
    const outcome = await live.importPlan(candidate());
    if (!outcome.ok) throw new Error(outcome.fault.message.zh);
    const exported = live.exportUserPlan("U001")!;
    expect(exported.planFile).to.equal("U001.json");
    expect(exported.documentText).to.equal(GD_TEXT);
    const seeds = mkdtempSync(join(tmpdir(), "plan-targets-export-"));
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    writeFileSync(join(seeds, "plans", exported.planFile), exported.planText);
    writeFileSync(join(seeds, "documents", exported.documentFile), exported.documentText);
    const check = (): { code: number; err: string } => runCli(["check", "--seeds", seeds]);
    const passed = check();
    expect(passed.code, passed.err).to.equal(0);
    // The check can fail: the same files with a number of the document no longer claimed.
    const plan = JSON.parse(exported.planText) as { exclusions: unknown[] };
    expect(plan.exclusions.length, "the unproposed 2023, 2025 and 100 are set aside").to.be.greaterThan(0);
    writeFileSync(join(seeds, "plans", exported.planFile), JSON.stringify({ ...plan, exclusions: [] }));
    expect(check().code).to.equal(1);
  });
});

describe("user plans: the pure layer", () => {
  const base = compiledSeeds().catalog.dataset;
  /** The plan of GD_TEXT under `id`, verified (every default filled in) as an import verifies it. */
  const userPlan = (id: string): UserPlan => {
    const verified = verifyCandidate(candidate(gdPlan(id)), base, []);
    if (!verified.ok) throw new Error(verified.fault.message.zh);
    return { plan: verified.value.plan, text: GD_TEXT, origin: "paste", added: "2026-12-01T00:00:00Z" };
  };

  it("numbers user plans U001, U002… after every id taken, seeds aside", () => {
    expect(nextUserPlanId(["000", "001D"])).to.equal("U001");
    expect(nextUserPlanId(["000", "U001", "U007"])).to.equal("U008");
    expect(nextUserPlanId(["U999"])).to.equal("U1000");
  });

  it("renumbers a plan: its records, its links to itself and its document's name", () => {
    const plan = userPlan("U001").plan;
    const linked = {
      ...plan,
      records: plan.records.map((r, i) => (i === 0 ? { ...r, sameAs: [plan.records[1]!.id, "000-L17-7"] } : r)),
    };
    const renamed = renumberPlan(linked, "U005", GD_TEXT);
    expect(renamed.id).to.equal("U005");
    expect(renamed.records[0]!.id).to.equal("U005-L3-1");
    expect(renamed.records[0]!.sameAs).to.deep.equal(["U005-L3-2", "000-L17-7"]);
    expect(renamed.document).to.match(/^U005_[0-9a-f]{16}\.txt$/);
  });

  it("keeps a plan that no longer fits out of the data, with the reason: its id taken, its region gone", () => {
    const taken: Dataset = { ...base, plans: [...base.plans, { ...userPlan("U001").plan, title: "已发布的U001" }] };
    const layered = layerUserPlans(taken, [userPlan("U001"), userPlan("U002")]);
    expect(layered.states.map((s) => s.fault?.message.zh ?? null)).to.deep.equal([
      "我的规划 U001 暂未启用：当前数据中已有规划 U001",
      null,
    ]);
    const noRegion: Dataset = { ...base, regions: base.regions.filter((r) => r.name !== "广东省") };
    expect(layerUserPlans(noRegion, [userPlan("U001")]).states[0]!.fault?.message.zh).to.equal(
      "我的规划 U001 暂未启用：地区“广东省”不在当前数据的地区表中",
    );
    expect(layerUserPlans(base, []).dataset.version).to.equal(base.version);
  });

  it("reads back what it stored, and names what is damaged", async () => {
    const stored = await storedUserPlans([userPlan("U001")]);
    const read = await readStoredUserPlans(structuredClone(stored));
    expect(read.plans.map((p) => p.plan.id)).to.deep.equal(["U001"]);
    expect(read.damaged).to.deep.equal([]);
    const broken = structuredClone(stored) as unknown as { plans: Array<{ plan: string }> };
    broken.plans[0]!.plan = broken.plans[0]!.plan.replace("8000", "8001");
    const bad = await readStoredUserPlans(broken);
    expect(bad.plans).to.deep.equal([]);
    expect(bad.damaged[0]!.message.zh).to.equal("本机保存的我的规划 #1 已损坏（plan 的 sha256 校验不符），已丢弃");
    const wrong = await readStoredUserPlans({ format: 9 });
    expect(wrong.damaged[0]!.message.zh).to.equal("本机保存的我的规划 ? 已损坏（字段 format 缺少或无效），已丢弃");
  });
});
