import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { IMPLEMENTATIONS } from "../../src/functions/functions";
import { FUNCTION_EXAMPLES } from "../../src/sheet/function-examples";
import { functionsMetadata } from "../../src/sheet/function-metadata";
import { FUNCTION_IDS, FUNCTION_TABLE } from "../../src/sheet/function-table";
import { functionsSection, README, sectionOf } from "../../scripts/readme-sections";
import { excelFunctions } from "../support/functions";

const golden = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, "..", "golden", name), "utf8")) as unknown;

describe("functions.json: generated from the function table, pinned by golden files", () => {
  it("matches test/golden/functions.json (English)", () => {
    expect(functionsMetadata("en")).to.deep.equal(golden("functions.json"));
  });

  it("matches test/golden/functions.zh-CN.json (Chinese descriptions and parameter names)", () => {
    expect(functionsMetadata("zh")).to.deep.equal(golden("functions.zh-CN.json"));
  });

  it("keeps ids and names ASCII and identical in both languages", () => {
    const en = functionsMetadata("en");
    const zh = functionsMetadata("zh");
    expect(zh.functions.map((f) => [f.id, f.name])).to.deep.equal(en.functions.map((f) => [f.id, f.name]));
    for (const f of en.functions) {
      expect(f.id).to.match(/^[A-Z][A-Z0-9_]{2,}$/);
      expect(f.name).to.equal(f.id);
      for (const p of f.parameters) expect(p.name, f.id).to.match(/^[a-z_]+$/);
    }
    for (const f of zh.functions) {
      expect(f.description).to.match(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.name, f.id).to.match(/^[\u4e00-\u9fff]+$/);
    }
  });

  it("declares no volatile, streaming or async function (synchronous, no #BUSY!)", () => {
    for (const f of functionsMetadata("en").functions)
      expect(Object.keys(f).sort(), f.id).to.deep.equal(["description", "id", "name", "parameters", "result"]);
  });

  it("has one implementation per id, taking exactly the declared parameters", () => {
    expect(Object.keys(IMPLEMENTATIONS).sort()).to.deep.equal([...FUNCTION_IDS].sort());
    for (const spec of FUNCTION_TABLE) {
      expect(IMPLEMENTATIONS[spec.id].length, spec.id).to.equal(spec.parameters.length);
      const optional = spec.parameters.map((p) => p.optional);
      expect(
        optional.indexOf(true) === -1 || optional.slice(optional.indexOf(true)).every(Boolean),
        `${spec.id}: optional last`,
      ).to.equal(true);
    }
  });

  it("associates every id through CustomFunctions.associate, as the add-in's start does", () => {
    const functions = excelFunctions();
    expect([...functions.keys()].sort()).to.deep.equal([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS) expect(functions.get(id), id).to.equal(IMPLEMENTATIONS[id]);
  });

  it("gives every function a worked example, and the README's function table is generated from them", () => {
    for (const spec of FUNCTION_TABLE) expect(FUNCTION_EXAMPLES[spec.id].length, spec.id).to.be.greaterThan(0);
    const readme = readFileSync(README, "utf8");
    expect(sectionOf(readme, "functions"), "README function table is stale: run npm run docs").to.equal(
      functionsSection(),
    );
  });
});
