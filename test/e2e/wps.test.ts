/**
 * WPS 表格 end to end: the production build of the WPS add-in (`npm run build:wps`, test/support/build.ts) served
 * over localhost; headless Chromium loads its hidden entry page (index.html) with the fake WPS host
 * (test/support/fake-wps.ts) as the page's `wps`, the way WPS loads it at start. Then the formulas are calculated
 * through what was registered, and the ribbon's button is pressed the way WPS presses it (its OnAction callback).
 * Also the offline package: the .7z's layout and the lists that point at it.
 */
import { expect } from "chai";
import { path7za } from "7zip-bin";
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { version } from "../../package.json";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";
import { wpsFunctionsMetadata } from "../../src/sheet/function-metadata";
import { builtWpsAddin, TEST_BASE_URL, type BuiltWps } from "../support/build";
import type { FakeWps } from "../support/fake-wps";
import { fakeEntryHostScript } from "../support/fake-wps-pages";
import { ensureBrowserAndFonts, launch, serve, type Browser, type StaticServer } from "./harness";

type PageWindow = Window & { wps: FakeWps; OnAction?: (control: { Id: string }) => boolean; __cspViolations: string[] };

describe("WPS 表格 end to end (dist/wps/index.html in headless Chromium, fake WPS host)", function () {
  this.timeout(120_000);
  let built: BuiltWps;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    built = await builtWpsAddin();
    server = await serve(built.dir);
    browser = await launch();
    page = await browser.newPage("stand-in");
    await page.addInitScript({ content: fakeEntryHostScript() });
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => (window as unknown as PageWindow).wps.registry.size > 0);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("registers exactly the 20 PLAN functions once, with WPS's metadata types", async () => {
    const registered = await page.evaluate(() => {
      const { wps } = window as unknown as PageWindow;
      return {
        calls: wps.calls.addCustomFunction,
        functions: [...wps.registry.values()].map((r) => ({ namespace: r.namespace, name: r.name, meta: r.metadata })),
      };
    });
    expect(FUNCTION_TABLE).to.have.length(20);
    expect(registered.calls).to.equal(20);
    const expected = wpsFunctionsMetadata("zh");
    expect(registered.functions.map((f) => `${f.namespace}.${f.name}`)).to.deep.equal(
      expected.map((m) => `PLAN.${m.name}`),
    );
    registered.functions.forEach((f, i) => {
      const { name: _name, ...meta } = expected[i]!;
      expect(f.meta).to.deep.equal(meta);
    });
    expect(await page.evaluate(() => (window as unknown as PageWindow).__cspViolations)).to.deep.equal([]);
  });

  it('=PLAN.TARGET("内蒙古","稀土新材料","产值",2025) → 350; pinned to 001D → 700 with the year omitted', async () => {
    const answers = await page.evaluate(() => {
      const { wps } = window as unknown as PageWindow;
      return [
        wps.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", 2025),
        wps.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", -2147352572, "001D"),
        wps.calculate("PLAN.TARGET", "内蒙古", "稀土材料", "产值"),
      ];
    });
    expect(answers.slice(0, 2)).to.deep.equal([350, 700]);
    expect(answers[2]).to.match(/^#N\/A：未找到行业“稀土材料”/);
  });

  it("the ribbon's 规划目标 button opens the taskpane page (CreateTaskPane, Visible) and toggles it", async () => {
    const panes = await page.evaluate(() => {
      const w = window as unknown as PageWindow;
      w.OnAction!({ Id: "planTargetsOpenPane" });
      const first = w.wps.panes.map((p) => ({ url: p.url, visible: p.Visible }));
      w.OnAction!({ Id: "planTargetsOpenPane" });
      return { first, after: w.wps.panes.map((p) => p.Visible), created: w.wps.calls.createTaskPane };
    });
    expect(panes.first).to.deep.equal([{ url: `${server.origin}/taskpane.html`, visible: true }]);
    expect(panes.after).to.deep.equal([false]);
    expect(panes.created).to.equal(1);
    const taskpane = readFileSync(join(built.dir, "taskpane.html"), "utf8");
    expect(taskpane).to.include("taskpane.js").and.not.include("functions.js");
  });

  it("writes the offline package: plan-targets_<version>/ inside the .7z, listed by jsplugins.xml", () => {
    const folder = `plan-targets_${version}`;
    chmodSync(path7za, 0o755);
    const listing = spawnSync(path7za, ["l", "-slt", join(built.packageDir, `${folder}.7z`)], { encoding: "utf8" });
    expect(listing.status).to.equal(0);
    const paths = [...listing.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]!).slice(1);
    for (const file of ["index.html", "ribbon.xml", "manifest.xml", "functions.json", "taskpane.html", "wps.js"])
      expect(paths).to.include(`${folder}/${file}`);
    expect(paths.some((p) => p.startsWith(`${folder}/datasets/`))).to.equal(true);
    expect(paths.every((p) => p === folder || p.startsWith(`${folder}/`))).to.equal(true);
    const jsplugins = readFileSync(join(built.packageDir, "jsplugins.xml"), "utf8");
    expect(jsplugins).to.include(
      `name="plan-targets" type="et" version="${version}" url="${TEST_BASE_URL}${folder}.7z"`,
    );
    expect(readFileSync(join(built.packageDir, "oem.ini"), "utf8")).to.match(/\[Support\]\r\nJsApiPlugin=true/);
    expect(readFileSync(join(built.packageDir, "publish.xml"), "utf8")).to.include(`url="${TEST_BASE_URL}"`);
  });

  it("the built manifest.xml, ribbon.xml and functions.json are the golden files (test/golden/wps/)", () => {
    for (const file of ["manifest.xml", "ribbon.xml", "functions.json"]) {
      const golden = readFileSync(resolve(__dirname, "..", "golden", "wps", file), "utf8");
      expect(readFileSync(join(built.dir, file), "utf8"), file).to.equal(golden);
    }
  });
});
