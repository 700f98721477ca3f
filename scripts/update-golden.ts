/**
 * Rewrites the golden files of the custom-function metadata (test/golden/functions*.json) and of the WPS 表格
 * add-in (test/golden/wps/: manifest.xml, ribbon.xml, functions.json) from the function table and build/wps.cjs.
 * Run after changing src/sheet/function-table.ts or the WPS files on purpose: `npm run golden:update`.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { functionsMetadata } from "../src/sheet/function-metadata";
import wpsBuild = require("../build/wps.cjs");

const dir = resolve(__dirname, "..", "test", "golden");
writeFileSync(resolve(dir, "functions.json"), `${JSON.stringify(functionsMetadata("en"), null, 2)}\n`);
writeFileSync(resolve(dir, "functions.zh-CN.json"), `${JSON.stringify(functionsMetadata("zh"), null, 2)}\n`);
console.log("test/golden/functions.json and functions.zh-CN.json updated");

const wpsDir = resolve(dir, "wps");
writeFileSync(resolve(wpsDir, "manifest.xml"), wpsBuild.wpsManifestXml());
writeFileSync(resolve(wpsDir, "ribbon.xml"), wpsBuild.wpsRibbonXml());
writeFileSync(resolve(wpsDir, "functions.json"), wpsBuild.wpsFunctionsJson());
console.log("test/golden/wps/manifest.xml, ribbon.xml and functions.json updated");
