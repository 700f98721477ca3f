import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FunctionId } from "../../src/functions/formulas";
import { excelFunctions, generatedMetadata } from "../support/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize } = require("../../build/localize-metadata.cjs") as { localize: (m: unknown) => { en: unknown; zh: unknown } };

const golden = (name: string): unknown => JSON.parse(readFileSync(resolve(__dirname, "..", "golden", name), "utf8")) as unknown;

describe("functions.json: generated from the JSDoc, pinned by golden files", () => {
  it("matches test/golden/functions.json (English)", async () => {
    const { json } = await generatedMetadata();
    expect(localize(json).en).to.deep.equal(golden("functions.json"));
  });

  it("matches test/golden/functions.zh-CN.json (Chinese descriptions and parameter names)", async () => {
    const { json } = await generatedMetadata();
    expect(localize(json).zh).to.deep.equal(golden("functions.zh-CN.json"));
  });

  it("keeps ids and names ASCII and identical in both languages", () => {
    const en = golden("functions.json") as { functions: Array<{ id: string; name: string }> };
    const zh = golden("functions.zh-CN.json") as { functions: Array<{ id: string; name: string; description: string }> };
    expect(zh.functions.map((f) => [f.id, f.name])).to.deep.equal(en.functions.map((f) => [f.id, f.name]));
    for (const f of en.functions) {
      expect(f.id).to.match(/^[A-Z][A-Z0-9_]{2,}$/);
      expect(f.name).to.equal(f.id);
    }
    for (const f of zh.functions) expect(f.description).to.match(/[\u4e00-\u9fff]/);
  });

  it("declares no volatile, streaming or async function (synchronous, no #BUSY!)", async () => {
    const { json } = await generatedMetadata();
    for (const f of json.functions) expect((f as { options?: object }).options ?? {}, f.id).to.deep.equal({});
  });

  it("associates every function in the JSON with an exported implementation", async () => {
    const { json } = await generatedMetadata();
    const functions = await excelFunctions();
    for (const f of json.functions) expect(functions.get(f.id), f.id).to.be.a("function");
    expect(functions.size).to.equal(json.functions.length);
  });

  it("knows every id the taskpane may write into a formula, and no other", async () => {
    const { json } = await generatedMetadata();
    const ids: FunctionId[] = ["TARGET", "UNIT", "QUALIFIER", "SOURCE", "BASELINE", "BASEYEAR", "TARGETS", "REGIONS", "PLANS", "SECTORS", "METRICS", "CAGR", "REQUIRED_CAGR", "PROJECT", "YEARS_TO_TARGET", "PROGRESS", "GAP", "ONTRACK", "CONVERT"];
    expect(json.functions.map((f) => f.id).sort()).to.deep.equal([...ids].sort());
  });

  it("documents every function in the README with an example", async () => {
    const readme = readFileSync(resolve(__dirname, "..", "..", "README.md"), "utf8");
    const { json } = await generatedMetadata();
    for (const f of json.functions) expect(readme, f.id).to.include(`=PLAN.${f.id}(`);
  });
});
