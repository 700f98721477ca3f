import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { readIndex, readShard, snapshotFiles } from "../../src/data/compiled";
import { FUNCTION_EXAMPLES } from "../../src/sheet/function-examples";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";
import { MONITORING_TEXT } from "../../src/sheet/labels";
import { SHEET_NOTES } from "../../src/sheet/workbook-texts";
import type { Bilingual } from "../../src/core/locale";
import { DETAIL_TEXT } from "../../src/taskpane/detail/detail-strings";
import { WORKBOOK_OUTCOME_TEXT } from "../../src/taskpane/workbooks/workbook-outcomes";
import { builtAddin } from "../support/build";
import { nodeSha256 } from "../support/seeds";
import installCustomFunctions = require("../support/custom-functions-stand-in.cjs");

/**
 * The bundle as Excel runs it: runtime.js, shared.js, then functions.js in a fresh context with a stand-in CustomFunctions.
 * Every id of functions.json must be associated by the add-in's start (src/addin/functions-entry.ts).
 */
describe("the built functions bundle", function () {
  this.timeout(180000);

  it("associates every function of functions.json and answers from the bundled data", async () => {
    const dist = await builtAddin();
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const context: Record<string, unknown> = { console };
    const { Error: StandInError } = installCustomFunctions(context, (id, fn) => associated.set(id, fn));
    context.self = context;
    context.window = context;
    context.globalThis = context;
    for (const file of ["runtime.js", "shared.js", "functions.js"])
      runInNewContext(readFileSync(join(dist, file), "utf8"), context, { filename: file });
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    };
    expect([...associated.keys()].sort()).to.deep.equal(metadata.functions.map((f) => f.id).sort());
    expect(associated.get("TARGET")!("内蒙古", "稀土新材料", "产值", 2025, null)).to.equal(350);
    let thrown: unknown;
    try {
      associated.get("TARGET")!("内蒙古", "稀土材料", "产值", null, null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(StandInError);
    expect((thrown as InstanceType<typeof StandInError>).code).to.equal("#N/A");
    const index = JSON.parse(readFileSync(join(dist, "datasets", "index.json"), "utf8")) as { version: string };
    expect(associated.get("DATASET")!()).to.match(
      new RegExp(`^${index.version.replaceAll(".", "\\.")}（\\d{4}-\\d{2}-\\d{2}）$`),
    );
  });
});

describe("the published dataset and the start path", function () {
  this.timeout(180000);
  let dist = "";
  before(async () => {
    dist = await builtAddin();
  });

  it("writes dist/datasets/ in format 3: every file named in index.json by its content, with its size and sha256", () => {
    const dir = join(dist, "datasets");
    const read = readIndex(JSON.parse(readFileSync(join(dir, "index.json"), "utf8")));
    if (!read.ok) throw new Error(read.field);
    const { index } = read;
    expect(index.version).to.match(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    expect(index.shards).to.have.length(4);
    expect(index.shards.reduce((n, s) => n + s.plans, 0)).to.equal(13);
    const files = Object.fromEntries(index.shards.map((s) => [s.file, readFileSync(join(dir, s.file), "utf8")]));
    const documents = index.shards.flatMap((s) => {
      const read = readShard(s, JSON.parse(files[s.file]!));
      return read.ok ? Object.values(read.content.documents) : [];
    });
    const refs = [...snapshotFiles({ index, files }), index.tables.names!, ...new Set(documents)];
    for (const ref of refs) {
      const bytes = readFileSync(join(dir, ref.file));
      expect(bytes.length, ref.file).to.equal(ref.bytes);
      expect(nodeSha256(bytes), ref.file).to.equal(ref.sha256);
      expect(ref.file, "named by content").to.include(`.${ref.sha256.slice(0, 16)}.`);
    }
    expect(readdirSync(join(dir, "documents"))).to.have.length(5);
  });

  it("keeps zod and the documents off the start path: the verifier is its own chunk, loaded by a refresh", () => {
    const scripts = startScripts(dist);
    expect(scripts).to.deep.equal(["runtime.js", "shared.js", "functions.js", "taskpane.js"]);
    for (const file of scripts) {
      const code = readFileSync(join(dist, file), "utf8");
      expect(code, file).to.not.include("ZodError");
      expect(code, file).to.not.include("jitless");
      // A sentence found only in the documents, never in a quote.
      expect(code, file).to.not.include("围绕稀土资源绿色高效高值化利用");
    }
    expect(readFileSync(join(dist, "verify.js"), "utf8")).to.include("ZodError");
  });

  it("keeps the words only on-demand features write off the start path (the detail's words and blocks, the workbook's sheets and outcomes)", () => {
    const read = (file: string): string => readFileSync(join(dist, file), "utf8");
    const start = startScripts(dist).map(read);
    const all = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .map(read);
    // The detail, 插入 from it, 生成监测表, 导出工作簿, 转为数值 and 导入规划 write or say these; the first paint and
    // the first answer do not.
    const fixed = (table: object): Bilingual[] =>
      Object.values(table).filter((t): t is Bilingual => typeof t === "object");
    const written = [
      ...SHEET_NOTES.map(({ holds }) => holds),
      ...Object.values(MONITORING_TEXT),
      ...fixed(WORKBOOK_OUTCOME_TEXT),
      ...fixed(DETAIL_TEXT),
    ]
      .map((t) => t.zh)
      .filter((zh) => zh.length >= 10); // 监测, 全部, 规划未给出基期值: words or phrases other texts hold too
    // The data embedded for the first answer may say the same words (a plan's note: 年份来源为“原文写明”).
    const data = readdirSync(join(dist, "datasets"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
      .join("\n");
    // The texts the bundle holds verbatim (a text built from a template is not a literal of the bundle).
    const held = written.filter((zh) => !data.includes(zh) && all.some((code) => code.includes(zh)));
    expect(held.length).to.be.above(written.length / 2);
    for (const zh of held)
      expect(
        start.some((code) => code.includes(zh)),
        zh,
      ).to.equal(false);
  });

  it("carries the detail's stylesheet in its chunk (detail.js), not on the first paint", () => {
    const read = (file: string): string => readFileSync(join(dist, file), "utf8");
    const css = readFileSync(join(ROOT, "src", "taskpane", "detail", "detail.css"), "utf8");
    // Compound selectors (".path-chart .point.current"): text no script holds but the stylesheet.
    const selectors = [...css.matchAll(/^([^\n{]+ [^\n{]+) \{$/gm)].map((m) => m[1]!);
    expect(selectors.length).to.be.above(5);
    const start = startScripts(dist).map(read);
    for (const selector of selectors) {
      expect(read("detail.js"), selector).to.include(selector);
      expect(
        start.some((code) => code.includes(selector)),
        selector,
      ).to.equal(false);
    }
  });

  it("leaves the functions' worked examples (the README's) off the start path: the add-in never shows them", () => {
    const code = startScripts(dist).map((file) => readFileSync(join(dist, file), "utf8"));
    const described = FUNCTION_TABLE.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description)])
      .flatMap((d) => [d.zh, d.en])
      .join("\n");
    const notes = Object.values(FUNCTION_EXAMPLES)
      .flat()
      .map((e) => e.note)
      // "its year" could be any text's; a note that repeats the function's description ships with the description.
      .filter((note) => note.length >= 20 && !described.includes(note));
    expect(notes.length).to.be.above(15);
    for (const note of notes)
      expect(
        code.some((c) => c.includes(note)),
        note,
      ).to.equal(false);
  });

  it("lets the page connect only to its own origin and Office's hosts, and names the default data address", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const connect = /connect-src ([^;]+)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
    expect(connect[0]).to.equal("'self'");
    expect(connect.filter((s) => !/microsoft\.com|office\.com|officeapps|localhost/.test(s))).to.deep.equal(["'self'"]);
    expect(html).to.match(/name="?plan-targets-data-url"? content="?datasets\/index\.json"?/);
  });
});

const ROOT = resolve(__dirname, "..", "..");

/** The scripts taskpane.html loads from its own origin, in order: the start path. */
function startScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]!).filter((s) => !/^https?:/.test(s));
}
