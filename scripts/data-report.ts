/**
 * npm run data:report            prints the consistency report of the seeds (Markdown)
 * npm run data:report -- --write also replaces the report section of README.md
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { reportMarkdown } from "../src/core/report";
import { defaultCatalog } from "../src/node/default-catalog";

export const START = "<!-- data-report:start -->";
export const END = "<!-- data-report:end -->";

const report = reportMarkdown(defaultCatalog());
console.log(report);
if (process.argv.includes("--write")) {
  const path = resolve(__dirname, "..", "README.md");
  const readme = readFileSync(path, "utf8");
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${START} … ${END} section`);
  writeFileSync(path, `${readme.slice(0, from + START.length)}\n${report}\n${readme.slice(to)}`);
  console.error("README.md report section updated");
}
