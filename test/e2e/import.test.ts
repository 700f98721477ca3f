/**
 * 导入规划 end to end, in headless Chromium with the stand-in Office host and the built add-in on a real web server
 * on 127.0.0.1: paste a plan's text, extract (in the extractor's worker), review, accept, save; PLAN.TARGET (the
 * function Excel would call) then answers from the new plan, also after a reload (IndexedDB). 我的规划 in the tree,
 * 导出 (the plan file read back), 删除. Then each fault: a clear Chinese message, nothing stored.
 */
import { expect } from "chai";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { builtAddin } from "../support/build";
import { DataServer } from "../support/data-server";
import { gbkBytes } from "../support/gbk";
import { csvOf, GD_TEXT, GD_TITLE, TABLE_ROWS } from "../support/import-fixtures";
import { ensureBrowserAndFonts, launch, ROOT, typeInto, type Browser } from "./harness";

/** The plan's text as the test types it: GD_TEXT and a line break after its last line, as people end a text. */
const TYPED = `${GD_TEXT}\n`;

const SHOTS =
  process.env.SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : join(ROOT, "test-results", "screenshots");

type Functions = Record<string, (...args: unknown[]) => unknown>;

/** PLAN.TARGET("广东省", sector, "产量", 2025) as Excel calls it: the value, or the message of its error. */
const guangdong = (page: Page, sector = "新能源汽车›整车"): Promise<unknown> =>
  page.evaluate((sector) => {
    const { functions } = (window as unknown as { __standIn: { functions: Functions } }).__standIn;
    try {
      return functions.TARGET!("广东省", sector, "产量", 2025, null);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  }, sector);
const calculations = (page: Page): Promise<string[]> => page.evaluate<string[]>("window.__standIn.calculations");
const status = (page: Page): Promise<string> => page.locator(".import-status").innerText();
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** The ids of the user's plans kept in IndexedDB (what a reload starts from). */
const storedPlanIds = (page: Page): Promise<string[]> =>
  page.evaluate<string[]>(`new Promise((resolve, reject) => {
    const open = indexedDB.open("plan-targets");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("datasets")) { db.close(); resolve([]); return; }
      // Under Office's partition key when it gives one: every user-plans:* key.
      const store = db.transaction("datasets").objectStore("datasets");
      const get = store.getAll(IDBKeyRange.bound("user-plans:", "user-plans:\\uffff"));
      get.onsuccess = () => {
        db.close();
        resolve(get.result.flatMap((stored) => stored.plans.map((p) => JSON.parse(p.plan).id)));
      };
      get.onerror = () => reject(get.error);
    };
  })`);

/** Waits until the import's status line says something other than work in progress (正在…). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector(".import-status")?.textContent ?? "";
    return text !== "" && !text.startsWith("正在");
  });
  return status(page);
}

/** Clears the status line, clicks an import button, and answers what the status then says. */
async function act(page: Page, action: string): Promise<string> {
  await page.evaluate(() => {
    document.querySelector(".import-status")!.textContent = "";
  });
  await page.locator(`[data-import-action="${action}"]`).click();
  return settled(page);
}

async function openImport(page: Page): Promise<void> {
  await page.locator(".import-panel").waitFor();
  await page.locator(".import-panel > summary").click();
  await page.locator(".import-view").waitFor();
}

/** The paste box, found as a person finds it: the text box labelled 规划正文. */
const box = (page: Page): Locator => page.getByRole("textbox", { name: "规划正文" });

/** What the paste box holds (read, never set: the tests put text in as a person does). */
const boxText = (page: Page): Promise<string> =>
  page.locator(".import-text").evaluate((e) => (e as HTMLElement & { value: string }).value);

/** Clicks into the paste box and empties it: select all, delete. */
async function clearBox(page: Page): Promise<void> {
  await box(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
}

/** Types `text` into the paste box key by key (Enter for each line break). */
async function typeText(page: Page, text: string): Promise<void> {
  await clearBox(page);
  await page.keyboard.type(text);
}

/** Enters `text` in one go, as an input method commits what was composed. */
async function insertText(page: Page, text: string): Promise<void> {
  await clearBox(page);
  await page.keyboard.insertText(text);
}

/**
 * Pastes through the system clipboard: the clipboard written (built in the page when given as a repeat, so 10 MB
 * does not cross the protocol), then Ctrl+V in the emptied box.
 */
async function pasteText(page: Page, text: string, repeat = 1, tail = ""): Promise<void> {
  await page.evaluate(([t, n, end]) => navigator.clipboard.writeText(t.repeat(n) + end), [text, repeat, tail] as [
    string,
    number,
    string,
  ]);
  await clearBox(page);
  await page.keyboard.press("Control+V");
}

describe("导入规划 end to end (headless Chromium, stand-in Office host, a web server on 127.0.0.1)", function () {
  this.timeout(180_000);
  let dist = "";
  let server: DataServer;
  let browser: Browser;
  let page: Page;

  const open = async (): Promise<void> => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator("fluent-tree-item").first().waitFor();
  };

  before(async function () {
    this.timeout(300_000);
    ensureBrowserAndFonts();
    dist = await builtAddin();
    server = await new DataServer("/datasets/", dist).start();
    browser = await launch();
    page = await browser.newPage("stand-in");
    mkdirSync(SHOTS, { recursive: true });
    await open();
  });

  after(async () => {
    await browser?.close();
    // The build is shared by every spec of the run and removed when the run ends (test/support/build.ts).
    await server?.close();
  });

  it("loads the import only when 导入规划 is opened; the figure is unknown before", async () => {
    expect(server.requests).to.not.include("/import.js");
    expect(await guangdong(page)).to.match(/^error: 未找到行业/);
    await openImport(page);
    expect(server.requests).to.include("/import.js");
    expect(await page.locator(".my-plans .hint").innerText()).to.equal("还没有导入的规划。");
  });

  it("the paste box opens empty, labelled 规划正文, with its hint as placeholder", async () => {
    expect(await boxText(page)).to.equal("");
    expect(await box(page).inputValue()).to.equal("");
    expect(await box(page).getAttribute("placeholder")).to.equal("粘贴规划的全文，或其中写目标的部分…");
  });

  it("types a plan's text: the worker proposes each figure with its sentence, the figure highlighted", async () => {
    // Typed as a person types it, Enter after each line, the last one too: still five lines.
    await typeText(page, TYPED);
    expect(await boxText(page)).to.equal(TYPED);
    await page.locator("select.import-region").selectOption("广东省");
    expect(await act(page, "extract")).to.equal("从 5 行中提取到 6 条，请逐条核对：采用、不采用或修改后采用");
    expect(server.requests).to.include("/extract-worker.js");
    expect(await page.locator(".proposal mark").allInnerTexts()).to.deep.equal([
      "8000",
      "15",
      "200",
      "300",
      "50",
      "10",
    ]);
    expect(await page.locator(".proposal .proposal-source").nth(2).innerText()).to.equal(
      "第4行 新能源汽车产量达到200万辆",
    );
    expect(await page.locator(".proposal-summary").nth(2).innerText()).to.equal(
      "新能源汽车 · 产量 · 2025 · 200万辆 · 目标",
    );
    // The title and period are read from the text when left blank.
    expect(await page.locator(".import-title").evaluate((e) => (e as HTMLElement & { value: string }).value)).to.equal(
      GD_TITLE,
    );
    expect(await page.locator(".import-period").evaluate((e) => (e as HTMLElement & { value: string }).value)).to.equal(
      "2023-2025",
    );
  });

  it("each card says the tense read and why; one click flips it, one more flips it back", async () => {
    expect(await page.locator(".proposal-tense-text").first().innerText()).to.equal("将来（到2025年）→ 目标");
    const card = page.locator(".proposal").nth(2);
    expect(await card.locator(".proposal-tense-text").innerText()).to.equal("将来（发展目标）→ 目标");
    await card.locator('[data-import-action="flip-tense"]').click();
    expect(await card.locator(".proposal-tense-text").innerText()).to.equal("过去（已改）→ 基期值");
    expect(await card.locator(".proposal-summary").innerText()).to.equal("新能源汽车 · 产量 · 2025 · 200万辆 · 基期值");
    await card.locator('[data-import-action="flip-tense"]').click();
    expect(await card.locator(".proposal-tense-text").innerText()).to.equal("将来（发展目标）→ 目标");
  });

  it("an edited field shows in the proposal; 全部采用 then 不采用 on one leaves five accepted", async () => {
    const card = page.locator(".proposal").nth(2);
    await card.locator(".proposal-edit > summary").click();
    // A figure the sentence does not show is refused at once (a record quotes its figure verbatim).
    await typeInto(page, card.locator('input[data-field="value"]'), "210");
    expect(await card.locator(".proposal-problem").innerText()).to.match(/^第3条的“数值”：原文中没有数值“210”/);
    await typeInto(page, card.locator('input[data-field="value"]'), "200");
    expect(await card.locator(".proposal-problem").isHidden()).to.equal(true);
    await typeInto(page, card.locator('input[data-field="sector"]'), "新能源汽车›整车");
    expect(await card.locator(".proposal-summary").innerText()).to.equal(
      "新能源汽车›整车 · 产量 · 2025 · 200万辆 · 目标",
    );
    await page.locator('[data-import-action="accept-all"]').click();
    await page.locator(".proposal").nth(4).locator('[data-decision="rejected"]').click();
    expect(await page.locator(".review-count").innerText()).to.equal("已采用 5 条，不采用 1 条，共 6 条");
    await page.locator(".import-panel").screenshot({ path: join(SHOTS, "import-review.png") });
  });

  it("保存为我的规划: verified, stored, swapped in; PLAN.TARGET answers from U001 at once; Excel recalculates", async () => {
    const before = (await calculations(page)).length;
    expect(await act(page, "save")).to.equal("已保存为我的规划 U001：5 条记录；已请 Excel 重新计算全部公式");
    expect(await guangdong(page)).to.equal(200);
    expect((await calculations(page)).length).to.equal(before + 1);
    expect(await storedPlanIds(page)).to.deep.equal(["U001"]);
    expect(await page.locator(".my-plan .my-plan-title").allInnerTexts()).to.deep.equal([`U001 ${GD_TITLE}`]);
    const mine = page.locator('fluent-tree-item[aria-label^="我的规划"]');
    expect(await mine.getAttribute("aria-label")).to.equal("我的规划，5 条");
    expect(await violations(page)).to.deep.equal([]);
  });

  it("a reload answers from the stored plan, listed under 我的规划", async () => {
    await page.reload();
    await page.locator("fluent-tree-item").first().waitFor();
    // The stored plans are laid over the data just after start.
    await page.waitForFunction(() => {
      const { functions } = (window as unknown as { __standIn: { functions: Functions } }).__standIn;
      try {
        return functions.TARGET!("广东省", "新能源汽车›整车", "产量", 2025, null) === 200;
      } catch {
        return false;
      }
    });
    expect(await guangdong(page)).to.equal(200);
    expect(await page.locator('fluent-tree-item[aria-label^="我的规划"]').getAttribute("aria-label")).to.equal(
      "我的规划，5 条",
    );
    await openImport(page);
    expect(await page.locator(".my-plan .my-plan-title").allInnerTexts()).to.deep.equal([`U001 ${GD_TITLE}`]);
  });

  it("导出 offers the plan file and its document, as seeds/ takes them", async () => {
    const downloads: Array<{ name: string; text: string }> = [];
    const taken = new Promise<void>((done) => {
      page.on("download", (download) => {
        void download.path().then((path) => {
          downloads.push({ name: download.suggestedFilename(), text: readFileSync(path, "utf8") });
          if (downloads.length === 2) done();
        });
      });
    });
    await page.locator('.my-plan [data-plan-action="export"]').click();
    await taken;
    const [planFile, documentFile] = ["json", "txt"].map((ext) => downloads.find((d) => d.name.endsWith(`.${ext}`))!);
    expect(planFile!.name).to.equal("U001.json");
    const plan = JSON.parse(planFile!.text) as { id: string; region: string; records: Array<{ value: number }> };
    expect(plan.id).to.equal("U001");
    expect(plan.region).to.equal("广东省");
    expect(plan.records.map((r) => r.value)).to.deep.equal([8000, 15, 200, 300, 10]);
    expect(documentFile!.name).to.match(/^U001_[0-9a-f]{16}\.txt$/);
    // The document is exactly what was typed.
    expect(documentFile!.text).to.equal(TYPED);
  });

  describe("each fault: a Chinese message, nothing stored", () => {
    before(async () => {
      if (!(await page.locator(".import-view").isVisible())) await openImport(page);
    });
    const nothingStored = async (): Promise<void> => {
      expect(await storedPlanIds(page)).to.deep.equal(["U001"]);
      expect(await page.locator(".my-plan").count()).to.equal(1);
      expect(await page.locator(".import-status").evaluate((e) => e.classList.contains("error"))).to.equal(true);
    };

    it("empty text", async () => {
      await insertText(page, "  \n\u3000\n");
      expect(await act(page, "extract")).to.equal("失败：文本为空：请粘贴规划正文");
      await nothingStored();
    });

    it("text with no figures", async () => {
      await typeText(page, "一、总体要求\n坚持创新驱动，推动产业高质量发展。\n");
      expect(await act(page, "extract")).to.equal(
        "失败：在2行文本中没有找到数值目标（数字加单位，如“产值达到350亿元”）",
      );
      await nothingStored();
    });

    it("text decoded with the wrong encoding (U+FFFD for every character GBK had)", async () => {
      await pasteText(page, "到2025年\uFFFD\uFFFD\uFFFD产值达到350亿元\n", 10);
      expect(await act(page, "extract")).to.match(
        /^失败：无法读取这段文本：含有30个无法识别的字符（�），可能是编码错误/,
      );
      await nothingStored();
    });

    it("a binary file chosen under 文件", async () => {
      await page.locator("#import-tab-file").click();
      await page.evaluate(() => {
        document.querySelector(".import-status")!.textContent = "";
      });
      await page.locator("input.import-files").setInputFiles({
        name: "plan.csv",
        mimeType: "text/csv",
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05]),
      });
      const said = await settled(page);
      await page.locator("#import-tab-paste").click();
      expect(said).to.match(/^失败：.*plan\.csv/);
      await nothingStored();
    });

    it("saving without a region says so; nothing stored", async () => {
      await pasteText(page, GD_TEXT);
      await page.locator("select.import-region").selectOption("");
      await act(page, "extract");
      await page.locator('[data-import-action="accept-all"]').click();
      expect(await act(page, "save")).to.equal("失败：请选择规划所属的地区");
      await nothingStored();
    });

    it("a 10 MB paste: read off the page with progress, to the end; 取消 stops one", async () => {
      // Observe every status while the worker reads (no timing: the messages are recorded, then looked at).
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __statuses: string[] }).__statuses = seen;
        const status = document.querySelector(".import-status")!;
        new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      // 10 MB of UTF-8: prose without figures, then the plan's lines.
      const prose = "坚持创新驱动发展战略，推动制造业高端化、智能化、绿色化发展，构建现代化产业体系。\n";
      const repeat = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(prose));
      await pasteText(page, prose, repeat, GD_TEXT);
      expect((await boxText(page)).length).to.equal(prose.length * repeat + GD_TEXT.length);
      await page.locator("select.import-region").selectOption("广东省");
      const lines = repeat + 5;
      expect(await act(page, "extract")).to.equal(`从 ${lines} 行中提取到 6 条，请逐条核对：采用、不采用或修改后采用`);
      const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
      const progress = statuses.filter((s) => /^正在提取：已读 \d+ \/ \d+ 行$/.test(s));
      expect(progress.length, statuses.slice(0, 5).join(" | ")).to.be.greaterThan(1);
      expect(progress.at(-1)).to.match(new RegExp(` / ${lines} 行$`));

      // Again, cancelled once the first progress is shown.
      await page.evaluate(() => {
        document.querySelector(".import-status")!.textContent = "";
      });
      await page.locator('[data-import-action="extract"]').click();
      await page.waitForFunction(() =>
        document.querySelector(".import-status")?.textContent?.startsWith("正在提取：已读"),
      );
      await page.locator('[data-import-action="cancel"]').click();
      expect(await settled(page)).to.equal("已取消提取");
      expect(await page.locator(".proposal").count()).to.equal(0);
      expect(await storedPlanIds(page)).to.deep.equal(["U001"]);
    });
  });

  describe("removing", () => {
    it("删除 asks once more, then removes the plan: PLAN.TARGET no longer answers it, nor after a reload", async () => {
      await page.locator('.my-plan [data-plan-action="delete"]').click();
      await page.evaluate(() => {
        document.querySelector(".import-status")!.textContent = "";
      });
      await page.locator('.my-plan [data-plan-action="confirm-delete"]').click();
      expect(await settled(page)).to.match(/^已删除我的规划 U001/);
      expect(await guangdong(page)).to.match(/^error: 未找到行业/);
      expect(await storedPlanIds(page)).to.deep.equal([]);
      expect(await page.locator('fluent-tree-item[aria-label^="我的规划"]').count()).to.equal(0);
      await page.reload();
      await page.locator("fluent-tree-item").first().waitFor();
      expect(await guangdong(page)).to.match(/^error: 未找到行业/);
      expect(await violations(page)).to.deep.equal([]);
    });
  });

  describe("所选区域", () => {
    it("reads a range laid out like the template (from row 3): the plan answers PLAN.TARGET", async () => {
      // Four rows by twelve columns from A3, as a bureau's sheet holds them (numbers as numbers).
      await page.goto(`${server.origin}/taskpane.html?select=A3:L6`);
      await page.locator("fluent-tree-item").first().waitFor();
      await page.evaluate((rows) => {
        const { cells } = (window as unknown as { __standIn: { workbook: { cells: Record<string, unknown> } } })
          .__standIn.workbook;
        rows.forEach((row, i) =>
          row.forEach((text, j) => {
            cells[`${String.fromCharCode(65 + j)}${i + 3}`] = { formula: /^\d+$/.test(text) ? Number(text) : text };
          }),
        );
      }, TABLE_ROWS as string[][]);
      await openImport(page);
      await page.locator("#import-tab-selection").click();
      const said = await act(page, "read-selection");
      // The years in the title and the 原文 are numbers no record claims: set aside, as seeds/ records them.
      expect(said).to.match(
        /^已导入 Sheet1!A3:L6 为我的规划 U\d{3}：3 条记录；另有 \d+ 处数字列为待复核的排除项；已请 Excel 重新计算全部公式$/,
      );
      const robots = await page.evaluate(() => {
        const { functions } = (window as unknown as { __standIn: { functions: Functions } }).__standIn;
        return functions.TARGET!("浙江", "高端装备›机器人", "产值", 2025, null);
      });
      expect(robots).to.equal(500);
      expect(await storedPlanIds(page)).to.have.length(1);
    });
  });

  describe("文件", () => {
    it("a CSV saved in GBK (as Excel on Chinese Windows saves it) becomes one more plan", async () => {
      // GBK has no ›: sector levels split by /, as the template writes them.
      const rows = TABLE_ROWS.map((row) => row.map((cell) => cell.replaceAll("›", "/"))).map((row, i) =>
        i === 1 ? [row[0]!, "浙江省机器人产业行动计划（2021-2025年）", ...row.slice(2)] : row,
      );
      await page.locator("#import-tab-file").click();
      await page.evaluate(() => {
        document.querySelector(".import-status")!.textContent = "";
      });
      await page.locator("input.import-files").setInputFiles({
        name: "机器人.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(gbkBytes(csvOf(rows))),
      });
      expect(await settled(page)).to.match(
        /^已导入 机器人\.csv 为我的规划 U\d{3}：3 条记录；另有 \d+ 处数字列为待复核的排除项；已请 Excel 重新计算全部公式$/,
      );
      expect(await storedPlanIds(page)).to.have.length(2);
      const [, id] = await page.locator(".my-plan .plan-id").allInnerTexts();
      const robots = await page.evaluate((plan) => {
        const { functions } = (window as unknown as { __standIn: { functions: Functions } }).__standIn;
        return functions.TARGET!("浙江", "高端装备›机器人", "产值", 2025, plan);
      }, id!);
      expect(robots).to.equal(500);
    });

    it("a CSV whose › GBK turned into ? is refused, naming the row, the column and the cause; nothing stored", async () => {
      const before = await storedPlanIds(page);
      await page.evaluate(() => {
        document.querySelector(".import-status")!.textContent = "";
      });
      await page.locator("input.import-files").setInputFiles({
        name: "旧模板.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(gbkBytes(csvOf(TABLE_ROWS), { lossy: true })),
      });
      expect(await settled(page)).to.match(
        /^失败：旧模板\.csv 第2行“行业”列：“高端装备\?机器人”中有“\?”：文件编码可能丢失了字符（例如以 GBK 保存时无法表示的符号）/,
      );
      expect(await storedPlanIds(page)).to.deep.equal(before);
    });
  });
});
