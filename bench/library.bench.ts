/**
 * The library's two costs (issue "National scale"), each beside its reference in the same run:
 * - validate + catalogue (buildDataset through the schema's fast path, then the catalogue: what a refresh, 导入规划 and
 *   `plan-targets check` pay) at 100× and 1000× the seeds, beside a JSON round trip of the same plans;
 * - `require("plan-targets")` and its first answer, in a fresh Node, beside `node -e 0` (Node's own start).
 * Runs alternate between figure and reference, so a busy machine slows both alike; the ratio is the median of the
 * per-run ratios. Validation is measured after one pass over the seeds (1×), as in a process that has verified
 * something before.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Catalog } from "../src/core/catalog";
import { buildDataset } from "../src/data/validate";
import { nationalDataset } from "./national";
import { report } from "./report";

const ROOT = join(__dirname, "..");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall and CPU milliseconds of `body` (CPU time counts the collector's threads too; on a busy machine it moves less). */
function timed(body: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  body();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
}

function validateAndIndex(raw: ReturnType<typeof nationalDataset>): Catalog {
  const built = buildDataset(raw);
  if (!built.ok) throw new Error(`${raw.version} does not validate`);
  return new Catalog(built.dataset);
}

function validateFigure(scale: number, runs: number): void {
  const raw = nationalDataset(scale);
  const validate: Array<{ wall: number; cpu: number }> = [];
  const roundTrip: Array<{ wall: number; cpu: number }> = [];
  for (let run = 0; run < runs; run++) {
    validate.push(timed(() => validateAndIndex(raw)));
    roundTrip.push(timed(() => JSON.parse(JSON.stringify(raw.plans)) as unknown));
  }
  const value = median(validate.map((t) => t.wall));
  const reference = median(roundTrip.map((t) => t.wall));
  const cpu = `CPU time ${median(validate.map((t) => t.cpu)).toFixed(0)} ms vs ${median(roundTrip.map((t) => t.cpu)).toFixed(0)} ms`;
  report({
    figure: "validate + catalogue (refresh, 导入规划, plan-targets check)",
    scale: `${scale}×`,
    value,
    unit: "ms",
    budget: scale === 100 ? 200 : null,
    reference: `JSON round trip of the same plans ${reference.toFixed(0)} ms (median of ${runs}; ${cpu})`,
    ratio: median(validate.map((v, i) => v.wall / roundTrip[i]!.wall)),
    before: scale === 100 ? "500 ms" : null,
  });
}

/** Wall time of one fresh Node running `args` from the repository (the package resolves by its own name). */
function spawnMs(args: readonly string[]): number {
  const env = { ...process.env };
  delete env.PLAN_TARGETS_DATA;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return elapsed;
}

function libraryStartFigure(runs: number): void {
  const first = `const a = require("plan-targets").target("内蒙古", "稀土新材料", "产值", 2025);
    if (!a.ok || a.value.entry.record.value !== 350) process.exit(1);`;
  const node: number[] = [];
  const library: number[] = [];
  for (let run = 0; run < runs; run++) {
    node.push(spawnMs(["-e", "0"]));
    library.push(spawnMs(["-e", first]));
  }
  const ratio = median(library.map((v, i) => v / node[i]!));
  report({
    figure: 'require("plan-targets") + first target()',
    scale: "1×",
    value: ratio,
    unit: "×",
    budget: 1.5,
    reference: `node -e 0 ${median(node).toFixed(0)} ms; library ${median(library).toFixed(0)} ms (median of ${runs})`,
    ratio,
    // Measured beside this change's parent (zod and every module loaded at require): 439 ms against 118 ms.
    before: "3.5×",
  });
}

libraryStartFigure(21);
// As a process that has verified something before (the seeds, 1×): the figure is the work, not the compiler's warm-up.
validateAndIndex(nationalDataset(1));
validateFigure(100, 7);
validateFigure(1000, 3);
