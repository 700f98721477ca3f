/**
 * Reads the seed files from disk into a raw dataset (Node only: the CLI, the library entry and the tests).
 * A file that cannot be read or is not JSON is reported by name (never a bare SyntaxError); a UTF-8 byte order
 * mark, as some Windows editors write, is stripped with a warning, as webpack's JSON loader strips it for the
 * add-in, so the CLI and the add-in read the same data.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { datasetIssue, type DatasetIssue } from "../data/issues";
import type { RawDataset } from "../data/validate";
import { seedsVersion } from "../data/version";

/** seeds/ beside src/ in the checkout, and beside lib/ in the built package. */
export const SEEDS_DIR = resolve(__dirname, "..", "..", "seeds");

const BOM = "\uFEFF";

export type SeedsRead =
  | { readonly ok: true; readonly raw: RawDataset; readonly warnings: readonly DatasetIssue[] }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[]; readonly warnings: readonly DatasetIssue[] };

/** The seed files cannot be read or do not validate; each issue names its file (and record and field). */
export class SeedFilesError extends Error {
  constructor(readonly issues: readonly DatasetIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.message.en}`).join("\n"));
    this.name = "SeedFilesError";
  }
}

/** V8 says "… at position 123" (and newer versions "(line 4 column 7)"): the line and column of `position`. */
function positionOf(text: string, message: string): { line: number | null; column: number | null } {
  const match = /position (\d+)/.exec(message);
  if (!match) return { line: null, column: null };
  const before = text.slice(0, Number(match[1]));
  const line = before.split("\n").length;
  return { line, column: before.length - before.lastIndexOf("\n") };
}

class Reader {
  readonly issues: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];

  text(path: string): string | null {
    const file = basename(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      this.issues.push(datasetIssue("UNREADABLE", { file }, { detail: (error as Error).message }));
      return null;
    }
    if (!text.startsWith(BOM)) return text;
    this.warnings.push(datasetIssue("BOM_STRIPPED", { file }));
    return text.slice(BOM.length);
  }

  json(path: string): unknown {
    const text = this.text(path);
    if (text === null) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const detail = (error as Error).message;
      this.issues.push(datasetIssue("INVALID_JSON", { file: basename(path) }, { ...positionOf(text, detail), detail }));
      return null;
    }
  }
}

/**
 * The raw seed data, or every file that could not be read; `planFiles` picks plan files (paths) instead of every
 * file in seeds/plans.
 */
export function loadSeeds(seedsDir: string = SEEDS_DIR, planFiles?: readonly string[]): SeedsRead {
  const reader = new Reader();
  const names = (dir: string, extension: string): string[] => {
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort();
    } catch (error) {
      reader.issues.push(datasetIssue("UNREADABLE", { file: dir }, { detail: (error as Error).message }));
      return [];
    }
  };
  const planDir = join(seedsDir, "plans");
  const planPaths = planFiles ?? names(planDir, ".json").map((name) => join(planDir, name));
  const documentDir = join(seedsDir, "documents");
  const documents: Record<string, string> = {};
  for (const name of names(documentDir, ".txt")) documents[name] = reader.text(join(documentDir, name)) ?? "";
  const plans = planPaths.map((path) => ({ file: basename(path), content: reader.json(path) }));
  const regions = reader.json(join(seedsDir, "regions.json"));
  const aliases = reader.json(join(seedsDir, "aliases.json"));
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues, warnings: reader.warnings };
  const raw = { version: seedsVersion(regions, aliases, plans), regions, aliases, plans, documents };
  return { ok: true, raw, warnings: reader.warnings };
}

/** The raw seed data; throws a `SeedFilesError` naming each file that cannot be read or is not JSON. */
export function readSeeds(seedsDir: string = SEEDS_DIR, planFiles?: readonly string[]): RawDataset {
  const read = loadSeeds(seedsDir, planFiles);
  if (!read.ok) throw new SeedFilesError(read.issues);
  return read.raw;
}
