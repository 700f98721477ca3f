/**
 * The words of the taskpane's workbook buttons (生成监测表, 导出工作簿, 转为数值), one table with both languages in
 * each entry. Kept beside the feature rather than in i18n.ts so the feature stays one self-contained piece; what
 * the buttons report when done is in workbook-outcomes.ts, loaded with their work (workbook-actions.js).
 */
import type { Locale } from "../../core/locale";
import { bilingual, byLanguage, type InLanguage } from "../../core/messages";

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
  failed: bilingual(
    (message: string) => `未能完成：${message}`,
    (message) => `Could not finish: ${message}`,
  ),
};

export type WorkbookStrings = InLanguage<typeof WORKBOOK_PANE_TEXT>;

const STRINGS = byLanguage(WORKBOOK_PANE_TEXT);

export function workbookStrings(locale: Locale): WorkbookStrings {
  return STRINGS[locale];
}
