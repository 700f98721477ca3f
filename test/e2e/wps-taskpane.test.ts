/**
 * The taskpane on WPS 表格, end to end in headless Chromium: the same built page Excel loads, with the fake WPS
 * object model (test/support/fake-wps-sheet.ts, bundled by esbuild) injected as the `wps` global instead of an
 * Office host. The pane detects WPS; clicks insert a value, a formula and an analysis block into the fake sheet and
 * generate the monitoring sheet; a refresh against the local data server has WPS recalculate (CalculateFull) and
 * keeps the new data version in the workbook.
 */
import { expect } from "chai";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PublishedDataset } from "../../src/data/publish";
import { builtAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { fakePaneHostScript } from "../support/fake-wps-pages";
import { readPublished, withRareEarth360 } from "../support/datasets";
import { ensureBrowserAndFonts, launch, openDataPanel, type Browser } from "./harness";

/** The fake as a page script: window.wps = { Application }, and window.__fakeWps for the test to look into. */
interface SheetView {
  sheets: string[];
  active: string;
  calculations: number;
  version: unknown;
}

const view = (page: Page): Promise<SheetView> =>
  page.evaluate(() => {
    const app = (
      window as unknown as {
        __fakeWps: {
          sheets: { Name: string }[];
          activeSheet: { Name: string };
          calculations: number;
          names: Map<string, { RefersTo: unknown }>;
        };
      }
    ).__fakeWps;
    return {
      sheets: app.sheets.map((s) => s.Name),
      active: app.activeSheet.Name,
      calculations: app.calculations,
      version: app.names.get("plantargets_dataversion")?.RefersTo ?? null,
    };
  });

/** A cell's Formula in the fake (what WPS would hold). */
const formula = (page: Page, sheet: string, address: string): Promise<unknown> =>
  page.evaluate(
    ([name, at]) => {
      const app = (
        window as unknown as { __fakeWps: { sheets: { Name: string; Range(a: string): { Formula: unknown } }[] } }
      ).__fakeWps;
      return app.sheets.find((s) => s.Name === name)!.Range(at!).Formula;
    },
    [sheet, address],
  );

/** Clicks a cell of the fake sheet (the user selecting where to insert). */
const select = (page: Page, address: string): Promise<void> =>
  page.evaluate((at) => {
    (window as unknown as { __fakeWps: { select(a: string): unknown } }).__fakeWps.select(at);
  }, address);

const status = (page: Page): Promise<string> => page.locator(".app-status").innerText();

async function clickAndWait(page: Page, selector: string, said: RegExp): Promise<string> {
  await page.evaluate(() => {
    document.querySelector(".app-status")!.textContent = "";
  });
  await page.locator(selector).click();
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector(".app-status")?.textContent ?? ""),
    said.source,
  );
  return status(page);
}

describe("taskpane on WPS end to end (headless Chromium, fake WPS object model)", function () {
  this.timeout(180_000);
  let server: DataServer;
  let browser: Browser;
  let page: Page;
  let v1: PublishedDataset;

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    const dist = await builtAddin();
    server = await new DataServer("/datasets/", dist).start();
    v1 = readPublished(join(dist, "datasets"));
    server.publish(v1);
    browser = await launch();
    // office.js as a plain browser gets it (no Office host): the pane must still find WPS.
    page = await browser.newPage("npm-office-js");
    await page.addInitScript({ content: await fakePaneHostScript(350) });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator("fluent-tree-item").first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("detects WPS: no read-only notice, the insert buttons are there", async () => {
    expect(await page.locator(".notice").count()).to.equal(0);
    expect(await page.locator('[data-action="insert-table"]').count()).to.equal(1);
  });

  it("inserts a value, a formula and an analysis block at the selected cells by clicking", async () => {
    await page.locator("fluent-text-input.search input").click();
    await page.keyboard.type("xitu");
    await page.locator('.record[data-id="000-L17-7"]').click();

    await select(page, "B2");
    expect(await clickAndWait(page, '[data-action="insert-value"]', /已插入/)).to.equal("已插入数值：Sheet1!B2");
    expect(await formula(page, "Sheet1", "B2")).to.equal(350);

    await select(page, "C2");
    expect(await clickAndWait(page, '[data-action="insert-formula"]', /已插入/)).to.equal("已插入公式：Sheet1!C2");
    expect(String(await formula(page, "Sheet1", "C2"))).to.match(/^=PLAN\.TARGET\(/);

    await select(page, "E2");
    await page.locator(".current-value input").click();
    await page.keyboard.type("200");
    const said = await clickAndWait(page, '[data-action="insert-analysis"]', /已插入|插入失败/);
    expect(said).to.match(/^已插入.+：Sheet1!E2:F\d+$/);
    expect(await formula(page, "Sheet1", "E2")).to.equal("指标");
    const cells = await page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { __fakeWps: { activeSheet: { Range(a: string): { Formula: unknown } } } }
        ).__fakeWps.activeSheet.Range("F2:F20").Formula,
      ),
    );
    expect(cells).to.include("REQUIRED_CAGR(");
  });

  it("draws a sector chart beside its data; with a picture selected instead of cells it says to select a cell", async () => {
    await select(page, "M2");
    const said = await clickAndWait(page, '[data-action="insert-sector-chart"]', /已插入|插入失败/);
    expect(said).to.match(/^已插入.+：Sheet1!M2:N\d+$/);
    const charts = await page.evaluate(
      () =>
        (window as unknown as { __fakeWps: { activeSheet: { charts: { source: string; title: string }[] } } }).__fakeWps
          .activeSheet.charts,
    );
    expect(charts).to.have.length(1);
    expect(charts[0]!.source).to.match(/^M2:N\d+$/);

    await page.evaluate(() => {
      (window as unknown as { __fakeWps: { selection: unknown } }).__fakeWps.selection = null;
    });
    expect(await clickAndWait(page, '[data-action="insert-value"]', /插入失败/)).to.equal(
      "插入失败：所选的不是单元格（可能选中了图表或图片），请先选中一个单元格",
    );
    await select(page, "A1");
  });

  it("generates the monitoring sheet as a new WPS sheet", async () => {
    await page.keyboard.press("Escape");
    const said = await clickAndWait(page, '[data-action="make-monitoring"]', /监测表|失败/);
    expect(said).to.match(/^已生成监测表“监测”/);
    const sheets = await view(page);
    expect(sheets.active).to.equal("监测");
    expect(sheets.sheets).to.include.members(["监测", "Sheet1"]);
    expect(await formula(page, "监测", "A6")).to.equal("地区");
  });

  it("a refresh from the data server has WPS recalculate (CalculateFull) and records the version in the workbook", async () => {
    const before = await view(page);
    const v2 = withRareEarth360(v1, new Date(Date.parse(v1.index.generated) + 86_400_000).toISOString());
    server.publish(v2);
    await openDataPanel(page);
    await page.evaluate(() => {
      document.querySelector(".data-status")!.textContent = "";
    });
    await page.locator('[data-data-action="refresh"]').click();
    await page.waitForFunction(() => {
      const text = document.querySelector(".data-status")?.textContent ?? "";
      return text !== "" && !text.startsWith("正在");
    });
    expect(await page.locator(".data-status").innerText()).to.match(/^已更新到/);
    const after = await view(page);
    expect(after.calculations).to.equal(before.calculations + 1);
    expect(after.version).to.equal(`="${v2.index.version}"`);
  });
});
