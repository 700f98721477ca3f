/**
 * WPS 表格 with a province not embedded (`npm run build:wps -- --env embed=内蒙古`), end to end: the hidden entry page
 * answers a cell for 安徽 with the error text 正在载入安徽省数据…, loads the shard itself (from datasets/ beside it,
 * verified), keeps it in IndexedDB and asks WPS for CalculateFull; the cell then answers, and after WPS restarts the
 * entry page answers at once from IndexedDB, with no request.
 */
import { expect } from "chai";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PublishedDataset } from "../../src/data/publish";
import { builtWpsAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { readPublished, shardFileOf } from "../support/datasets";
import type { FakeWps } from "../support/fake-wps";
import { fakeEntryHostScript } from "../support/fake-wps-pages";
import { ensureBrowserAndFonts, launch, type Browser } from "./harness";

type EntryWindow = Window & { wps: FakeWps };

/** PLAN.TARGET("安徽","镁基材料","规模",2027) as WPS calls it, and how often WPS recalculated every formula. */
function magnesium(entry: Page): Promise<{ value: unknown; recalculations: number }> {
  return entry.evaluate(() => {
    const { wps } = window as unknown as EntryWindow;
    return {
      value: wps.calculate("PLAN.TARGET", "安徽", "镁基材料", "规模", 2027),
      recalculations: wps.calls.calculateFull,
    };
  });
}

describe("WPS 表格 end to end: a province not embedded loads on first use (--env embed=内蒙古)", function () {
  this.timeout(300_000);
  let server: DataServer;
  let browser: Browser;
  let entry: Page;
  let published: PublishedDataset;

  const start = async (): Promise<void> => {
    entry = await browser.newPage("stand-in");
    await entry.addInitScript({ content: fakeEntryHostScript() });
    await entry.goto(`${server.origin}/index.html`);
    await entry.waitForFunction(() => (window as unknown as EntryWindow).wps.registry.size > 0);
  };

  before(async function () {
    this.timeout(400_000);
    ensureBrowserAndFonts();
    const built = await builtWpsAddin({ embed: "内蒙古" });
    server = await new DataServer("/datasets/", built.dir).start();
    published = readPublished(join(built.dir, "datasets"));
    server.publish(published);
    browser = await launch();
    await start();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("first the loading text, then CalculateFull and the value; after a restart at once, without the network", async () => {
    const first = await magnesium(entry);
    expect(String(first.value)).to.match(/^#N\/A.*正在载入安徽省数据…$/);
    await entry.waitForFunction(
      (before) => (window as unknown as EntryWindow).wps.calls.calculateFull > before,
      first.recalculations,
      { timeout: 15_000 },
    );
    expect((await magnesium(entry)).value).to.equal(500);
    expect(server.requests).to.include(`/datasets/${shardFileOf(published, "002")}`);
    await entry.close();
    server.requests.length = 0;
    await start();
    await entry.waitForFunction(
      () => (window as unknown as EntryWindow).wps.calculate("PLAN.TARGET", "安徽", "镁基材料", "规模", 2027) === 500,
      null,
      { timeout: 15_000 },
    );
    expect(server.requests.filter((r) => r.includes("/shards/"))).to.deep.equal([]);
  });
});
