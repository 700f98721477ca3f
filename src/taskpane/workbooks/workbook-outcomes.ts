/**
 * What the workbook buttons report when done (生成监测表, 导出工作簿, 转为数值), one table with both languages in each
 * entry; loaded with the buttons' work (workbook-actions.js), so the first paint carries only their labels
 * (workbook-strings.ts).
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

export const WORKBOOK_OUTCOME_TEXT = {
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
};

export type WorkbookOutcomes = InLanguage<typeof WORKBOOK_OUTCOME_TEXT>;

const OUTCOMES = byLanguage(WORKBOOK_OUTCOME_TEXT);

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
} satisfies Partial<typeof WORKBOOK_OUTCOME_TEXT>;

const WPS_STRINGS = byLanguage(WPS_WORDING);

export function workbookOutcomes(locale: Locale, host: "excel" | "wps" = "excel"): WorkbookOutcomes {
  return host === "wps" ? { ...OUTCOMES[locale], ...WPS_STRINGS[locale] } : OUTCOMES[locale];
}
