/**
 * The words plans use around a figure, as data: what bounds it (以上, 突破, 左右, 以内…), what makes it an aspiration
 * (力争, 争取), and how its year is said (到2025年, “十四五”末, 2022年底前, 三年内, 每年). The curation checks read these
 * tables; the text extractor reads the same ones.
 */
import type { Bound, YearBasis } from "./schema";

/**
 * Bound words, by the bound they give. 达到 / 达 before a threshold on a counted thing means "at least" (see the
 * entity filter), but on a level it is a plain eq.
 */
export const BOUND_WORDS: Readonly<Record<Bound, readonly string[]>> = {
  ge: ["以上", "及以上", "不低于", "不少于", "至少", "级"],
  gt: ["突破", "超过", "超", "高于", "多", "逾"],
  approx: ["左右", "约", "近"],
  le: ["以内", "以下", "不超过", "不高于"],
  lt: ["低于", "小于", "不足"],
  eq: ["达到", "达", "实现", "形成", "建成", "提高到", "提升至", "提高至"],
};

/** Words that contain a bound word but are not one: 约束 is not 约, 突破性 is not a threshold. */
export const BOUND_FALSE_FRIENDS: readonly string[] = [
  "约束",
  "集约",
  "节约",
  "制约",
  "突破性",
  "多元",
  "多种",
  "超高",
  "超大",
];

/**
 * A magnitude written as a class, without digits: 千亿级, 百亿 (产业集群), 百万吨 (基地). Such a figure is a lower
 * bound ("of the hundred-billion class"), as if 级 were written.
 */
const MAGNITUDE_CLASS = /^[一二两三四五六七八九]?[十百千万亿]+[\p{Script=Han}]{0,2}?级?$/u;

export function isMagnitudeClass(valueText: string | null): boolean {
  // 百家 is a count of a hundred, not a class: a class names a scale of amounts (亿, 万吨) or says 级.
  return valueText !== null && MAGNITUDE_CLASS.test(valueText) && /[亿万]|级$/.test(valueText);
}

/** 力争 / 争取 govern a figure (their scope can run over a colon list): the figure is an aspiration. */
export const ASPIRATION_WORDS: readonly string[] = ["力争", "争取"];

/** Words that soften a figure without bounding it (原则上全部淘汰): kept as qualifiers, shown, not computed with. */
export const HEDGE_WORDS: readonly string[] = ["原则上", "基本", "基本上"];

/** Words that say a figure is to come down (降至1.25, 能耗下降13%): the target is reached from above. */
export const FALLING_WORDS: readonly string[] = [
  "降至",
  "降到",
  "降低",
  "下降",
  "减少",
  "压减",
  "削减",
  "减排",
  "压降",
];

/** Metrics that are better lower (数据中心PUE, 单位能耗): a target on them is a target to come down to. */
export const LOWER_IS_BETTER_METRICS: readonly string[] = [
  "PUE",
  "能耗",
  "煤耗",
  "水耗",
  "用水量",
  "排放",
  "碳排放强度",
];

/** The bound a qualifier word gives, or null when it is not a bound word. */
export function boundOfWord(word: string): Bound | null {
  for (const [bound, words] of Object.entries(BOUND_WORDS) as Array<[Bound, readonly string[]]>) {
    if (bound !== "eq" && words.includes(word)) return bound;
  }
  return null;
}

export function isAspirationWord(word: string): boolean {
  return ASPIRATION_WORDS.includes(word);
}

/** Chinese numerals up to ten, as year counts are written (三年内, 用两年时间). */
const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return NUMERALS[text] ?? null;
}

/** A plan period, for phrases that name a year relative to it. */
export interface PeriodContext {
  readonly start: number;
  readonly end: number;
}

export interface YearPhrase {
  readonly basis: YearBasis;
  readonly pattern: RegExp;
  /** The year the phrase names; null for every year (每年). */
  year(match: RegExpExecArray, period: PeriodContext): number | null;
}

/** The Five-Year Plan periods, so “十四五”末 names 2025. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, PeriodContext>> = {
  十二五: { start: 2011, end: 2015 },
  十三五: { start: 2016, end: 2020 },
  十四五: { start: 2021, end: 2025 },
  十五五: { start: 2026, end: 2030 },
};

const FYP = '[“"‘]?(十[二三四五]五)[”"’]?';

/** Year phrases, most specific first: the first that matches a sentence decides. */
export const YEAR_PHRASES: readonly YearPhrase[] = [
  { basis: "deadline", pattern: /(\d{4})年(?:底|年底|末)?(?:以)?前/, year: (m) => Number(m[1]) },
  { basis: "stated", pattern: /(?:到|至|在|于)?(\d{4})年(?:底|末)?/, year: (m) => Number(m[1]) },
  { basis: "fyp_end", pattern: new RegExp(`${FYP}(?:末|期末)`), year: (m) => FIVE_YEAR_PLANS[m[1]!]?.end ?? null },
  { basis: "period", pattern: new RegExp(`${FYP}(?:期间|时期)`), year: (m) => FIVE_YEAR_PLANS[m[1]!]?.end ?? null },
  {
    basis: "relative",
    pattern: /(?:用|在)?([一二两三四五六七八九十\d]+)年(?:时间|内|左右时间)/,
    year: (m, period) => period.start - 1 + (smallNumber(m[1]!) ?? 0),
  },
  { basis: "recurring", pattern: /每年/, year: () => null },
];

/** The first year phrase in a text, with the year it names. */
export function findYearPhrase(
  text: string,
  period: PeriodContext,
): { basis: YearBasis; year: number | null; index: number } | null {
  for (const phrase of YEAR_PHRASES) {
    const match = phrase.pattern.exec(text);
    if (match) return { basis: phrase.basis, year: phrase.year(match, period), index: match.index };
  }
  return null;
}
