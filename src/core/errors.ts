/**
 * Every error the core can return, in one catalogue (Chinese first, English second).
 * Errors are values: functions return `Result<T>`, never throw for bad input.
 */

/** What kind of failure it is; the Excel layer maps this to #N/A, #VALUE! or #NUM!. */
export type ErrorCategory = "not_found" | "invalid" | "num";

type Params = Record<string, string | number>;

interface CatalogueEntry {
  category: ErrorCategory;
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

const suggestZh = (p: Params): string => (p.suggestions ? `，您是否要找：${p.suggestions}？` : "");
const suggestEn = (p: Params): string => (p.suggestionsEn ? `; did you mean: ${p.suggestionsEn}?` : "");

export const ERROR_CATALOGUE = {
  REGION_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `未找到地区“${p.input}”${suggestZh(p)}`,
    en: (p) => `No region "${p.input}"${suggestEn(p)}`,
  },
  PLAN_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `未找到规划“${p.input}”${suggestZh(p)}`,
    en: (p) => `No plan "${p.input}"${suggestEn(p)}`,
  },
  PLAN_AMBIGUOUS: {
    category: "not_found",
    zh: (p) => `“${p.input}”对应多个规划：${p.candidates}，请写明规划编号`,
    en: (p) => `"${p.input}" matches several plans: ${p.candidates}; give the plan id`,
  },
  SECTOR_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `未找到行业“${p.input}”${suggestZh(p)}`,
    en: (p) => `No sector "${p.input}"${suggestEn(p)}`,
  },
  SECTOR_AMBIGUOUS: {
    category: "not_found",
    zh: (p) => `行业“${p.input}”有多个位置：${p.candidates}，请写出上级行业，如“上级›行业”`,
    en: (p) => `Sector "${p.input}" sits in several places: ${p.candidates}; write it as "parent›sector"`,
  },
  METRIC_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `行业“${p.sector}”没有指标“${p.input}”${suggestZh(p)}`,
    en: (p) => `Sector "${p.sector}" has no metric "${p.input}"${suggestEn(p)}`,
  },
  METRIC_AMBIGUOUS: {
    category: "not_found",
    zh: (p) => `指标“${p.input}”有多种口径：${p.candidates}，请写明其中一种`,
    en: (p) => `Metric "${p.input}" has several definitions: ${p.candidates}; name one`,
  },
  YEAR_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `“${p.what}”没有${p.year}年的数值，已有年份：${p.years}`,
    en: (p) => `"${p.what}" has no figure for ${p.year}; years with figures: ${p.years}`,
  },
  NO_TARGET: {
    category: "not_found",
    zh: (p) => `“${p.what}”在规划中没有目标值，只有：${p.kinds}`,
    en: (p) => `The plans state no target for "${p.what}", only: ${p.kindsEn}`,
  },
  BASELINE_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `“${p.what}”在规划中没有基期值`,
    en: (p) => `The plans state no baseline for "${p.what}"`,
  },
  NOTHING_MATCHES: {
    category: "not_found",
    zh: (p) => `没有符合条件的${p.what}`,
    en: (p) => `No ${p.whatEn} matches`,
  },
  RECORD_NOT_FOUND: {
    category: "not_found",
    zh: (p) => `未找到记录“${p.input}”`,
    en: (p) => `No record "${p.input}"`,
  },
  NOT_A_NUMBER: {
    category: "invalid",
    zh: (p) => `${p.name}应为数字，收到“${p.input}”`,
    en: (p) => `${p.nameEn} must be a number, got "${p.input}"`,
  },
  NOT_A_YEAR: {
    category: "invalid",
    zh: (p) => `${p.name}应为年份（如2025或“2025年”），收到“${p.input}”`,
    en: (p) => `${p.nameEn} must be a year (2025 or "2025年"), got "${p.input}"`,
  },
  NOT_TEXT: {
    category: "invalid",
    zh: (p) => `${p.name}应为文字，收到“${p.input}”`,
    en: (p) => `${p.nameEn} must be text, got "${p.input}"`,
  },
  MISSING_ARGUMENT: {
    category: "invalid",
    zh: (p) => `缺少${p.name}`,
    en: (p) => `${p.nameEn} is missing`,
  },
  UNKNOWN_UNIT: {
    category: "invalid",
    zh: (p) => `无法识别的单位“${p.input}”${suggestZh(p)}`,
    en: (p) => `Unknown unit "${p.input}"${suggestEn(p)}`,
  },
  UNIT_MISMATCH: {
    category: "invalid",
    zh: (p) => `单位“${p.from}”（${p.fromDim}）不能换算为“${p.to}”（${p.toDim}）`,
    en: (p) => `Cannot convert "${p.from}" (${p.fromDimEn}) to "${p.to}" (${p.toDimEn})`,
  },
  NON_POSITIVE_START: {
    category: "num",
    zh: (p) => `${p.name}须大于0才能计算增长率，收到${p.input}`,
    en: (p) => `${p.nameEn} must be greater than 0 for a growth rate, got ${p.input}`,
  },
  NEGATIVE_END: {
    category: "num",
    zh: (p) => `${p.name}不能为负数，收到${p.input}`,
    en: (p) => `${p.nameEn} cannot be negative, got ${p.input}`,
  },
  NON_POSITIVE_YEARS: {
    category: "num",
    zh: (p) => `年数须大于0，收到${p.input}`,
    en: (p) => `The number of years must be greater than 0, got ${p.input}`,
  },
  TARGET_YEAR_PASSED: {
    category: "num",
    zh: (p) => `当前年份${p.current}不早于目标年份${p.target}，无法计算所需增速`,
    en: (p) => `Current year ${p.current} is not before target year ${p.target}; no required rate exists`,
  },
  RATE_TOO_LOW: {
    category: "num",
    zh: (p) => `增长率须大于-100%，收到${p.input}`,
    en: (p) => `The growth rate must be above -100%, got ${p.input}`,
  },
  NEVER_REACHED: {
    category: "num",
    zh: () => `按此增长率永远达不到目标`,
    en: () => `At this growth rate the target is never reached`,
  },
  ZERO_SPAN: {
    category: "num",
    zh: () => `目标值与基期值相同，无法计算进度`,
    en: () => `Target equals baseline; progress is undefined`,
  },
  RESULT_NOT_FINITE: {
    category: "num",
    zh: () => `计算结果超出数值范围`,
    en: () => `The result is out of the numeric range`,
  },
  NOT_A_LEVEL: {
    category: "num",
    zh: (p) => `“${p.what}”是${p.kind}，不是可计算增速的目标水平`,
    en: (p) => `"${p.what}" is a ${p.kindEn}, not a target level that growth maths applies to`,
  },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface PlanError {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly message: string; // Chinese
  readonly messageEn: string;
  /** Nearest valid names, best first (for "did you mean"). */
  readonly suggestions: readonly string[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PlanError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, params: Params = {}, suggestions: readonly string[] = []): Result<T> {
  const entry: CatalogueEntry = ERROR_CATALOGUE[code];
  const full: Params = {
    ...params,
    ...(suggestions.length > 0 ? { suggestions: suggestions.join("、"), suggestionsEn: suggestions.join(", ") } : {}),
  };
  return {
    ok: false,
    error: { code, category: entry.category, message: entry.zh(full), messageEn: entry.en(full), suggestions },
  };
}

/** Applies `fn` to a success, passes a failure through. */
export function map<T, U>(result: Result<T>, fn: (value: T) => U): Result<U> {
  return result.ok ? ok(fn(result.value)) : result;
}

export function andThen<T, U>(result: Result<T>, fn: (value: T) => Result<U>): Result<U> {
  return result.ok ? fn(result.value) : result;
}
