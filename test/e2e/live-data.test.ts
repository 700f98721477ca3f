/**
 * Live datasets end to end, in headless Chromium with the stand-in Office host and a real web server on 127.0.0.1
 * that serves the built add-in and, under /datasets/, the dataset it publishes: v1 (what the build published and
 * embedded), then v2 (one figure changed: 内蒙古 稀土新材料 产值 2025, 350 → 360; every sha256 recomputed).
 *
 * 检查更新 and 刷新数据 show the change, PLAN.TARGET (the function Excel would call) answers 360, a full
 * recalculation was requested and the workbook remembers v2; a reload starts with v2 from IndexedDB. The same server
 * then produces every fault, each leaving the data in use answering, with its Chinese message.
 */
import { expect } from "chai";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PublishedDataset } from "../../src/data/publish";
import { builtAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { pathIn, shardFileOf, readPublished, republish, withRareEarth360 } from "../support/datasets";
import { ensureBrowserAndFonts, launch, openDataPanel, ROOT, typeInto, type Browser } from "./harness";

const SHOTS =
  process.env.SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : join(ROOT, "test-results", "screenshots");
/** Short request timeout for the tests of a server that never answers (the default is 15 s). */
const TIMEOUT_MS = 1500;

interface StandIn {
  functions: Record<string, (...args: unknown[]) => unknown>;
  calculations: string[];
  settings: Record<string, unknown>;
}

/** PLAN.TARGET("内蒙古","稀土新材料","产值",2025), called as Excel calls it. */
const rareEarth = (page: Page): Promise<unknown> =>
  page.evaluate<unknown>(`window.__standIn.functions.TARGET("内蒙古", "稀土新材料", "产值", 2025, null)`);
const standIn = (page: Page): Promise<StandIn> =>
  page.evaluate("({ calculations: window.__standIn.calculations, settings: window.__standIn.settings })");
const summary = (page: Page): Promise<string> => page.locator(".data-panel > summary").innerText();
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function openPanel(page: Page): Promise<void> {
  await openDataPanel(page);
}

/** Clicks a button of the 数据 section and waits for what the status then says. */
async function act(page: Page, action: "check" | "refresh" | "restore"): Promise<string> {
  await openPanel(page);
  await page.evaluate(() => {
    document.querySelector(".data-status")!.textContent = "";
  });
  await page.locator(`[data-data-action="${action}"]`).click();
  await page.waitForFunction(() => {
    const text = document.querySelector(".data-status")?.textContent ?? "";
    return text !== "" && !text.startsWith("正在");
  });
  return page.locator(".data-status").innerText();
}

/** Waits until the functions answer `value` (a stored dataset is swapped in asynchronously after start). */
async function answers(page: Page, value: number): Promise<void> {
  await page.waitForFunction(
    `(() => { try { return window.__standIn.functions.TARGET("内蒙古","稀土新材料","产值",2025,null) === ${value}; } catch { return false; } })()`,
  );
}

describe("live datasets end to end (headless Chromium, stand-in Office host, a web server on 127.0.0.1)", function () {
  this.timeout(180_000);
  let dist = "";
  let server: DataServer;
  let browser: Browser;
  let page: Page;
  let v1: PublishedDataset;
  let v2: PublishedDataset;
  let v3: PublishedDataset;

  const open = async (query = ""): Promise<void> => {
    await page.goto(`${server.origin}/taskpane.html?dataTimeoutMs=${TIMEOUT_MS}${query}`);
    await page.locator("fluent-tree-item").first().waitFor();
  };

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    dist = await builtAddin();
    server = await new DataServer("/datasets/", dist).start();
    v1 = readPublished(join(dist, "datasets"));
    const later = (days: number): string => new Date(Date.parse(v1.index.generated) + days * 86_400_000).toISOString();
    v2 = withRareEarth360(v1, later(1));
    // v3 changes another plan, for the faults met on the way from v2.
    v3 = republish(v2, { generated: later(2), plans: { "002": (plan) => (plan.records[0]!.note = "更新说明") } });
    server.publish(v1);
    browser = await launch();
    page = await browser.newPage("stand-in");
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    // The build is shared by every spec of the run (test/support/build.ts), which removes it when the run ends.
    await server?.close();
  });

  it("starts from the bundled snapshot (v1): PLAN.TARGET answers 350, PLAN.DATASET names v1", async () => {
    await open();
    expect(await rareEarth(page)).to.equal(350);
    expect(await summary(page)).to.equal(`数据 · ${v1.index.version}（内置数据）`);
    const dataset = await page.evaluate<string>("window.__standIn.functions.DATASET()");
    expect(dataset).to.equal(`${v1.index.version}（${v1.index.generated.slice(0, 10)}）`);
    expect(
      server.requests.filter((r) => r.startsWith("/datasets/")),
      "nothing fetched at start",
    ).to.deep.equal([]);
    expect(server.requests).to.not.include("/verify.js");
    // The address the build set (--env dataUrl; here the default beside the add-in), named in the hint.
    await openPanel(page);
    expect(await page.locator(".data-url-hint").innerText()).to.equal(
      `默认地址（构建时用 --env dataUrl 设定）：${server.origin}/datasets/index.json。可改为其他 https 地址（本机测试可用 http://localhost）。`,
    );
  });

  it("检查更新 finds v2 with one region changed", async () => {
    server.publish(v2);
    expect(await act(page, "check")).to.equal(
      `有新数据 ${v2.index.version}：新增地区 0 个，有改动的地区 1 个，删除地区 0 个。点击“刷新数据”更新。`,
    );
    expect(await rareEarth(page)).to.equal(350);
  });

  it("刷新数据 downloads and verifies only the changed plan and its document, swaps, shows 350 → 360, recalculates", async () => {
    server.requests.length = 0;
    expect(await act(page, "refresh")).to.equal(
      `已更新到 ${v2.index.version}（下载 2 个文件，均已校验）；已请 Excel 重新计算全部公式`,
    );
    expect(server.requests.filter((r) => r.startsWith("/datasets/"))).to.deep.equal([
      "/datasets/index.json",
      `/datasets/${shardFileOf(v2, "000")}`,
      `/datasets/${pathIn(v2, "documents/000_7fb2c2560672e87d.txt")}`,
    ]);
    expect(server.requests, "the verifier (zod) loads with the first refresh").to.include("/verify.js");
    expect(await page.locator(".data-changes h3").innerText()).to.equal(
      `更新内容：${v1.index.version} → ${v2.index.version}`,
    );
    expect(await page.locator(".plan-change .plan").allInnerTexts()).to.deep.equal([
      "000 内蒙古自治区新材料产业高质量发展方案（2021-2025）",
    ]);
    const figure = page.locator(".figure-change");
    expect(await figure.count()).to.equal(1);
    expect(await figure.locator(".what").innerText()).to.equal("新材料›稀土新材料 · 产值 · 2025：");
    expect(await figure.locator(".before").innerText()).to.equal("350亿元");
    expect(await figure.locator(".after").innerText()).to.equal("360亿元");
    expect(await figure.locator(".cite").innerText()).to.equal(
      "000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到360亿元”",
    );
    expect(await rareEarth(page)).to.equal(360);
    const { calculations, settings } = await standIn(page);
    expect(calculations).to.deep.equal(["Full"]);
    expect(settings["plan-targets.dataVersion"]).to.equal(v2.index.version);
    expect(await summary(page)).to.equal(`数据 · ${v2.index.version}（刚刷新的数据）`);
    await page.locator(".data-panel").screenshot({ path: join(SHOTS, "refresh.png") });
  });

  it("the source view shows the full line of v2 from the document the refresh checked and kept", async () => {
    server.requests.length = 0;
    await typeInto(page, "fluent-text-input.search input", "xitu 360");
    await page.locator('.record[data-id="000-L17-7"]').click();
    await page.locator(".full-line mark").waitFor();
    expect(await page.locator(".full-line mark").innerText()).to.equal("稀土新材料产值达到360亿元");
    expect(await page.locator(".full-line .line").innerText()).to.match(
      /^\s*（三）稀土新材料。.*2万吨以上，稀土新材料产值达到360亿元。$/,
    );
    expect(
      server.requests.filter((r) => r.startsWith("/datasets/")),
      "kept with the dataset",
    ).to.deep.equal([]);
    await page.keyboard.press("Escape");
  });

  it("a reload starts with v2 from IndexedDB, and asks for a recalculation again", async () => {
    await page.reload();
    await page.locator("fluent-tree-item").first().waitFor();
    await answers(page, 360);
    await page.waitForFunction(
      (v) => document.querySelector(".data-panel > summary")?.textContent?.includes(v),
      v2.index.version,
    );
    expect(await summary(page)).to.equal(`数据 · ${v2.index.version}（本机保存的更新）`);
    await page.waitForFunction("window.__standIn.calculations.length === 1");
    expect((await standIn(page)).calculations).to.deep.equal(["Full"]);
  });

  it("a reload in the middle of a download leaves the stored and the active dataset intact", async () => {
    server.publish(v3);
    server.fault(shardFileOf(v3, "002"), { kind: "hang" });
    await openPanel(page);
    await page.locator('[data-data-action="refresh"]').click();
    while (server.hanging.length === 0) await new Promise((r) => setTimeout(r, 20));
    await page.reload();
    server.release();
    await page.locator("fluent-tree-item").first().waitFor();
    await answers(page, 360);
    await page.waitForFunction(
      (v) => document.querySelector(".data-panel > summary")?.textContent?.includes(v),
      v2.index.version,
    );
    expect(await summary(page)).to.equal(`数据 · ${v2.index.version}（本机保存的更新）`);
  });

  it("two refreshes at once: the second is refused while the first runs; the first times out; v2 answers", async () => {
    server.publish(v3);
    server.fault(shardFileOf(v3, "002"), { kind: "hang" });
    await openPanel(page);
    await page.locator('[data-data-action="refresh"]').click();
    while (server.hanging.length === 0) await new Promise((r) => setTimeout(r, 20));
    await page.locator('[data-data-action="refresh"]').click();
    expect(await page.locator(".data-status").innerText()).to.equal("失败：正在更新数据，请等这次完成后再试");
    await page.waitForFunction(() => document.querySelector(".data-status")?.textContent?.includes("秒内没有响应"));
    expect(await page.locator(".data-status").innerText()).to.equal(
      `失败：数据服务器 ${TIMEOUT_MS / 1000} 秒内没有响应：${server.origin}/datasets/${shardFileOf(v3, "002")}`,
    );
    server.release();
    expect(await rareEarth(page)).to.equal(360);
  });

  it("恢复内置数据 returns to v1 and recalculates; a reload stays on v1", async () => {
    server.publish(v1);
    const before = (await standIn(page)).calculations.length;
    expect(await act(page, "restore")).to.equal(`已恢复内置数据 ${v1.index.version}；已请 Excel 重新计算全部公式`);
    expect(await rareEarth(page)).to.equal(350);
    expect((await standIn(page)).calculations.length).to.equal(before + 1);
    expect(await page.locator(".figure-change .after").innerText()).to.equal("350亿元");
    await page.reload();
    await page.locator("fluent-tree-item").first().waitFor();
    await page.waitForTimeout(300);
    expect(await summary(page)).to.equal(`数据 · ${v1.index.version}（内置数据）`);
    expect(await rareEarth(page)).to.equal(350);
  });

  it("a data release while on the built-in data: 原文整行 still shows the built-in document's line", async () => {
    // The release is copied over the folder the add-in's own data lives in; the pane stays on v1 (no refresh).
    server.copyOver(v2);
    await typeInto(page, "fluent-text-input.search input", "xitu 350");
    await page.locator('.record[data-id="000-L17-7"]').click();
    await page.locator(".full-line mark").waitFor();
    expect(await page.locator(".full-line mark").innerText()).to.equal("稀土新材料产值达到350亿元");
    expect(await page.locator(".full-line .line").innerText()).to.match(/稀土新材料产值达到350亿元。$/);
    expect(await page.locator(".full-line").innerText()).to.not.include("sha256");
    await page.keyboard.press("Escape");
  });

  it("检查更新 with older data on the server says it is older, not 有新数据", async () => {
    const older = republish(v1, {
      generated: new Date(Date.parse(v1.index.generated) - 86_400_000).toISOString(),
      plans: { "002": (plan) => (plan.records[0]!.note = "旧版说明") },
    });
    server.publish(older);
    const day = (iso: string): string => iso.slice(0, 10);
    const said = `服务器上的数据 ${older.index.version}（${day(older.index.generated)} 发布）比正在使用的 ${v1.index.version}（${day(v1.index.generated)} 发布）旧，不是更新；未做任何更改。`;
    expect(await act(page, "check")).to.equal(said);
    expect(await act(page, "refresh")).to.equal(said);
    expect(await summary(page)).to.equal(`数据 · ${v1.index.version}（内置数据）`);
  });

  it("a damaged store is discarded at start, and the pane says so", async () => {
    server.publish(v2);
    expect(await act(page, "refresh")).to.match(/^已更新到/);
    const plan000 = shardFileOf(v2, "000");
    await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open("plan-targets");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction("datasets", "readwrite");
        const store = tx.objectStore("datasets");
        const get = store.get("dataset:default");
        get.onsuccess = () => {
          const value = get.result;
          value.snapshot.files["${plan000}"] = value.snapshot.files["${plan000}"].replace("360", "370");
          store.put(value, "dataset:default");
        };
        tx.oncomplete = () => { db.close(); resolve(null); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
    await page.reload();
    await page.locator(".store-discarded").waitFor();
    expect(await page.locator(".store-discarded").innerText()).to.match(
      /^本机保存的数据已损坏（shards\/150000\.[0-9a-f]{16}\.json：sha256 校验不符：应为 [0-9a-f]{12}…，实为 [0-9a-f]{12}…），已丢弃，改用内置数据$/,
    );
    expect(await rareEarth(page)).to.equal(350);
    await page.reload();
    await page.locator("fluent-tree-item").first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator(".store-discarded").count(), "discarded once, gone after").to.equal(0);
  });

  it("a workbook computed with another data version says so and offers 重新计算", async () => {
    await open("&dataVersion=2020.01.01-deadbeef");
    await page.locator(".workbook-version").waitFor();
    expect(await page.locator(".workbook-version").innerText()).to.include(
      `数据版本不同：此工作簿上次按 2020.01.01-deadbeef 计算，当前数据为 ${v1.index.version}。`,
    );
    await page.locator('[data-data-action="recalculate"]').click();
    await page.waitForFunction("window.__standIn.calculations.length === 1");
    const { calculations, settings } = await standIn(page);
    expect(calculations).to.deep.equal(["Full"]);
    expect(settings["plan-targets.dataVersion"]).to.equal(v1.index.version);
    expect(await page.locator(".workbook-version").count()).to.equal(0);
  });

  it("refuses an address the page's policy does not allow, or plain http elsewhere, before any request", async () => {
    await openPanel(page);
    server.requests.length = 0;
    const input = page.locator(".data-url input");
    await typeInto(page, input, "https://data.example.gov.cn/plan-targets/index.json");
    expect(await act(page, "check")).to.match(
      new RegExp(
        `^失败：本插件的安全策略不允许连接 https://data\\.example\\.gov\\.cn（允许：${server.origin.replaceAll(".", "\\.")} `,
      ),
    );
    await typeInto(page, input, "http://data.example.gov.cn/index.json");
    expect(await act(page, "check")).to.equal(
      "失败：数据地址须使用 https（只有 localhost 和 127.0.0.1 可用 http）：http://data.example.gov.cn/index.json",
    );
    expect(server.requests).to.deep.equal([]);
    await typeInto(page, input, "");
    expect(await act(page, "check")).to.match(/^已是最新|^有新数据/);
    expect(await violations(page)).to.deep.equal([]);
  });

  describe("each fault: the data in use keeps answering, a Chinese message says what failed", () => {
    const later = "2027-01-01T00:00:00.000Z";
    // Messages naming the server's address are computed when the test runs (the server starts in before()).
    const faults: Array<{ name: string; arrange: () => void; message: string | RegExp | (() => string) }> = [
      {
        name: "network down (the server drops the connection)",
        arrange: () => server.fault("index.json", { kind: "reset" }),
        message: () => `失败：无法连接数据服务器：${server.origin}/datasets/index.json（网络中断或服务器未运行）`,
      },
      {
        name: "timeout (a server that never answers)",
        arrange: () => server.fault("index.json", { kind: "hang" }),
        message: () => `失败：数据服务器 ${TIMEOUT_MS / 1000} 秒内没有响应：${server.origin}/datasets/index.json`,
      },
      {
        name: "404",
        arrange: () => server.fault("index.json", { kind: "status", status: 404 }),
        message: "失败：服务器上没有 index.json（404）",
      },
      {
        name: "invalid JSON",
        arrange: () => server.publish(v2, "{ not json"),
        message: /^失败：index\.json 不是有效的 JSON：/,
      },
      {
        name: "a plan file failing the schema",
        arrange: () =>
          server.publish(republish(v1, { generated: later, plans: { "002": (p) => (p.records[0]!.kind = "wish") } })),
        message:
          /^失败：新数据未通过校验（1 处问题），例如：shards\/340000\.[0-9a-f]{16}\.json，记录 002-L17-1，字段 kind：无效选项/,
      },
      {
        name: "a quote not on its line, with a right sha256 (the build's check, run by the refresh)",
        arrange: () =>
          server.publish(
            republish(v1, {
              generated: later,
              plans: {
                "000": (plan) => {
                  const record = plan.records.find((r) => r.id === "000-L17-7")!;
                  record.value = 360;
                  record.quote = "稀土新材料产业产值达到360亿元";
                },
              },
            }),
          ),
        message:
          /^失败：新数据未通过校验（1 处问题），例如：shards\/150000\.[0-9a-f]{16}\.json，记录 000-L17-7，字段 quote：引文不在第17行原文中：“稀土新材料产业产值达到360亿元”$/,
      },
      {
        name: "a web page (a login page) served for index.json",
        arrange: () =>
          server.fault("index.json", {
            kind: "body",
            body: "<!DOCTYPE html><html><body>请登录</body></html>",
            type: "text/html",
          }),
        message: () =>
          `失败：服务器返回的是网页（可能是登录页或错误页），不是数据索引：${server.indexUrl}。请确认地址指向 index.json，且无需登录即可读取`,
      },
      {
        name: "sha256 mismatch",
        arrange: () => {
          server.publish(v2);
          const file = shardFileOf(v2, "000");
          server.fault(file, { kind: "body", body: v2.files[file]!.replace("360", "370") });
        },
        message: () => `失败：${shardFileOf(v2, "000")} 的 sha256 校验不符（文件已损坏或被改动）`,
      },
      {
        name: "a truncated download",
        arrange: () => {
          server.publish(v2);
          server.fault(shardFileOf(v2, "000"), { kind: "cut", bytes: 2000 });
        },
        message: () =>
          `失败：${shardFileOf(v2, "000")} 下载不完整：应为 ${Buffer.byteLength(v2.files[shardFileOf(v2, "000")]!)} 字节，只收到 2000 字节`,
      },
      {
        name: "a file over the size limit",
        arrange: () =>
          server.publish(
            republish(v1, {
              generated: later,
              raw: { "documents/002_ff2322d466e43402.txt": "x".repeat(6 * 1024 * 1024) },
            }),
          ),
        message: /^失败：documents\/002_ff2322d466e43402\.[0-9a-f]{16}\.txt 超过大小上限 5 MB，已拒绝$/,
      },
      {
        name: "a plan file listed but missing",
        arrange: () => {
          server.publish(v2);
          server.fault(shardFileOf(v2, "000"), { kind: "status", status: 404 });
        },
        message: () => `失败：服务器上没有 ${shardFileOf(v2, "000")}（404）`,
      },
    ];

    for (const fault of faults) {
      it(fault.name, async () => {
        fault.arrange();
        const said = await act(page, "refresh");
        server.release();
        const expected = typeof fault.message === "function" ? fault.message() : fault.message;
        if (expected instanceof RegExp) expect(said).to.match(expected);
        else expect(said).to.equal(expected);
        expect(await rareEarth(page)).to.equal(350);
        expect(await summary(page)).to.equal(`数据 · ${v1.index.version}（内置数据）`);
        expect(await page.locator(".data-status").evaluate((e) => e.classList.contains("error"))).to.equal(true);
      });
    }

    it("storage quota exceeded (a tiny quota through the DevTools protocol): nothing applied", async () => {
      // Chromium applies a quota override only before the origin first uses storage: a fresh profile, then the
      // override, then the page.
      const fresh = await launch();
      try {
        const tab = await fresh.newPage("stand-in");
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send("Storage.overrideQuotaForOrigin", { origin: server.origin, quotaSize: 1024 });
        server.publish(v2);
        await tab.goto(`${server.origin}/taskpane.html?dataTimeoutMs=${TIMEOUT_MS}`);
        await tab.locator("fluent-tree-item").first().waitFor();
        const said = await act(tab, "refresh");
        expect(said).to.match(
          /^失败：无法把新数据保存到本机（QuotaExceededError: .*；可能是存储空间不足），未做任何更改$/,
        );
        expect(await rareEarth(tab)).to.equal(350);
        expect(await summary(tab)).to.equal(`数据 · ${v1.index.version}（内置数据）`);
        expect((await standIn(tab)).calculations).to.deep.equal([]);
      } finally {
        await fresh.close();
      }
    });
  });
});
