/**
 * Every error the core can return, in one catalogue. Each code declares its parameters (typed) and its message in
 * Chinese and English; `messageFor(error, locale)` is the one way to show it.
 * Errors are values: functions return `Result<T>`, never throw for bad input.
 */
import type { Bilingual, Locale } from "./locale";

/** What kind of failure it is; the Excel layer maps this to #N/A, #VALUE! or #NUM!. */
export type ErrorCategory = "not_found" | "invalid" | "num";

/** Nearest valid names, best first ("did you mean"). */
interface Suggesting {
  readonly suggestions?: readonly string[];
}

interface Entry<P> {
  readonly category: ErrorCategory;
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

function entry<P = Record<never, never>>(
  category: ErrorCategory,
  zh: (p: P) => string,
  en: (p: P) => string,
): Entry<P> {
  return { category, zh, en };
}

const didYouMean = {
  zh: (p: Suggesting): string => (p.suggestions?.length ? `，您是否要找：${p.suggestions.join("、")}？` : ""),
  en: (p: Suggesting): string => (p.suggestions?.length ? `; did you mean: ${p.suggestions.join(", ")}?` : ""),
};

/** A long list in a message: its first eight, then how many there are. */
const LISTED_AT_MOST = 8;
const listedZh = (items: readonly string[]): string =>
  items.length > LISTED_AT_MOST ? `${items.slice(0, LISTED_AT_MOST).join("、")}等${items.length}项` : items.join("、");
const listedEn = (items: readonly string[]): string =>
  items.length > LISTED_AT_MOST
    ? `${items.slice(0, LISTED_AT_MOST).join(", ")}, … (${items.length} in all)`
    : items.join(", ");

type Input = { readonly input: string };
type Named = { readonly arg: Bilingual; readonly input: string };
type What = { readonly what: string };

export const ERROR_CATALOGUE = {
  REGION_NOT_FOUND: entry<Input & Suggesting>(
    "not_found",
    (p) => `未找到地区“${p.input}”${didYouMean.zh(p)}`,
    (p) => `No region "${p.input}"${didYouMean.en(p)}`,
  ),
  PLAN_NOT_FOUND: entry<Input & Suggesting>(
    "not_found",
    (p) => `未找到规划“${p.input}”${didYouMean.zh(p)}`,
    (p) => `No plan "${p.input}"${didYouMean.en(p)}`,
  ),
  PLAN_AMBIGUOUS: entry<Input & { readonly candidates: readonly string[] }>(
    "not_found",
    (p) => `“${p.input}”对应多个规划：${p.candidates.join("；")}，请写明规划编号`,
    (p) => `"${p.input}" matches several plans: ${p.candidates.join("; ")}; give the plan id`,
  ),
  SECTOR_NOT_FOUND: entry<Input & Suggesting>(
    "not_found",
    (p) => `未找到行业“${p.input}”${didYouMean.zh(p)}`,
    (p) => `No sector "${p.input}"${didYouMean.en(p)}`,
  ),
  SECTOR_AMBIGUOUS: entry<Input & { readonly candidates: readonly string[] }>(
    "not_found",
    (p) => `行业“${p.input}”有多个位置：${p.candidates.join("；")}，请写出上级行业，如“上级›行业”`,
    (p) => `Sector "${p.input}" sits in several places: ${p.candidates.join("; ")}; write it as "parent›sector"`,
  ),
  /**
   * `sector` is null when the lookup named no sector (`list --metric X`): then no sector is mentioned. With the
   * sector's metrics (`available`), the message says what exists.
   */
  METRIC_NOT_FOUND: entry<
    Input & Suggesting & { readonly sector: string | null; readonly available?: readonly string[] }
  >(
    "not_found",
    (p) =>
      `${p.sector === null ? "未找到" : `行业“${p.sector}”没有`}指标“${p.input}”` +
      (p.available?.length ? `，该行业的指标有：${listedZh(p.available)}` : didYouMean.zh(p)),
    (p) =>
      `${p.sector === null ? "No" : `Sector "${p.sector}" has no`} metric "${p.input}"` +
      (p.available?.length ? `; its metrics are: ${listedEn(p.available)}` : didYouMean.en(p)),
  ),
  METRIC_AMBIGUOUS: entry<Input & { readonly candidates: readonly string[] }>(
    "not_found",
    (p) => `指标“${p.input}”有多种口径：${p.candidates.join("；")}，请写明其中一种`,
    (p) => `Metric "${p.input}" has several definitions: ${p.candidates.join("; ")}; name one`,
  ),
  YEAR_NOT_FOUND: entry<What & { readonly year: number | null; readonly years: readonly (number | null)[] }>(
    "not_found",
    (p) =>
      `“${p.what}”没有${p.year === null ? "规划末年" : `${p.year}年`}的数值，已有年份：${p.years.map((y) => y ?? "每年").join("、")}`,
    (p) =>
      `"${p.what}" has no figure for ${p.year ?? "the plan's end year"}; years with figures: ${p.years.map((y) => y ?? "every year").join(", ")}`,
  ),
  NO_TARGET: entry<What & { readonly kinds: readonly Bilingual[] }>(
    "not_found",
    (p) => `“${p.what}”在规划中没有目标值，只有：${p.kinds.map((k) => k.zh).join("、")}`,
    (p) => `The plans state no target for "${p.what}", only: ${p.kinds.map((k) => k.en).join(", ")}`,
  ),
  BASELINE_NOT_FOUND: entry<What>(
    "not_found",
    (p) => `“${p.what}”在规划中没有基期值`,
    (p) => `The plans state no baseline for "${p.what}"`,
  ),
  BASIS_MISSING: entry<What>(
    "not_found",
    (p) => `“${p.what}”的规划未给出基期值：请提供基期值和基期年份`,
    (p) => `The plan states no baseline for "${p.what}": give a base value and a base year`,
  ),
  NOTHING_MATCHES: entry<{ readonly kind: Bilingual }>(
    "not_found",
    (p) => `没有符合条件的${p.kind.zh}`,
    (p) => `No ${p.kind.en} matches`,
  ),
  RECORD_NOT_FOUND: entry<Input>(
    "not_found",
    (p) => `未找到记录“${p.input}”`,
    (p) => `No record "${p.input}"`,
  ),
  NOT_A_NUMBER: entry<Named>(
    "invalid",
    (p) => `${p.arg.zh}应为数字，收到“${p.input}”`,
    (p) => `${p.arg.en} must be a number, got "${p.input}"`,
  ),
  NOT_A_YEAR: entry<Named>(
    "invalid",
    (p) => `${p.arg.zh}应为年份（如2025或“2025年”），收到“${p.input}”`,
    (p) => `${p.arg.en} must be a year (2025 or "2025年"), got "${p.input}"`,
  ),
  NOT_TEXT: entry<Named>(
    "invalid",
    (p) => `${p.arg.zh}应为文字，收到“${p.input}”`,
    (p) => `${p.arg.en} must be text, got "${p.input}"`,
  ),
  BASIS_INCOMPLETE: entry(
    "invalid",
    () => `请同时提供基期值和基期年份`,
    () => `Give both the base value and the base year`,
  ),
  MISSING_ARGUMENT: entry<{ readonly arg: Bilingual }>(
    "invalid",
    (p) => `缺少${p.arg.zh}`,
    (p) => `${p.arg.en} is missing`,
  ),
  UNKNOWN_UNIT: entry<Input & Suggesting>(
    "invalid",
    (p) => `无法识别的单位“${p.input}”${didYouMean.zh(p)}`,
    (p) => `Unknown unit "${p.input}"${didYouMean.en(p)}`,
  ),
  UNIT_MISMATCH: entry<{
    readonly from: string;
    readonly to: string;
    readonly fromDim: Bilingual;
    readonly toDim: Bilingual;
  }>(
    "invalid",
    (p) => `单位“${p.from}”（${p.fromDim.zh}）不能换算为“${p.to}”（${p.toDim.zh}）`,
    (p) => `Cannot convert "${p.from}" (${p.fromDim.en}) to "${p.to}" (${p.toDim.en})`,
  ),
  NON_POSITIVE_START: entry<{ readonly arg: Bilingual; readonly input: number }>(
    "num",
    (p) => `${p.arg.zh}须大于0才能计算增长率，收到${p.input}`,
    (p) => `${p.arg.en} must be greater than 0 for a growth rate, got ${p.input}`,
  ),
  NEGATIVE_END: entry<{ readonly arg: Bilingual; readonly input: number }>(
    "num",
    (p) => `${p.arg.zh}不能为负数，收到${p.input}`,
    (p) => `${p.arg.en} cannot be negative, got ${p.input}`,
  ),
  NON_POSITIVE_YEARS: entry<{ readonly input: number }>(
    "num",
    (p) => `年数须大于0，收到${p.input}`,
    (p) => `The number of years must be greater than 0, got ${p.input}`,
  ),
  TARGET_YEAR_PASSED: entry<{ readonly current: number; readonly target: number }>(
    "num",
    (p) => `当前年份${p.current}不早于目标年份${p.target}，无法计算所需增速`,
    (p) => `Current year ${p.current} is not before target year ${p.target}; no required rate exists`,
  ),
  CURRENT_BEFORE_BASE: entry<{ readonly current: number; readonly base: number }>(
    "num",
    (p) => `当前年份${p.current}早于基期年份${p.base}`,
    (p) => `Current year ${p.current} is before the base year ${p.base}`,
  ),
  /** A rate typed as a whole percentage without its sign (8 for 8 %): refused rather than read as 800 %. */
  RATE_WITHOUT_PERCENT_SIGN: entry<Named & { readonly percent: string; readonly fraction: string }>(
    "invalid",
    (p) => `${p.arg.zh}“${p.input}”应写作${p.percent}或${p.fraction}`,
    (p) => `${p.arg.en} "${p.input}" must be written as ${p.percent} or ${p.fraction}`,
  ),
  RATE_TOO_LOW: entry<{ readonly input: number }>(
    "num",
    (p) => `增长率须大于-100%，收到${p.input}`,
    (p) => `The growth rate must be above -100%, got ${p.input}`,
  ),
  NEVER_REACHED: entry(
    "num",
    () => `按此增长率永远达不到目标`,
    () => `At this growth rate the target is never reached`,
  ),
  ZERO_SPAN: entry(
    "num",
    () => `目标值与基期值相同，无法计算进度`,
    () => `Target equals baseline; progress is undefined`,
  ),
  RESULT_NOT_FINITE: entry(
    "num",
    () => `计算结果超出数值范围`,
    () => `The result is out of the numeric range`,
  ),
  EXTRACT_EMPTY: entry(
    "invalid",
    () => `文本为空：请粘贴规划正文`,
    () => `The text is empty: paste the plan's text`,
  ),
  EXTRACT_NO_FIGURES: entry<{ readonly lines: number }>(
    "not_found",
    (p) => `在${p.lines}行文本中没有找到数值目标（数字加单位，如“产值达到350亿元”）`,
    (p) => `No figures found in ${p.lines} line(s) of text (a number with a unit, such as 产值达到350亿元)`,
  ),
  EXTRACT_NOT_TEXT: entry<{ readonly reason: Bilingual }>(
    "invalid",
    (p) => `无法读取这段文本：${p.reason.zh}。请粘贴规划正文；文件请另存为UTF-8编码的文本后重试`,
    (p) => `Cannot read this text: ${p.reason.en}. Paste the plan's text; save a file as UTF-8 text and try again`,
  ),
  EXTRACT_TOO_LARGE: entry<{ readonly size: number; readonly limit: number }>(
    "invalid",
    (p) => `文本过长（${p.size}个字符），一次最多提取${p.limit}个字符，请分段粘贴`,
    (p) => `The text is too long (${p.size} characters); at most ${p.limit} characters at a time, paste it in parts`,
  ),
  EXTRACT_ABORTED: entry(
    "invalid",
    () => `已取消提取`,
    () => `Extraction cancelled`,
  ),
  NOT_A_LEVEL: entry<What & { readonly kind: Bilingual }>(
    "num",
    (p) => `“${p.what}”是${p.kind.zh}，不是可计算增速的目标水平`,
    (p) => `"${p.what}" is a ${p.kind.en}, not a target level that growth maths applies to`,
  ),
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The parameters a code's message needs. */
export type ErrorParams<C extends ErrorCode> = (typeof ERROR_CATALOGUE)[C] extends Entry<infer P> ? P : never;

export interface PlanError {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  /** The message in both languages; show it with `messageFor`. */
  readonly message: Bilingual;
  /** Nearest valid names, best first (for "did you mean"). */
  readonly suggestions: readonly string[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PlanError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure with the catalogue's message for `code`; codes without parameters take none. */
export function fail<C extends ErrorCode>(
  code: C,
  ...params: keyof ErrorParams<C> extends never ? [] : [ErrorParams<C>]
): Result<never> {
  const entry = ERROR_CATALOGUE[code] as unknown as Entry<ErrorParams<C>>;
  const p = (params[0] ?? {}) as ErrorParams<C>;
  const suggestions = (p as Suggesting).suggestions ?? [];
  return {
    ok: false,
    error: { code, category: entry.category, message: { zh: entry.zh(p), en: entry.en(p) }, suggestions },
  };
}

/** The one way to show an error: in the user's language. */
export function messageFor(error: PlanError, locale: Locale): string {
  return error.message[locale];
}

/** Applies `fn` to a success, passes a failure through. */
export function map<T, U>(result: Result<T>, fn: (value: T) => U): Result<U> {
  return result.ok ? ok(fn(result.value)) : result;
}

export function andThen<T, U>(result: Result<T>, fn: (value: T) => Result<U>): Result<U> {
  return result.ok ? fn(result.value) : result;
}
