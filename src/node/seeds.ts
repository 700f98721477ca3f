/** Reads the seed files from disk into a raw dataset (Node only: the CLI, the library entry and the tests). */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RawDataset } from "../data/validate";
import { seedsVersion } from "../data/version";

/** seeds/ beside src/ in the checkout, and beside lib/ in the built package. */
export const SEEDS_DIR = resolve(__dirname, "..", "..", "seeds");

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** The raw seed data; `planFiles` picks plan files (paths) instead of every file in seeds/plans. */
export function readSeeds(seedsDir: string = SEEDS_DIR, planFiles?: readonly string[]): RawDataset {
  const planDir = join(seedsDir, "plans");
  const planPaths =
    planFiles ??
    readdirSync(planDir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(planDir, name));
  const documentDir = join(seedsDir, "documents");
  const documents: Record<string, string> = {};
  for (const name of readdirSync(documentDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    documents[name] = readFileSync(join(documentDir, name), "utf8");
  }
  const plans = planPaths.map((path) => ({ file: path.slice(path.lastIndexOf("/") + 1), content: readJson(path) }));
  const regions = readJson(join(seedsDir, "regions.json"));
  const aliases = readJson(join(seedsDir, "aliases.json"));
  return { version: seedsVersion(regions, aliases, plans), regions, aliases, plans, documents };
}
