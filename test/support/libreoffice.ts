/**
 * LibreOffice Calc as the real spreadsheet program of the export tests: installs Debian's libreoffice-calc-nogui
 * when it is missing, opens .xlsx files with recalculation on load (a throw-away profile sets OOXMLRecalcMode to
 * "always": by default Calc trusts the cached values a file carries), and converts every sheet to CSV, so a test
 * reads what Calc computed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ensureDebianCommand } from "./system";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV export of every sheet: comma, double quote, UTF-8, from line 1, values as stored rather than as shown (full
 * precision, no number formats), one file per sheet (the last token, -1).
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1";

export function ensureLibreOffice(): string {
  return ensureDebianCommand("soffice", "libreoffice-calc-nogui");
}

/** One CSV line set → rows of fields ("" quoting, quoted commas and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Sheets of a recalculated workbook: name → rows of the values Calc computed. */
export type ComputedSheets = Record<string, string[][]>;

/** Opens each file in Calc (one process for all), recalculates, and reads every sheet back. */
export function recalculate(files: readonly string[]): Record<string, ComputedSheets> {
  const soffice = ensureLibreOffice();
  const work = mkdtempSync(join(tmpdir(), "plan-targets-calc-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = join(work, "out");
  const run = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", out, ...files],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const written = readdirSync(out);
  const result: Record<string, ComputedSheets> = {};
  for (const file of files) {
    const stem = basename(file).replace(/\.xlsx$/i, "");
    const sheets: ComputedSheets = {};
    for (const csv of written.filter((name) => name.startsWith(`${stem}-`) && name.endsWith(".csv"))) {
      sheets[csv.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, csv), "utf8"));
    }
    if (Object.keys(sheets).length === 0) throw new Error(`Calc wrote no sheet of ${file}: ${run.stdout}`);
    result[file] = sheets;
  }
  return result;
}

/** A cell that shows a spreadsheet error (as Calc writes it into CSV). */
export const ERROR_CELL = /^(#N\/A|#NAME\?|#VALUE!|#NUM!|#DIV\/0!|#REF!|#NULL!|Err:\d+)$/;
