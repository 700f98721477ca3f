/**
 * Outside Excel: the CLI and the library read any dataset folder, in the seeds layout or published (dist/datasets),
 * verified completely; PLAN_TARGETS_DATA points the library's free functions at one. Problems name the file.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatIssue } from "../../src/data/issues";
import { catalogFromDir, readDatasetDir } from "../../src/node/dataset-dir";
import { writePublished } from "../../src/node/publish";
import { SEEDS_DIR } from "../../src/node/seeds";
import { shardFileOf, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

const ROOT = resolve(__dirname, "..", "..");

function rareEarth(dir: string): number | string {
  const built = catalogFromDir(dir);
  if (!built.ok) return built.issues.map((issue) => formatIssue(issue, "zh")).join("\n");
  const answer = built.catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
  return answer.ok ? answer.value.entry.record.value : answer.error.message.zh;
}

describe("dataset folders outside Excel (readDatasetDir, PLAN_TARGETS_DATA)", function () {
  this.timeout(60_000);
  let work = "";
  let published = "";
  const v2 = withRareEarth360(compiledSeeds().published);

  before(() => {
    work = mkdtempSync(join(tmpdir(), "plan-targets-dirs-"));
    published = join(work, "v2");
    writePublished(v2, published);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it("reads the seeds layout", () => {
    const read = readDatasetDir(SEEDS_DIR);
    expect(read.ok && read.layout).to.equal("seeds");
    expect(rareEarth(SEEDS_DIR)).to.equal(350);
  });

  it("reads a published folder, checking every file against index.json and the quotes against the documents", () => {
    const read = readDatasetDir(published);
    expect(read.ok && read.layout).to.equal("published");
    expect(read.ok && read.raw.version).to.match(/^2026\.12\.01-[0-9a-f]{8}$/);
    expect(rareEarth(published)).to.equal(360);
  });

  it("reads a published folder without its documents (quotes checked for their values only)", () => {
    const dir = join(work, "no-documents");
    cpSync(published, dir, { recursive: true });
    rmSync(join(dir, "documents"), { recursive: true });
    expect(rareEarth(dir)).to.equal(360);
  });

  it("names a damaged, missing or unreadable file", () => {
    const dir = join(work, "damaged");
    cpSync(published, dir, { recursive: true });
    const plan = join(dir, shardFileOf(v2, "002"));
    writeFileSync(plan, readFileSync(plan, "utf8").replace("500", "600"));
    rmSync(join(dir, shardFileOf(v2, "003")));
    const lines = String(rareEarth(dir)).split("\n");
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(
      /^shards\/340000\.[0-9a-f]{16}\.json：sha256 校验不符：应为 [0-9a-f]{12}…，实为 [0-9a-f]{12}…$/,
    );
    expect(lines[1]).to.equal(`${shardFileOf(v2, "003")}：文件不存在`);
  });

  it("names a seeds-layout file that is not JSON, and a folder that is no dataset", () => {
    const dir = join(work, "seeds-bad");
    cpSync(SEEDS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "aliases.json"), "{ metrics");
    expect(rareEarth(dir)).to.match(/^aliases\.json：不是有效的JSON（第1行第3列）$/);
    const empty = join(work, "empty");
    mkdirSync(empty);
    expect(rareEarth(empty)).to.match(
      /：不是数据集文件夹：既没有 index\.json（已发布的数据集），也没有 regions\.json 与 plans\/（seeds 布局）$/,
    );
  });

  it("PLAN_TARGETS_DATA points the library's free functions at another folder", () => {
    const script =
      'const { target } = require("./src/index.ts"); const a = target("内蒙古","稀土新材料","产值",2025); console.log(a.ok ? a.value.entry.record.value : a.error.message.zh);';
    const run = (env: Record<string, string>): { out: string; err: string; status: number | null } => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
      return { out: result.stdout.trim(), err: result.stderr, status: result.status };
    };
    expect(run({ PLAN_TARGETS_DATA: published }).out).to.equal("360");
    expect(run({ PLAN_TARGETS_DATA: "" }).out).to.equal("350");
    const missing = run({ PLAN_TARGETS_DATA: join(work, "nowhere") });
    // Errors are values: the free function answers with one naming the folder and the problem, it does not throw.
    expect(missing.status, missing.err).to.equal(0);
    expect(missing.out).to.equal(
      `无法读取数据目录“${join(work, "nowhere")}”：${join(work, "nowhere")}：不是数据集文件夹：既没有 index.json（已发布的数据集），也没有 regions.json 与 plans/（seeds 布局）`,
    );
  });
});
