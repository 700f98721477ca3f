/**
 * The closed word lists of the record schema (kinds, year bases, bounds, growth and relative types). They are plain
 * constants, apart from the zod schema (schema.ts), so the add-in's start path reads them without loading zod.
 */

/** What a figure is. What each kind is for (lookup, level, limit): `KIND_TRAITS` in kinds.ts. */
export const RECORD_KINDS = [
  "target", // a level to reach by a year (产值达到350亿元)
  "cap", // an upper limit (控制在1500万吨以内)
  "relative_target", // a change against a reference year (较2020年下降13%)
  "baseline", // a stated level in a base year (2016年…5000亿元; the 2021 column of a table)
  "growth_rate", // a stated growth rate (年均增长8%, 增长122%, 实现倍增)
  "project", // the size of a named project (推动80万吨…项目建设): not a plan target
  "spec", // a technical or regulatory threshold (叶片长度不低于80米)
  "policy", // policy money or prices (电价0.26元/度, 奖励3000万元)
  "context", // a figure about something else (the world market, an appendix)
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** How the year of a record was obtained. */
export const YEAR_BASES = [
  "stated", // the sentence names it: 到2025年
  "plan_end", // nothing said: the plan's end year
  "fyp_end", // 十四五末 / “十四五” → 2025
  "deadline", // 2022年底前
  "inherited", // from a heading sentence that governs this one (002 L16 → L17–20)
  "table_header", // from a table's column header
  "relative", // 三年内: the year is an estimate, see note
  "recurring", // 每年: every year of the period (year is null)
  "period", // a cumulative figure over the period (“十四五”期间): year = period end
  "base_year", // context data that states no year of its own: the plan's stated base year (以2020年为基期)
] as const;
export type YearBasis = (typeof YEAR_BASES)[number];

/** A lookup's year: a calendar year, the recurring figure (每年), or null for the plan's end year. */
export const EVERY_YEAR = "recurring" satisfies YearBasis;
export type YearAsked = number | typeof EVERY_YEAR | null;

/** 以上 ≥, 突破/超过 >, 左右/约 ≈, 以内/以下 ≤, 低于 <, otherwise eq. A range is value..valueMax. */
export const BOUNDS = ["eq", "ge", "gt", "approx", "le", "lt"] as const;
export type Bound = (typeof BOUNDS)[number];

export const GROWTH_TYPES = ["annual_avg", "cagr", "yoy", "cumulative", "multiple"] as const;
export const RELATIVE_OPS = ["decrease_pct", "increase_pct", "increase_pp", "decrease_pp", "multiple"] as const;
