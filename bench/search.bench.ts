/**
 * The taskpane's search as you type, over the seed data: every prefix of every query (one search per keystroke),
 * in characters, pinyin, initials, numbers and plan ids, with and without filters. The budget is one animation
 * frame: p95 must stay under 16 ms, else the bench exits 1.
 */
import { performance } from "node:perf_hooks";
import { shippedCatalog } from "../src/data/catalog-from";
import { readSeeds } from "../src/node/seeds";
import { SearchIndex, type SearchFilters } from "../src/taskpane/search/search-index";
import { printTable, time, type Timing } from "./measure";

const FRAME_MS = 16;

const QUERIES: Record<string, readonly string[]> = {
  characters: [
    "稀土",
    "稀土新材料",
    "产值",
    "内蒙古",
    "先进有色金属材料",
    "工业互联网平台普及率",
    "就地转化率",
    "镁基材料",
  ],
  pinyin: ["xitu", "chanzhi", "neimenggu", "xianjinyouse", "gongyehulianwang", "meiji", "tan", "lv"],
  initials: ["xt", "cz", "nmg", "xjys", "gyhlw", "mj", "xcl"],
  numbers: ["350", "35", "2025", "700", "1.25", "3"],
  "plan ids": ["000", "001d", "001", "004"],
  mixed: ["内蒙古 xitu 350", "xitu350", "chanzhi 2025", "河南 cn", "001D 产值"],
};

const FILTERS: readonly SearchFilters[] = [{}, { year: 2025 }, { metric: "产值" }, { kind: "target" }];

/** "xitu" → x, xi, xit, xitu: what typing it asks. */
function keystrokes(query: string): string[] {
  return [...query].map((_, i) => [...query].slice(0, i + 1).join(""));
}

function main(): void {
  const catalog = shippedCatalog(readSeeds(), "the seeds");

  const started = performance.now();
  const index = new SearchIndex(catalog);
  const buildMs = performance.now() - started;
  console.log(
    `records: ${catalog.entries.length}; index built once per catalogue in ${buildMs.toFixed(1)} ms (pinyin of every name and quote)`,
  );

  const rows: Timing[] = [];
  const all: string[] = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const typed = queries.flatMap(keystrokes);
    all.push(...typed);
    rows.push(
      time(`${kind} (${typed.length} keystrokes)`, typed.length * 20, (i) => index.search(typed[i % typed.length]!)),
    );
  }
  rows.push(
    time(`every keystroke × filters (${all.length * FILTERS.length})`, all.length * FILTERS.length * 5, (i) =>
      index.search(all[i % all.length]!, FILTERS[Math.floor(i / all.length) % FILTERS.length]),
    ),
  );
  rows.push(time("empty query, all records", 200, () => index.search("")));
  printTable(rows);

  const worst = Math.max(...rows.map((r) => r.p95Ms));
  console.log(
    `\nworst p95: ${worst.toFixed(3)} ms (budget: one frame, ${FRAME_MS} ms) → ${worst < FRAME_MS ? "within one frame" : "TOO SLOW"}`,
  );
  if (worst >= FRAME_MS) process.exit(1);
}

main();
