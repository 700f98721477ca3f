/** `plan-targets extract`: proposals from a plan's text, in UTF-8, GBK or UTF-16; `--output` writes a plan `check` accepts. */
import { expect } from "chai";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "./support/cli";

const ROOT = resolve(__dirname, "..");

const cli = (...argv: string[]) => runCli(argv);

/** A plan text in the style of another province: ASCII punctuation, one sentence a line. */
const TEXT = [
  "广东省新材料产业发展行动计划(2021-2025年)",
  "一、发展目标",
  "到2025年,全省新材料产业营业收入突破6000亿元,年均增长8%以上.",
  "培育营业收入超100亿元企业10家以上;建设省级以上创新平台50个.",
].join("\n");

describe("CLI: extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-extract-"));
  const file = join(dir, "gd.txt");
  writeFileSync(file, TEXT);

  it("prints the proposals as a table, and as JSON with line, quote, sector, metric, kind, year, value, unit, bound", () => {
    const table = cli("extract", file, "--region", "广东");
    expect(table.code).to.equal(0);
    expect(table.out).to.match(/突破6000亿元/);
    const json = cli("extract", file, "--json");
    const proposals = JSON.parse(json.out) as Array<Record<string, unknown>>;
    const revenue = proposals.find((p) => p.value === 6000)!;
    expect(revenue).to.include({ line: 3, unit: "亿元", bound: "gt", year: 2025, kind: "target" });
    for (const key of ["quote", "sector", "metric", "yearBasis", "valueMax", "aspiration"]) {
      expect(revenue, key).to.have.property(key);
    }
    expect(TEXT.split("\n")[2]).to.include(revenue.quote);
    expect(revenue.restated).to.deep.equal([]);
  });

  it("says in JSON how each figure was read as past or future, and where it is stated again", () => {
    const reported = join(dir, "report.txt");
    writeFileSync(reported, "截至2022年底，全省工业增加值达到3500亿元。\n到2025年，全省工业增加值力争达到5000亿元。\n");
    const proposals = JSON.parse(cli("extract", reported, "--json").out) as Array<{
      value: number;
      kind: string;
      year: number | null;
      tense: { tense: string | null; cue: string | null; year: number | null };
    }>;
    const past = proposals.find((p) => p.value === 3500)!;
    expect(past).to.include({ kind: "baseline", year: 2022 });
    expect(past.tense).to.include({ tense: "past", cue: "截至2022年底" });
    expect(proposals.find((p) => p.value === 5000)!.tense.tense).to.equal("future");
  });

  it("writes a plan file with the text as its document, which `check` accepts in a seeds layout", () => {
    const seeds = join(dir, "seeds");
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    const written = cli(
      "extract",
      file,
      "--region",
      "广东",
      "--id",
      "U007",
      "--output",
      join(seeds, "plans", "U007.json"),
    );
    expect(written.code, written.err).to.equal(0);
    const plan = JSON.parse(readFileSync(join(seeds, "plans", "U007.json"), "utf8")) as {
      id: string;
      region: string;
      document: string;
    };
    expect(plan).to.include({ id: "U007", region: "广东省" });
    expect(readdirSync(join(seeds, "documents"))).to.include(plan.document);
    const check = cli("check", "--seeds", seeds);
    expect(check.code, check.err).to.equal(0);
  });

  it("reads a GBK file as Chinese Windows writes it", () => {
    const gbk = join(dir, "gbk.txt");
    // Node has no GBK encoder: the bytes of "营业收入突破6000亿元" in GBK, a known sentence.
    writeFileSync(gbk, Buffer.from("d3aad2b5cad5c8ebcdbbc6c636303030d2dad4aa", "hex"));
    const json = cli("extract", gbk, "--json");
    expect(json.code, json.err).to.equal(0);
    expect((JSON.parse(json.out) as Array<{ value: number }>)[0]!.value).to.equal(6000);
  });

  it("reads a UTF-16 file as Excel's Unicode text writes it (little- and big-endian, with the byte order mark)", () => {
    const le = join(dir, "utf16le.txt");
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
    const be = join(dir, "utf16be.txt");
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()]));
    for (const file of [le, be]) {
      const table = cli("extract", file);
      expect(table.code, table.err).to.equal(0);
      expect(table.out).to.match(/突破6000亿元/);
      expect(table.out).to.include("UTF-16");
    }
  });

  it("says in Chinese what is wrong: a binary file, a missing file, --output without a region, a bad id, no text", () => {
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0x41]));
    expect(cli("extract", binary).err).to.match(/^错误：.*二进制/);
    expect(cli("extract", join(dir, "none.txt")).err).to.match(/^错误：none\.txt：无法读取/);
    const out = join(dir, "x.json");
    expect(cli("extract", file, "--output", out).code).to.equal(2);
    expect(cli("extract", file, "--region", "广东", "--id", "001", "--output", out).err).to.include("U001");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const answer = cli("extract", empty);
    expect(answer.code).to.equal(1);
    expect(answer.err).to.match(/^错误：/);
  });
});

describe("CLI: --data DIR", () => {
  it("answers from a published dataset folder or a seeds layout, and names a folder that is neither", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-data-"));
    const seeds = join(dir, "seeds");
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    // the copy lacks 001D: the answer comes from the copy, so no other version is named beside 000's 350
    rmSync(join(seeds, "plans", "001D.json"));
    const fromSeeds = cli("target", "内蒙古", "稀土新材料", "产值", "--data", seeds);
    expect(fromSeeds.code, fromSeeds.err).to.equal(0);
    expect(fromSeeds.out).to.match(/^350亿元/);
    expect(fromSeeds.out).to.not.include("001D");
    expect(cli("target", "内蒙古", "稀土新材料", "产值").out).to.include("001D");
    const missing = cli("target", "内蒙古", "稀土新材料", "产值", "--data", join(dir, "nothing"));
    expect(missing.code).to.equal(1);
    expect(missing.err).to.match(/^错误：.*不是数据集文件夹/);
  });
});
