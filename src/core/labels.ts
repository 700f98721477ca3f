/**
 * Display labels for the schema's enumerations and the words of an assessment, Chinese and English: one table each,
 * read by the sheet blocks, the CLI and the pane.
 */
import type { Bilingual } from "./locale";
import type { Bound, RecordKind, YearBasis } from "./schema";

type Label = Bilingual;

export const KIND_LABELS: Record<RecordKind, Label> = {
  target: { zh: "目标", en: "target" },
  cap: { zh: "上限", en: "cap" },
  relative_target: { zh: "相对目标", en: "relative target" },
  baseline: { zh: "基期值", en: "baseline" },
  growth_rate: { zh: "增长率", en: "growth rate" },
  project: { zh: "项目规模", en: "project size" },
  spec: { zh: "技术指标", en: "technical spec" },
  policy: { zh: "政策数值", en: "policy figure" },
  context: { zh: "背景数据", en: "context figure" },
};

export const YEAR_BASIS_LABELS: Record<YearBasis, Label> = {
  stated: { zh: "原文写明", en: "stated" },
  plan_end: { zh: "规划末年", en: "plan end year" },
  fyp_end: { zh: "“十四五”末", en: "end of the 14th FYP" },
  deadline: { zh: "截止时限", en: "deadline" },
  inherited: { zh: "承接上文年份", en: "inherited from the heading" },
  table_header: { zh: "表头年份", en: "table header" },
  relative: { zh: "相对时间（估计）", en: "relative (estimated)" },
  recurring: { zh: "每年", en: "every year" },
  period: { zh: "期间累计", en: "cumulative over the period" },
  base_year: { zh: "规划基期（原文未写年份）", en: "the plan's base year (no year stated)" },
};

export const BOUND_LABELS: Record<Bound, Label & { readonly symbol: string }> = {
  eq: { zh: "达到", en: "reach", symbol: "=" },
  ge: { zh: "以上", en: "at least", symbol: "≥" },
  gt: { zh: "突破/超过", en: "above", symbol: ">" },
  approx: { zh: "左右/约", en: "about", symbol: "≈" },
  le: { zh: "以内/以下", en: "at most", symbol: "≤" },
  lt: { zh: "低于", en: "below", symbol: "<" },
};

/**
 * The words of an assessment (the analysis block, the monitoring sheet, the CLI's progress line, the pane's what-if):
 * one wording each. In a running line the CLI writes the English in lower case ("progress 40%").
 */
export const ASSESSMENT_LABELS = {
  baseline: { zh: "基期值", en: "Baseline" },
  baseYear: { zh: "基期年份", en: "Base year" },
  target: { zh: "目标值", en: "Target" },
  targetYear: { zh: "目标年份", en: "Target year" },
  current: { zh: "当前值", en: "Current value" },
  currentYear: { zh: "当前年份", en: "Current year" },
  requiredCagr: { zh: "所需年均增速", en: "Required yearly growth" },
  progress: { zh: "完成进度", en: "Progress" },
  elapsed: { zh: "时间进度", en: "Time elapsed" },
  gap: { zh: "差距", en: "Gap" },
  status: { zh: "进展评估", en: "Assessment" },
  source: { zh: "出处", en: "Source" },
  /** The unit of a share's gap (10个百分点 / 10 percentage points). */
  points: { zh: "个百分点", en: " percentage points" },
} as const satisfies Record<string, Label>;
