/**
 * The seeds bundled into the add-in by webpack (require.context), so every function answers synchronously from
 * memory: no network per cell, no #BUSY!. Node code reads the same files through src/node/seeds.ts.
 */
import type { RawDataset } from "../data/validate";
import { seedsVersion } from "../data/version";

interface WebpackContext {
  keys(): string[];
  (key: string): unknown;
}
declare const require: { context(directory: string, recursive: boolean, pattern: RegExp): WebpackContext };

const plans = require.context("../../seeds/plans", false, /\.json$/);
const documents = require.context("../../seeds/documents", false, /\.txt$/);
const tables = require.context("../../seeds", false, /^\.\/(regions|aliases)\.json$/);

export function bundledSeeds(): RawDataset {
  const planFiles = plans
    .keys()
    .sort()
    .map((key) => ({ file: key.replace("./", ""), content: plans(key) }));
  const regions = tables("./regions.json");
  const aliases = tables("./aliases.json");
  const texts: Record<string, string> = {};
  for (const key of documents.keys()) texts[key.replace("./", "")] = documents(key) as string;
  return { version: seedsVersion(regions, aliases, planFiles), regions, aliases, plans: planFiles, documents: texts };
}
