/**
 * End to end in headless Chromium: the production build of the taskpane, served over localhost, with a stand-in
 * for the Office host (test/e2e/office-stand-in.js). Browse, search by pinyin, open a record, insert a formula and
 * a table, and check what reached the stand-in workbook; then the static mode (no custom functions) and the plain
 * browser with Microsoft's own office.js (read-only, copy to the clipboard). Each step is photographed.
 */
import { expect } from "chai";
import { Workbook } from "exceljs";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { builtAddin } from "../support/build";
import { ensureBrowserAndFonts, launch, ROOT, serve, typeInto, type Browser, type StaticServer } from "./harness";

/**
 * Screenshots of every run go to test-results/screenshots/; `SCREENSHOTS=docs npm test` writes them into
 * docs/screenshots/ instead, the copies the README shows (so a plain test run leaves the work tree clean).
 */
const SHOTS =
  process.env.SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : join(ROOT, "test-results", "screenshots");
const FORMULA = '=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")';

interface Recorded {
  writes: Array<{ address: string; kind: string; data: unknown[][] }>;
  cells: Record<string, { formula?: unknown }>;
  added: Array<{
    name: string;
    sets: Array<{ path: string; value: unknown }>;
    calls: Array<{ path: string; args: unknown[] }>;
  }>;
  notes: Array<{ address: string; text: string }>;
  tables: Array<{ address: string; hasHeaders: boolean }>;
  charts: Array<{ type: string; source: string; title: { text: string } }>;
}

const workbook = (page: Page): Promise<Recorded> =>
  page.evaluate(() => (window as unknown as { __standIn: { workbook: Recorded } }).__standIn.workbook);
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const statusText = (page: Page): Promise<string> => page.locator(".app-status").innerText();

describe("taskpane end to end (headless Chromium, stand-in Office host)", function () {
  this.timeout(120_000);
  let dist = "";
  let server: StaticServer;
  let browser: Browser;

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    dist = await builtAddin();
    server = await serve(dist);
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("in Excel with custom functions (Chinese display language)", () => {
    let page: Page;
    const requested: string[] = [];
    before(async () => {
      page = await browser.newPage("stand-in");
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator("fluent-tree-item").first().waitFor();
    });
    after(() => page.close());

    it("browses region → plan → sector with counts, and lists the records below a node", async () => {
      expect(await page.locator("h1").innerText()).to.equal("规划目标");
      const regions = page.locator("fluent-tree > fluent-tree-item");
      expect(await regions.count()).to.equal(4);
      expect(await regions.first().getAttribute("aria-label")).to.equal("内蒙古自治区，453 条");
      expect(await page.locator(".list-heading").innerText()).to.equal("全部记录 · 522 条记录");
      await regions.first().click();
      const plan = page.locator('fluent-tree-item[aria-label^="000 "]');
      await plan.click();
      const sector = plan.locator('fluent-tree-item[aria-label^="新材料，"]');
      await sector.click();
      await sector.locator('fluent-tree-item[aria-label^="稀土新材料，"]').click();
      await page.waitForFunction(() => document.querySelector(".list-heading")?.textContent?.includes("稀土新材料"));
      const heading = await page.locator(".list-heading").innerText();
      expect(heading, "plans are named by their title").to.match(
        /^内蒙古自治区新材料产业高质量发展方案（2021-2025） › 新材料›稀土新材料 · \d+ 条记录$/,
      );
      const rows = page.locator(".record");
      expect(await rows.first().getAttribute("aria-label")).to.include("稀土新材料");
      await page.screenshot({ path: join(SHOTS, "browse.png") });
    });

    it("searches by pinyin as you type (xitu → 稀土新材料), within a frame", async () => {
      // Pinyin comes after the first paint, from the build's table: pinyin-pro is not fetched for the bundled data.
      await page.waitForFunction(() => document.documentElement.dataset.pinyin === "ready");
      expect(requested).to.include("/pinyin.json");
      expect(requested).not.to.include("/pinyin.js");
      await typeInto(page, "fluent-text-input.search input", "xitu");
      await page.waitForFunction(() => document.querySelector(".list-heading")?.textContent?.includes("条结果"));
      const ids = await page.locator(".record").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
      expect(ids).to.include.members(["000-L17-7", "001D-L285-7"]);
      const sectors = await page.locator(".record .sector").allInnerTexts();
      expect(sectors.slice(0, 10).every((s) => s.startsWith("稀土"))).to.equal(true);
      expect(await page.locator("fluent-tree").isVisible()).to.equal(false);
      await page.screenshot({ path: join(SHOTS, "search.png") });
    });

    it("opens a record: source sentence with the figure marked, the other plan's 700 beside 350", async () => {
      await page.locator('.record[data-id="000-L17-7"]').click();
      await page.locator(".detail").waitFor();
      expect(await page.locator(".big-value .figure").innerText()).to.equal("350亿元");
      expect(await page.locator(".quote").innerText()).to.equal("稀土新材料产值达到350亿元");
      expect(await page.locator(".quote mark").innerText()).to.equal("350");
      const rows = await page
        .locator(".differing tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
      expect(rows.map((r) => r.slice(0, 2))).to.deep.equal([
        ["000（本条）", "350亿元"],
        ["001D", "700亿元"],
      ]);
      await typeInto(page, ".current-value input", "200");
      await typeInto(page, ".current-year input", "2023");
      await page.waitForFunction(() => document.querySelector(".required-cagr")?.textContent === "32.3%");
      expect(await page.locator(".progress").innerText()).to.equal("57.1%");
      expect(await page.locator(".path-chart circle").count()).to.equal(2);
      await page.screenshot({ path: join(SHOTS, "detail.png"), fullPage: true });
    });

    it("inserts =PLAN.TARGET(…) at the selection, with the unit in the number format", async () => {
      await page.locator('[data-action="insert-formula"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.includes("已插入"));
      expect(await statusText(page)).to.equal("已插入公式：Sheet1!B2");
      const { writes } = await workbook(page);
      expect(writes).to.deep.equal([
        { address: "Sheet1!B2", kind: "numberFormat", data: [['#,##0"亿元"']] },
        { address: "Sheet1!B2", kind: "formulas", data: [[FORMULA]] },
      ]);
      await page.locator(".actions").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, "insert.png") });
    });

    it("goes back with Escape and inserts a table of the search results: header, live formulas, an Excel table", async () => {
      await page.keyboard.press("Escape");
      await page.locator(".list-panel").waitFor();
      const count = await page.locator(".record").count();
      await page.locator('[data-action="insert-table"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.includes("表格"));
      const { writes, tables } = await workbook(page);
      const formulas = writes.filter((w) => w.kind === "formulas").at(-1)!;
      expect(formulas.address).to.equal(`Sheet1!B2:K${2 + count}`);
      expect(formulas.data[0]).to.deep.equal([
        "地区",
        "规划",
        "行业",
        "指标",
        "年份",
        "目标值",
        "上限",
        "单位",
        "限定",
        "出处",
      ]);
      expect(formulas.data[1]!.slice(0, 6)).to.deep.equal([
        "内蒙古自治区",
        "000",
        "新材料›稀土新材料",
        "产能",
        2025,
        "=PLAN.TARGET(B3,D3,E3,F3,C3)",
      ]);
      expect(tables).to.deep.equal([{ address: formulas.address, hasHeaders: true, name: "表1" }]);
      const formats = writes.filter((w) => w.kind === "numberFormat").at(-1)!;
      expect(formats.data[1]!.slice(0, 6)).to.deep.equal(["@", "@", "@", "@", "0", "#,##0"]);
      const fallbacks = formulas.data.slice(1).filter((row) => !String(row[5]).startsWith("=PLAN.TARGET(")).length;
      expect(fallbacks, "projects and specs among the results have no TARGET formula").to.be.greaterThan(0);
      expect(await statusText(page)).to.equal(
        `已插入表格：${formulas.address}；其中 ${fallbacks} 条为静态值（不是可用公式唯一取得的目标）`,
      );
    });

    it("is keyboard navigable: / to search, ↓ into the results, Enter opens, Escape returns", async () => {
      await page.locator("h1").click();
      await page.keyboard.press("/");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("xitu 350");
      await page.waitForFunction(() => document.querySelectorAll(".record").length === 1);
      await page.keyboard.press("ArrowDown");
      const active = () =>
        page.evaluate(
          () =>
            `${document.activeElement?.tagName} ${document.activeElement?.getAttribute("data-id")} ${document.querySelector(".search")?.shadowRoot?.activeElement?.tagName}`,
        );
      expect(await active()).to.equal("LI 000-L17-7 undefined");
      await page.keyboard.press("Enter");
      await page.locator(".detail").waitFor();
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).to.equal("000-L17-7");
    });

    it("fits a 320 px pane: nothing overflows sideways in the list or the detail", async () => {
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).to.equal(0);
      await page.keyboard.press("Enter");
      await page.locator(".detail").waitFor();
      expect(await overflow()).to.equal(0);
      await page.keyboard.press("Escape");
      await page.setViewportSize({ width: 340, height: 900 });
    });

    it("生成监测表: a new sheet of the listed level targets, with PLAN formulas, its table, colours and dropdowns", async () => {
      await typeInto(page, "fluent-text-input.search input", "");
      // The plan's own row (its expanded children fill the rest of the item).
      await page.locator('fluent-tree-item[aria-label^="000 "]').click({ position: { x: 80, y: 12 } });
      await page.waitForFunction(() =>
        /方案（2021-2025） · \d+ 条记录$/.test(document.querySelector(".list-heading")?.textContent ?? ""),
      );
      await page.locator('[data-action="make-monitoring"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.includes("监测表"));
      expect(await statusText(page)).to.match(
        /^已生成监测表“监测”：74 个目标（PLAN 公式）；另有 \d+ 条不是水平目标，未列入/,
      );
      const { added } = await workbook(page);
      expect(added.map((s) => s.name)).to.deep.equal(["监测"]);
      const formulas = added[0]!.sets.find((set) => set.path.endsWith(".formulas"))!.value as unknown[][];
      expect(formulas[5]!.slice(0, 4)).to.deep.equal(["地区", "规划", "指标", "行业"]);
      expect(JSON.stringify(formulas)).to.include("PLAN.ONTRACK(");
      const calls = added[0]!.calls.map((c) => c.path.replace(/^监测(!\S+?)?\./, ""));
      expect(calls).to.include.members(["tables.add", "freezePanes.freezeRows", "conditionalFormats.add", "activate"]);
      await page.screenshot({ path: join(SHOTS, "monitoring-pane.png") });
    });

    it("导出工作簿: downloads the .xlsx built in the page, loading exceljs only then", async () => {
      const loaded = () =>
        page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/exceljs.js")));
      expect(await loaded(), "exceljs is not loaded at start-up").to.equal(false);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('[data-action="export-workbook"]').click(),
      ]);
      expect(download.suggestedFilename()).to.match(
        /^规划目标-内蒙古自治区-内蒙古自治区新材料产业高质量发展方案（2021-2025）-\d{4}-\d{2}-\d{2}\.xlsx$/,
      );
      const file = join(SHOTS, "..", "export-e2e.xlsx");
      await download.saveAs(file);
      const book = new Workbook();
      await book.xlsx.load(readFileSync(file) as never);
      rmSync(file);
      expect(book.worksheets.map((ws) => ws.name)).to.deep.equal(["记录", "监测", "说明"]);
      expect(await loaded()).to.equal(true);
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.startsWith("已导出工作簿"));
      expect(await statusText(page)).to.match(/：116 条记录，监测表 74 个目标$/);
    });

    it("转为数值: replaces the PLAN formulas of the sheet by their values, each with its source as a note", async () => {
      const before = await workbook(page);
      const planCells = Object.entries(before.cells).filter(
        ([, c]) => typeof c.formula === "string" && c.formula.includes("PLAN."),
      );
      expect(planCells.length).to.be.greaterThan(1);
      await page.locator('[data-action="to-values"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.includes("转为数值"));
      expect(await statusText(page)).to.match(
        new RegExp(`^已将整张表中 ${planCells.length} 个 PLAN 公式转为数值，\\d+ 个附出处（见单元格批注）$`),
      );
      const after = await workbook(page);
      // The table inserted above: its first row's =PLAN.TARGET(B3,D3,E3,F3,C3) is the 稀土新材料 产能 target, 20.
      expect(after.cells.G3!.formula, "=PLAN.TARGET(…) is now its value").to.equal(20);
      expect(after.notes.find((n) => n.address === "Sheet1!G3")!.text).to.match(/^出处：《.+（000）.+第6行：“/);
      expect(
        Object.values(after.cells).some((c) => typeof c.formula === "string" && c.formula.includes("PLAN.")),
      ).to.equal(false);
      await page.screenshot({ path: join(SHOTS, "to-values.png") });
    });

    it("registered the custom functions and kept to its Content-Security-Policy", async () => {
      const associated = await page.evaluate(
        () => (window as unknown as { __standIn: { associated: string[] } }).__standIn.associated,
      );
      expect(associated).to.include("TARGET");
      expect(await violations(page)).to.deep.equal([]);
    });
  });

  describe("the detail and the blocks it inserts: a chunk of their own (detail.js), off the first paint", () => {
    it("fetches detail.js after the first paint; when it cannot, says so in Chinese, and the next click tries again", async () => {
      const page = await browser.newPage("stand-in");
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      // Registered after the harness's route, so it answers first: the server is unreachable for detail.js.
      await page.route("**/detail.js", (route) => route.abort("connectionrefused"));
      await page.goto(`${server.origin}/taskpane.html`);
      await typeInto(page, "fluent-text-input.search input", "稀土新材料 350");
      await page.locator('.record[data-id="000-L17-7"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.startsWith("无法加载"));
      expect(await statusText(page)).to.match(/^无法加载记录详情与插入功能：.+/);
      expect(await page.locator(".app-status").getAttribute("class")).to.include("error");
      expect(await page.locator(".detail").count()).to.equal(0);
      expect(requested).to.include("/detail.js");
      await page.unroute("**/detail.js");
      await page.locator('.record[data-id="000-L17-7"]').click();
      await page.locator(".detail").waitFor();
      expect(await page.locator(".big-value .figure").innerText()).to.equal("350亿元");
      await page.close();
    });
  });

  describe("in Excel without custom functions (English display language)", () => {
    it("says so once and inserts the value with its source instead of a formula", async () => {
      const page = await browser.newPage("stand-in");
      await page.goto(`${server.origin}/taskpane.html?cf=0&lang=en-US`);
      await page.locator(".notice").waitFor();
      expect(await page.locator(".notice").innerText()).to.include("does not support custom functions");
      expect(await page.locator("h1").innerText()).to.equal("Plan targets");
      await typeInto(page, "fluent-text-input.search input", "xitu 350");
      await page.locator('.record[data-id="000-L17-7"]').click();
      await page.locator('[data-action="insert-formula"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.startsWith("Inserted"));
      const { writes } = await workbook(page);
      expect(writes.at(-1)).to.deep.equal({
        address: "Sheet1!B2:C2",
        kind: "formulas",
        data: [
          [
            350,
            "《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元”",
          ],
        ],
      });
      await page.locator(".notice fluent-button").click();
      await page.reload();
      await page.locator("fluent-tree-item").first().waitFor();
      expect(await page.locator(".notice").count(), "dismissed once, not shown again").to.equal(0);
      await page.close();
    });
  });

  describe("in a plain browser with Microsoft's office.js (no Office host)", () => {
    it("is a read-only browser of the plans that copies a value, a formula or a citation", async () => {
      const page = await browser.newPage("npm-office-js");
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator(".notice").waitFor({ timeout: 15_000 });
      expect(await page.locator(".notice").innerText()).to.include("未在 Excel 中打开");
      expect(await page.locator('[data-action="insert-table"]').count()).to.equal(0);
      await typeInto(page, "fluent-text-input.search input", "xt");
      await page.locator('.record[data-id="000-L17-7"]').click();
      expect(await page.locator('[data-action^="insert-"]').count()).to.equal(0);
      await page.locator('[data-action="copy-formula"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.startsWith("已复制"));
      expect(await page.evaluate(() => navigator.clipboard.readText())).to.equal(FORMULA);
      await page.locator('[data-action="copy-citation"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.includes("第17行"));
      expect(await page.evaluate(() => navigator.clipboard.readText())).to.match(
        /^《.+》（000）000_7fb2c2560672e87d\.txt 第17行：“稀土新材料产值达到350亿元”$/,
      );
      // Microsoft's office.js, outside Office, tries a telemetry frame and an inline style now and then: the policy
      // blocks both (as it should). Nothing of the add-in's own may be blocked.
      const ours = (await violations(page)).filter((v) => !/appsforoffice\.microsoft\.com|oaspapps\.com/.test(v));
      expect(ours).to.deep.equal([]);
      await page.close();
    });

    it("copies the listed (or ticked) records as a table to paste into Excel or WPS", async () => {
      const page = await browser.newPage("npm-office-js");
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator(".notice").waitFor({ timeout: 15_000 });
      await typeInto(page, "fluent-text-input.search input", "内蒙古 xitu 350");
      await page.locator('.record[data-id="000-L17-7"]').waitFor();
      await page.locator('[data-action="copy-table"]').click();
      await page.waitForFunction(() => document.querySelector(".app-status")?.textContent?.startsWith("已复制表格"));
      const rows = (await page.evaluate(() => navigator.clipboard.readText())).split("\n").map((r) => r.split("\t"));
      expect(rows[0]).to.deep.equal(["地区", "规划", "行业", "指标", "年份", "目标值", "上限", "单位", "限定", "出处"]);
      expect(rows[1]!.slice(2, 8)).to.deep.equal(["新材料›稀土新材料", "产值", "2025", "350", "", "亿元"]);
      await page.close();
    });

    it("reads a share's current value as the cells, the CLI and the library do: 0.35 or 35%, and refuses 35", async () => {
      const page = await browser.newPage("npm-office-js");
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator(".notice").waitFor({ timeout: 15_000 });
      await typeInto(page, "fluent-text-input.search input", "内蒙古 工业互联网平台普及率 45");
      await page.locator('.record[data-id="001F-L426-3"]').click();
      await page.locator(".detail").waitFor();
      expect(await page.locator(".base-value input").inputValue(), "the plan's 8% (2021)").to.equal("8%");
      await typeInto(page, ".current-year input", "2023");
      const status = page.locator(".assessment .status");
      await page.locator(".current-value input").pressSequentially("35");
      await page.waitForFunction(() => document.querySelector(".assessment .status")?.textContent?.includes("35"));
      expect(await status.innerText()).to.equal("该指标以%计，当前值“35”应写作35%或0.35");
      await page.locator(".current-value input").press("End");
      await page.locator(".current-value input").press("%");
      await page.waitForFunction(() => document.querySelector(".assessment .status")?.textContent === "超前");
      await typeInto(page, ".current-value input", "0.35");
      await page.waitForFunction(() => document.querySelector(".assessment .progress")?.textContent === "73.0%");
      expect(await status.innerText()).to.equal("超前");
      await page.close();
    });
  });
});
