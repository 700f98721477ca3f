/**
 * Reads a plan's text file as it comes: UTF-8 (with or without a byte order mark), or GBK as Excel and Notepad on
 * Chinese Windows write it. A file that is neither is reported by name; the extractor then judges the text itself
 * (binary, mojibake).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { datasetIssue } from "../data/issues";
import { SeedFilesError } from "./seeds";

export interface TextFile {
  readonly text: string;
  readonly encoding: "utf-8" | "gbk";
}

export function readTextFile(path: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SeedFilesError([datasetIssue("UNREADABLE", { file: basename(path) }, { detail })]);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    // Not UTF-8: GBK (a superset of GB2312) is what a Chinese Windows writes.
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}
