/**
 * The README's pictures of the workbooks: `npm run pictures` builds them with the code the add-in and the CLI use
 * (src/sheet/monitoring.ts, src/sheet/workbook.ts, src/export/xlsx.ts), opens them in LibreOffice Calc with
 * recalculation on load, prints each sheet to PDF (A4, its print setup) and renders the first page as PNG
 * (poppler's pdftoppm) into docs/screenshots/. Installs Debian's libreoffice-calc-nogui and poppler-utils when
 * missing. The current values in the monitoring picture are made up for the picture, and say so in its title.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { levelOf } from "../src/core/assess";
import type { Entry } from "../src/core/catalog";
import { xlsxBytes } from "../src/export/xlsx";
import { defaultCatalog } from "../src/node/default-catalog";
import type { CurrentInput } from "../src/sheet/analysis-block";
import type { SheetLayout } from "../src/sheet/layout";
import { monitoringSheet } from "../src/sheet/monitoring";
import { exportWorkbook } from "../src/sheet/workbook";
import { ensureLibreOffice } from "../test/support/libreoffice";
import { ensureDebianCommand } from "../test/support/system";

const SHOTS = resolve(__dirname, "..", "docs", "screenshots");
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const catalog = defaultCatalog();
const work = mkdtempSync(join(tmpdir(), "plan-targets-pictures-"));

function run(command: string, args: string[]): void {
  const done = spawnSync(command, args, { encoding: "utf8", timeout: 120_000 });
  if (done.status !== 0) throw new Error(`${command} failed: ${done.stderr || done.stdout}`);
}

/** One sheet as a one-sheet workbook → PDF → the first page as PNG. */
async function picture(sheet: SheetLayout, file: string): Promise<void> {
  const stem = file.replace(/\.png$/, "");
  const xlsx = join(work, `${stem}.xlsx`);
  writeFileSync(xlsx, await xlsxBytes({ title: sheet.name, sheets: [sheet] }));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  run(ensureLibreOffice(), [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    // Each sheet on one page the size of its print area: the picture shows the sheet, not a mostly empty A4.
    'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
    "--outdir",
    work,
    xlsx,
  ]);
  run(ensureDebianCommand("pdftoppm", "poppler-utils"), [
    "-png",
    "-r",
    "90",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    join(work, `${stem}.pdf`),
    join(work, stem),
  ]);
  renameSync(join(work, `${stem}.png`), join(SHOTS, file));
  console.log(`docs/screenshots/${file}`);
}

/** Made-up current values for 2023: ahead of, on and behind the path by turns (a cap over it). */
function exampleInputs(targets: readonly Entry[]): Map<string, CurrentInput> {
  const inputs = new Map<string, CurrentInput>();
  targets.forEach((entry, i) => {
    const level = levelOf(entry);
    if (!level.ok) return;
    const base = catalog.baselineOf(entry);
    if (entry.record.kind === "cap") {
      inputs.set(entry.record.id, { value: level.value.value * 1.08, year: 2023 });
      return;
    }
    if (!base || base.record.year === null) return;
    const along = (2023 - base.record.year) / (level.value.year - base.record.year);
    const share = [along + 0.15, along - 0.02, along - 0.25][i % 3]!;
    const value = base.record.value + share * (level.value.value - base.record.value);
    inputs.set(entry.record.id, { value: Number(value.toPrecision(3)), year: 2023 });
  });
  return inputs;
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // 001F's 专栏1 (each figure with its 2021 value) and 001C's carbide cap.
  const rows = catalog.entries.filter(
    (e) =>
      (e.plan.id === "001F" && e.record.line >= 437 && e.record.line <= 522 && e.record.kind === "target") ||
      e.record.id === "001C-L204-1",
  );
  const monitoring = monitoringSheet(catalog, rows, {
    mode: "native",
    locale: "zh",
    scope: "内蒙古自治区 · 001F 专栏1 与 001C 电石产能（当前值为示例）",
    version: catalog.dataset.version,
    current: exampleInputs(rows),
  });
  if (!monitoring) throw new Error("no targets for the picture");
  await picture(monitoring, "monitoring-sheet.png");

  const henan = catalog.entries.filter((e) => e.plan.id === "003");
  const workbook = exportWorkbook(catalog, henan, {
    locale: "zh",
    scope: "河南 · 003",
    exported: "2025-06-30 10:00",
  });
  await picture(workbook.sheets[0]!, "export-records.png");
  await picture(workbook.sheets[2]!, "export-notes.png");
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
