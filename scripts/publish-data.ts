/**
 * npm run publish:data -- --out DIR: verifies the seeds completely and writes only the published dataset (format 3:
 * index.json, tables/, shards/ (one per region), documents/, every file but index.json named by its content) into DIR (default
 * dist/datasets), as `npm run build` does. Copy DIR over the folder on the web server the taskpane refreshes from
 * (keep the older files: panes still on older data read their documents there). Exit 1, naming file, record and field, when the seeds have an issue.
 */
import { resolve } from "node:path";
import { publishFailure, publishSeeds, writePublished } from "../src/node/publish";
import { SEEDS_DIR } from "../src/node/seeds";

const args = process.argv.slice(2);
const at = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(at("--out") ?? "dist/datasets");
const seedsDir = resolve(at("--seeds") ?? SEEDS_DIR);

const result = publishSeeds({ seedsDir });
if (!result.ok) {
  console.error(publishFailure(result.issues));
  process.exit(1);
}
const files = writePublished(result.published, out);
const { index } = result.published;
console.log(
  `已发布数据版本 ${index.version}（${index.shards.length} 个地区，${index.shards.reduce((n, s) => n + s.plans, 0)} 个规划，${files.length} 个文件）到 ${out}`,
);
