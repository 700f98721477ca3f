/**
 * The taskpane's search as you type, at 1×, 100× and 1000× the seeds: every prefix of every query typed on one index
 * (one search per keystroke, as the pane does), the worst keystroke against one animation frame (16 ms); and the
 * index build: the first (characters, numbers, ids: what the pane builds before its first paint) and the second
 * with pinyin: from the table the build publishes beside the page (what the pane uses for the bundled data, and the
 * index the keystrokes are timed on), and from pinyin-pro for every text (what data the table lacks costs; the first
 * call includes pinyin-pro's start; not at 1000×, where it would only repeat the table's pinyin-pro pass).
 */
import { cpus, loadavg } from "node:os";
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

/** The wall time and the CPU time (this process, all its threads) of `body`, in ms. */
function timed(body: () => unknown): [number, number] {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  body();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return [wall, (cpu.user + cpu.system) / 1000];
}

function main(): void {
  for (const [scale, factor] of [
    ["1×", 1],
    ["100×", 100],
    ["1000×", 1000],
  ] as const) {
    const catalog = shippedCatalog(nationalDataset(factor), `the ${scale} dataset`);
    void catalog.entries;
    const [plainMs, plainCpu] = timed(() => new SearchIndex(catalog, WITHOUT_PINYIN));
    const [buildMs, buildCpu] = factor < 1000 ? timed(() => new SearchIndex(catalog, pinyinSource())) : [null, null];
    // The table is computed when the data is built (not timed here); the pane builds its index from it.
    const table = pinyinTable(catalog, syllablesOf);
    let index = new SearchIndex(catalog, WITHOUT_PINYIN);
    const [tableMs, tableCpu] = timed(() => (index = new SearchIndex(catalog, tableSource(table).source)));
    let worst = 0;
    let worstQuery = "";
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    // Each keystroke's best wall time over the timed rounds: what is left when the machine's other work is not.
    const best = new Map<string, number>();
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        index.find("", {}, 500);
        for (let i = 1; i <= query.length; i++) {
          const prefix = query.slice(0, i);
          const cpuStart = process.cpuUsage();
          const start = performance.now();
          index.find(prefix, {}, 500);
          const ms = performance.now() - start;
          const cpu = process.cpuUsage(cpuStart);
          samples.push(ms);
          // The first round warms the code up; the worst is taken over the later rounds.
          if (round === 0) continue;
          cpuSamples.push((cpu.user + cpu.system) / 1000);
          const key = `${query}\u0000${i}`;
          best.set(key, Math.min(best.get(key) ?? Infinity, ms));
          if (ms > worst) {
            worst = ms;
            worstQuery = prefix;
          }
        }
      }
    }
    samples.sort((a, b) => a - b);
    cpuSamples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    const worstBest = Math.max(...best.values());
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    report({
      figure: `search, worst keystroke (“${worstQuery}”)`,
      scale,
      value: worst,
      unit: "ms",
      budget: FRAME_MS,
      reference:
        `one frame ${FRAME_MS} ms; median keystroke ${median.toFixed(2)} ms; each keystroke's best of 2 rounds: ` +
        `worst ${worstBest.toFixed(1)} ms; CPU time: worst ${cpuSamples.at(-1)!.toFixed(1)} ms, median ` +
        `${cpuSamples[Math.floor(cpuSamples.length / 2)]!.toFixed(2)} ms; ${load}`,
      ratio: worst / FRAME_MS,
      before: factor === 1 ? "0.25 ms" : factor === 100 ? "58 ms" : "—",
    });
    // The three index builds, against the one budget and the one 0.1.0 figure (pinyin-pro's is for the record).
    const build = (figure: string, value: number, cpu: number, budgeted: boolean): void =>
      report({
        figure: `search index build, ${figure}`,
        scale,
        value,
        unit: "ms",
        budget: budgeted && factor <= 100 ? (factor === 1 ? 30 : 1000) : null,
        reference: `CPU time ${cpu.toFixed(0)} ms; ${load}`,
        ratio: null,
        before: factor === 1 ? "65 ms" : factor === 100 ? "1.8 s" : "—",
      });
    build("before pinyin (first paint)", plainMs, plainCpu, true);
    build("with the build's pinyin table (pinyin.json)", tableMs, tableCpu, true);
    if (buildMs !== null) build("pinyin-pro for every text (data the table lacks)", buildMs, buildCpu, false);
  }
}

main();
