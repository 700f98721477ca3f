/**
 * The words of the exported workbook's 记录 and 说明 sheets, both languages, in one place: the sheet names, the
 * headings, what each sheet holds and the definitions of the monitoring sheet's formulas (the README's rules, in
 * the words a reader of the file needs). The numbers in the rules come from the core's constants.
 */
import { APPROX_TOLERANCE, ON_TRACK_TOLERANCE, type TrackStatus } from "../core/assess";
import { ASSESSMENT_LABELS as ASSESSED } from "../core/labels";
import type { Bilingual, Locale } from "../core/locale";
import { bilingual } from "../core/messages";
import { MONITORING_TEXT } from "./labels";
import { NATIVE_FUNCTIONS } from "./assess-formulas";

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const WORKBOOK_TEXT = {
  recordsSheet: { zh: "记录", en: "Records" },
  notesSheet: { zh: "说明", en: "Notes" },
  kind: { zh: "类型", en: "Kind" },
  quote: { zh: "原文", en: "Quote" },
  notesTitle: { zh: "说明", en: "About this workbook" },
  plansHeading: { zh: "规划", en: "Plans" },
  sheetsHeading: { zh: "工作表", en: "Sheets" },
  formulasHeading: { zh: "公式", en: "Formulas" },
  coloursHeading: { zh: "颜色", en: "Colours" },
  planId: { zh: "编号", en: "ID" },
  region: { zh: "地区", en: "Region" },
  title: { zh: "规划名称", en: "Title" },
  period: { zh: "规划期", en: "Period" },
  baseYear: ASSESSED.baseYear,
  document: { zh: "文档", en: "Document" },
  records: { zh: "记录数", en: "Records" },
  targets: { zh: "监测目标数", en: "Monitored targets" },
  column: { zh: "列", en: "Column" },
  definition: { zh: "定义", en: "Definition" },
  status: ASSESSED.status,
  meaning: { zh: "含义", en: "Meaning" },
} as const satisfies Record<string, Bilingual>;

/** 导出自 plan-targets：数据版本 …，导出于 …；范围：… */
export const PROVENANCE_LINE = bilingual(
  (version: string, exported: string, scope: string) =>
    `导出自 plan-targets：数据版本 ${version}，导出于 ${exported}；范围：${scope}。`,
  (version, exported, scope) =>
    `Exported from plan-targets: data version ${version}, exported ${exported}; scope: ${scope}.`,
);

/** What each sheet holds. */
export const SHEET_NOTES: readonly { readonly sheet: Bilingual; readonly holds: Bilingual }[] = [
  {
    sheet: WORKBOOK_TEXT.recordsSheet,
    holds: {
      zh: "所选范围的全部记录（目标、上限、基期值、增长率、项目规模、技术指标…），每条附原文与出处（文档与行号）。百分数按Excel的小数保存（45% 即 0.45）。",
      en: "Every record of the selection (targets, caps, baselines, growth rates, project sizes, specs…), each with its quote and source (document and line). Percentages are held as Excel fractions (45% is 0.45).",
    },
  },
  {
    sheet: MONITORING_TEXT.sheetName,
    holds: {
      zh: `每个水平目标（有年份的目标或上限）一行。在黄色单元格填写当前值与当前年份；规划未给出基期值的，可填基期值与基期年份。公式只用Excel 2007起即有的函数（${NATIVE_FUNCTIONS.join("、")}），在没有插件的Excel、WPS与LibreOffice中都能计算。顶部可选择地区或规划，统计各进展评估的项数。`,
      en: `One row per level target (a target or cap with a year). Fill in the current value and year in the yellow cells; where the plan states no baseline, a base value and year too. The formulas use only functions Excel has had since 2007 (${NATIVE_FUNCTIONS.join(", ")}), so they compute in Excel without the add-in, in WPS and in LibreOffice. At the top, pick a region or plan to count the assessments.`,
    },
  },
  {
    sheet: WORKBOOK_TEXT.notesSheet,
    holds: { zh: "规划清单、数据版本与公式定义。", en: "The plans, the data version and the formulas' definitions." },
  },
];

export function sheetNotes(locale: Locale): Array<[string, string]> {
  return SHEET_NOTES.map((note) => [note.sheet[locale], note.holds[locale]]);
}

const band = percent(ON_TRACK_TOLERANCE);
const approx = percent(APPROX_TOLERANCE);

/** The monitoring sheet's formulas, defined: column name and definition. */
export const FORMULA_DEFINITIONS: readonly { readonly column: Bilingual; readonly definition: Bilingual }[] = [
  {
    column: ASSESSED.requiredCagr,
    definition: {
      zh: "POWER(目标值 ÷ 当前值, 1 ÷ (目标年份 − 当前年份)) − 1，即此后每年须达到的增速（同 Excel 的 RRI）；上限类为不超过上限的最高年均增速。当前年份须早于目标年份，当前值须大于0，目标值不小于0，否则为 #NUM!。",
      en: "POWER(target ÷ current, 1 ÷ (target year − current year)) − 1: the yearly growth still needed (as Excel's RRI); for a cap, the highest yearly growth that stays under it. #NUM! unless the current year is before the target year, the current value above 0 and the target not below 0.",
    },
  },
  {
    column: ASSESSED.progress,
    definition: {
      zh: "(当前值 − 基期值) ÷ (目标值 − 基期值)：从基期到目标已走的比例（1 即 100% 为达到）。没有基期值时，上升类目标为 当前值 ÷ 目标值，下降类为 #N/A；上限类为 当前值 ÷ 上限（已用上限的比例）。",
      en: "(current − base) ÷ (target − base): the share of the way from the basis to the target (1 = 100% is reached). Without a base value: current ÷ target for a rising target, #N/A for a falling one; for a cap, current ÷ cap (the share of the cap used).",
    },
  },
  {
    column: ASSESSED.elapsed,
    definition: {
      zh: "(当前年份 − 基期年份) ÷ (目标年份 − 基期年份)，最多 100%；没有基期年份时空白，当前年份早于基期年份为 #NUM!。",
      en: "(current year − base year) ÷ (target year − base year), at most 100%; blank without a base year, #NUM! for a current year before the base year.",
    },
  },
  {
    column: ASSESSED.gap,
    definition: {
      zh: "按目标方向还差多少：上升类 目标值 − 当前值；下降类（降至、以内、低于，PUE、能耗等越低越好的指标，或基期值高于目标值）当前值 − 目标值；上限类 上限 − 当前值（尚余空间）。已超过目标时为负。比重的差距按百分点。",
      en: "What is still to go in the target's direction: target − current for a rising target; current − target for a falling one (降至, 以内, 低于, a lower-is-better metric such as PUE or 能耗, or a basis above the target); cap − current for a cap (the room left). Negative once passed. A share's gap is in percentage points.",
    },
  },
  {
    column: ASSESSED.status,
    definition: {
      zh: `规划路径从基期到目标：总量类按复合增长（基期值 × (目标值 ÷ 基期值)^时间进度），比重类按直线（每年相同的百分点）。当前值越过路径当年应达的值为“超前”；落后不超过全程的${band}为“正常”；再落后为“滞后”。自目标年份起为“已实现”或“未实现”（“突破”“超过”须大于目标；“左右”“约”允许${approx}）。上限类在任何年份为“未超上限”或“超出上限”。没有基期值时无法判断（#N/A，请填基期值与基期年份）；基期值与基期年份只填其一为 #VALUE!；当前年份早于基期年份为 #NUM!。`,
      en: `The plan's path runs from the basis to the target: compound for levels (base × (target ÷ base)^time elapsed), straight for shares (the same points every year). 超前 (ahead) when the current value is past the path's value for the current year; 正常 (on track) when behind it by at most ${band} of the whole way; 滞后 (behind) further behind. From the target year on: 已实现 (achieved) or 未实现 (not achieved) (突破/超过 must exceed the target; 左右/约 allows ${approx}). A cap is 未超上限 (within) or 超出上限 (over) in any year. Without a base value there is no status (#N/A: fill in a base value and year); a base value without its year, or a year without the value, is #VALUE!; a current year before the base year is #NUM!.`,
    },
  },
];

export function formulaDefinitions(locale: Locale): Array<[string, string]> {
  return FORMULA_DEFINITIONS.map((row) => [row.column[locale], row.definition[locale]]);
}

/** What each status says, beside it in its colour. */
export const STATUS_MEANINGS: Readonly<Record<TrackStatus, Bilingual>> = {
  超前: { zh: "越过规划路径当年应达的值", en: "ahead: past the path's value for the year" },
  正常: { zh: "略落后于路径，在允许范围内", en: "on track: behind the path within the band" },
  滞后: { zh: "落后于路径超出允许范围", en: "behind: further behind the path" },
  已实现: { zh: "目标年份起达到目标", en: "achieved: the target reached from its year on" },
  未实现: { zh: "目标年份起未达到目标", en: "not achieved: the target missed from its year on" },
  未超上限: { zh: "在上限以内", en: "within the cap" },
  超出上限: { zh: "超出上限", en: "over the cap" },
};
