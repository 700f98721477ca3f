/**
 * 导出工作簿 in the taskpane: the same workbook as `plan-targets export` (src/sheet/workbook.ts), written by
 * src/export/xlsx.ts — loaded with a dynamic import, so webpack puts exceljs in a chunk of its own that the page
 * fetches only on the first export — and offered as a download built in the page (a Blob, no server).
 */
import type { Catalog, Entry } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import { exportWorkbook, type ExportWorkbook } from "../../sheet/workbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 规划目标-内蒙古自治区-2025-06-30.xlsx: the scope's words, without characters file systems refuse. */
export function workbookFileName(scope: string, day: string): string {
  const words = scope
    .replace(/[\\/:*?"<>|\s›·]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `规划目标-${[...words].slice(0, 60).join("")}-${day}.xlsx`.replace(/--+/g, "-");
}

export interface Downloaded {
  readonly file: string;
  readonly workbook: ExportWorkbook;
}

/** Builds the workbook and hands it to the browser as a download. */
export async function downloadWorkbook(
  catalog: Catalog,
  entries: readonly Entry[],
  scope: string,
  locale: Locale,
  when: { readonly day: string; readonly time: string },
): Promise<Downloaded> {
  const workbook = exportWorkbook(catalog, entries, { locale, scope, exported: `${when.day} ${when.time}` });
  const { xlsxBytes } = await import(/* webpackChunkName: "xlsx" */ "../../export/xlsx.js");
  const bytes = await xlsxBytes(workbook);
  const file = workbookFileName(scope, when.day);
  offerDownload(file, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  return { file, workbook };
}

/**
 * Offers a file to save: a Blob behind a temporary link with `download` (no network, nothing the page's
 * Content-Security-Policy forbids). Office's webviews hand it to the system's save dialog or the downloads folder.
 */
export function offerDownload(file: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click returns; release the bytes a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
