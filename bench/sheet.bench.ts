/**
 * A 10,000-cell report sheet in HyperFormula at 1×, 100× and 1000× the seeds: 2,000 rows of a current value with
 * PLAN.TARGET, PLAN.REQUIRED_CAGR and PLAN.PROGRESS (6,000 PLAN cells), beside the same sheet with plain numbers and
 * Excel's own RRI and arithmetic. Every formula of both sheets also reads a trigger cell (F1), so one edit
 * recalculates all of them, as Excel's full recalculation does after a refresh. Measured, each the median of its
 * rounds (the best beside it):
 *   - the first full recalculation on a new catalogue (a refresh installs one: its regions indexed, nothing
 *     memoised; the index build is the lookups bench's);
 *   - a repeated full recalculation on the same catalogue;
 *   - the recalculation when every current value changes (what a report does each month).
 * Both sheets must agree in every cell.
 */
import "../test/support/office-stand-in";
import { Catalog, type Entry } from "../src/core/catalog";
import { answersLookup, isLevelKind } from "../src/core/kinds";
import { sheetScale } from "../src/core/units";
import { CatalogStore } from "../src/data/store";
import { buildDataset } from "../src/data/validate";
import { install } from "../src/functions/live";
import { targetReaches } from "../src/sheet/record-formulas";
import { planEngine, unregisterPlan } from "../test/support/hyperformula-plan";
import { nationalDataset } from "./national";
import { report } from "./report";

const ROWS = 2000;
const ROUNDS = 5;

const SCALES = [
  ["1×", 1],
  ["100×", 100],
  ["1000×", 1000],
] as const;

/** A fixed permutation (no Math.random: the bench repeats). */
function shuffled<T>(items: readonly T[]): T[] {
  return items
    .map((x, i) => ({ x, k: (i * 2654435761) % 4294967296 }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);
}

/** Up to ROWS distinct level targets a formula reaches (fewer at 1×: the rows then repeat them). */
function reportTargets(catalog: Catalog): Entry[] {
  const found: Entry[] = [];
  for (const e of shuffled(catalog.entries)) {
    if (!answersLookup(e.record.kind) || !isLevelKind(e.record.kind) || e.record.year === null) continue;
    if (e.record.value <= 0 || !targetReaches(catalog, e)) continue;
    found.push(e);
    if (found.length === ROWS) break;
  }
  return found;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

interface Timings {
  readonly first: number[];
  readonly full: number[];
  readonly monthly: number[];
  readonly buildMs: number;
  readonly values: unknown[][];
}

function measure(scale: string, factor: number): void {
  const built = buildDataset(nationalDataset(factor));
  if (!built.ok) throw new Error("the national dataset does not validate");
  const dataset = built.dataset;
  const fresh = (): Catalog => {
    const catalog = new Catalog(dataset);
    void catalog.entries; // every region indexed, as a lookup finds them once asked
    return catalog;
  };
  const chosen = reportTargets(fresh());
  const rows = Array.from({ length: ROWS }, (_, i) => chosen[i % chosen.length]!);
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const args = (e: Entry): string =>
    [q(e.region.name), q(e.sectorLabel), q(e.metricLabel), e.record.year, q(e.plan.id)].join(",");
  const current = (e: Entry): number => e.record.value * sheetScale(e.unit) * 0.6;
  const trigger = "+0*$F$1";
  const plan = rows.map((e, i) => [
    current(e),
    `=PLAN.TARGET(${args(e)})${trigger}`,
    `=PLAN.REQUIRED_CAGR(A${i + 1},2000,${args(e)})${trigger}`,
    `=PLAN.PROGRESS(A${i + 1},${args(e)})${trigger}`,
    e.record.year,
    i === 0 ? 0 : null,
  ]);
  const plain = rows.map((e, i) => [
    current(e),
    e.record.value * sheetScale(e.unit),
    `=RRI(E${i + 1}-2000,A${i + 1},B${i + 1})${trigger}`,
    `=A${i + 1}/B${i + 1}${trigger}`,
    e.record.year,
    i === 0 ? 0 : null,
  ]);
  // The plain sheet reads no catalogue: its "refresh" installs nothing.
  const time = (sheet: unknown[][], refresh: () => void): Timings => {
    refresh();
    const started = performance.now();
    // No undo history: HyperFormula's undo stack grows with every round of changes and then costs more than the
    // recalculation being measured (the same for both sheets, but it hid the difference between them).
    const engine = planEngine(sheet, { undoLimit: 0 });
    const buildMs = performance.now() - started;
    const timed = (change: () => void): number => {
      const start = performance.now();
      change();
      return performance.now() - start;
    };
    let edits = 0;
    const recalculateAll = (): void => {
      engine.setCellContents({ sheet: 0, row: 0, col: 5 }, ++edits);
    };
    const first: number[] = [];
    const full: number[] = [];
    const monthly: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      refresh(); // a new catalogue, nothing memoised
      first.push(timed(recalculateAll));
      full.push(timed(recalculateAll));
      const factor = round % 2 === 0 ? 0.7 : 0.6;
      monthly.push(
        timed(() => {
          engine.batch(() =>
            rows.forEach((e, row) => engine.setCellContents({ sheet: 0, row, col: 0 }, (current(e) / 0.6) * factor)),
          );
        }),
      );
    }
    const values = engine.getSheetValues(0);
    engine.destroy();
    unregisterPlan();
    return { first, full, monthly, buildMs, values };
  };
  const withPlan = time(plan, () => install(new CatalogStore(fresh())));
  const native = time(plain, () => undefined);
  const disagree = withPlan.values.filter((row, r) =>
    [1, 2].some((c) => Math.abs(Number(row[c]) - Number(native.values[r]![c])) > 1e-9),
  ).length;
  const warning = disagree > 0 ? ` (${disagree} rows disagree!)` : "";
  const figure = (what: string, planMs: readonly number[], nativeMs: readonly number[], budget: number): void => {
    const ratio = median(planMs) / median(nativeMs);
    report({
      figure: `10,000-cell report sheet, ${what} (${chosen.length} distinct lookups)${warning}`,
      scale,
      value: ratio,
      unit: "×",
      budget,
      reference: `plain numbers + native RRI ${median(nativeMs).toFixed(1)} ms (best ${Math.min(...nativeMs).toFixed(1)}); PLAN sheet ${median(planMs).toFixed(1)} ms (best ${Math.min(...planMs).toFixed(1)}); building: ${native.buildMs.toFixed(0)} vs ${withPlan.buildMs.toFixed(0)} ms`,
      ratio,
      before: what.startsWith("every current value") ? "2.45×" : "—",
    });
  };
  figure("first full recalculation on a new catalogue (after a refresh)", withPlan.first, native.first, 1.5);
  figure("repeated full recalculation", withPlan.full, native.full, 1.2);
  figure("every current value changed", withPlan.monthly, native.monthly, 1.2);
}

function main(): void {
  const only = process.env.BENCH_SCALES?.split(",");
  for (const [scale, factor] of SCALES) if (!only || only.includes(String(factor))) measure(scale, factor);
}

main();
