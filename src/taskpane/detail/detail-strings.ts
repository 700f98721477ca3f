/**
 * The words of a record's detail (its facts, the other plans' figures, the path and the what-if, the full line) and
 * of its 插入/复制 actions, one table with both languages in each entry: beside the feature and loaded with it
 * (detail.js), so the first paint carries only the pane's own words (kit/i18n.ts), which the detail adds these to.
 */
import { bilingual, byLanguage, type InLanguage } from "../../core/messages";
import type { Strings } from "../kit/i18n";

export const DETAIL_TEXT = {
  back: { zh: "返回", en: "Back" },
  range: { zh: "范围", en: "Range" },
  aspirationYes: { zh: "力争（预期性）", en: "力争 (aspirational)" },
  yearBasis: { zh: "年份来源", en: "Year from" },
  noBaseline: { zh: "规划未给出基期值", en: "The plan states no baseline" },
  otherFigures: { zh: "其他规划的不同数值", en: "Different figures in other plans" },
  otherFiguresHint: {
    zh: "同一地区、行业、指标和年份，其他规划给出的数值不同：",
    en: "Same region, sector, metric and year; other plans state a different figure:",
  },
  sameElsewhere: { zh: "其他规划中的相同表述", en: "Stated the same elsewhere" },
  thisRecord: { zh: "本条", en: "this record" },
  pathChart: { zh: "从基期到目标的路径", en: "Path from baseline to target" },
  pathChartLabel: bilingual(
    (from: string, to: string) => `路径图：从 ${from} 到 ${to}`,
    (from, to) => `Path chart: from ${from} to ${to}`,
  ),
  pathNeedsBasis: {
    zh: "规划未给出基期值：填写基期值和基期年份（或当前值），即可画出路径并判断进展。",
    en: "The plan states no baseline: enter a base value and year (or a current value) to draw the path and judge progress.",
  },
  assessHint: {
    zh: "输入当前值和年份，计算所需增速与进度；进展按从基期到目标的规划路径判断（水平值按复合增长，比重按直线）。",
    en: "Type a current value and year to compute the required growth and progress; progress is judged against the plan's path from the basis to the target (compound for levels, straight for shares).",
  },
  fullLine: { zh: "原文整行", en: "Full line" },
  fullLineLoading: { zh: "正在读取原文…", en: "Reading the document…" },
  fullLineFailed: bilingual(
    (message: string) => `无法显示原文整行：${message}`,
    (message) => `Cannot show the full line: ${message}`,
  ),
  detail: { zh: "记录详情", en: "Record detail" },
  notALevel: {
    zh: "此记录不是可计算增速的目标水平。",
    en: "This record is not a target level that growth maths applies to.",
  },
  insertValue: { zh: "插入数值", en: "Insert value" },
  insertFormula: { zh: "插入公式", en: "Insert formula" },
  insertSource: { zh: "插入出处公式", en: "Insert source formula" },
  insertValueWithSource: { zh: "插入数值与出处", en: "Insert value and source" },
  insertSourceText: { zh: "插入出处", en: "Insert source" },
  insertAnalysis: { zh: "插入分析区块", en: "Insert analysis block" },
  insertSectorChart: { zh: "插入行业目标图表", en: "Insert sector chart" },
  insertPathChart: { zh: "插入路径图表", en: "Insert path chart" },
  copyValue: { zh: "复制数值", en: "Copy value" },
  copyFormula: { zh: "复制公式", en: "Copy formula" },
  copyCitation: { zh: "复制引文", en: "Copy citation" },
  staticFallbackNote: {
    zh: "静态值（此记录无法用公式唯一取得）",
    en: "static value (no formula picks out this record alone)",
  },
  whatValue: { zh: "数值", en: "value" },
  whatFormula: { zh: "公式", en: "formula" },
  whatValueWithSource: { zh: "数值和出处", en: "value and source" },
  whatSource: { zh: "出处", en: "source" },
  whatAnalysis: { zh: "分析区块", en: "analysis block" },
  whatChart: { zh: "图表", en: "chart" },
  chartNeedsTwoPoints: { zh: "路径图需要基期值或当前值", en: "A path chart needs a baseline or a current value" },
  chartNeedsSiblings: {
    zh: "同一上级行业下没有可比较的目标",
    en: "No comparable targets under the same parent sector",
  },
};

/** The pane's words and the detail's, in the pane's language. */
export type DetailStrings = Strings & InLanguage<typeof DETAIL_TEXT>;

const BY_LANGUAGE = byLanguage(DETAIL_TEXT);

export function detailStrings(pane: Strings): DetailStrings {
  return { ...pane, ...BY_LANGUAGE[pane.locale] };
}
