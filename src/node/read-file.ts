/**
 * Reads a file the user names (a plan's text, a table, a plan JSON) as bytes; src/import decodes them as the pane
 * does (UTF-8, GBK, UTF-16). A file that cannot be read is reported by name.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { datasetIssue } from "../data/issues";
import { SeedFilesError } from "./seeds";

export function readFileBytes(path: string): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SeedFilesError([datasetIssue("UNREADABLE", { file: basename(path) }, { detail })]);
  }
}
