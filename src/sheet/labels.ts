/** The words the sheet blocks write into cells and chart titles, in both languages (one table each). */
import { ASSESSMENT_LABELS } from "../core/labels";
import type { Bilingual } from "../core/locale";
import { bilingual } from "../core/messages";

/** Rows of the analysis block, in order: label in the first column, content in the second. */
export const ANALYSIS_ROWS = [
  "title",
  "unit",
  "baseline",
  "baseYear",
  "target",
  "targetYear",
  "current",
  "currentYear",
  "requiredCagr",
  "progress",
  "gap",
  "status",
  "source",
] as const;
export type AnalysisRow = (typeof ANALYSIS_ROWS)[number];

export const ANALYSIS_LABELS: Readonly<Record<AnalysisRow, Bilingual>> = {
  title: { zh: "指标", en: "Metric" },
  unit: { zh: "单位", en: "Unit" },
  baseline: ASSESSMENT_LABELS.baseline,
  baseYear: ASSESSMENT_LABELS.baseYear,
  target: ASSESSMENT_LABELS.target,
  targetYear: ASSESSMENT_LABELS.targetYear,
  current: ASSESSMENT_LABELS.current,
  currentYear: ASSESSMENT_LABELS.currentYear,
  requiredCagr: ASSESSMENT_LABELS.requiredCagr,
  progress: ASSESSMENT_LABELS.progress,
  gap: ASSESSMENT_LABELS.gap,
  status: ASSESSMENT_LABELS.status,
  source: ASSESSMENT_LABELS.source,
};

export const CHART_LABELS = {
  year: { zh: "年份", en: "Year" },
  sector: { zh: "行业", en: "Sector" },
} as const satisfies Record<string, Bilingual>;

export const CHART_TITLES = {
  /** 新材料：产值目标（2025年）（亿元） */
  sector: bilingual(
    (sector: string, metric: string, year: number | null, unit: string) =>
      `${sector}：${metric}目标${year === null ? "" : `（${year}年）`}（${unit}）`,
    (sector, metric, year, unit) => `${sector}: ${metric} targets${year === null ? "" : ` (${year})`} (${unit})`,
  ),
  /** 稀土新材料·产值：基期到目标（亿元） */
  path: bilingual(
    (what: string, unit: string) => `${what}：基期到目标（${unit}）`,
    (what, unit) => `${what}: baseline to target (${unit})`,
  ),
};

/** 时间进度: the one column of the monitoring sheet the analysis block does not have. */
export const ELAPSED_LABEL: Bilingual = ASSESSMENT_LABELS.elapsed;

/** The words of the monitoring sheet around its table. */
export const MONITORING_TEXT = {
  sheetName: { zh: "监测", en: "Monitoring" },
  title: { zh: "规划目标监测表", en: "Plan targets: monitoring" },
  all: { zh: "全部", en: "All" },
  regionList: { zh: "地区列表", en: "Regions" },
  planList: { zh: "规划列表", en: "Plans" },
  pick: { zh: "请从列表中选择（“全部”为不限）", en: "Pick from the list (All for no restriction)" },
} as const satisfies Record<string, Bilingual>;

/** 数据版本 seeds-…。黄色单元格…: what the line under the title says. */
export const MONITORING_GUIDE = bilingual(
  (version: string) =>
    `数据版本 ${version}。在黄色单元格填写当前值与当前年份（比重填百分数，如 35%）；规划未给出基期值的，也可填基期值与基期年份。上方选择地区或规划，统计各进展评估的项数。`,
  (version) =>
    `Data version ${version}. Fill in the current value and year in the yellow cells (a share as a percentage, e.g. 35%); where the plan states no baseline, a base value and year too. Pick a region or plan above to count the assessments.`,
);
