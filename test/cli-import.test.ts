/**
 * `plan-targets import`: the template table (CSV in GBK or UTF-16, .xlsx) and a plan JSON added to a seeds-layout
 * folder with the pane's readers and messages, so that `check --seeds` accepts it and PLAN_TARGETS_DATA answers.
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCsv } from "../src/import/csv";
import { templateCsv } from "../src/import/table-plan";
import { main } from "../src/cli";
import { catalogFromDir } from "../src/node/dataset-dir";
import { runCli } from "./support/cli";
import { gbkBytes } from "./support/gbk";
import { GD_TEXT, gdPlan } from "./support/import-fixtures";

const ROOT = resolve(__dirname, "..");

async function importCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["import", ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The downloadable template (its two example rows) without its byte order mark. */
const TEMPLATE = templateCsv().replace(/^\uFEFF/, "");

describe("CLI: import", function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-import-"));
  const seeds = join(dir, "seeds");
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  const plans = (): string[] => readdirSync(join(seeds, "plans")).sort();
  const planFile = (id: string): { id: string; region: string; title: string; document: string } =>
    JSON.parse(readFileSync(join(seeds, "plans", `${id}.json`), "utf8")) as never;

  const folderCatalog = () => {
    const read = catalogFromDir(seeds);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    return read.catalog;
  };

  after(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the template CSV saved in GBK as U001: plans/U001.json and its document, which check and the data read", async () => {
    // GBK has no ›: a table saved in GBK writes its sector paths with /.
    const csv = join(dir, "template-gbk.csv");
    writeFileSync(csv, gbkBytes(TEMPLATE.replaceAll("›", "/")));
    const added = await importCli(csv, "-o", seeds);
    expect(added.code, added.err).to.equal(0);
    expect(added.out).to.match(/^已导入规划 U001（2 条记录/);
    const plan = planFile("U001");
    expect(plan).to.include({ id: "U001", region: "浙江省" });
    expect(readdirSync(join(seeds, "documents"))).to.include(plan.document);
    const check = runCli(["check", "--seeds", seeds]);
    expect(check.code, check.err).to.equal(0);
    // PLAN_TARGETS_DATA=<folder> and --data read the folder with catalogFromDir (once per process: read afresh here).
    const answer = folderCatalog().target({ region: "浙江", sector: "机器人", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(500);
    const cli = runCli(["target", "浙江", "机器人", "产值", "2025", "--data", seeds]);
    expect(cli.out, cli.err).to.match(/^500亿元/);
  });

  it("adds the template CSV saved in UTF-16 (Excel's Unicode text) as the next free id, U002", async () => {
    const csv = join(dir, "template-utf16.csv");
    writeFileSync(csv, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, "utf16le")]));
    const added = await importCli(csv, "--title", "浙江省高端装备（UTF-16）", "-o", seeds);
    expect(added.code, added.err).to.equal(0);
    expect(planFile("U002")).to.include({ id: "U002", title: "浙江省高端装备（UTF-16）" });
    expect(runCli(["check", "--seeds", seeds]).code).to.equal(0);
  });

  it("adds an .xlsx workbook laid out like the template, under the id given", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("目标");
    for (const row of parseCsv(TEMPLATE)) sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    const xlsx = join(dir, "template.xlsx");
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    const added = await importCli(xlsx, "--id", "u010", "--region", "浙江", "-o", seeds);
    expect(added.code, added.err).to.equal(0);
    expect(planFile("U010")).to.include({ id: "U010", region: "浙江省" });
    const answer = folderCatalog().list({ plan: "U010" });
    expect(answer.ok && answer.value.map((e) => e.record.value)).to.deep.equal([500, 3]);
    expect(runCli(["check", "--seeds", seeds]).code).to.equal(0);
  });

  it("adds a plan JSON with its document (.txt), renumbered to the folder's next id", async () => {
    const json = join(dir, "gd.json");
    writeFileSync(json, JSON.stringify(gdPlan("U001")));
    const text = join(dir, "gd.txt");
    writeFileSync(text, GD_TEXT);
    const added = await importCli(json, text, "-o", seeds);
    expect(added.code, added.err).to.equal(0);
    expect(planFile("U011")).to.include({ id: "U011", region: "广东省" });
    expect(runCli(["check", "--seeds", seeds]).code).to.equal(0);
  });

  it("says in Chinese what is wrong, as the pane does, and writes nothing", async () => {
    const before = plans();
    const noUnit = join(dir, "no-unit.csv");
    const rows = parseCsv(TEMPLATE).map((row) => row.filter((_, i) => i !== 9));
    writeFileSync(noUnit, rows.map((row) => row.join(",")).join("\n"));
    const missing = await importCli(noUnit, "-o", seeds);
    expect(missing.code).to.equal(1);
    expect(missing.err).to.match(/^错误：no-unit\.csv.*单位/);
    const text = join(dir, "plan.txt");
    writeFileSync(text, GD_TEXT);
    const plainText = await importCli(text, "-o", seeds);
    expect(plainText.code).to.equal(2);
    expect(plainText.err).to.include("plan-targets extract");
    const csv = join(dir, "template-gbk.csv");
    const taken = await importCli(csv, "--id", "U001", "-o", seeds);
    expect(taken.code).to.equal(2);
    expect(taken.err).to.include("U001");
    const badId = await importCli(csv, "--id", "001", "-o", seeds);
    expect(badId.err).to.include("U001");
    const notXlsx = join(dir, "broken.xlsx");
    writeFileSync(notXlsx, "not a zip");
    expect((await importCli(notXlsx, "-o", seeds)).err).to.match(/^错误：broken\.xlsx：不是可读取的 Excel 工作簿/);
    const noFolder = await importCli(csv, "-o", join(dir, "nothing"));
    expect(noFolder.code).to.equal(1);
    expect((await importCli(csv)).code).to.equal(2);
    expect(plans()).to.deep.equal(before);
  });
});
