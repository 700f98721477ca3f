/**
 * The nation in shards, end to end: the add-in built with `--env embed=内蒙古` (only 内蒙古 in its bundle), served
 * with its published datasets/ from a real web server on 127.0.0.1, in headless Chromium with the stand-in Office
 * host. A cell for 安徽 first answers #N/A 正在载入安徽省数据…, then the shard is fetched, verified and kept in
 * IndexedDB, Excel is asked for a full recalculation, and the cell answers; after a reload it answers at once from
 * IndexedDB without the network. A search names the provinces not loaded whose names match (the names table), and
 * one click loads it. A damaged shard leaves 内蒙古 answering, and 河南's tree node and cells say why.
 */
import { expect } from "chai";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PublishedDataset } from "../../src/data/publish";
import { builtAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { readPublished, shardFileOf } from "../support/datasets";
import { ensureBrowserAndFonts, launch, typeInto, type Browser } from "./harness";

type Cell = number | string | { code: string; message: string };

/** A PLAN.TARGET cell as Excel calls it: its value, or its error's code and message. */
function cell(page: Page, region: string, sector: string, metric: string, year: number): Promise<Cell> {
  return page.evaluate(
    ([r, s, m, y]) => {
      const functions = (
        window as unknown as { __standIn: { functions: Record<string, (...a: unknown[]) => unknown> } }
      ).__standIn.functions;
      try {
        const value = functions.TARGET!(r, s, m, y, null);
        return value instanceof Error
          ? { code: (value as Error & { code: string }).code, message: value.message }
          : value;
      } catch (thrown) {
        const error = thrown as Error & { code: string };
        return { code: error.code, message: error.message };
      }
    },
    [region, sector, metric, year] as const,
  ) as Promise<Cell>;
}

/** The cell's answer once it no longer says it is loading (the page loads the shard meanwhile). */
async function settled(page: Page, [region, sector, metric, year]: [string, string, string, number]): Promise<Cell> {
  for (let tries = 0; ; tries++) {
    const value = await cell(page, region, sector, metric, year);
    if (!JSON.stringify(value).includes("正在载入") || tries > 200) return value;
    await page.waitForTimeout(50);
  }
}

const calculations = (page: Page): Promise<string[]> => page.evaluate("window.__standIn.calculations.slice()");

describe("a province not embedded, loaded on first use (headless Chromium, --env embed=内蒙古)", function () {
  this.timeout(300_000);
  let dist = "";
  let server: DataServer;
  let browser: Browser;
  let page: Page;
  let published: PublishedDataset;

  before(async function () {
    this.timeout(400_000);
    ensureBrowserAndFonts();
    dist = await builtAddin({ embed: "内蒙古" });
    server = await new DataServer("/datasets/", dist).start();
    published = readPublished(join(dist, "datasets"));
    server.publish(published);
    browser = await launch();
    page = await browser.newPage("stand-in");
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (): Promise<void> => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator("fluent-tree-item").first().waitFor();
  };
  const anhuiShard = (): string => `/datasets/${shardFileOf(published, "002")}`;

  it("answers the embedded province at once, and fetches no shard at start", async () => {
    await open();
    expect(await cell(page, "内蒙古", "稀土新材料", "产值", 2025)).to.equal(350);
    expect(server.requests.filter((r) => r.includes("/shards/"))).to.deep.equal([]);
  });

  it("a cell for 安徽: first #N/A 正在载入安徽省数据…, then the value after the shard loads and Excel recalculates", async () => {
    const before = (await calculations(page)).length;
    expect(await cell(page, "安徽", "镁基材料", "规模", 2027)).to.deep.equal({
      code: "#N/A",
      message: "正在载入安徽省数据…",
    });
    await page.waitForFunction(
      (n) => (window as unknown as { __standIn: { calculations: string[] } }).__standIn.calculations.length > n,
      before,
    );
    expect((await calculations(page)).slice(before)).to.deep.equal(["Full"]);
    expect(await cell(page, "安徽", "镁基材料", "规模", 2027)).to.equal(500);
    expect(server.requests).to.include(anhuiShard());
    expect(
      server.requests.filter((r) => r.includes("/shards/150000")),
      "内蒙古 is embedded",
    ).to.deep.equal([]);
  });

  it("after a reload, the same value at once from IndexedDB, without the network", async () => {
    server.requests.length = 0;
    await open();
    expect(await settled(page, ["安徽", "镁基材料", "规模", 2027])).to.equal(500);
    expect(server.requests.filter((r) => r.includes("/shards/"))).to.deep.equal([]);
  });

  it("a search names the provinces not loaded whose names match; clicking one loads it and its records are found", async () => {
    await typeInto(page, "fluent-text-input.search input", "京九");
    const offer = page.locator('.nation-hint [data-load-region="江西省"]');
    await offer.waitFor();
    expect(await offer.innerText()).to.equal("江西省（行业 1）");
    await offer.click();
    await page.waitForFunction(() =>
      document.querySelector(".list-heading")?.textContent?.match(/^[1-9][0-9]* 条结果/),
    );
    expect(server.requests).to.include(`/datasets/${shardFileOf(published, "004")}`);
    expect(await page.locator(".nation-hint").isHidden()).to.equal(true);
    await typeInto(page, "fluent-text-input.search input", "");
  });

  it("a damaged shard: 内蒙古 still answers; the tree and the cells of its province say why in Chinese", async () => {
    const henan = shardFileOf(published, "003");
    server.fault(henan, { kind: "body", body: published.files[henan]!.replace("河南", "河东") });
    await page.locator("fluent-tree-item", { hasText: "河南省（未载入，选中即载入）" }).first().click();
    await page.waitForFunction(() =>
      document.querySelector(".list-heading")?.textContent?.startsWith("河南省数据未能载入"),
    );
    expect(await page.locator(".list-heading").innerText()).to.match(/^河南省数据未能载入：.*sha256/);
    expect(await page.locator("fluent-tree-item", { hasText: "河南省（未能载入）" }).count()).to.equal(1);
    const failed = await cell(page, "河南", "新材料", "产值", 2025);
    expect(failed).to.have.property("code", "#N/A");
    expect((failed as { message: string }).message).to.match(/^河南省数据未能载入：.*sha256/);
    expect(await cell(page, "内蒙古", "稀土新材料", "产值", 2025)).to.equal(350);
    expect(await cell(page, "安徽", "镁基材料", "规模", 2027)).to.equal(500);
  });
});
