/**
 * npm run bench: runs every bench/*.bench.ts in its own process, one after the other (timings stay out of tests),
 * gathers their figures into one table — figure, scale, value, budget, reference, ratio, pass/miss, 0.1.0 — and
 * writes bench/results.json. Exits 1 if a bench fails to run; a missed budget is reported, not an error.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { passes, type Figure } from "./report";

const only = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
const figures: Figure[] = [];
let failed = 0;
for (const file of files) {
  console.error(`… ${file}`);
  // Room for the national dataset at 1000× (half a million records), and gc() for the memory figures.
  const flags = ["--max-old-space-size=16384", "--expose-gc", "--import", "tsx"];
  const run = spawnSync(process.execPath, [...flags, join(__dirname, file)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of run.stdout.split("\n")) {
    if (line.startsWith("BENCH ")) figures.push(JSON.parse(line.slice(6)) as Figure);
    else if (line.trim()) console.log(line);
  }
  if (run.status !== 0) {
    failed++;
    console.error(`${file} failed:\n${run.stderr.slice(-2000)}`);
  }
}

const shown = (f: Figure): string =>
  `${f.value < 10 ? f.value.toFixed(2) : f.value.toFixed(0)}${f.unit === "×" ? "×" : f.unit ? ` ${f.unit}` : ""}`;
console.log("| figure | scale | value | budget | reference | ratio | pass | 0.1.0 |");
console.log("|---|---|---:|---:|---|---:|---|---:|");
for (const f of figures) {
  const ok = passes(f);
  const budget = f.budget === null ? "—" : `≤ ${f.budget}${f.unit === "×" ? "×" : ` ${f.unit}`}`;
  console.log(
    `| ${f.figure} | ${f.scale} | ${shown(f)} | ${budget} | ${f.reference ?? "—"} | ${f.ratio === null ? "—" : f.ratio.toFixed(3)} | ${ok === null ? "—" : ok ? "pass" : "**miss**"} | ${f.before ?? "—"} |`,
  );
}
writeFileSync(
  join(__dirname, "results.json"),
  `${JSON.stringify({ measured: new Date().toISOString(), figures }, null, 2)}\n`,
);
process.exit(failed > 0 ? 1 : 0);
