/**
 * Rewrites the golden files of the generated custom-function metadata (test/golden/functions*.json).
 * Run after changing the JSDoc of src/functions/functions.ts on purpose: `npm run golden:update`.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_SOURCE } from "../test/support/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize } = require("../build/localize-metadata.cjs") as { localize: (m: unknown) => { en: unknown; zh: unknown } };

async function main(): Promise<void> {
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], true);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const { en, zh } = localize(JSON.parse(result.metadataJson));
  const dir = resolve(__dirname, "..", "test", "golden");
  writeFileSync(resolve(dir, "functions.json"), `${JSON.stringify(en, null, 2)}\n`);
  writeFileSync(resolve(dir, "functions.zh-CN.json"), `${JSON.stringify(zh, null, 2)}\n`);
  console.log("test/golden/functions.json and functions.zh-CN.json updated");
}

void main();
