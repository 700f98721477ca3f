/**
 * The shared runtime's start: what the page loads before the first answer (gzip bytes of taskpane.html and the
 * scripts it includes), and the time from navigation to the first PLAN.TARGET answer in headless Chromium with the
 * stand-in Office host. Reported, never asserted (timings stay out of tests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtAddin } from "../test/support/build";
import { ensureBrowserAndFonts, launch, serve } from "../test/e2e/harness";
import { report } from "./report";

const RUNS = 15;

/** The scripts taskpane.html includes from its own origin, in order. */
function startFiles(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  return ["taskpane.html", ...scripts];
}

async function main(): Promise<void> {
  ensureBrowserAndFonts();
  const dist = await builtAddin();
  let total = 0;
  console.log("| start file | bytes | gzip bytes |");
  console.log("|---|---:|---:|");
  for (const file of startFiles(dist)) {
    const bytes = readFileSync(join(dist, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(`| ${file} | ${bytes.length} | ${gz} |`);
  }
  console.log(`| **start path** | | **${total}** |`);
  report({
    figure: "add-in start path (taskpane.html and its scripts), gzip",
    scale: "1×",
    value: total / 1024,
    unit: "KB",
    budget: 150,
    reference: null,
    ratio: null,
    before: "339 KB",
  });

  const server = await serve(dist);
  const browser = await launch();
  const samples: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage("stand-in");
      // Keep every associated function, so the first answer can be asked as Excel would ask it.
      await page.addInitScript(`
        window.__functions = {};
        let installed;
        Object.defineProperty(window, "CustomFunctions", {
          configurable: true,
          get: () => installed,
          set: (value) => {
            const associate = value.associate.bind(value);
            value.associate = (id, fn) => {
              window.__functions[id] = fn;
              associate(id, fn);
            };
            installed = value;
          },
        });
      `);
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
      // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
      const ms = await page.evaluate<number>(`new Promise((resolve) => {
        const ask = () => {
          const target = window.__functions.TARGET;
          if (target && target("内蒙古", "稀土新材料", "产值", 2025, null) === 350) resolve(performance.now());
          else setTimeout(ask, 1);
        };
        ask();
        setTimeout(() => resolve(-1), 20000);
      })`);
      samples.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)]!;
  console.log(
    `\nnavigation → first PLAN.TARGET answer (${RUNS} loads, fresh tabs): median ${median.toFixed(0)} ms, ` +
      `min ${samples[0]!.toFixed(0)} ms, max ${samples.at(-1)!.toFixed(0)} ms`,
  );
  report({
    figure: "add-in: navigation → first PLAN.TARGET answer (headless Chromium)",
    scale: "1×",
    value: median,
    unit: "ms",
    budget: null,
    reference: `fastest of ${RUNS} loads ${samples[0]!.toFixed(0)} ms`,
    ratio: null,
    before: "627–692 ms",
  });
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
