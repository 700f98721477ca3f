/**
 * `export`: the records that match a filter as an .xlsx workbook — 记录, 监测 (native formulas only) and 说明 —
 * the same workbook the taskpane's 导出工作簿 builds (src/sheet/workbook.ts, written by src/export/xlsx.ts).
 * exceljs is loaded only here, so the other commands start as fast as before.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fail } from "../../core/errors";
import type { Locale } from "../../core/locale";
import { exportWorkbook } from "../../sheet/workbook";
import { UsageError, unwrap } from "../failures";
import { OutputError } from "../io";
import { OPTION, recordFilter } from "../options";
import type { Args, CommandSpec } from "../spec";
import { messageFor } from "../../core/messages";
import { LABEL, OUTPUT, USAGE, WRITE_REASON } from "../text";

const RECORD_WORD = { zh: "记录", en: "record" } as const;
const FILTERS = ["region", "plan", "sector", "metric", "year"] as const;

/** 内蒙古 · 000 · 2025: the filters as given, for the workbook's title and 说明. */
function scopeOf(args: Args, locale: Locale): string {
  const given = FILTERS.map((name) => args.value(name)).filter((v): v is string => v !== null);
  return given.length > 0 ? given.join(" · ") : LABEL.allRecords[locale];
}

/** 2025-06-30 10:00, local time. */
function now(): string {
  const d = new Date();
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** What went wrong writing `path`, in the user's terms: the folder they named, not the `.partial` beside it. */
function writeReason(path: string, code: string, locale: Locale): string {
  const folder = dirname(resolve(path));
  switch (code) {
    case "ENOENT":
      return messageFor(WRITE_REASON.missingFolder, locale, { folder });
    case "ENOTDIR":
      return messageFor(WRITE_REASON.notFolder, locale, { folder });
    case "EISDIR":
      return messageFor(WRITE_REASON.isFolder, locale, { path });
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return messageFor(WRITE_REASON.denied, locale, { path });
    case "ENOSPC":
      return messageFor(WRITE_REASON.full, locale, { path });
    default:
      return messageFor(WRITE_REASON.other, locale, { path, code });
  }
}

/** Removes a half-written file; where there is none to remove (its folder is missing or a file), nothing to do. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // ENOTDIR and the like: the write failed for that same reason, which is what the user is told.
  }
}

/** Writes beside the target, then renames: a failed write never leaves half a workbook in place of a good one. */
function writeWhole(path: string, bytes: Uint8Array, locale: Locale): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    removeQuietly(partial);
    const { code = "EIO" } = error as NodeJS.ErrnoException;
    throw new OutputError(code, writeReason(path, code, locale));
  }
}

export const exportCommand: CommandSpec = {
  name: "export",
  summary: {
    zh: "导出工作簿（.xlsx）：记录、监测表（Excel自带公式）与说明",
    en: "export a workbook (.xlsx): records, a monitoring sheet (Excel's own formulas) and notes",
  },
  details: [
    {
      zh: "监测表每个水平目标一行，在黄色单元格填写当前值与当前年份即可计算所需年均增速、完成进度、时间进度、差距与进展评估；公式只用Excel自带函数，在没有插件的Excel、WPS与LibreOffice中都能计算。",
      en: "The monitoring sheet has one row per level target: fill in the current value and year in the yellow cells and it computes the required growth, progress, time elapsed, gap and assessment, with Excel's own functions only, so it computes without the add-in, in WPS and in LibreOffice.",
    },
    {
      zh: "不给条件时导出全部记录；--sector 包括其下级行业的记录。已有同名文件时覆盖。",
      en: "Without a filter every record is exported; --sector includes the sectors below it. An existing file is replaced.",
    },
  ],
  options: [OPTION.region, OPTION.plan, OPTION.sector, OPTION.metric, OPTION.year, OPTION.output],
  forms: [
    {
      positionals: [],
      options: ["region", "plan", "sector", "metric", "year", "output"],
      required: ["output"],
    },
  ],
  async run(args, context) {
    const { io, locale } = context;
    const path = args.value("output")!;
    if (!/\.xlsx$/i.test(path.trim())) throw UsageError.of(USAGE.notXlsx, { path });
    const entries = unwrap(context.catalog().list(recordFilter(args)));
    if (entries.length === 0) unwrap(fail("NOTHING_MATCHES", { kind: RECORD_WORD }));
    const workbook = exportWorkbook(context.catalog(), entries, {
      locale,
      scope: scopeOf(args, locale),
      exported: now(),
    });
    const { xlsxBytes } = await import("../../export/xlsx.js");
    writeWhole(path, await xlsxBytes(workbook), locale);
    io.out(
      messageFor(OUTPUT.exported, locale, {
        path,
        records: workbook.records,
        targets: workbook.monitoring?.targets.length ?? 0,
        leftOut: workbook.monitoring?.leftOut ?? entries.length,
      }),
    );
    return 0;
  },
};
