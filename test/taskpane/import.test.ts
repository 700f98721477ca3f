/**
 * 导入规划 below the pane: files and tables read into a plan (CSV in UTF-8, GBK and UTF-16, XLSX through exceljs, a
 * plan JSON with its document), the review of the extractor's proposals, and every fault with its Chinese message
 * naming the file, the row and the column, or the record and the field. What is read is then added through LiveData,
 * as the pane adds it, and answers like a seed.
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import type { Catalog } from "../../src/core/catalog";
import { extractProposals, type Proposal } from "../../src/extract";
import { parseCsv, writeCsv } from "../../src/import/csv";
import { decodeText } from "../../src/import/decode";
import { readImportFiles, type FilesRead, type PickedFile } from "../../src/import/import-files";
import { applyFields, fieldsOf, highlight } from "../../src/import/review-model";
import { qualifiersFor, readBound, readNumber, readYear } from "../../src/import/record-words";
import { tableToPlan, templateCsv, TEMPLATE_COLUMNS } from "../../src/import/table-plan";
import { CatalogStore } from "../../src/data/store";
import { LiveData, type DatasetStorage } from "../../src/data/live-data";
import type { PlanCandidate, StoredUserPlans, UserPlanStorage } from "../../src/data/user-plans";
import { readFileSync } from "node:fs";
import { README, sectionOf, templateSection } from "../../scripts/readme-sections";
import { gbkBytes } from "../support/gbk";
import { csvOf, GD_TEXT, gdPlan, TABLE_ROWS } from "../support/import-fixtures";
import { compiledSeeds, seedCatalog } from "../support/seeds";

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string): PickedFile => ({
  name,
  bytes: typeof bytes === "string" ? utf8(bytes) : bytes,
});
const context = {
  id: "U001",
  resolveRegion: (name: string): string | null => {
    const found = seedCatalog().resolveRegion(name);
    return found.ok ? found.value.name : null;
  },
};
const message = (read: FilesRead | { ok: false; fault: { message: { zh: string } } } | { ok: true }): string =>
  read.ok ? "" : read.fault.message.zh;

/** The data lifecycle over the compiled seeds, storage in memory: where the pane adds what it read. */
function lifecycle(): { live: LiveData; store: CatalogStore } {
  const { snapshot, catalog } = compiledSeeds();
  const store = new CatalogStore(catalog);
  const none: DatasetStorage = {
    load: () => Promise.resolve(null),
    save: () => Promise.resolve(),
    clear: () => Promise.resolve(),
  };
  let kept: StoredUserPlans | null = null;
  const users: UserPlanStorage = {
    load: () => Promise.resolve(kept),
    save: (value) => {
      kept = value;
      return Promise.resolve();
    },
  };
  const live = new LiveData({
    store,
    bundled: { snapshot, catalog, source: "bundled", indexUrl: "http://127.0.0.1/datasets/index.json" },
    storage: none,
    userStorage: users,
    urlPolicy: { page: "http://127.0.0.1/taskpane.html", connectSrc: null },
  });
  return { live, store };
}

async function added(candidate: PlanCandidate): Promise<Catalog> {
  const { live, store } = lifecycle();
  const outcome = await live.importPlan(candidate);
  if (!outcome.ok) throw new Error(outcome.fault.message.zh);
  return store.catalog;
}

const plan = (read: FilesRead): PlanCandidate => {
  if (!read.ok || read.kind !== "plan") throw new Error(message(read) || "not a plan");
  return read.candidate;
};

const rows = TABLE_ROWS;

describe("import: CSV and text decoding", () => {
  it("parses CSV as Excel writes it: quotes, doubled quotes, commas and line breaks inside, CRLF; tabs too", () => {
    expect(parseCsv('a,"b,c","say ""hi""",\r\n1,"two\nlines",3,\r\n')).to.deep.equal([
      ["a", "b,c", 'say "hi"', ""],
      ["1", "two\nlines", "3", ""],
    ]);
    expect(parseCsv("地区\t指标\n广东\t产值")).to.deep.equal([
      ["地区", "指标"],
      ["广东", "产值"],
    ]);
  });

  it("writes CSV whose every cell Excel reads as text, whatever it starts with, and reads it back as it was", () => {
    const texts = [
      "=1+1",
      "=cmd|' /C calc'!A0",
      '=HYPERLINK("http://example.com","x")',
      "+1+1",
      "-1+1",
      "-",
      "@SUM(A1:A2)",
      "\t=1+1",
      "\r=1+1",
      "'=1+1",
      "''@x",
      "'",
      "'普通",
      "-5",
      "-0.5",
      "500",
      "a,b",
      'say "hi"',
      "two\nlines",
      "高端装备/机器人",
      "",
    ];
    const written = writeCsv([texts]);
    expect(written.startsWith("\uFEFF")).to.equal(true);
    // What Excel sees in each cell: the field unquoted.
    for (const text of texts) {
      const field = writeCsv([[text]], { bom: false }).slice(0, -2);
      const seen = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
      expect(/^[=+\-@\t\r]/.test(seen) && !/^-?\d+(\.\d+)?$/.test(seen), JSON.stringify(seen)).to.equal(false);
    }
    expect(parseCsv(new TextDecoder().decode(utf8(written)))).to.deep.equal([texts]);
    // A table written so imports with its cells as they were.
    const noted = [
      [...rows[0]!, "说明"],
      ...rows.slice(1).map((row, i) => [...row, ["=cmd|' /C calc'!A0", "+86", "@提示"][i]!]),
    ];
    const read = tableToPlan({ source: "zj.csv", rows: parseCsv(csvOf(noted)), firstRow: 1, ...context });
    if (!read.ok) throw new Error(read.fault.message.zh);
    expect(read.plan.records.map((r) => r.note)).to.deep.equal(["=cmd|' /C calc'!A0", "+86", "@提示"]);
  });

  it("an exported plan file keeps such cells as text too: JSON, no line starts with what Excel evaluates", async () => {
    const noted = [[...rows[0]!, "说明"], ...rows.slice(1).map((row) => [...row, "=cmd|' /C calc'!A0"])];
    const { live } = lifecycle();
    const outcome = await live.importPlan(plan(await readImportFiles([file("zj.csv", csvOf(noted))], context)));
    if (!outcome.ok) throw new Error(outcome.fault.message.zh);
    const exported = live.exportUserPlan(outcome.value.userPlan.plan.id)!;
    expect(exported.planFile).to.match(/\.json$/);
    const lines = exported.planText.split("\n").filter((line) => line !== "");
    expect(lines.filter((line) => /^[=+\-@\t\r]/.test(line))).to.deep.equal([]);
    const back = JSON.parse(exported.planText) as { records: Array<{ note: string }> };
    expect(back.records.map((r) => r.note)).to.deep.equal(Array(3).fill("=cmd|' /C calc'!A0"));
  });

  it("reads UTF-8 (with or without a BOM), GBK and UTF-16 text", () => {
    const text = "营业收入突破6000亿元";
    expect(decodeText(utf8(`\uFEFF${text}`), "a.csv")).to.deep.equal({ ok: true, text, encoding: "UTF-8" });
    expect(decodeText(gbkBytes(text), "a.csv")).to.deep.equal({ ok: true, text, encoding: "GBK" });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(utf16, "a.csv")).to.deep.equal({ ok: true, text, encoding: "UTF-16" });
  });

  it("refuses a binary file and a text decoded wrongly before it was saved, saying why", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(message(decodeText(png, "plan.csv"))).to.match(/^plan\.csv：无法读取这段文本：含有二进制控制字符/);
    // UTF-8 read as GBK or as Latin-1 somewhere before, then saved as UTF-8.
    const sentence = utf8("到2025年，全省新材料产业营业收入突破6000亿元，年均增长8%以上。".repeat(3));
    expect(message(decodeText(utf8(new TextDecoder("gbk").decode(sentence)), "plan.txt"))).to.match(
      /^plan\.txt：无法读取这段文本：.*(乱码|无法识别的字符)/,
    );
    expect(message(decodeText(utf8(new TextDecoder("windows-1252").decode(sentence)), "plan.txt"))).to.match(
      /^plan\.txt：无法读取这段文本：/,
    );
    const replaced = "营业收入突破6000亿元".replaceAll("收", "\ufffd").repeat(12);
    expect(message(decodeText(utf8(replaced), "plan.txt"))).to.include("无法识别的字符（�）");
  });
});

describe("import: a table laid out like the template", () => {
  it("offers a template whose headers are the columns, with two example rows that import", () => {
    const csv = templateCsv();
    expect(
      csv.startsWith(
        "\uFEFF地区,规划标题,规划期,行业,指标,类型,年份,目标值,范围上限,单位,限定,力争,数值写法,原文,说明\r\n",
      ),
    ).to.equal(true);
    const read = tableToPlan({ source: "模板.csv", rows: parseCsv(csv.slice(1)), firstRow: 1, ...context });
    expect(read.ok && read.rows).to.equal(2);
    expect(TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.header)).to.deep.equal([
      "地区",
      "规划标题",
      "行业",
      "指标",
      "年份",
      "目标值",
      "单位",
      "原文",
    ]);
  });

  it("the README's template table is the columns' table (npm run docs rewrites it)", () => {
    const section = sectionOf(readFileSync(README, "utf8"), "import-template");
    expect(section, "README template table is stale: run npm run docs").to.equal(templateSection());
    expect(section.split("\n")).to.have.length(TEMPLATE_COLUMNS.length + 2);
  });

  it("reads each row as a record quoting its 原文; the document is the title, then each 原文 a line", () => {
    const read = tableToPlan({ source: "zj.csv", rows, firstRow: 1, ...context });
    if (!read.ok) throw new Error(read.fault.message.zh);
    expect(read.text.split("\n")).to.deep.equal([rows[1]![1], rows[1]![11], rows[2]![11], rows[3]![11]]);
    expect(read.plan).to.include({ region: "浙江省", title: rows[1]![1] });
    expect(read.plan.period).to.deep.equal({ start: 2021, end: 2025 });
    const [robots, machines, energy] = read.plan.records;
    expect(robots).to.include({ id: "U001-L2-1", line: 2, value: 500, unit: "亿元", bound: "ge", kind: "target" });
    expect(robots!.qualifiers).to.deep.equal(["以上"]);
    expect(machines).to.include({ value: 3, valueMax: 5, aspiration: true, metric: "龙头企业" });
    expect(machines!.qualifiers).to.deep.equal(["力争"]);
    expect(machines!.sector).to.deep.equal(["高端装备", "数控机床"]);
    expect(energy).to.include({ kind: "cap", bound: "le", unit: "万吨标准煤" });
  });

  it("the plan it reads is added and answers like a seed (PLAN.TARGET's lookup)", async () => {
    const read = await readImportFiles([file("zj.csv", csvOf(rows))], context);
    const catalog = await added(plan(read));
    const answer = catalog.target({ region: "浙江", sector: "机器人", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(500);
  });

  it("reads a CSV saved in GBK as Excel on Chinese Windows saves it", async () => {
    // GBK has no ›: a table saved in GBK writes its sector paths with /.
    const gbkRows = rows.map((row) => row.map((cell) => cell.replaceAll("›", "/")));
    const read = await readImportFiles([file("zj.csv", gbkBytes(csvOf(gbkRows)))], context);
    expect(read.ok && read.kind === "plan" && read.encoding).to.equal("GBK");
    expect(plan(read).text).to.include("机器人产业产值达到500亿元以上");
  });

  it("reads an .xlsx workbook (exceljs), numbers as numbers, 45% as Excel holds it (0.45)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("目标");
    sheet.addRow([...rows[0]!]);
    for (const row of rows.slice(1))
      sheet.addRow(row.map((cell, i) => (i === 5 || i === 6 ? Number(cell) || cell : cell)));
    sheet.addRow(["", "", "高端装备", "数字化率", "目标", 2025, 0.45, "", "%", "", "", "规上企业数字化率达到45%"]);
    sheet.getCell("G5").numFmt = "0%";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readImportFiles([file("zj.xlsx", bytes)], context);
    const candidate = plan(read);
    expect(candidate.origin).to.equal("xlsx");
    const records = (candidate.plan as { records: Array<{ value: number; unit: string }> }).records;
    expect(records.map((r) => r.value)).to.deep.equal([500, 3, 1200, 45]);
    const catalog = await added(candidate);
    const answer = catalog.target({ region: "浙江", sector: "高端装备", metric: "数字化率", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(45);
  });

  it("names a missing required column, a row and column that cannot be read, and a region not in the table", async () => {
    const without = rows.map((row) => row.filter((_, i) => i !== 8 && i !== 11));
    expect(message(await readImportFiles([file("zj.csv", csvOf(without))], context))).to.equal(
      "zj.csv 缺少必填列：单位、原文（请按模板填写第1行的表头）",
    );
    const bad = rows.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 6 ? "三" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(bad))], context))).to.equal(
      "zj.csv 第3行“目标值”列：应为数字，收到“三”",
    );
    const mars = rows.map((row, i) => (i === 1 ? row.map((cell, j) => (j === 0 ? "火星省" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(mars))], context))).to.equal(
      "zj.csv 第2行“地区”列：地区“火星省”不在地区表中",
    );
    const unit = rows.map((row, i) => (i === 3 ? row.map((cell, j) => (j === 8 ? "吨吨" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(unit))], context))).to.equal(
      "zj.csv 第4行“单位”列：无法识别的单位“吨吨”",
    );
    const elsewhere = rows.map((row, i) => (i === 3 ? row.map((cell, j) => (j === 6 ? "1300" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(elsewhere))], context))).to.match(
      /^zj\.csv 第4行“目标值”列：原文中没有数值“1300”/,
    );
    const two = rows.map((row, i) => (i === 3 ? row.map((cell, j) => (j === 1 ? "另一个规划" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(two))], context))).to.equal(
      `zj.csv 第4行“规划标题”列：“另一个规划”与第2行的“${rows[1]![1]}”不同：一个表格只能导入一个规划`,
    );
    expect(message(await readImportFiles([file("zj.csv", csvOf(rows.slice(0, 1)))], context))).to.equal(
      "zj.csv 中没有数据行（第1行应为表头，其下每行一条目标）",
    );
    const bound = rows.map((row, i) => (i === 1 ? row.map((cell, j) => (j === 9 ? "大约" : cell)) : row));
    expect(message(await readImportFiles([file("zj.csv", csvOf(bound))], context))).to.equal(
      "zj.csv 第2行“限定”列：无法识别“大约”，可填：达到、以上、超过、突破、左右、约、以内、以下、低于",
    );
  });

  it("the template, saved by Excel on Chinese Windows (GBK: what it lacks becomes ?), imports level by level", async () => {
    const template = templateCsv().slice(1); // Excel drops the byte order mark when it saves in GBK
    // Every character of the template has a GBK code: nothing is lost on the way.
    expect(new TextDecoder("gbk").decode(gbkBytes(template))).to.equal(template);
    const read = await readImportFiles([file("模板.csv", gbkBytes(template, { lossy: true }))], context);
    const candidate = plan(read);
    const sectors = (candidate.plan as { records: Array<{ sector: string[] }> }).records.map((r) => r.sector);
    expect(sectors).to.deep.equal([
      ["高端装备", "机器人"],
      ["高端装备", "数控机床"],
    ]);
    const catalog = await added(candidate);
    const answer = catalog.target({ region: "浙江", sector: "高端装备›机器人", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(500);
  });

  it("refuses a ? or � in any text cell of a CSV, an .xlsx or a selection, naming the row, the column and the likely cause", async () => {
    const cause = "文件编码可能丢失了字符（例如以 GBK 保存时无法表示的符号）";
    // A table written with › saved in GBK: › came back as ?.
    expect(message(await readImportFiles([file("zj.csv", gbkBytes(csvOf(rows), { lossy: true }))], context))).to.equal(
      `zj.csv 第2行“行业”列：“高端装备?机器人”中有“?”：${cause}，请另存为“CSV UTF-8”或 .xlsx 后重新导入；原文确有问号时请写全角“？”`,
    );
    // Each column, in a row below the first, with either mark.
    rows[0]!.forEach((header, j) => {
      for (const lost of ["?", "\uFFFD"]) {
        const bad = rows.map((row, i) => (i === 3 ? row.map((cell, k) => (k === j ? `${cell}${lost}` : cell)) : row));
        const said = message(tableToPlan({ source: "所选区域", rows: bad, firstRow: 5, ...context }));
        expect(said, header).to.match(
          new RegExp(`^所选区域 第8行“${header}”列：.*中有“${lost.replace("?", "\\?")}”：${cause}`),
        );
      }
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("目标");
    for (const row of rows) sheet.addRow([...row]);
    sheet.getCell("D3").value = "龙头\uFFFD企业";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(message(await readImportFiles([file("zj.xlsx", bytes)], context))).to.match(
      new RegExp(`^zj\\.xlsx 第3行“指标”列：“龙头\uFFFD企业”中有“\uFFFD”：${cause}`),
    );
  });

  it("names the sheet's own row numbers for a selection that starts below row 1", () => {
    const bad = rows.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 5 ? "明年" : cell)) : row));
    const read = tableToPlan({ source: "所选区域", rows: bad, firstRow: 5, ...context });
    expect(message(read)).to.equal("所选区域 第7行“年份”列：应为年份（如2025，或“每年”），收到“明年”");
  });

  it("refuses an .xlsx that is not a workbook, and a file of another kind", async () => {
    expect(message(await readImportFiles([file("zj.xlsx", "not a zip")], context))).to.match(
      /^zj\.xlsx：不是可读取的 Excel 工作簿（\.xlsx）：/,
    );
    expect(message(await readImportFiles([file("plan.doc", "x")], context))).to.equal(
      "无法识别文件“plan.doc”的类型：请选择规划 JSON（.json，连同原文 .txt）、CSV 表格（.csv）或 Excel 工作簿（.xlsx）",
    );
    expect(message(await readImportFiles([file("a.csv", "x"), file("b.csv", "y")], context))).to.match(
      /^一次选择了 2 个文件/,
    );
  });
});

describe("import: a plan JSON in the seeds schema with its document", () => {
  const json = JSON.stringify(gdPlan("U001"), null, 2);
  const documentName = gdPlan("U001").document;

  it("takes the .txt chosen with it, or a documentText field; the plan is added under the next id", async () => {
    const withText = plan(await readImportFiles([file("gd.json", json), file(documentName, GD_TEXT)], context));
    expect(withText.text).to.equal(GD_TEXT);
    const embedded = plan(
      await readImportFiles([file("gd.json", JSON.stringify({ ...gdPlan("U001"), documentText: GD_TEXT }))], context),
    );
    expect(embedded.plan).to.not.have.property("documentText");
    const catalog = await added(embedded);
    const answer = catalog.target({ region: "广东", sector: "新能源汽车", metric: "营业收入", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(8000);
  });

  it("says what is missing or wrong: no document, not JSON (line and column), not a plan", async () => {
    expect(message(await readImportFiles([file("gd.json", json)], context))).to.equal(
      `gd.json 没有附原文：请同时选择它的原文文件（${documentName}），或在 JSON 中加入 documentText 字段`,
    );
    expect(message(await readImportFiles([file("gd.json", '{\n  "id": "U001",\n  oops\n}')], context))).to.equal(
      "gd.json：不是有效的 JSON（第3行第3列）",
    );
    expect(message(await readImportFiles([file("gd.json", "[1,2]")], context))).to.match(/^gd\.json：不是规划文件/);
  });

  it("a plan failing the schema is refused naming the file, the record and the field; nothing is stored", async () => {
    const broken = { ...gdPlan("U001"), documentText: GD_TEXT } as unknown as {
      records: Array<Record<string, unknown>>;
    };
    broken.records[2]!.year = "明年";
    const read = plan(await readImportFiles([file("gd.json", JSON.stringify(broken))], context));
    const { live, store } = lifecycle();
    const outcome = await live.importPlan(read);
    expect(message(outcome)).to.match(
      /^规划未通过校验（1 处问题）：gd\.json，记录 U001-L4-1，字段 year：.*。未保存任何内容$/,
    );
    expect(live.userPlans).to.deep.equal([]);
    expect(store.catalog.dataset.plans.some((p) => p.id.startsWith("U"))).to.equal(false);
  });

  it("a .txt alone is plan text for the extractor (GBK read too)", async () => {
    const read = await readImportFiles([file("gd.txt", gbkBytes(GD_TEXT))], context);
    expect(read.ok && read.kind === "text" && read.text).to.equal(GD_TEXT);
  });
});

describe("import: the review of the proposals", () => {
  const extraction = extractProposals(GD_TEXT, { region: "广东省" });
  if (!extraction.ok) throw new Error(extraction.error.message.zh);
  const proposals: readonly Proposal[] = extraction.value.proposals;
  const revenue = proposals[0]!;
  const lines = GD_TEXT.split("\n");

  it("shows each proposal's sentence with its figure highlighted", () => {
    expect(highlight(lines[2]!, revenue)).to.deep.equal({
      before: "全省新能源汽车产业营业收入突破",
      figure: "8000",
      after: "亿元",
    });
  });

  it("reads the edited fields back; a bound or 力争 changed rewrites the qualifier words", () => {
    const fields = fieldsOf(revenue);
    expect(fields).to.deep.include({
      sector: "新能源汽车",
      metric: "营业收入",
      year: "2025",
      value: "8000",
      bound: "gt",
    });
    const edited = applyFields(revenue, {
      ...fields,
      sector: "新能源汽车/整车",
      metric: "主营业务收入",
      bound: "ge",
      aspiration: true,
    });
    if (!edited.ok) throw new Error(edited.problem.zh);
    expect(edited.proposal).to.include({ metric: "主营业务收入", bound: "ge", aspiration: true });
    expect(edited.proposal.sector).to.deep.equal(["新能源汽车", "整车"]);
    expect(edited.proposal.qualifiers).to.deep.equal(["力争", "以上"]);
    const growth = applyFields(proposals[2]!, { ...fieldsOf(proposals[2]!), kind: "growth_rate" });
    expect(growth.ok && growth.proposal.growth).to.deep.equal({ type: "cumulative" });
  });

  it("names the field that cannot be read", () => {
    const problem = (change: Partial<ReturnType<typeof fieldsOf>>): string => {
      const applied = applyFields(revenue, { ...fieldsOf(revenue), ...change });
      return applied.ok ? "" : `${applied.field}：${applied.problem.zh}`;
    };
    expect(problem({ value: "八千" })).to.equal("value：应为数字，收到“八千”");
    expect(problem({ value: "9000" })).to.match(/^value：原文中没有数值“9000”/);
    expect(problem({ year: "明年" })).to.equal("year：应为年份（如2025，或“每年”），收到“明年”");
    expect(problem({ unit: "亿吨公里" })).to.equal("unit：无法识别的单位“亿吨公里”");
    expect(problem({ valueMax: "7000" })).to.equal("valueMax：范围上限应大于目标值");
    expect(problem({ metric: " " })).to.equal("metric：不能为空");
    expect(problem({ sector: "新能源汽车››整车" })).to.equal("sector：行业路径“新能源汽车››整车”中有空的层级");
    expect(problem({})).to.equal("");
  });
});

describe("import: what a cell or field may say", () => {
  it("numbers, years, bounds and qualifier words", () => {
    expect(readNumber("1,200")).to.deep.equal({ value: 1200, percent: false });
    expect(readNumber("４５％")).to.deep.equal({ value: 45, percent: true });
    expect(readNumber("12a")).to.equal(null);
    expect([readYear("2025年"), readYear("每年"), readYear("1800"), readYear(2030)]).to.deep.equal([
      2025,
      null,
      undefined,
      2030,
    ]);
    expect(readBound("≥")).to.deep.equal({ bound: "ge", word: null });
    expect(readBound("突破")).to.deep.equal({ bound: "gt", word: "突破" });
    expect(readBound("大约")).to.equal(null);
    expect(qualifiersFor("力争突破4000亿元", "gt", true)).to.deep.equal(["力争", "突破"]);
    expect(qualifiersFor("达到100家", "ge", false, ["基本"])).to.deep.equal(["以上", "基本"]);
  });
});
