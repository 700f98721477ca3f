/**
 * A published, sharded folder outside Excel (PLAN_TARGETS_DATA, --data): read region by region as questions need
 * them; a damaged or missing shard leaves the other regions answering, and its own questions say why.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readPublishedIndex } from "../../src/node/dataset-dir";
import { writePublished } from "../../src/node/publish";
import { lazyCatalog, ShardedFolder } from "../../src/node/sharded-folder";
import { shardFileOf, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "bin", "plan-targets.js");

describe("a sharded dataset folder, read region by region (PLAN_TARGETS_DATA, --data)", function () {
  this.timeout(60_000);
  let work = "";
  let published = "";
  const v2 = withRareEarth360(compiledSeeds().published);

  before(() => {
    work = mkdtempSync(join(tmpdir(), "plan-targets-shards-"));
    published = join(work, "v2");
    writePublished(v2, published);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  function folder(dir: string): ShardedFolder {
    const read = readPublishedIndex(dir);
    if (!read.ok) throw new Error("no index");
    return new ShardedFolder(dir, read.index);
  }

  it("reads only the shards a question touches, and every shard for a question over the nation", () => {
    const shards = folder(published);
    const catalog = lazyCatalog(shards);
    expect(shards.catalog.dataset.absent?.size, "nothing read at first").to.equal(4);
    const answer = catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(360);
    expect([...(shards.catalog.dataset.absent?.keys() ?? [])]).to.deep.equal(["安徽省", "江西省", "河南省"]);
    expect(catalog.list({}).ok).to.equal(true);
    expect(shards.catalog.dataset.absent).to.equal(undefined);
    expect(catalog.entries).to.have.length(522);
  });

  it("a damaged or missing shard leaves the other regions answering; its questions say why in Chinese", () => {
    const dir = join(work, "damaged");
    cpSync(published, dir, { recursive: true });
    const anhui = join(dir, shardFileOf(v2, "002"));
    writeFileSync(anhui, readFileSync(anhui, "utf8").replace("500", "600"));
    rmSync(join(dir, shardFileOf(v2, "003")));
    const catalog = lazyCatalog(folder(dir));
    const inner = catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(inner.ok && inner.value.entry.record.value).to.equal(360);
    const damaged = catalog.target({ region: "安徽", sector: "新材料", metric: "产值", year: 2025 });
    expect(damaged.ok).to.equal(false);
    if (damaged.ok) return;
    expect(damaged.error.code).to.equal("REGION_UNAVAILABLE");
    expect(damaged.error.message.zh).to.match(
      /^安徽省数据未能载入：shards\/340000\.[0-9a-f]{16}\.json：sha256 校验不符：应为 [0-9a-f]{12}…，实为 [0-9a-f]{12}…$/,
    );
    const missing = catalog.list({ region: "河南" });
    expect(!missing.ok && missing.error.message.zh).to.equal(
      `河南省数据未能载入：${shardFileOf(v2, "003")}：文件不存在`,
    );
  });

  it("the CLI answers from a sharded folder (PLAN_TARGETS_DATA and --data), a broken shard named in Chinese", () => {
    const run = (
      args: string[],
      env: Record<string, string> = {},
    ): { out: string; err: string; status: number | null } => {
      const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: ROOT,
        env: { ...process.env, LANG: "zh_CN.UTF-8", ...env },
        encoding: "utf8",
      });
      return { out: result.stdout.trim(), err: result.stderr.trim(), status: result.status };
    };
    const asked = ["target", "内蒙古", "稀土新材料", "产值", "2025"];
    const byEnv = run(asked, { PLAN_TARGETS_DATA: published });
    expect(byEnv.status, byEnv.err).to.equal(0);
    expect(byEnv.out).to.match(/^360/);
    const dir = join(work, "cli-damaged");
    cpSync(published, dir, { recursive: true });
    rmSync(join(dir, shardFileOf(v2, "002")));
    expect(run([...asked, "--data", dir]).out).to.match(/^360/);
    const anhui = run(["target", "安徽", "新材料", "产值", "2025", "--data", dir]);
    expect(anhui.status).to.not.equal(0);
    expect(anhui.err).to.include(`安徽省数据未能载入：${shardFileOf(v2, "002")}：文件不存在`);
  });
});
