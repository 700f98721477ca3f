/**
 * Files chosen to import, read into a plan candidate: a plan JSON in the seeds schema with its document (the .txt
 * chosen with it, or a `documentText` field in the JSON), a CSV table (UTF-8, GBK or UTF-16) or an .xlsx workbook
 * laid out like the template; a .txt alone is plan text for the extractor (the 粘贴文本 form takes it). Nothing is
 * verified here beyond reading: LiveData.importPlan verifies the plan as a refresh verifies one.
 */
import { dataFault, importProblem, type DataFault } from "../core/errors";
import type { PlanCandidate } from "../data/user-plans";
import { parseCsv } from "./csv";
import { decodeText, type TextEncoding } from "./decode";
import { tableToPlan } from "./table-plan";
import { xlsxRows } from "./xlsx";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** What the files hold: a plan to verify and add, or a plan's text for the extractor. */
export type FilesRead =
  | {
      readonly ok: true;
      readonly kind: "plan";
      readonly candidate: PlanCandidate;
      readonly encoding: TextEncoding | null;
    }
  | {
      readonly ok: true;
      readonly kind: "text";
      readonly text: string;
      readonly encoding: TextEncoding;
      readonly file: string;
    }
  | { readonly ok: false; readonly fault: DataFault };

export interface FilesContext {
  /** The id the plan gets: the next user plan id. */
  readonly id: string;
  resolveRegion(name: string): string | null;
}

/** The largest file read: 20 MB (a plan is 20–200 KB; a table of a thousand rows some 300 KB). */
export const FILE_LIMIT = 20 * 1024 * 1024;

type FileKind = "json" | "txt" | "csv" | "xlsx";

function kindOf(name: string): FileKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? "";
  if (extension === "json") return "json";
  if (extension === "txt") return "txt";
  if (extension === "csv" || extension === "tsv") return "csv";
  if (extension === "xlsx" || extension === "xlsm") return "xlsx";
  return null;
}

const fault = (f: DataFault): { ok: false; fault: DataFault } => ({ ok: false, fault: f });

export async function readImportFiles(files: readonly PickedFile[], context: FilesContext): Promise<FilesRead> {
  for (const file of files) {
    if (kindOf(file.name) === null) return fault(dataFault("IMPORT_FILE_TYPE", { file: file.name }));
    if (file.bytes.length > FILE_LIMIT)
      return fault(dataFault("IMPORT_FILE_TOO_LARGE", { file: file.name, limit: FILE_LIMIT }));
  }
  const of = (kind: FileKind): PickedFile[] => files.filter((f) => kindOf(f.name) === kind);
  const [json, texts, tables] = [of("json"), of("txt"), [...of("csv"), ...of("xlsx")]];
  if (json.length === 1 && tables.length === 0) return planJson(json[0]!, texts, context);
  if (tables.length === 1 && json.length === 0 && texts.length === 0) return table(tables[0]!, context);
  if (texts.length === 1 && files.length === 1) {
    const decoded = decodeText(texts[0]!.bytes, texts[0]!.name);
    if (!decoded.ok) return decoded;
    return { ok: true, kind: "text", text: decoded.text, encoding: decoded.encoding, file: texts[0]!.name };
  }
  return fault(dataFault("IMPORT_TOO_MANY_FILES", { count: files.length }));
}

async function table(file: PickedFile, context: FilesContext): Promise<FilesRead> {
  let rows: readonly (readonly unknown[])[];
  let encoding: TextEncoding | null = null;
  const origin = kindOf(file.name) === "xlsx" ? "xlsx" : "csv";
  if (origin === "xlsx") {
    const read = await xlsxRows(
      file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength),
      file.name,
    );
    if (!read.ok) return read;
    rows = read.rows;
  } else {
    const decoded = decodeText(file.bytes, file.name);
    if (!decoded.ok) return decoded;
    rows = parseCsv(decoded.text);
    encoding = decoded.encoding;
  }
  const read = tableToPlan({ source: file.name, rows, firstRow: 1, ...context });
  if (!read.ok) return read;
  return {
    ok: true,
    kind: "plan",
    candidate: { source: file.name, plan: read.plan, text: read.text, origin },
    encoding,
  };
}

/** V8 names the place of a JSON syntax error by position (and, lately, by line and column). */
function jsonPlace(text: string, message: string): { line: number | null; column: number | null } {
  const stated = /line (\d+) column (\d+)/.exec(message);
  if (stated) return { line: Number(stated[1]), column: Number(stated[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: null, column: null };
  const before = text.slice(0, Number(position[1]));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}

function planJson(file: PickedFile, texts: readonly PickedFile[], context: FilesContext): FilesRead {
  const decoded = decodeText(file.bytes, file.name);
  if (!decoded.ok) return decoded;
  let content: unknown;
  try {
    content = JSON.parse(decoded.text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = importProblem("NOT_JSON", { ...jsonPlace(decoded.text, detail), detail });
    return fault(dataFault("IMPORT_FILE_UNREADABLE", { file: file.name, reason }));
  }
  if (typeof content !== "object" || content === null || Array.isArray(content)) {
    return fault(dataFault("IMPORT_FILE_UNREADABLE", { file: file.name, reason: importProblem("NOT_A_PLAN") }));
  }
  const { documentText, ...plan } = content as Record<string, unknown>;
  const region = typeof plan.region === "string" ? context.resolveRegion(plan.region) : null;
  if (region !== null) plan.region = region;
  if (typeof documentText === "string") {
    return {
      ok: true,
      kind: "plan",
      candidate: { source: file.name, plan, text: documentText, origin: "json" },
      encoding: decoded.encoding,
    };
  }
  const named = texts.find((t) => t.name === plan.document) ?? (texts.length === 1 ? texts[0] : undefined);
  if (!named) {
    const document = typeof plan.document === "string" ? plan.document : "U001_….txt";
    return fault(dataFault("DOCUMENT_TEXT_MISSING", { file: file.name, document }));
  }
  const text = decodeText(named.bytes, named.name);
  if (!text.ok) return text;
  return {
    ok: true,
    kind: "plan",
    candidate: { source: file.name, plan, text: text.text, origin: "json" },
    encoding: text.encoding,
  };
}
