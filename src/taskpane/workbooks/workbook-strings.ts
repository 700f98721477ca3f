/**
 * The words of the taskpane's workbook buttons (生成监测表, 导出工作簿, 转为数值) and their outcomes, Chinese and
 * English. Kept beside the feature rather than in i18n.ts so the feature stays one self-contained piece.
 */
import type { Locale } from "../../core/locale";
import type { OptionalPart } from "./sheet-writer";

const PART_ZH: Record<OptionalPart, string> = {
  freeze: "冻结表头",
  colours: "进展评估的颜色",
  dropdowns: "地区与规划下拉列表",
  print: "打印设置",
};
const PART_EN: Record<OptionalPart, string> = {
  freeze: "the frozen header",
  colours: "the assessment colours",
  dropdowns: "the region and plan dropdowns",
  print: "the print setup",
};

const zh = {
  group: "工作簿",
  monitoring: "生成监测表",
  monitoringHint: "为所列（或勾选）记录中的每个水平目标新建一张监测表",
  export: "导出工作簿",
  exportHint: "下载 .xlsx：记录、监测表（Excel自带公式，没有插件也能计算）与说明",
  toValues: "转为数值",
  toValuesHint: "把选区（只选一个单元格时为整张表）中的 PLAN 公式换成数值，并附上出处，便于发给没有插件的人",
  working: "正在生成…",
  ticked: (n: number) => `勾选的 ${n} 条`,
  noTargets: "所列记录中没有可监测的水平目标（有年份的目标或上限）",
  monitoringDone: (sheet: string, n: number, leftOut: number, live: boolean) =>
    `已生成监测表“${sheet}”：${n} 个目标${live ? "（PLAN 公式）" : "（Excel自带公式）"}${leftOut > 0 ? `；另有 ${leftOut} 条不是水平目标，未列入` : ""}`,
  partsLeftOut: (parts: readonly OptionalPart[]) =>
    `；此版本的 Excel 不支持${parts.map((p) => PART_ZH[p]).join("、")}，已略去`,
  staticRows: (n: number) => `；其中 ${n} 个目标用Excel自带公式（不是可用 PLAN 公式唯一取得的目标）`,
  exportDone: (file: string, records: number, targets: number) =>
    `已导出工作簿 ${file}：${records} 条记录，监测表 ${targets} 个目标`,
  downloadUnsupported: "此环境不能下载文件",
  converted: (n: number, cited: number, scope: "selection" | "sheet", notes: boolean) =>
    `已将${scope === "selection" ? "选区" : "整张表"}中 ${n} 个 PLAN 公式转为数值，${cited} 个附出处${notes ? "（见单元格批注）" : ""}`,
  notesUnsupported: "；此版本的 Excel 不能为单元格添加批注，出处已列在数值下方",
  nothingToConvert: (scope: "selection" | "sheet") => `${scope === "selection" ? "选区" : "这张表"}中没有 PLAN 公式`,
  failed: (message: string) => `未能完成：${message}`,
};

export type WorkbookStrings = typeof zh;

const en: WorkbookStrings = {
  group: "Workbook",
  monitoring: "Monitoring sheet",
  monitoringHint: "A new monitoring sheet with every level target of the listed (or ticked) records",
  export: "Export workbook",
  exportHint:
    "Download an .xlsx: records, a monitoring sheet (Excel's own formulas, computes without the add-in) and notes",
  toValues: "Convert to values",
  toValuesHint:
    "Replace the PLAN formulas of the selection (the whole sheet when one cell is selected) by their values, with their sources, for readers without the add-in",
  working: "Working…",
  ticked: (n) => `${n} ticked`,
  noTargets: "None of the listed records is a level target (a target or cap with a year)",
  monitoringDone: (sheet, n, leftOut, live) =>
    `Created the monitoring sheet "${sheet}": ${n} target${n === 1 ? "" : "s"} ${live ? "(PLAN formulas)" : "(Excel's own formulas)"}${leftOut > 0 ? `; ${leftOut} records that are not level targets are not in it` : ""}`,
  partsLeftOut: (parts) =>
    `; this version of Excel does not support ${parts.map((p) => PART_EN[p]).join(", ")}, left out`,
  staticRows: (n) => `; ${n} of the targets with Excel's own formulas (no PLAN formula picks them out alone)`,
  exportDone: (file, records, targets) =>
    `Exported ${file}: ${records} record${records === 1 ? "" : "s"}, ${targets} monitored target${targets === 1 ? "" : "s"}`,
  downloadUnsupported: "Files cannot be downloaded here",
  converted: (n, cited, scope, notes) =>
    `Converted ${n} PLAN formula${n === 1 ? "" : "s"} of the ${scope === "selection" ? "selection" : "sheet"} to values, ${cited} with their source${notes ? " (in the cell notes)" : ""}`,
  notesUnsupported: "; this version of Excel cannot add notes to cells: the sources are listed under the values",
  nothingToConvert: (scope) => `No PLAN formula in the ${scope === "selection" ? "selection" : "sheet"}`,
  failed: (message) => `Could not finish: ${message}`,
};

/** The words that name the host where the pane runs in WPS 表格 instead of Excel. */
const WPS_WORDING: Readonly<Record<Locale, Partial<WorkbookStrings>>> = {
  zh: {
    partsLeftOut: (parts) => `；WPS 未能设置${parts.map((p) => PART_ZH[p]).join("、")}，已略去`,
    notesUnsupported: "；有的单元格已有批注（已保留），出处已列在数值下方",
  },
  en: {
    partsLeftOut: (parts) => `; WPS could not set ${parts.map((p) => PART_EN[p]).join(", ")}, left out`,
    notesUnsupported: "; some cells already had a comment (kept): the sources are listed under the values",
  },
};

export function workbookStrings(locale: Locale, host: "excel" | "wps" = "excel"): WorkbookStrings {
  const strings = locale === "zh" ? zh : en;
  return host === "wps" ? { ...strings, ...WPS_WORDING[locale] } : strings;
}
