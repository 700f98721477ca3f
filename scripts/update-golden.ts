/**
 * Rewrites the golden files of the custom-function metadata (test/golden/functions*.json) from the function
 * table. Run after changing src/sheet/function-table.ts on purpose: `npm run golden:update`.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { functionsMetadata } from "../src/sheet/function-metadata";

const dir = resolve(__dirname, "..", "test", "golden");
writeFileSync(resolve(dir, "functions.json"), `${JSON.stringify(functionsMetadata("en"), null, 2)}\n`);
writeFileSync(resolve(dir, "functions.zh-CN.json"), `${JSON.stringify(functionsMetadata("zh"), null, 2)}\n`);
console.log("test/golden/functions.json and functions.zh-CN.json updated");
