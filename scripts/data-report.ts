/**
 * npm run data:report            prints the consistency report of the seeds (Markdown)
 * npm run data:report -- --write also replaces the report section of README.md (as `npm run docs` does)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { README, SECTIONS, withSection } from "./readme-sections";

const report = SECTIONS["data-report"]!();
console.log(report);
if (process.argv.includes("--write")) {
  writeFileSync(README, withSection(readFileSync(README, "utf8"), "data-report", report));
  console.error("README.md report section updated");
}
