/**
 * npm run bench: runs every bench/*.bench.ts in its own process, one after the other (timings stay out of tests).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, file)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
