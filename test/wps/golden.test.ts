import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import wpsBuild = require("../../build/wps.cjs");

const golden = (file: string) => readFileSync(resolve(__dirname, "..", "golden", "wps", file), "utf8");

describe("WPS 表格: the add-in's files against their golden copies (npm run golden:update rewrites them)", () => {
  it("manifest.xml: a <JsPlugin> whose <Functions> points at functions.json, namespace PLAN", () => {
    expect(wpsBuild.wpsManifestXml()).to.equal(golden("manifest.xml"));
  });

  it("ribbon.xml: the 规划目标 tab and button with the global callbacks", () => {
    expect(wpsBuild.wpsRibbonXml()).to.equal(golden("ribbon.xml"));
  });

  it("functions.json: WPS's form, from the function table (2-D arrays only, `?` for optional)", () => {
    const json = wpsBuild.wpsFunctionsJson();
    expect(json).to.equal(golden("functions.json"));
    const { functions } = JSON.parse(json) as { functions: { result: { type: string } }[] };
    for (const f of functions) expect(f.result.type).to.match(/^(string|number|any)(\[\]\[\])?$/);
  });
});
