/**
 * The end-to-end harness: serve the built add-in (test/support/build.ts) over plain http on a free localhost port, and drive
 * Debian's Chromium through playwright-core with every request leaving localhost intercepted — the Office CDN's
 * office.js answered by the stand-in host (or by the npm copy of office.js), everything else aborted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page, type Route } from "playwright-core";
import { aptInstall } from "../support/system";

export const ROOT = resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_URL = `${OFFICE_CDN}office.js`;
const NPM_OFFICE_DIR = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const STAND_IN = join(__dirname, "office-stand-in.js");
const CUSTOM_FUNCTIONS_STAND_IN = join(__dirname, "..", "support", "custom-functions-stand-in.cjs");

/** The stand-in host as one script: the shared CustomFunctions stand-in, then the Office host. */
function standInScript(): string {
  return `${readFileSync(CUSTOM_FUNCTIONS_STAND_IN, "utf8")}\n${readFileSync(STAND_IN, "utf8")}`;
}

/** Debian's chromium and a CJK font (screenshots of a Chinese UI need one), installed only when missing. */
export function ensureBrowserAndFonts(): void {
  const needChromium = !existsSync(CHROMIUM);
  const fonts = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  const needFont = fonts.status !== 0 || fonts.stdout.trim().length === 0;
  if (!needChromium && !needFont) return;
  aptInstall([...(needChromium ? ["chromium"] : []), ...(needFont ? ["fonts-wqy-microhei"] : [])]);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** A static file server for `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(dir, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export type OfficeScript = "stand-in" | "npm-office-js";

export interface Browser {
  readonly context: BrowserContext;
  newPage(office: OfficeScript, width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile; pages get only localhost and the intercepted Office CDN. */
export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "plan-targets-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 340, height: 900 },
    deviceScaleFactor: 1,
    locale: "zh-CN",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return {
    context,
    async newPage(office, width = 340) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.route("**/*", (route) => answer(route, office));
      // Collect Content-Security-Policy violations from the first script on.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function answer(route: Route, office: OfficeScript): Promise<void> {
  const url = new URL(route.request().url());
  if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
  if (url.href === OFFICE_JS_URL && office === "stand-in") {
    return route.fulfill({ status: 200, contentType: "text/javascript", body: standInScript() });
  }
  if (url.href.startsWith(OFFICE_CDN) && office === "npm-office-js") {
    const file = normalize(join(NPM_OFFICE_DIR, url.pathname.slice(new URL(OFFICE_CDN).pathname.length)));
    if (file.startsWith(NPM_OFFICE_DIR) && existsSync(file) && statSync(file).isFile()) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
    }
  }
  return route.abort("blockedbyclient");
}

/** Replaces what a text box holds as a person does: click into it, select all, then type (or delete). */
export async function typeInto(page: Page, target: string | Locator, text: string): Promise<void> {
  const input = typeof target === "string" ? page.locator(target) : target;
  await input.click();
  await page.keyboard.press("ControlOrMeta+A");
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
}

/** Opens the pane's 数据 section as a person does, by clicking its summary (when it is closed). */
export async function openDataPanel(page: Page): Promise<void> {
  await page.locator(".data-panel").waitFor();
  const isOpen = (): Promise<boolean> =>
    page.evaluate(() => (document.querySelector(".data-panel") as HTMLDetailsElement).open);
  if (!(await isOpen())) await page.locator(".data-panel > summary").click();
  await page.waitForFunction(() => (document.querySelector(".data-panel") as HTMLDetailsElement).open);
}
