/** Display labels for the schema's enumerations, Chinese and English: one table each. */
import type { Bound, RecordKind, YearBasis } from "./schema";

type Label = { readonly zh: string; readonly en: string };

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
