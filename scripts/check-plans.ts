/**
 * Curation check: validates plan files and lists every number in their lines that no record or exclusion claims.
 *   npx tsx scripts/check-plans.ts                      # every plan in seeds/plans
 *   npx tsx scripts/check-plans.ts seeds/plans/000.json # only these files (and only their lines)
 * Exit 1 when anything is wrong.
 */
import { resolve } from "node:path";
import { unclaimed } from "../src/core/completeness";
import { curationIssues } from "../src/core/curation";
import { catalogFrom } from "../src/data/catalog-from";
import { formatIssue } from "../src/data/validate";
import { readSeeds, SEEDS_DIR } from "../src/node/seeds";

const files = process.argv.slice(2).map((f) => resolve(f));
const raw = readSeeds(SEEDS_DIR, files.length > 0 ? files : undefined);
const built = catalogFrom(raw);
if (!built.ok) {
  for (const issue of built.issues) console.log(formatIssue(issue, "en"));
  console.log(`${built.issues.length} data issue(s)`);
  process.exit(1);
}
const ranges = built.dataset.plans.map((p) => ({ document: p.document, from: p.lines[0], to: p.lines[1] }));
const missing = unclaimed(built.dataset, files.length > 0 ? ranges : undefined);
for (const m of missing) {
  console.log(
    `${m.document}:L${m.line} unclaimed "${m.text}" at ${m.start}: …${m.lineText.slice(Math.max(0, m.start - 15), m.end + 15)}…`,
  );
}
const words = curationIssues(built.dataset);
for (const w of words) console.log(`${w.record}: ${w.message}`);
const records = built.dataset.plans.reduce((n, p) => n + p.records.length, 0);
console.log(`${built.dataset.plans.length} plan(s), ${records} record(s), ${missing.length} unclaimed mention(s)`);
process.exit(missing.length > 0 || words.length > 0 ? 1 : 0);
