/**
 * The words of the taskpane's workbook buttons (生成监测表, 导出工作簿, 转为数值) and their outcomes, one table with
 * both languages in each entry. Kept beside the feature rather than in i18n.ts so the feature stays one
 * self-contained piece.
 */
import type { Bilingual, Locale } from "../../core/locale";
import { bilingual, byLanguage, type InLanguage } from "../../core/messages";
import type { OptionalPart } from "./sheet-writer";

/** The optional parts of a sheet an older Excel leaves out. */
export const PARTS: Readonly<Record<OptionalPart, Bilingual>> = {
  freeze: { zh: "冻结表头", en: "the frozen header" },
  colours: { zh: "进展评估的颜色", en: "the assessment colours" },
  dropdowns: { zh: "地区与规划下拉列表", en: "the region and plan dropdowns" },
  print: { zh: "打印设置", en: "the print setup" },
};

export const WORKBOOK_PANE_TEXT = {
  group: { zh: "工作簿", en: "Workbook" },
  monitoring: { zh: "生成监测表", en: "Monitoring sheet" },
  monitoringHint: {
    zh: "为所列（或勾选）记录中的每个水平目标新建一张监测表",
    en: "A new monitoring sheet with every level target of the listed (or ticked) records",
  },
  export: { zh: "导出工作簿", en: "Export workbook" },
  exportHint: {
    zh: "下载 .xlsx：记录、监测表（Excel自带公式，没有插件也能计算）与说明",
    en: "Download an .xlsx: records, a monitoring sheet (Excel's own formulas, computes without the add-in) and notes",
  },
  toValues: { zh: "转为数值", en: "Convert to values" },
  toValuesHint: {
    zh: "把选区（只选一个单元格时为整张表）中的 PLAN 公式换成数值，并附上出处，便于发给没有插件的人",
    en: "Replace the PLAN formulas of the selection (the whole sheet when one cell is selected) by their values, with their sources, for readers without the add-in",
  },
  working: { zh: "正在生成…", en: "Working…" },
  ticked: bilingual(
    (n: number) => `勾选的 ${n} 条`,
    (n) => `${n} ticked`,
  ),
  noTargets: {
    zh: "所列记录中没有可监测的水平目标（有年份的目标或上限）",
    en: "None of the listed records is a level target (a target or cap with a year)",
  },
  monitoringDone: bilingual(
    (sheet: string, n: number, leftOut: number, live: boolean) =>
      `已生成监测表“${sheet}”：${n} 个目标${live ? "（PLAN 公式）" : "（Excel自带公式）"}${leftOut > 0 ? `；另有 ${leftOut} 条不是水平目标，未列入` : ""}`,
    (sheet, n, leftOut, live) =>
      `Created the monitoring sheet "${sheet}": ${n} target${n === 1 ? "" : "s"} ${live ? "(PLAN formulas)" : "(Excel's own formulas)"}${leftOut > 0 ? `; ${leftOut} records that are not level targets are not in it` : ""}`,
  ),
  partsLeftOut: bilingual(
    (parts: readonly OptionalPart[]) => `；此版本的 Excel 不支持${parts.map((p) => PARTS[p].zh).join("、")}，已略去`,
    (parts) => `; this version of Excel does not support ${parts.map((p) => PARTS[p].en).join(", ")}, left out`,
  ),
  staticRows: bilingual(
    (n: number) => `；其中 ${n} 个目标用Excel自带公式（不是可用 PLAN 公式唯一取得的目标）`,
    (n) => `; ${n} of the targets with Excel's own formulas (no PLAN formula picks them out alone)`,
  ),
  exportDone: bilingual(
    (file: string, records: number, targets: number) =>
      `已导出工作簿 ${file}：${records} 条记录，监测表 ${targets} 个目标`,
    (file, records, targets) =>
      `Exported ${file}: ${records} record${records === 1 ? "" : "s"}, ${targets} monitored target${targets === 1 ? "" : "s"}`,
  ),
  downloadUnsupported: { zh: "此环境不能下载文件", en: "Files cannot be downloaded here" },
  converted: bilingual(
    (n: number, cited: number, scope: "selection" | "sheet", notes: boolean) =>
      `已将${scope === "selection" ? "选区" : "整张表"}中 ${n} 个 PLAN 公式转为数值，${cited} 个附出处${notes ? "（见单元格批注）" : ""}`,
    (n, cited, scope, notes) =>
      `Converted ${n} PLAN formula${n === 1 ? "" : "s"} of the ${scope === "selection" ? "selection" : "sheet"} to values, ${cited} with their source${notes ? " (in the cell notes)" : ""}`,
  ),
  notesUnsupported: {
    zh: "；此版本的 Excel 不能为单元格添加批注，出处已列在数值下方",
    en: "; this version of Excel cannot add notes to cells: the sources are listed under the values",
  },
  nothingToConvert: bilingual(
    (scope: "selection" | "sheet") => `${scope === "selection" ? "选区" : "这张表"}中没有 PLAN 公式`,
    (scope) => `No PLAN formula in the ${scope === "selection" ? "selection" : "sheet"}`,
  ),
  failed: bilingual(
    (message: string) => `未能完成：${message}`,
    (message) => `Could not finish: ${message}`,
  ),
};

export type WorkbookStrings = InLanguage<typeof WORKBOOK_PANE_TEXT>;

const STRINGS = byLanguage(WORKBOOK_PANE_TEXT);

/** The words that name the host where the pane runs in WPS 表格 instead of Excel. */
const WPS_WORDING = {
  partsLeftOut: bilingual(
    (parts: readonly OptionalPart[]) => `；WPS 未能设置${parts.map((p) => PARTS[p].zh).join("、")}，已略去`,
    (parts) => `; WPS could not set ${parts.map((p) => PARTS[p].en).join(", ")}, left out`,
  ),
  notesUnsupported: {
    zh: "；有的单元格已有批注（已保留），出处已列在数值下方",
    en: "; some cells already had a comment (kept): the sources are listed under the values",
  },
} satisfies Partial<typeof WORKBOOK_PANE_TEXT>;

const WPS_STRINGS = byLanguage(WPS_WORDING);

export function workbookStrings(locale: Locale, host: "excel" | "wps" = "excel"): WorkbookStrings {
  return host === "wps" ? { ...STRINGS[locale], ...WPS_STRINGS[locale] } : STRINGS[locale];
}
