/**
 * PLAN.TARGET, PLAN.REQUIRED_CAGR and a miss with suggestions through the function layer (arguments as Excel passes
 * them), at 1×, 100× and 1000× the seeds, beside Map.get on a prepared key and HyperFormula's VLOOKUP with its
 * column index over the same table (the fair reference; INDEX/MATCH and VLOOKUP without it beside, up to 100×).
 * Also: one region's index build, validate + catalogue and the compiled snapshot at 100×.
 *
 * A first call is a question never asked before, its region loaded (indexed) before the clock starts:
 *   - in a pass: distinct questions, each naming a sector no earlier question named (the region and plan memos are
 *     shared, as in a sheet), the mean per call;
 *   - isolated: one question on a fresh catalogue whose region alone is loaded, nothing memoised — its median.
 * Misses are distinct too (no two name the same sector of a region). The median of the passes is the figure; the
 * best pass is given beside it.
 */
import installCustomFunctions = require("../test/support/custom-functions-stand-in.cjs");
import { HyperFormula } from "hyperformula";
import { createHash } from "node:crypto";

import { Catalog, type Entry } from "../src/core/catalog";
import type { Dataset } from "../src/core/dataset";
import { answersLookup, isLevelKind } from "../src/core/kinds";
import { compileDataset, snapshotOf } from "../src/data/publish";
import { catalogFromSnapshot } from "../src/data/snapshot";
import { CatalogStore } from "../src/data/store";
import { buildDataset } from "../src/data/validate";
import * as functions from "../src/functions/functions";
import { install } from "../src/functions/live";
import { nationalDataset } from "./national";
import { medianMicros, report, type Figure } from "./report";

installCustomFunctions(globalThis);

const BEFORE: Record<string, Record<string, string>> = {
  hit: { "1×": "17 µs", "100×": "190–680 µs", "1000×": "—" },
  miss: { "1×": "229 µs", "100×": "1.3 ms", "1000×": "—" },
};

const SCALES = [
  ["1×", 1],
  ["100×", 100],
  ["1000×", 1000],
] as const;

type Args = [string, string, string, number, string];

interface Question {
  readonly entry: Entry;
  readonly args: Args;
}

/** A fixed permutation (no Math.random: the bench repeats). */
function shuffled<T>(items: readonly T[]): T[] {
  return items
    .map((x, i) => ({ x, k: (i * 2654435761) % 4294967296 }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);
}

/**
 * Up to `limit` questions a sheet would hold, each naming a sector of its region no other question names (so no
 * question reads another's sector memo), each answered by the very record it was made from.
 */
function questions(catalog: Catalog, limit: number): Question[] {
  const found: Question[] = [];
  const sectors = new Set<string>();
  for (const entry of shuffled(catalog.entries)) {
    if (!answersLookup(entry.record.kind) || entry.record.year === null) continue;
    const sector = `${entry.region.name}\u0000${entry.sectorLabel}`;
    if (sectors.has(sector)) continue;
    const args: Args = [entry.region.name, entry.sectorLabel, entry.metricLabel, entry.record.year, entry.plan.id];
    const answer = catalog.target({ region: args[0], sector: args[1], metric: args[2], year: args[3], plan: args[4] });
    if (!answer.ok || answer.value.entry !== entry) continue;
    sectors.add(sector);
    found.push({ entry, args });
    if (found.length === limit) break;
  }
  return found;
}

/** Per lookup cell, µs of one clean recalculation of `cells` lookups in HyperFormula over the same records. */
function hyperformulaPerCell(
  catalog: Catalog,
  asked: readonly Question[],
  cells: number,
  unindexed: boolean,
): { indexMatch: number | null; vlookup: number | null; indexedVlookup: number } {
  const table = catalog.entries.map((e) => [
    `${e.region.name}|${e.sectorLabel}|${e.metricLabel}|${e.record.year}|${e.plan.id}`,
    e.record.value,
  ]);
  const keys = asked.slice(0, cells).map((q) => q.args.join("|"));
  // Every lookup cell also reads a trigger cell ($C$1), so changing it re-evaluates each lookup and nothing else
  // (no key edits, no undo history): the median of seven rounds.
  const time = (formula: (row: number) => string, useColumnIndex = false): number => {
    const sheet = keys.map((key, i) => [key, `${formula(i + 1)}+0*$C$1`, i === 0 ? 0 : null]);
    const engine = HyperFormula.buildFromSheets(
      { records: table, report: sheet },
      { licenseKey: "gpl-v3", maxRows: 1_000_000, useColumnIndex, undoLimit: 0 },
    );
    const id = engine.getSheetId("report")!;
    const rounds: number[] = [];
    for (let round = 1; round <= 7; round++) {
      const start = process.hrtime.bigint();
      engine.setCellContents({ sheet: id, row: 0, col: 2 }, round);
      rounds.push(Number(process.hrtime.bigint() - start) / 1000 / keys.length);
    }
    engine.destroy();
    return median(rounds);
  };
  const rows = table.length;
  return {
    indexMatch: unindexed
      ? time((r) => `=INDEX(records!$B$1:$B$${rows},MATCH(A${r},records!$A$1:$A$${rows},0))`)
      : null,
    vlookup: unindexed ? time((r) => `=VLOOKUP(A${r},records!$A$1:$B$${rows},2,FALSE())`) : null,
    // The fair reference: what a user with many lookups on one range would switch on (HyperFormula's column index).
    indexedVlookup: time((r) => `=VLOOKUP(A${r},records!$A$1:$B$${rows},2,FALSE())`, true),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Median and best, as the figure shows them: "12.3 µs (best 10.1)". */
function spread(values: readonly number[]): { median: number; best: number; text: string } {
  const m = median(values);
  const best = Math.min(...values);
  return { median: m, best, text: `best ${best.toFixed(2)} of ${values.length}` };
}

/** A fresh catalogue with every region's indexes built (what a lookup reads). */
function loaded(dataset: Dataset): Catalog {
  const catalog = new Catalog(dataset);
  void catalog.entries;
  return catalog;
}

/** First calls: each call's µs (their median is the figure: a pause of the collector or of the machine, shared by
 * other work, lands on a few calls) and each pass's mean. */
interface FirstCalls {
  readonly calls: number[];
  readonly means: number[];
}

/**
 * First calls in passes of distinct questions, each pass on a fresh catalogue (every region indexed, nothing
 * memoised): two passes to warm the code, then `passes` more, each call timed.
 */
function firstCallPasses(dataset: Dataset, body: (i: number) => unknown, count: number, passes: number): FirstCalls {
  const calls: number[] = [];
  const means: number[] = [];
  for (let pass = 0; pass < passes + 2; pass++) {
    install(new CatalogStore(loaded(dataset)));
    const times = new Float64Array(count);
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      const start = process.hrtime.bigint();
      body(i);
      times[i] = Number(process.hrtime.bigint() - start) / 1000;
    }
    const mean = Number(process.hrtime.bigint() - started) / 1000 / count;
    if (pass >= 2) {
      calls.push(...times);
      means.push(mean);
    }
  }
  return { calls, means };
}

/** The median call, with the passes' means beside it. */
function firstCallText(first: FirstCalls): string {
  const means = [...first.means].sort((a, b) => a - b);
  return `median of ${first.calls.length} calls; a pass's mean ${median(means).toFixed(1)} µs, best ${means[0]!.toFixed(1)}`;
}

/**
 * µs of single questions, each on a catalogue of its own with only its region indexed and nothing memoised. The
 * catalogues are all built first: the one built just before a call would leave the call its garbage to collect.
 */
function isolatedCalls(dataset: Dataset, asked: readonly Question[], body: (q: Question) => unknown): number[] {
  const catalogs = asked.map((q) => {
    const catalog = new Catalog(dataset);
    catalog.record(q.entry.record.id); // indexes the question's region
    return catalog;
  });
  return asked.map((q, n) => {
    install(new CatalogStore(catalogs[n]!));
    const start = process.hrtime.bigint();
    body(q);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
}

/** ms to index each region on a fresh catalogue (a catalogue indexes a region the first time it is asked). */
function regionIndexMs(dataset: Dataset): number[] {
  // Warms the code on two regions of a catalogue thrown away (not all of them: the garbage of a whole catalogue
  // would be collected during the builds being timed).
  const warmup = new Catalog(dataset);
  for (const plan of [dataset.plans[0], dataset.plans.at(-1)]) if (plan?.records[0]) warmup.record(plan.records[0].id);
  const catalog = new Catalog(dataset);
  const firstOfRegion = new Map<string, string>();
  for (const plan of dataset.plans) {
    const record = plan.records[0];
    if (record && !firstOfRegion.has(plan.region)) firstOfRegion.set(plan.region, record.id);
  }
  return [...firstOfRegion.values()].map((id) => {
    const start = process.hrtime.bigint();
    catalog.record(id);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
}

/**
 * What the add-in's start and the CLI do instead of verifying: a compiled snapshot (as the build publishes it) read
 * back with its integrity checks into a catalogue. Reference: JSON.parse of the same files.
 */
function snapshotFigure(dataset: Dataset, scale: string): Figure {
  const published = compileDataset({
    dataset,
    documents: Object.fromEntries(dataset.plans.map((plan) => [plan.document, ""])),
    generated: "2026-01-01T00:00:00.000Z",
    updated: () => "2026-01-01",
    sha256: (bytes) => createHash("sha256").update(bytes).digest("hex"),
  });
  const snapshot = snapshotOf(published);
  const parseStart = process.hrtime.bigint();
  for (const text of Object.values(snapshot.files)) JSON.parse(text);
  const parseMs = Number(process.hrtime.bigint() - parseStart) / 1e6;
  const start = process.hrtime.bigint();
  const loadedSnapshot = catalogFromSnapshot(snapshot);
  if (!loadedSnapshot.ok) throw new Error("the national snapshot does not load");
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    figure: "compiled snapshot → catalogue (the add-in's and the CLI's start)",
    scale,
    value: ms,
    unit: "ms",
    budget: null,
    reference: `JSON.parse of its files ${parseMs.toFixed(0)} ms`,
    ratio: ms / parseMs,
    before: "—",
  };
}

function measure(scale: (typeof SCALES)[number][0], factor: number): void {
  const large = factor >= 1000;
  const raw = nationalDataset(factor);
  const validateStart = process.hrtime.bigint();
  const built = buildDataset(raw);
  if (!built.ok) throw new Error("the national dataset does not validate");
  const dataset = built.dataset;
  const warm = new Catalog(dataset);
  const validateMs = Number(process.hrtime.bigint() - validateStart) / 1e6;
  if (factor === 100) {
    const parseStart = process.hrtime.bigint();
    JSON.parse(JSON.stringify(raw.plans));
    const parseMs = Number(process.hrtime.bigint() - parseStart) / 1e6;
    report({
      figure: "validate + catalogue (library)",
      scale,
      value: validateMs,
      unit: "ms",
      budget: 200,
      reference: `JSON round trip ${parseMs.toFixed(0)} ms`,
      ratio: validateMs / parseMs,
      before: "500 ms",
    });
    report(snapshotFigure(dataset, scale));
  }

  const indexMs = regionIndexMs(dataset);
  report({
    figure: "one region's indexes, built when the region is first asked (median of the regions)",
    scale,
    value: median(indexMs),
    unit: "ms",
    budget: null,
    reference: `largest ${Math.max(...indexMs).toFixed(1)} ms, every region ${indexMs.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
    ratio: null,
    before: "—",
  });

  const asked = questions(warm, 2000);
  const count = asked.length;
  // Warm the code paths on one catalogue; first calls are measured on fresh ones.
  install(new CatalogStore(warm));
  for (const q of asked) functions.target(...q.args);
  const map = new Map(asked.map((q) => [q.args.join("|"), q.entry.record.value]));
  const keys = asked.map((q) => q.args.join("|"));
  const mapGet = medianMicros(100_000, (i) => map.get(keys[i % keys.length]!));
  const hf = hyperformulaPerCell(warm, asked, factor === 1 ? Math.min(300, count) : 100, !large);
  const unindexed =
    hf.vlookup === null
      ? ""
      : ` (without: VLOOKUP ${hf.vlookup.toFixed(1)} µs, INDEX/MATCH ${hf.indexMatch!.toFixed(1)} µs)`;
  const refs = `HyperFormula VLOOKUP with its column index ${hf.indexedVlookup.toFixed(1)} µs${unindexed}`;
  const passes = large ? 3 : 7;
  const sample = asked.slice(0, large ? 20 : 100);

  const firstCalls = firstCallPasses(dataset, (i) => functions.target(...asked[i]!.args), count, passes);
  const first = { median: median(firstCalls.calls), text: firstCallText(firstCalls) };
  report({
    figure: `PLAN.TARGET, first call (${count} distinct questions, regions loaded; ${first.text})`,
    scale,
    value: first.median,
    unit: "µs",
    budget: 5,
    reference: refs,
    ratio: first.median / hf.indexedVlookup,
    before: BEFORE.hit![scale]!,
  });
  const isolated = spread(isolatedCalls(dataset, sample, (q) => functions.target(...q.args)));
  report({
    figure: `PLAN.TARGET, first call isolated (fresh catalogue, its region loaded; ${isolated.text})`,
    scale,
    value: isolated.median,
    unit: "µs",
    budget: 5,
    reference: refs,
    ratio: isolated.median / hf.indexedVlookup,
    before: "—",
  });

  install(new CatalogStore(warm));
  const repeated = medianMicros(20_000, (i) => functions.target(...asked[i % count]!.args));
  report({
    figure: "PLAN.TARGET, repeated call",
    scale,
    value: repeated,
    unit: "µs",
    budget: 1,
    reference: `Map.get ${mapGet.toFixed(3)} µs`,
    ratio: repeated / hf.indexedVlookup,
    before: BEFORE.hit![scale]!,
  });

  const levels = asked.filter((q) => isLevelKind(q.entry.record.kind));
  const growthCalls = firstCallPasses(
    dataset,
    (i) => functions.requiredCagrFunction(1, 2000, ...levels[i]!.args),
    levels.length,
    passes,
  );
  const growth = { median: median(growthCalls.calls), text: firstCallText(growthCalls) };
  install(new CatalogStore(warm));
  const growthRepeated = medianMicros(20_000, (i) =>
    functions.requiredCagrFunction(1, 2000, ...levels[i % levels.length]!.args),
  );
  report({
    figure: `PLAN.REQUIRED_CAGR, first call (${levels.length} distinct questions; ${growth.text})`,
    scale,
    value: growth.median,
    unit: "µs",
    budget: 5,
    reference: refs,
    ratio: growth.median / hf.indexedVlookup,
    before: "—",
  });
  report({
    figure: "PLAN.REQUIRED_CAGR, repeated call",
    scale,
    value: growthRepeated,
    unit: "µs",
    budget: 1,
    reference: `Map.get ${mapGet.toFixed(3)} µs`,
    ratio: growthRepeated / hf.indexedVlookup,
    before: "—",
  });

  // A miss: a sector name with its last character changed (稀土新材料 → 稀土新材斓), no two alike.
  const seen = new Set<string>();
  const misses: Array<readonly [string, string, string, null, null]> = [];
  for (const q of asked) {
    const sector = `${q.entry.record.sector.at(-1)!.slice(0, -1)}斓`;
    if (seen.has(`${q.args[0]}\u0000${sector}`)) continue;
    seen.add(`${q.args[0]}\u0000${sector}`);
    misses.push([q.args[0], sector, q.args[2], null, null]);
  }
  const missOnce = (args: readonly [string, string, string, null, null]): void => {
    let answered = false;
    try {
      functions.target(...args);
      answered = true;
    } catch {
      // #N/A with its suggestions: the expected answer
    }
    if (answered) throw new Error(`not a miss: ${args.join(" ")}`);
  };
  const missCalls = firstCallPasses(dataset, (i) => missOnce(misses[i]!), misses.length, passes);
  const miss = { median: median(missCalls.calls), text: firstCallText(missCalls) };
  const missIsolated = spread(
    isolatedCalls(dataset, sample, (q) =>
      missOnce([q.args[0], `${q.entry.record.sector.at(-1)!.slice(0, -1)}斓`, q.args[2], null, null]),
    ),
  );
  report({
    figure: `PLAN.TARGET, miss with suggestions (${misses.length} distinct; ${miss.text}; isolated: median ${missIsolated.median.toFixed(1)} µs, ${missIsolated.text})`,
    scale,
    value: miss.median,
    unit: "µs",
    budget: factor === 1 ? 30 : 300,
    reference: null,
    ratio: null,
    before: BEFORE.miss![scale]!,
  });
}

function main(): void {
  const only = process.env.BENCH_SCALES?.split(",");
  for (const [scale, factor] of SCALES) if (!only || only.includes(String(factor))) measure(scale, factor);
}

main();
