/**
 * WPS 表格's two pages over one data, end to end: the hidden entry page (index.html) that answers the PLAN functions
 * and the task pane, a page of its own, both from one build (dist/wps) in one browser profile, as WPS runs them.
 * A refresh in the pane reaches the functions: the pane keeps the new data in IndexedDB and announces it
 * (BroadcastChannel); the entry page takes it up and asks WPS to recalculate (CalculateFull). 恢复内置数据 likewise.
 */
import { expect } from "chai";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PublishedDataset } from "../../src/data/publish";
import { builtWpsAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { readPublished, withRareEarth360 } from "../support/datasets";
import type { FakeWps } from "../support/fake-wps";
import { fakeEntryHostScript, fakePaneHostScript } from "../support/fake-wps-pages";
import { ensureBrowserAndFonts, launch, openDataPanel, type Browser } from "./harness";

type EntryWindow = Window & { wps: FakeWps };

/** What the entry page's PLAN.TARGET answers for 内蒙古 稀土新材料 产值 2025, and how often WPS recalculated. */
function answered(entry: Page): Promise<{ value: unknown; recalculations: number }> {
  return entry.evaluate(() => {
    const { wps } = window as unknown as EntryWindow;
    return {
      value: wps.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", 2025),
      recalculations: wps.calls.calculateFull,
    };
  });
}

async function untilAnswered(entry: Page, value: number): Promise<void> {
  await entry.waitForFunction(
    (expected) =>
      (window as unknown as EntryWindow).wps.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", 2025) ===
      expected,
    value,
    { timeout: 15_000 },
  );
}

async function pressDataButton(pane: Page, action: string, done: RegExp): Promise<string> {
  await openDataPanel(pane);
  await pane.evaluate(() => {
    document.querySelector(".data-status")!.textContent = "";
  });
  await pane.locator(`[data-data-action="${action}"]`).click();
  await pane.waitForFunction(() => {
    const text = document.querySelector(".data-status")?.textContent ?? "";
    return text !== "" && !text.startsWith("正在");
  });
  const said = await pane.locator(".data-status").innerText();
  expect(said).to.match(done);
  return said;
}

describe("WPS 表格 end to end: a refresh in the pane reaches the functions of the entry page", function () {
  this.timeout(180_000);
  let server: DataServer;
  let browser: Browser;
  let entry: Page;
  let pane: Page;
  let v1: PublishedDataset;

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    const built = await builtWpsAddin();
    server = await new DataServer("/datasets/", built.dir).start();
    v1 = readPublished(join(built.dir, "datasets"));
    server.publish(v1);
    browser = await launch();
    entry = await browser.newPage("stand-in");
    await entry.addInitScript({ content: fakeEntryHostScript() });
    await entry.goto(`${server.origin}/index.html`);
    await entry.waitForFunction(() => (window as unknown as EntryWindow).wps.registry.size > 0);
    pane = await browser.newPage("npm-office-js");
    await pane.addInitScript({ content: await fakePaneHostScript() });
    await pane.goto(`${server.origin}/taskpane.html`);
    await pane.locator("fluent-tree-item").first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the pane refreshes: the entry page answers the new figure and WPS recalculates; 恢复内置数据 brings the old one back", async () => {
    const start = await answered(entry);
    expect(start.value).to.equal(350);
    server.publish(withRareEarth360(v1, new Date(Date.parse(v1.index.generated) + 86_400_000).toISOString()));
    await pressDataButton(pane, "refresh", /^已更新到/);
    await untilAnswered(entry, 360);
    const refreshed = await answered(entry);
    expect(refreshed.recalculations).to.be.greaterThan(start.recalculations);
    await pressDataButton(pane, "restore", /^已恢复/);
    await untilAnswered(entry, 350);
    expect((await answered(entry)).recalculations).to.be.greaterThan(refreshed.recalculations);
  });
});
