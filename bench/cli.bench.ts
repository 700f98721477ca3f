/** `node bin/plan-targets.js target …` from start to answer, beside `node -e 0` (Node's own start). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { report } from "./report";

const ROOT = join(__dirname, "..");

function fastest(args: readonly string[], runs = 15): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

const node = fastest(["-e", "0"]);
const cli = fastest([join("bin", "plan-targets.js"), "target", "内蒙古", "稀土新材料", "产值", "2025"]);
report({
  figure: "CLI `target`, start to answer",
  scale: "1×",
  value: cli / node,
  unit: "×",
  budget: 2,
  reference: `node -e 0 ${node.toFixed(0)} ms; CLI ${cli.toFixed(0)} ms`,
  ratio: cli / node,
  before: "2.9×",
});
