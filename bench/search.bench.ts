/**
 * The taskpane's search as you type, at 1×, 100× and 1000× the seeds: every prefix of every query typed on one index
 * (one search per keystroke, as the pane does), the worst keystroke against one animation frame (16 ms); and the
 * index build: the first (characters, numbers, ids: what the pane builds before its first paint) and the second
 * with pinyin: from the table the build publishes beside the page (what the pane uses for the bundled data, and the
 * index the keystrokes are timed on), and from pinyin-pro for every text (what data the table lacks costs; the first
 * call includes pinyin-pro's start; not at 1000×, where it would only repeat the table's pinyin-pro pass).
 */
import { performance } from "node:perf_hooks";
import { shippedCatalog } from "../src/data/catalog-from";
import { pinyinSource, syllablesOf } from "../src/taskpane/search/pinyin-pro";
import { pinyinTable, tableSource } from "../src/taskpane/search/pinyin-table";
import { SearchIndex, WITHOUT_PINYIN } from "../src/taskpane/search/search-index";
import { nationalDataset } from "./national";
import { report } from "./report";

const QUERIES = [
  "稀土新材料",
  "产值",
  "内蒙古",
  "工业互联网平台普及率",
  "xitu",
  "chanzhi",
  "neimenggu",
  "gongyehulianwang",
  "xt",
  "cz",
  "nmg",
  "gyhlw",
  "350",
  "2025",
  "1.25",
  "001d",
  "内蒙古 xitu 350",
  "xitu350",
  "chanzhi 2025",
  "河南 cn",
];

const FRAME_MS = 16;

function main(): void {
  for (const [scale, factor] of [
    ["1×", 1],
    ["100×", 100],
    ["1000×", 1000],
  ] as const) {
    const catalog = shippedCatalog(nationalDataset(factor), `the ${scale} dataset`);
    void catalog.entries;
    const plainStart = performance.now();
    new SearchIndex(catalog, WITHOUT_PINYIN);
    const plainMs = performance.now() - plainStart;
    let buildMs: number | null = null;
    if (factor < 1000) {
      const started = performance.now();
      new SearchIndex(catalog, pinyinSource());
      buildMs = performance.now() - started;
    }
    // The table is computed when the data is built (not timed here); the pane builds its index from it.
    const table = pinyinTable(catalog, syllablesOf);
    const tableStart = performance.now();
    const index = new SearchIndex(catalog, tableSource(table).source);
    const tableMs = performance.now() - tableStart;
    let worst = 0;
    let worstQuery = "";
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        index.find("", {}, 500);
        for (let i = 1; i <= query.length; i++) {
          const prefix = query.slice(0, i);
          const start = performance.now();
          index.find(prefix, {}, 500);
          const ms = performance.now() - start;
          samples.push(ms);
          // The first round warms the code up; the worst is taken over the later rounds.
          if (round > 0 && ms > worst) {
            worst = ms;
            worstQuery = prefix;
          }
        }
      }
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    report({
      figure: `search, worst keystroke (“${worstQuery}”)`,
      scale,
      value: worst,
      unit: "ms",
      budget: FRAME_MS,
      reference: `one frame ${FRAME_MS} ms; median keystroke ${median.toFixed(2)} ms`,
      ratio: worst / FRAME_MS,
      before: factor === 1 ? "0.25 ms" : factor === 100 ? "58 ms" : "—",
    });
    // The three index builds, against the one budget and the one 0.1.0 figure (pinyin-pro's is for the record).
    const build = (figure: string, value: number, budgeted: boolean): void =>
      report({
        figure: `search index build, ${figure}`,
        scale,
        value,
        unit: "ms",
        budget: budgeted && factor <= 100 ? (factor === 1 ? 30 : 1000) : null,
        reference: null,
        ratio: null,
        before: factor === 1 ? "65 ms" : factor === 100 ? "1.8 s" : "—",
      });
    build("before pinyin (first paint)", plainMs, true);
    build("with the build's pinyin table (pinyin.json)", tableMs, true);
    if (buildMs !== null) build("pinyin-pro for every text (data the table lacks)", buildMs, false);
  }
}

main();
