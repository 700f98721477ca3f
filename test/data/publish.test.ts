/**
 * Publishing (format 3) and reading back: the index names every file with its sha256 and size, the version moves
 * with the content and not with the build, the snapshot carries no documents and starts without the schema (a
 * cheap integrity check that can fail), and the build step refuses invalid seeds, naming file, record and field.
 */
import { expect } from "chai";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readIndex, readShard, snapshotFiles, type DatasetSnapshot, type ShardContent } from "../../src/data/compiled";
import { formatIssue } from "../../src/data/issues";
import { catalogFromSnapshot, verifySnapshotFiles } from "../../src/data/snapshot";
import { lastChange, publishFailure, publishSeeds, writePublished } from "../../src/node/publish";
import { readSeeds, SEEDS_DIR } from "../../src/node/seeds";
import { buildDataset } from "../../src/data/validate";
import { compiledSeeds, nodeSha256, TEST_GENERATED } from "../support/seeds";
import { logicalPath, pathIn, withRareEarth360 } from "../support/datasets";

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const shardContent = (text: string): ShardContent => JSON.parse(text) as ShardContent;

describe("publishing the seeds (format 3, a shard per region)", function () {
  this.timeout(60_000);
  /** Where a file is published in the seeds' dataset, by its path without the content hash. */
  const at = (logical: string): string => pathIn(compiledSeeds().published, logical);

  it("indexes every table and region shard with its sha256, size, plan and record counts and date", () => {
    const { published, snapshot } = compiledSeeds();
    const { index, files } = published;
    expect(index.format).to.equal(3);
    expect(index.generated).to.equal(TEST_GENERATED);
    expect(index.version).to.match(/^2026\.11\.29-[0-9a-f]{8}$/);
    expect(readIndex(JSON.parse(JSON.stringify(index))).ok).to.equal(true);
    expect(readIndex({ ...index, format: 4 })).to.deep.equal({ ok: false, field: "format", format: "4" });
    expect(index.shards.map((s) => [s.region, s.plans, s.records])).to.deep.equal([
      ["内蒙古自治区", 10, 453],
      ["安徽省", 1, 8],
      ["江西省", 1, 30],
      ["河南省", 1, 31],
    ]);
    const documents = index.shards.flatMap((s) => Object.values(shardContent(files[s.file]!).documents));
    for (const ref of [...snapshotFiles({ index, files }), index.tables.names!, ...documents]) {
      const bytes = enc(files[ref.file]!);
      expect(ref.bytes, ref.file).to.equal(bytes.length);
      expect(ref.sha256, ref.file).to.equal(nodeSha256(bytes));
      // Every file but index.json is named by its content: the first 16 hex of its sha256 before the extension.
      expect(ref.file, "named by content").to.equal(
        logicalPath(ref.file).replace(/(\.[a-z]+)$/, `.${ref.sha256.slice(0, 16)}$1`),
      );
    }
    const inner = index.shards[0]!;
    expect(inner).to.include({ region: "内蒙古自治区", updated: "2026-11-29" });
    expect(inner.file).to.equal(`shards/150000.${inner.sha256.slice(0, 16)}.json`);
    const content = shardContent(files[inner.file]!);
    expect(content.plans.map((p) => (p as { id: string }).id)).to.deep.equal([
      "000",
      "001A",
      "001B",
      "001C",
      "001D",
      "001E",
      "001F",
      "001G",
      "001H",
      "001I",
    ]);
    expect(content.documents["000_7fb2c2560672e87d.txt"]!.file).to.equal(at("documents/000_7fb2c2560672e87d.txt"));
    expect(files[inner.file]).to.not.include("\n");
    expect(Object.keys(snapshot.files).some((f) => f.startsWith("documents/"))).to.equal(false);
    expect(JSON.parse(files[index.tables.regions.file]!)).to.have.property("regions");
  });

  it("reads a format 1 or 2 index (a dataset an older add-in stored): each plan file a shard of one plan", () => {
    const legacy = {
      format: 2,
      version: "2026.11.29-00000000",
      generated: TEST_GENERATED,
      tables: compiledSeeds().published.index.tables,
      plans: [
        {
          id: "002",
          title: "安徽",
          region: "安徽省",
          file: "plans/002.0123456789abcdef.json",
          sha256: "0".repeat(64),
          bytes: 10,
          records: 8,
          updated: "2026-11-29",
          document: { file: "documents/002_x.txt", sha256: "1".repeat(64), bytes: 5 },
        },
      ],
    };
    for (const format of [1, 2]) {
      const read = readIndex({ ...legacy, format });
      if (!read.ok) throw new Error(read.field);
      expect(read.index.shards).to.have.length(1);
      expect(read.index.shards[0]).to.include({ region: "安徽省", plans: 1, records: 8 });
      const shard = readShard(read.index.shards[0]!, { id: "002", document: "002_x.txt", records: [] });
      expect(shard.ok && shard.content.documents["002_x.txt"]!.file).to.equal("documents/002_x.txt");
    }
    expect(readIndex({ ...legacy, plans: [{ ...legacy.plans[0], document: null }] })).to.deep.equal({
      ok: false,
      field: "plans[0].document",
    });
  });

  it("refuses a link from one region to another (each region is a shard verified alone)", () => {
    const raw = readSeeds();
    const plans = raw.plans.map((p) => structuredClone(p));
    const anhui = plans.find((p) => (p.content as { id: string }).id === "002")!.content as {
      supersedes: string[];
      records: Array<{ id: string; sameAs: string[] }>;
    };
    anhui.supersedes = ["004"];
    anhui.records[0]!.sameAs = ["000-L17-7"];
    const built = buildDataset({ ...raw, plans });
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    expect(built.issues.map((issue) => formatIssue(issue, "zh"))).to.deep.equal([
      "002.json，字段 supersedes：链接的004属于另一地区（江西省）：数据按地区分片发布，链接须在同一地区内",
      "002.json，记录 002-L17-1，字段 sameAs：链接的000-L17-7属于另一地区（内蒙古自治区）：数据按地区分片发布，链接须在同一地区内",
    ]);
  });

  it("embeds only the regions --env embed names (by name or alias); a word that is no region fails the build", () => {
    const some = publishSeeds({ embed: ["内蒙", "皖"], generated: TEST_GENERATED });
    if (!some.ok) throw new Error(publishFailure(some.issues));
    const held = some.snapshot.index.shards.filter((s) => some.snapshot.files[s.file] !== undefined);
    expect(held.map((s) => s.region)).to.deep.equal(["内蒙古自治区", "安徽省"]);
    const built = catalogFromSnapshot(some.snapshot);
    expect(built.ok && [...(built.dataset.absent?.keys() ?? [])]).to.deep.equal(["江西省", "河南省"]);
    const wrong = publishSeeds({ embed: ["内蒙古", "广州"], generated: TEST_GENERATED });
    expect(wrong.ok).to.equal(false);
    if (!wrong.ok)
      expect(publishFailure(wrong.issues)).to.equal(
        "数据校验未通过（1 处问题），未发布：\n--env embed：地区“广州”不在 regions.json 中",
      );
  });

  it("changes the version with any content, and not with the build", () => {
    const { published } = compiledSeeds();
    const v2 = withRareEarth360(published);
    expect(v2.index.version).to.not.equal(published.index.version);
    expect(v2.index.version.slice(0, 10)).to.equal("2026.12.01");
    const rebuilt = withRareEarth360(published, "2026-12-01T08:00:00.000Z");
    expect(rebuilt.index.version).to.equal(v2.index.version);
  });

  it("starts from the snapshot without the schema, answering as the seeds do", () => {
    const built = catalogFromSnapshot(compiledSeeds().snapshot);
    if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "zh")).join("\n"));
    const answer = built.catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(350);
    expect(built.dataset.documents).to.equal(undefined);
    expect(built.dataset.published).to.equal(TEST_GENERATED);
    expect(built.catalog.entries).to.have.length(522);
  });

  it("its integrity check fails on a wrong region, count or unit; a shard not held is a region not loaded", () => {
    const { snapshot } = compiledSeeds();
    const broken = (edit: (files: Record<string, string>) => void): string[] => {
      const files = { ...snapshot.files };
      edit(files);
      const built = catalogFromSnapshot({ ...snapshot, files });
      return built.ok ? [] : built.issues.map((issue) => formatIssue(issue, "zh"));
    };
    const anhui = at("shards/340000.json");
    const without = catalogFromSnapshot({ ...snapshot, files: { ...snapshot.files, [anhui]: undefined! } });
    if (!without.ok) throw new Error("a shard not held is no damage");
    expect([...(without.dataset.absent ?? new Map()).entries()]).to.deep.equal([
      ["安徽省", { state: "loading", records: 8 }],
    ]);
    expect(broken((f) => (f[anhui] = f[at("shards/360000.json")]!))).to.deep.equal([
      `${anhui}：字段 region 缺少或类型不对`,
    ]);
    const fewer = (text: string): string => {
      const json = JSON.parse(text) as { plans: Array<{ records: unknown[] }> };
      json.plans[0]!.records.pop();
      return JSON.stringify(json);
    };
    expect(broken((f) => (f[anhui] = fewer(f[anhui]!)))).to.deep.equal([
      `${anhui}，字段 records：记录条数与 index.json 不符：应为 8，实为 7`,
    ]);
    expect(broken((f) => (f[anhui] = f[anhui]!.replace('"unit":"亿元"', '"unit":"亿斤"')))).to.deep.equal([
      `${anhui}，记录 002-L17-1，字段 unit：未知单位“亿斤”（请在 src/core/units.ts 中添加）`,
    ]);
    expect(broken((f) => (f[at("tables/regions.json")] = "{"))[0]).to.match(
      /^tables\/regions\.[0-9a-f]{16}\.json：不是有效的JSON/,
    );
  });

  it("a stored snapshot is checked against its sha256s", async () => {
    const { snapshot } = compiledSeeds();
    expect(await verifySnapshotFiles(snapshot)).to.deep.equal([]);
    const altered: DatasetSnapshot = {
      ...snapshot,
      files: {
        ...snapshot.files,
        [at("shards/410000.json")]: snapshot.files[at("shards/410000.json")]!.replace("河南", "河东"),
      },
    };
    const issues = await verifySnapshotFiles(altered);
    expect(issues.map((i) => i.file)).to.deep.equal([at("shards/410000.json")]);
  });

  it("the build step refuses seeds with an invalid record, naming file, record and field in Chinese", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-seeds-"));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = join(dir, "plans", "002.json");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(
          '"quote": "产业总体规模力争突破500亿元"',
          '"quote": "产业总体规模突破500亿元了"',
        ),
      );
      const result = publishSeeds({ seedsDir: dir });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(publishFailure(result.issues)).to.equal(
        "数据校验未通过（1 处问题），未发布：\n002.json，记录 002-L17-1，字段 quote：引文不在第17行原文中：“产业总体规模突破500亿元了”",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the build step refuses a number nobody claims (completeness) and wrong qualifier words (curation)", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-seeds-"));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const doc = join(dir, "documents", "002_ff2322d466e43402.txt");
      const lines = readFileSync(doc, "utf8").split("\n");
      lines[5] = `${lines[5]}另有77家企业。`;
      writeFileSync(doc, lines.join("\n"));
      const plan = join(dir, "plans", "002.json");
      const json = JSON.parse(readFileSync(plan, "utf8")) as { records: Array<{ bound: string }> };
      json.records[0]!.bound = "eq";
      writeFileSync(plan, JSON.stringify(json, null, 2));
      const result = publishSeeds({ seedsDir: dir });
      if (result.ok) throw new Error("expected issues");
      const text = result.issues.map((issue) => formatIssue(issue, "zh"));
      expect(
        text.some((t) => /^002_ff2322d466e43402\.txt：第6行的“77”没有被任何记录或排除项认领/.test(t)),
        text.join("\n"),
      ).to.equal(true);
      expect(text.some((t) => t.startsWith("002.json，记录 002-L17-1，字段 qualifiers：bound 为 eq"))).to.equal(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("dates a plan by git's last commit of its seed file, or not at all outside git", () => {
    const committed = lastChange(join(SEEDS_DIR, "plans", "000.json"));
    expect(committed === null || /^\d{4}-\d{2}-\d{2}$/.test(committed)).to.equal(true);
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-nogit-"));
    try {
      writeFileSync(join(dir, "x.json"), "{}");
      expect(lastChange(join(dir, "x.json"))).to.equal(null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes dist/datasets/ (npm run publish:data): index.json and every file", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-published-"));
    try {
      const written = writePublished(compiledSeeds().published, dir);
      expect(written).to.include.members([
        "index.json",
        at("tables/regions.json"),
        at("shards/150000.json"),
        at("tables/names.json"),
        at("documents/000_7fb2c2560672e87d.txt"),
      ]);
      const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { version: string };
      expect(index.version).to.equal(compiledSeeds().published.index.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a dataset an older add-in stored (format 2: a file per plan)", () => {
  const at = (logical: string): string => pathIn(compiledSeeds().published, logical);
  /** The seeds as the format 2 publisher wrote them: plans/<id>.<hash>.json, each listed with its document. */
  function formatTwo(): DatasetSnapshot {
    const { published } = compiledSeeds();
    const files: Record<string, string> = {};
    const ref = (path: string, text: string): { file: string; sha256: string; bytes: number } => {
      const sha256 = nodeSha256(enc(text));
      const file = path.replace(/(\.[a-z]+)$/, `.${sha256.slice(0, 16)}$1`);
      files[file] = text;
      return { file, sha256, bytes: enc(text).length };
    };
    const { index } = published;
    for (const table of [index.tables.regions, index.tables.aliases]) files[table.file] = published.files[table.file]!;
    const plans = index.shards.flatMap((shard) => {
      const content = shardContent(published.files[shard.file]!);
      return (
        content.plans as Array<{ id: string; title: string; region: string; document: string; records: unknown[] }>
      ).map((plan) => ({
        id: plan.id,
        title: plan.title,
        region: plan.region,
        ...ref(`plans/${plan.id}.json`, JSON.stringify(plan)),
        records: plan.records.length,
        updated: shard.updated,
        document: content.documents[plan.document]!,
      }));
    });
    const legacy = {
      format: 2,
      version: index.version,
      generated: index.generated,
      tables: { regions: index.tables.regions, aliases: index.tables.aliases },
      plans,
    };
    const read = readIndex(legacy);
    if (!read.ok) throw new Error(read.field);
    return { index: read.index, files };
  }

  it("is read as shards of one plan each: it answers, it is checked against its sha256s, its documents are found", async () => {
    const snapshot = formatTwo();
    expect(snapshot.index.shards).to.have.length(13);
    expect(await verifySnapshotFiles(snapshot)).to.deep.equal([]);
    const built = catalogFromSnapshot(snapshot);
    if (!built.ok) throw new Error(built.issues.map((issue) => formatIssue(issue, "zh")).join("\n"));
    const answer = built.catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(350);
    expect(built.catalog.entries).to.have.length(522);
    const plan000 = snapshot.index.shards.find((s) => s.file.startsWith("plans/000."))!;
    expect(plan000.legacyDocument?.ref.file).to.equal(at("documents/000_7fb2c2560672e87d.txt"));
  });
});
