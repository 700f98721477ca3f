/**
 * Publishing (format 1) and reading back: the index names every file with its sha256 and size, the version moves
 * with the content and not with the build, the snapshot carries no documents and starts without the schema (a
 * cheap integrity check that can fail), and the build step refuses invalid seeds, naming file, record and field.
 */
import { expect } from "chai";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readIndex, snapshotFiles, type DatasetSnapshot } from "../../src/data/compiled";
import { formatIssue } from "../../src/data/issues";
import { catalogFromSnapshot, verifySnapshotFiles } from "../../src/data/snapshot";
import { lastChange, publishFailure, publishSeeds, writePublished } from "../../src/node/publish";
import { SEEDS_DIR } from "../../src/node/seeds";
import { compiledSeeds, nodeSha256, TEST_GENERATED } from "../support/seeds";
import { logicalPath, pathIn, withRareEarth360 } from "../support/datasets";

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("publishing the seeds (format 2)", function () {
  this.timeout(60_000);
  /** Where a file is published in the seeds' dataset, by its path without the content hash. */
  const at = (logical: string): string => pathIn(compiledSeeds().published, logical);

  it("indexes every table and plan file with its sha256, size, record count and date", () => {
    const { published, snapshot } = compiledSeeds();
    const { index, files } = published;
    expect(index.format).to.equal(2);
    expect(index.generated).to.equal(TEST_GENERATED);
    expect(index.version).to.match(/^2026\.11\.29-[0-9a-f]{8}$/);
    expect(readIndex(JSON.parse(JSON.stringify(index))).ok).to.equal(true);
    // Format 1 (the same index, files named plans/<id>.json…) is still read: a dataset an older add-in stored.
    expect(readIndex({ ...index, format: 1 }).ok).to.equal(true);
    expect(readIndex({ ...index, format: 3 })).to.deep.equal({ ok: false, field: "format", format: "3" });
    expect(index.plans.map((p) => p.id)).to.deep.equal([
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
      "002",
      "003",
      "004",
    ]);
    for (const ref of [...snapshotFiles(index), ...index.plans.map((p) => p.document)]) {
      const bytes = enc(files[ref.file]!);
      expect(ref.bytes, ref.file).to.equal(bytes.length);
      expect(ref.sha256, ref.file).to.equal(nodeSha256(bytes));
    }
    const plan000 = index.plans[0]!;
    expect(plan000).to.include({ region: "内蒙古自治区", records: 116, updated: "2026-11-29" });
    // Every file but index.json is named by its content: the first 16 hex of its sha256 before the extension.
    expect(plan000.file).to.equal(`plans/000.${plan000.sha256.slice(0, 16)}.json`);
    expect(plan000.document.file).to.equal(
      `documents/000_7fb2c2560672e87d.${plan000.document.sha256.slice(0, 16)}.txt`,
    );
    for (const file of Object.keys(files)) {
      const ref = [...snapshotFiles(index), ...index.plans.map((p) => p.document)].find((r) => r.file === file)!;
      expect(file, "named by content").to.equal(
        logicalPath(file).replace(/(\.[a-z]+)$/, `.${ref.sha256.slice(0, 16)}$1`),
      );
    }
    expect(files[plan000.file]).to.not.include("\n");
    expect(Object.keys(snapshot.files).some((f) => f.startsWith("documents/"))).to.equal(false);
    expect(JSON.parse(files[index.tables.regions.file]!)).to.have.property("regions");
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

  it("its integrity check fails on a missing file, a wrong id or count, an unknown unit", () => {
    const { snapshot } = compiledSeeds();
    const broken = (edit: (files: Record<string, string>) => void): string[] => {
      const files = { ...snapshot.files };
      edit(files);
      const built = catalogFromSnapshot({ ...snapshot, files });
      return built.ok ? [] : built.issues.map((issue) => formatIssue(issue, "zh"));
    };
    const p002 = at("plans/002.json");
    expect(broken((f) => delete f[p002])).to.deep.equal([`${p002}：文件不存在`]);
    const swapped = broken((f) => (f[p002] = f[at("plans/003.json")]!));
    expect(swapped.slice(0, 2)).to.deep.equal([
      `${p002}，字段 id：规划编号与 index.json 不符：应为 002，实为 003`,
      `${p002}，字段 records：记录条数与 index.json 不符：应为 8，实为 31`,
    ]);
    expect(broken((f) => (f[p002] = f[p002]!.replace('"unit":"亿元"', '"unit":"亿斤"')))).to.deep.equal([
      `${p002}，记录 002-L17-1，字段 unit：未知单位“亿斤”（请在 src/core/units.ts 中添加）`,
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
        [at("plans/004.json")]: snapshot.files[at("plans/004.json")]!.replace("江西", "江东"),
      },
    };
    const issues = await verifySnapshotFiles(altered);
    expect(issues.map((i) => i.file)).to.deep.equal([at("plans/004.json")]);
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
        at("plans/000.json"),
        at("documents/000_7fb2c2560672e87d.txt"),
      ]);
      const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { version: string };
      expect(index.version).to.equal(compiledSeeds().published.index.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
