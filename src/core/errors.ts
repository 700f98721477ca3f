/**
 * Every error the core can return, in one catalogue. Each code declares its parameters (typed) and its message in
 * Chinese and English; `messageFor(error, locale)` is the one way to show it.
 * Errors are values: functions return `Result<T>`, never throw for bad input.
 */
import type { Bilingual } from "./locale";
import { bilingual, inBoth, messageFor, type Message } from "./messages";
import { EVERY_YEAR, type YearAsked } from "./vocabulary";

export { messageFor };

/** What kind of failure it is; the Excel layer maps this to #N/A, #VALUE! or #NUM!. */
export type ErrorCategory = "not_found" | "invalid" | "num";

/** Nearest valid names, best first ("did you mean"). */
interface Suggesting {
  readonly suggestions?: readonly string[];
}

/** A code's message takes one object of named parameters. */
interface Entry<P> extends Message<[P]> {
  readonly category: ErrorCategory;
}

function entry<P = Record<never, never>>(
  category: ErrorCategory,
  zh: (p: P) => string,
  en: (p: P) => string,
): Entry<P> {
  return { category, ...bilingual(zh, en) };
}

/** The tail of a miss: "did you mean" and the nearest names, or nothing; the CLI's usage errors end with it too. */
export const DID_YOU_MEAN = bilingual(
  (suggestions: readonly string[] = []) => (suggestions.length ? `，您是否要找：${suggestions.join("、")}？` : ""),
  (suggestions) => (suggestions?.length ? `; did you mean: ${suggestions.join(", ")}?` : ""),
);
const didYouMean = {
  zh: (p: Suggesting): string => DID_YOU_MEAN.zh(p.suggestions),
  en: (p: Suggesting): string => DID_YOU_MEAN.en(p.suggestions),
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
  /** The region's records are not in memory yet (a province published as a shard, loaded on first use). */
  REGION_LOADING: entry<{ readonly region: string }>(
    "not_found",
    (p) => `正在载入${p.region}数据…`,
    (p) => `Loading the data of ${p.region}…`,
  ),
  /** The region's shard could not be loaded (missing, damaged, refused): the other regions still answer. */
  REGION_UNAVAILABLE: entry<{ readonly region: string; readonly detail: Bilingual }>(
    "not_found",
    (p) => `${p.region}数据未能载入：${p.detail.zh}`,
    (p) => `The data of ${p.region} could not be loaded: ${p.detail.en}`,
  ),
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
  /** A pinned plan lacks a sector or metric that other plans of its region have: say where it is. */
  NOT_IN_PINNED_PLAN: entry<
    Input &
      Suggesting & {
        readonly thing: "sector" | "metric";
        readonly plans: readonly string[];
        readonly elsewhere: readonly string[];
      }
  >(
    "not_found",
    (p) =>
      `规划${p.plans.join("、")}中没有${p.thing === "sector" ? "行业" : "指标"}“${p.input}”；` +
      `该${p.thing === "sector" ? "行业" : "指标"}见于${p.elsewhere.join("、")}` +
      (p.suggestions?.length ? `；本规划中相近的有：${p.suggestions.join("、")}` : ""),
    (p) =>
      `Plan ${p.plans.join(", ")} has no ${p.thing} "${p.input}"; it is in ${p.elsewhere.join(", ")}` +
      (p.suggestions?.length ? `; near it in this plan: ${p.suggestions.join(", ")}` : ""),
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
  YEAR_NOT_FOUND: entry<What & { readonly year: YearAsked; readonly years: readonly (number | null)[] }>(
    "not_found",
    (p) =>
      `“${p.what}”没有${p.year === null ? "规划末年" : p.year === EVERY_YEAR ? "每年" : `${p.year}年`}的数值，已有年份：${p.years.map((y) => y ?? "每年").join("、")}`,
    (p) =>
      `"${p.what}" has no figure for ${p.year === EVERY_YEAR ? "every year" : (p.year ?? "the plan's end year")}; years with figures: ${p.years.map((y) => y ?? "every year").join(", ")}`,
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
  NOT_A_LOOKUP_YEAR: entry<Named>(
    "invalid",
    (p) => `${p.arg.zh}应为年份（如2025或“2025年”），或“每年”（每年重复的目标），收到“${p.input}”`,
    (p) =>
      `${p.arg.en} must be a year (2025 or "2025年"), or 每年 / "every year" (a recurring target), got "${p.input}"`,
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
  /**
   * A percentage metric's value typed as a whole percentage without its sign (35 for 35 %): a cell holds 35 % as
   * 0.35, so 35 would be 3500 %; refused rather than guessed, in every front door.
   */
  SHARE_WITHOUT_PERCENT_SIGN: entry<Named & { readonly percent: string; readonly fraction: string }>(
    "invalid",
    (p) => `该指标以%计，${p.arg.zh}“${p.input}”应写作${p.percent}或${p.fraction}`,
    (p) => `${p.arg.en} "${p.input}" must be written as ${p.percent} or ${p.fraction} (the metric is a percentage)`,
  ),
  NOT_AN_OBJECT: entry<Named & { readonly example: string }>(
    "invalid",
    (p) => `${p.arg.zh}应为对象（如 ${p.example}），收到“${p.input}”`,
    (p) => `${p.arg.en} must be an object (such as ${p.example}), got "${p.input}"`,
  ),
  UNKNOWN_KIND: entry<Input & { readonly kinds: readonly Bilingual[]; readonly ids: readonly string[] }>(
    "invalid",
    (p) => `未知类型“${p.input}”；可选：${p.kinds.map((k, i) => `${k.zh}（${p.ids[i]}）`).join("、")}`,
    (p) => `Unknown kind "${p.input}"; kinds: ${p.kinds.map((k, i) => `${p.ids[i]} (${k.zh})`).join(", ")}`,
  ),
  /** A library call that failed in a way no other code names: a bug, reported as a value all the same. */
  UNEXPECTED: entry<{ readonly detail: string }>(
    "invalid",
    (p) => `内部错误：${p.detail}`,
    (p) => `Internal error: ${p.detail}`,
  ),
  /** The dataset the library answers from cannot be read or does not verify. */
  DATA_UNREADABLE: entry<{ readonly folder: string; readonly problem: Bilingual; readonly count: number }>(
    "invalid",
    (p) => `无法读取数据目录“${p.folder}”：${p.problem.zh}${p.count > 1 ? `（共${p.count}处问题）` : ""}`,
    (p) =>
      `Cannot read the data folder "${p.folder}": ${p.problem.en}${p.count > 1 ? ` (${p.count} problems in all)` : ""}`,
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
  /** REGION_LOADING: the region whose data the answer waits for (the host loads it, then recalculates). */
  readonly waitingFor?: string;
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
  const error: PlanError = { code, category: entry.category, message: inBoth(entry, p), suggestions };
  return {
    ok: false,
    error: code === "REGION_LOADING" ? { ...error, waitingFor: (p as { region: string }).region } : error,
  };
}

/** Applies `fn` to a success, passes a failure through. */
export function map<T, U>(result: Result<T>, fn: (value: T) => U): Result<U> {
  return result.ok ? ok(fn(result.value)) : result;
}

export function andThen<T, U>(result: Result<T>, fn: (value: T) => Result<U>): Result<U> {
  return result.ok ? fn(result.value) : result;
}

// ---------------------------------------------------------------------------------------------------------------
// Data faults: what can go wrong getting a dataset from its web server, keeping it on this computer or adding a
// user's plan to it (what is wrong inside a dataset is src/data/issues.ts). Not cell errors (no Excel category): the taskpane shows them.

type Text<P> = Message<[P]>;

function text<P = Record<never, never>>(zh: (p: P) => string, en: (p: P) => string): Text<P> {
  return bilingual(zh, en);
}

/** What went wrong getting a dataset from its web server or keeping it on this computer. */
export const DATA_FAULTS = {
  BAD_URL: text<{ readonly url: string }>(
    (p) => `数据地址无效：“${p.url}”（应为 index.json 的完整地址，如 https://example.gov.cn/datasets/index.json）`,
    (p) => `Invalid data address "${p.url}" (give the full address of an index.json)`,
  ),
  INSECURE_URL: text<{ readonly url: string }>(
    (p) => `数据地址须使用 https（只有 localhost 和 127.0.0.1 可用 http）：${p.url}`,
    (p) => `The data address must use https (http only for localhost and 127.0.0.1): ${p.url}`,
  ),
  URL_NOT_ALLOWED: text<{ readonly origin: string; readonly allowed: string }>(
    (p) => `本插件的安全策略不允许连接 ${p.origin}（允许：${p.allowed}）。请在构建时用 --env dataUrl=… 指定数据服务器`,
    (p) =>
      `This add-in's security policy does not allow connecting to ${p.origin} (allowed: ${p.allowed}). Build with --env dataUrl=… to name the data server`,
  ),
  NETWORK: text<{ readonly url: string }>(
    (p) => `无法连接数据服务器：${p.url}（网络中断或服务器未运行）`,
    (p) => `Cannot reach the data server: ${p.url} (network down or server not running)`,
  ),
  NETWORK_OR_CORS: text<{ readonly url: string; readonly origin: string }>(
    (p) =>
      `无法读取 ${p.url}。可能的原因：服务器未运行或网络中断；或服务器没有发送 CORS 响应头 Access-Control-Allow-Origin（须允许本插件的来源 ${p.origin}）`,
    (p) =>
      `Cannot read ${p.url}. Possible causes: the server is down or the network is; or the server does not send the CORS header Access-Control-Allow-Origin (it must allow this add-in's origin ${p.origin})`,
  ),
  INDEX_IS_WEB_PAGE: text<{ readonly url: string }>(
    (p) =>
      `服务器返回的是网页（可能是登录页或错误页），不是数据索引：${p.url}。请确认地址指向 index.json，且无需登录即可读取`,
    (p) =>
      `The server sent a web page (perhaps a login or error page), not the data index: ${p.url}. Check that the address names index.json and that it can be read without logging in`,
  ),
  FILE_IS_WEB_PAGE: text<{ readonly file: string; readonly url: string }>(
    (p) => `服务器返回的是网页（可能是登录页或错误页），不是数据文件 ${p.file}：${p.url}`,
    (p) => `The server sent a web page (perhaps a login or error page), not the data file ${p.file}: ${p.url}`,
  ),
  TIMEOUT: text<{ readonly url: string; readonly seconds: number }>(
    (p) => `数据服务器 ${p.seconds} 秒内没有响应：${p.url}`,
    (p) => `The data server did not answer within ${p.seconds} s: ${p.url}`,
  ),
  NOT_FOUND: text<{ readonly file: string }>(
    (p) => `服务器上没有 ${p.file}（404）`,
    (p) => `${p.file} is not on the server (404)`,
  ),
  HTTP_STATUS: text<{ readonly file: string; readonly status: number }>(
    (p) => `下载 ${p.file} 失败：服务器返回 ${p.status}`,
    (p) => `Downloading ${p.file} failed: the server answered ${p.status}`,
  ),
  TOO_LARGE: text<{ readonly file: string; readonly limit: number }>(
    (p) => `${p.file} 超过大小上限 ${formatBytes(p.limit)}，已拒绝`,
    (p) => `${p.file} is over the size limit of ${formatBytes(p.limit)}; refused`,
  ),
  TRUNCATED: text<{ readonly file: string; readonly expected: number; readonly actual: number }>(
    (p) => `${p.file} 下载不完整：应为 ${p.expected} 字节，只收到 ${p.actual} 字节`,
    (p) => `${p.file} arrived incomplete: ${p.actual} of ${p.expected} bytes`,
  ),
  SIZE_MISMATCH: text<{ readonly file: string; readonly expected: number; readonly actual: number }>(
    (p) => `${p.file} 的大小与 index.json 不符：应为 ${p.expected} 字节，实为 ${p.actual} 字节`,
    (p) => `${p.file} has ${p.actual} bytes, index.json says ${p.expected}`,
  ),
  HASH_MISMATCH: text<{ readonly file: string }>(
    (p) => `${p.file} 的 sha256 校验不符（文件已损坏或被改动）`,
    (p) => `${p.file} fails its sha256 check (damaged or altered)`,
  ),
  NOT_JSON: text<{ readonly file: string; readonly detail: string }>(
    (p) => `${p.file} 不是有效的 JSON：${p.detail}`,
    (p) => `${p.file} is not valid JSON: ${p.detail}`,
  ),
  BAD_INDEX: text<{ readonly field: string }>(
    (p) => `index.json 不是本插件认识的数据集索引：字段 ${p.field} 缺少或无效`,
    (p) => `index.json is not a dataset index this add-in reads: field ${p.field} is missing or invalid`,
  ),
  UNSUPPORTED_FORMAT: text<{ readonly format: string; readonly supported: number }>(
    (p) => `数据集格式 ${p.format} 不受支持（本插件读取格式 ${p.supported}），请更新插件`,
    (p) => `Dataset format ${p.format} is not supported (this add-in reads format ${p.supported}); update the add-in`,
  ),
  INVALID_DATA: text<{ readonly count: number; readonly first: Bilingual }>(
    (p) => `新数据未通过校验（${p.count} 处问题），例如：${p.first.zh}`,
    (p) => `The new data failed verification (${p.count} issues), e.g.: ${p.first.en}`,
  ),
  VERIFIER_FAILED: text<{ readonly detail: string }>(
    (p) => `无法加载数据校验模块（${p.detail}），未做任何更改`,
    (p) => `Cannot load the data verifier (${p.detail}); nothing was changed`,
  ),
  CANCELLED: text(
    () => `数据更新已取消，未做任何更改`,
    () => `The data update was cancelled; nothing was changed`,
  ),
  BUSY: text(
    () => `正在更新数据，请等这次完成后再试`,
    () => `A data update is already running; try again when it has finished`,
  ),
  STORAGE_FAILED: text<{ readonly detail: string }>(
    (p) => `无法把新数据保存到本机（${p.detail}；可能是存储空间不足），未做任何更改`,
    (p) => `Cannot keep the new data on this computer (${p.detail}; storage may be full); nothing was changed`,
  ),
  STORED_CORRUPT: text<{ readonly detail: Bilingual }>(
    (p) => `本机保存的数据已损坏（${p.detail.zh}），已丢弃，改用内置数据`,
    (p) => `The data kept on this computer was damaged (${p.detail.en}); it was discarded for the built-in data`,
  ),
  CLEAR_FAILED: text<{ readonly detail: string }>(
    (p) => `无法清除本机保存的数据（${p.detail}），仍在使用当前数据`,
    (p) => `Cannot clear the data kept on this computer (${p.detail}); the current data stays in use`,
  ),
  DOCUMENT_FAILED: text<{ readonly file: string; readonly detail: string }>(
    (p) => `无法读取原文 ${p.file}：${p.detail}`,
    (p) => `Cannot read the document ${p.file}: ${p.detail}`,
  ),

  // Adding a user's plan (导入规划): what is wrong with what was given. Nothing is stored when any of these occurs.
  IMPORT_INVALID: text<{ readonly count: number; readonly issues: Bilingual }>(
    (p) => `规划未通过校验（${p.count} 处问题）：${p.issues.zh}。未保存任何内容`,
    (p) => `The plan failed verification (${p.count} issues): ${p.issues.en}. Nothing was saved`,
  ),
  IMPORT_FILE_TYPE: text<{ readonly file: string }>(
    (p) =>
      `无法识别文件“${p.file}”的类型：请选择规划 JSON（.json，连同原文 .txt）、CSV 表格（.csv）或 Excel 工作簿（.xlsx）`,
    (p) =>
      `Cannot tell what "${p.file}" is: choose a plan JSON (.json, with its document .txt), a CSV table (.csv) or an Excel workbook (.xlsx)`,
  ),
  IMPORT_FILE_UNREADABLE: text<{ readonly file: string; readonly reason: Bilingual }>(
    (p) => `${p.file}：${p.reason.zh}`,
    (p) => `${p.file}: ${p.reason.en}`,
  ),
  IMPORT_FILE_TOO_LARGE: text<{ readonly file: string; readonly limit: number }>(
    (p) => `文件“${p.file}”超过大小上限 ${formatBytes(p.limit)}，未导入`,
    (p) => `"${p.file}" is over the size limit of ${formatBytes(p.limit)}; not imported`,
  ),
  IMPORT_TOO_MANY_FILES: text<{ readonly count: number }>(
    (p) => `一次选择了 ${p.count} 个文件：请只选一个表格，或一个规划 JSON 连同它的原文 .txt`,
    (p) => `${p.count} files chosen: choose one table, or one plan JSON with its document .txt`,
  ),
  DOCUMENT_TEXT_MISSING: text<{ readonly file: string; readonly document: string }>(
    (p) => `${p.file} 没有附原文：请同时选择它的原文文件（${p.document}），或在 JSON 中加入 documentText 字段`,
    (p) =>
      `${p.file} comes without its document: choose its text file (${p.document}) too, or add documentText to the JSON`,
  ),
  TABLE_NO_ROWS: text<{ readonly file: string }>(
    (p) => `${p.file} 中没有数据行（第1行应为表头，其下每行一条目标）`,
    (p) => `${p.file} holds no data rows (row 1 is the header, then one target per row)`,
  ),
  TABLE_COLUMNS_MISSING: text<{ readonly file: string; readonly columns: readonly string[] }>(
    (p) => `${p.file} 缺少必填列：${p.columns.join("、")}（请按模板填写第1行的表头）`,
    (p) => `${p.file} lacks required columns: ${p.columns.join(", ")} (row 1 holds the template's headers)`,
  ),
  TABLE_CELL: text<{
    readonly file: string;
    readonly row: number;
    readonly column: string;
    readonly problem: Bilingual;
  }>(
    (p) => `${p.file} 第${p.row}行“${p.column}”列：${p.problem.zh}`,
    (p) => `${p.file}, row ${p.row}, column "${p.column}": ${p.problem.en}`,
  ),
  REVIEW_FIELD: text<{ readonly item: number; readonly field: string; readonly problem: Bilingual }>(
    (p) => `第${p.item}条的“${p.field}”：${p.problem.zh}`,
    (p) => `Item ${p.item}, "${p.field}": ${p.problem.en}`,
  ),
  REGION_NOT_IN_TABLE: text<{ readonly region: string }>(
    (p) => `地区“${p.region}”不在地区表中：请选择省级地区（如“广东省”）`,
    (p) => `Region "${p.region}" is not in the region table: choose a province-level region (such as 广东省)`,
  ),
  IMPORT_TEXT_CHANGED: text(
    () => `正文在提取后有改动：请重新提取后再保存`,
    () => `The text changed after the extraction: extract again, then save`,
  ),
  REGION_MISSING: text(
    () => `请选择规划所属的地区`,
    () => `Choose the plan's region`,
  ),
  TITLE_MISSING: text(
    () => `请填写规划标题`,
    () => `Give the plan's title`,
  ),
  PERIOD_INVALID: text<{ readonly input: string }>(
    (p) => `规划期“${p.input}”无效：请写作“2021-2025”`,
    (p) => `Invalid plan period "${p.input}": write it as 2021-2025`,
  ),
  NOTHING_ACCEPTED: text(
    () => `还没有采用任何一条：请采用至少一条后再保存`,
    () => `Nothing is accepted yet: accept at least one item, then save`,
  ),
  EXTRACT_WORKER_FAILED: text<{ readonly detail: string }>(
    (p) => `后台提取失败（${p.detail}），未保存任何内容`,
    (p) => `The extraction in the background failed (${p.detail}); nothing was saved`,
  ),
  SELECTION_FAILED: text<{ readonly detail: string }>(
    (p) => `无法读取所选区域（${p.detail}）`,
    (p) => `Cannot read the selected range (${p.detail})`,
  ),
  USER_PLAN_INACTIVE: text<{ readonly plan: string; readonly reason: Bilingual }>(
    (p) => `我的规划 ${p.plan} 暂未启用：${p.reason.zh}`,
    (p) => `My plan ${p.plan} is not in use: ${p.reason.en}`,
  ),
  USER_PLAN_NOT_FOUND: text<{ readonly plan: string }>(
    (p) => `没有我的规划 ${p.plan}`,
    (p) => `No plan of yours called ${p.plan}`,
  ),
  STORED_USER_PLAN_CORRUPT: text<{ readonly plan: string; readonly detail: Bilingual }>(
    (p) => `本机保存的我的规划 ${p.plan} 已损坏（${p.detail.zh}），已丢弃`,
    (p) => `Your plan ${p.plan} kept on this computer was damaged (${p.detail.en}); it was discarded`,
  ),
} as const;

/**
 * What is wrong with one part of an import, in both languages: a cell of an imported table or a field of a reviewed
 * proposal (the `problem` of TABLE_CELL and REVIEW_FIELD), a stored user plan (the `detail` of
 * STORED_USER_PLAN_CORRUPT) or a user plan that no longer fits the data under it (the `reason` of USER_PLAN_INACTIVE).
 */
export const IMPORT_PROBLEMS = {
  EMPTY: text(
    () => `不能为空`,
    () => `must not be empty`,
  ),
  NOT_NUMBER: text<{ readonly input: string }>(
    (p) => `应为数字，收到“${p.input}”`,
    (p) => `must be a number, got "${p.input}"`,
  ),
  NOT_YEAR: text<{ readonly input: string }>(
    (p) => `应为年份（如2025，或“每年”），收到“${p.input}”`,
    (p) => `must be a year (2025, or 每年), got "${p.input}"`,
  ),
  NOT_YES_NO: text<{ readonly input: string }>(
    (p) => `应为“是”或“否”，收到“${p.input}”`,
    (p) => `must be 是 or 否, got "${p.input}"`,
  ),
  UNKNOWN_UNIT: text<{ readonly input: string }>(
    (p) => `无法识别的单位“${p.input}”`,
    (p) => `unknown unit "${p.input}"`,
  ),
  UNKNOWN_WORD: text<{ readonly input: string; readonly allowed: readonly string[] }>(
    (p) => `无法识别“${p.input}”，可填：${p.allowed.join("、")}`,
    (p) => `"${p.input}" is not one of: ${p.allowed.join(", ")}`,
  ),
  UNKNOWN_REGION: text<{ readonly input: string }>(
    (p) => `地区“${p.input}”不在地区表中`,
    (p) => `region "${p.input}" is not in the region table`,
  ),
  VALUE_NOT_IN_QUOTE: text<{ readonly shown: string }>(
    (p) => `原文中没有数值“${p.shown}”（原文须逐字写出该数值，或在“数值写法”列填写原文的写法，如“千亿级”）`,
    (p) => `the source text does not show "${p.shown}" (write the figure as the text does in the column 数值写法)`,
  ),
  RANGE_REVERSED: text(
    () => `范围上限应大于目标值`,
    () => `the range's upper end must be above the value`,
  ),
  RANGE_BOUND: text<{ readonly bound: Bilingual }>(
    (p) => `数值范围只能与“达到”或“左右”连用，不能是“${p.bound.zh}”`,
    (p) => `a range goes with "reach" or "about" only, not "${p.bound.en}"`,
  ),
  OTHER_PLAN: text<{ readonly found: string; readonly first: string; readonly row: number }>(
    (p) => `“${p.found}”与第${p.row}行的“${p.first}”不同：一个表格只能导入一个规划`,
    (p) => `"${p.found}" differs from "${p.first}" in row ${p.row}: one table imports one plan`,
  ),
  BAD_PERIOD: text<{ readonly input: string }>(
    (p) => `规划期应写作“2021-2025”，收到“${p.input}”`,
    (p) => `write the period as 2021-2025, got "${p.input}"`,
  ),
  LOST_CHARACTER: text<{ readonly input: string; readonly character: string }>(
    (p) =>
      `“${p.input}”中有“${p.character}”：文件编码可能丢失了字符（例如以 GBK 保存时无法表示的符号），请另存为“CSV UTF-8”或 .xlsx 后重新导入；原文确有问号时请写全角“？”`,
    (p) =>
      `"${p.input}" holds "${p.character}": the file's encoding may have lost characters (such as symbols GBK cannot hold); save it as "CSV UTF-8" or .xlsx and import again, and write a question mark of the text as the full-width "？"`,
  ),
  EMPTY_PATH: text<{ readonly input: string }>(
    (p) => `行业路径“${p.input}”中有空的层级`,
    (p) => `the sector path "${p.input}" has an empty level`,
  ),
  REGION_GONE: text<{ readonly region: string }>(
    (p) => `地区“${p.region}”不在当前数据的地区表中`,
    (p) => `its region "${p.region}" is not in the data's tables`,
  ),
  ID_TAKEN: text<{ readonly plan: string }>(
    (p) => `当前数据中已有规划 ${p.plan}`,
    (p) => `the data in use already has a plan ${p.plan}`,
  ),
  LINK_GONE: text<{ readonly link: string }>(
    (p) => `它引用的 ${p.link} 不在当前数据中`,
    (p) => `it links to ${p.link}, which the data in use lacks`,
  ),
  STORED_SHAPE: text<{ readonly field: string }>(
    (p) => `字段 ${p.field} 缺少或无效`,
    (p) => `field ${p.field} is missing or invalid`,
  ),
  STORED_HASH: text<{ readonly field: string }>(
    (p) => `${p.field} 的 sha256 校验不符`,
    (p) => `${p.field} fails its sha256 check`,
  ),
  NOT_JSON: text<{ readonly line: number | null; readonly column: number | null; readonly detail: string }>(
    (p) => `不是有效的 JSON${p.line === null ? `：${p.detail}` : `（第${p.line}行第${p.column}列）`}`,
    (p) => `not valid JSON${p.line === null ? "" : ` at line ${p.line}, column ${p.column}`}: ${p.detail}`,
  ),
  NOT_A_PLAN: text(
    () => `不是规划文件（应为一个 JSON 对象，字段见 seeds/plans/ 中的文件）`,
    () => `not a plan file (a JSON object, with the fields of the files in seeds/plans/)`,
  ),
  NOT_XLSX: text<{ readonly detail: string }>(
    (p) => `不是可读取的 Excel 工作簿（.xlsx）：${p.detail}`,
    (p) => `not a readable Excel workbook (.xlsx): ${p.detail}`,
  ),
  STORED_DOCUMENT: text(
    () => `原文与文件名中的校验值不符`,
    () => `the document does not match the hash in its name`,
  ),
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

/** What is wrong with one part of an import, in both languages; codes without parameters take none. */
export function importProblem<C extends ImportProblemCode>(
  code: C,
  ...params: TextArgs<(typeof IMPORT_PROBLEMS)[C]>
): Bilingual {
  const entry = IMPORT_PROBLEMS[code] as unknown as Text<TextParams<(typeof IMPORT_PROBLEMS)[C]>>;
  return inBoth(entry, (params[0] ?? {}) as TextParams<(typeof IMPORT_PROBLEMS)[C]>);
}

export type DataFaultCode = keyof typeof DATA_FAULTS;

type TextParams<T> = T extends Text<infer P> ? P : never;

/** The parameters a text takes: none, or one object. */
type TextArgs<T> = keyof TextParams<T> extends never ? [] : [TextParams<T>];

/** A data fault's text in both languages; codes without parameters take none. */
function faultText<C extends DataFaultCode>(code: C, ...params: TextArgs<(typeof DATA_FAULTS)[C]>): Bilingual {
  const entry = DATA_FAULTS[code] as unknown as Text<TextParams<(typeof DATA_FAULTS)[C]>>;
  return inBoth(entry, (params[0] ?? {}) as TextParams<(typeof DATA_FAULTS)[C]>);
}

/** A data fault: what failed, in both languages (show `fault.message[locale]`). */
export interface DataFault {
  readonly code: DataFaultCode;
  readonly message: Bilingual;
}

export function dataFault<C extends DataFaultCode>(code: C, ...params: TextArgs<(typeof DATA_FAULTS)[C]>): DataFault {
  return { code, message: faultText(code, ...params) };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
