/**
 * Every issue the dataset checks report, in one table: each code declares its parameters and its text in
 * Chinese and English, and `formatIssue(issue, locale)` is the one way to show an issue. Schema issues carry
 * zod's own message in both languages (schema-issues.ts, with the validator); this module loads no zod, so the
 * add-in's start path (snapshot.ts) reports its integrity issues through it too.
 */
import type { Bilingual, Locale } from "../core/locale";
import { bilingual, byLanguage, inBoth, messageFor, type Message } from "../core/messages";

type IssueText<P> = Message<[P]>;

function text<P = Record<never, never>>(zh: (p: P) => string, en: (p: P) => string): IssueText<P> {
  return bilingual(zh, en);
}

type At = { readonly line: number | null; readonly column: number | null };
const at = {
  zh: (p: At): string => (p.line === null ? "" : `（第${p.line}行第${p.column}列）`),
  en: (p: At): string => (p.line === null ? "" : ` at line ${p.line}, column ${p.column}`),
};

export const ISSUE_TEXTS = {
  /** A schema rule (zod), its message already in both languages. */
  SCHEMA: text<Bilingual>(
    (p) => p.zh,
    (p) => p.en,
  ),
  /** zod says "expected string, received undefined" for a field that is not there: say it plainly. */
  FIELD_MISSING: text<{ readonly expected: string }>(
    (p) => `缺少该字段（应为${p.expected}）`,
    (p) => `the field is missing (expected ${p.expected})`,
  ),
  ID_PLAN_PREFIX: text<{ readonly plan: string }>(
    (p) => `记录编号须以规划编号${p.plan}开头`,
    (p) => `id must start with the plan id ${p.plan}`,
  ),
  ID_LINE: text<{ readonly line: number }>(
    (p) => `记录编号须带行号：L${p.line}`,
    (p) => `id must carry the line: L${p.line}`,
  ),
  LINE_OUTSIDE_PLAN: text<{ readonly line: number; readonly from: number; readonly to: number }>(
    (p) => `第${p.line}行不在规划的行范围${p.from}–${p.to}内`,
    (p) => `line ${p.line} is outside the plan's lines ${p.from}–${p.to}`,
  ),
  LINE_MISSING: text<{ readonly line: number; readonly document: string }>(
    (p) => `文档${p.document}没有第${p.line}行`,
    (p) => `line ${p.line} does not exist in ${p.document}`,
  ),
  QUOTE_NOT_ON_LINE: text<{ readonly line: number; readonly quote: string }>(
    (p) => `引文不在第${p.line}行原文中：“${p.quote}”`,
    (p) => `quote is not verbatim on line ${p.line}: "${p.quote}"`,
  ),
  QUOTE_WITHOUT_VALUE: text<{ readonly shown: string }>(
    (p) => `引文不含数值文字“${p.shown}”`,
    (p) => `quote does not contain the value text "${p.shown}"`,
  ),
  UNKNOWN_UNIT: text<{ readonly unit: string }>(
    (p) => `未知单位“${p.unit}”（请在 src/core/units.ts 中添加）`,
    (p) => `unknown unit "${p.unit}" (add it to src/core/units.ts)`,
  ),
  RANGE_BOUND: text<{ readonly bound: string }>(
    (p) => `数值范围（valueMax）的 bound 只能是 eq 或 approx，不能是 ${p.bound}`,
    (p) => `a range (valueMax) takes bound eq or approx, not ${p.bound}`,
  ),
  PLAN_ID_TWICE: text<{ readonly plan: string }>(
    (p) => `规划编号${p.plan}重复使用`,
    (p) => `plan id ${p.plan} is used twice`,
  ),
  REGION_UNKNOWN: text<{ readonly region: string }>(
    (p) => `地区“${p.region}”不在 regions.json 中`,
    (p) => `region "${p.region}" is not in regions.json`,
  ),
  DOCUMENT_MISSING: text<{ readonly document: string }>(
    (p) => `没有文档${p.document}`,
    (p) => `no document ${p.document}`,
  ),
  PERIOD_REVERSED: text(
    () => "规划期的起始年晚于结束年",
    () => "period starts after it ends",
  ),
  RECORD_ID_TWICE: text(
    () => "记录编号重复使用",
    () => "record id is used twice",
  ),
  EXCLUSION_STALE: text<{ readonly text: string }>(
    (p) => `排除项文字与该行原文不再一致：“${p.text}”`,
    (p) => `exclusion text no longer matches the line: "${p.text}"`,
  ),
  PLAN_MISSING: text<{ readonly plan: string }>(
    (p) => `没有规划${p.plan}`,
    (p) => `no plan ${p.plan}`,
  ),
  RECORD_MISSING: text<{ readonly record: string }>(
    (p) => `没有记录${p.record}`,
    (p) => `no record ${p.record}`,
  ),
  /** Each region is published and verified as a shard of its own: a link must stay inside its region. */
  LINK_ACROSS_REGIONS: text<{ readonly link: string; readonly region: string }>(
    (p) => `链接的${p.link}属于另一地区（${p.region}）：数据按地区分片发布，链接须在同一地区内`,
    (p) =>
      `${p.link} belongs to another region (${p.region}): the data is published a shard per region, so links stay inside one`,
  ),
  /** Reading the files (src/node/seeds.ts): a file that is not JSON, with V8's own detail in English. */
  INVALID_JSON: text<At & { readonly detail: string }>(
    (p) => `不是有效的JSON${at.zh(p)}${p.line === null ? `：${p.detail}` : ""}`,
    (p) => `is not valid JSON${at.en(p)}: ${p.detail}`,
  ),
  BOM_STRIPPED: text(
    () => "文件以字节顺序标记（BOM）开头，已忽略；请另存为无BOM的UTF-8",
    () => "starts with a byte order mark (BOM), ignored; save it as UTF-8 without a BOM",
  ),
  EMPTY_DATASET: text(
    () => "数据集中没有任何规划记录：不替换现有数据",
    () => "the dataset holds no plan records: the data in use is kept",
  ),
  MALFORMED: text<{ readonly detail: string }>(
    (p) => `数据格式无法读取：${p.detail}`,
    (p) => `the data cannot be read: ${p.detail}`,
  ),
  UNREADABLE: text<{ readonly detail: string }>(
    (p) => `无法读取：${p.detail}`,
    (p) => `cannot be read: ${p.detail}`,
  ),
  FILE_MISSING: text(
    () => "文件不存在",
    () => "the file is missing",
  ),
  /** The build's completeness scan: a number in a document that no record or exclusion claims. */
  UNCLAIMED: text<{ readonly line: number; readonly mention: string; readonly context: string }>(
    (p) => `第${p.line}行的“${p.mention}”没有被任何记录或排除项认领：…${p.context}…`,
    (p) => `line ${p.line}: "${p.mention}" is claimed by no record or exclusion: …${p.context}…`,
  ),
  /** The build's curation check (src/core/curation.ts), whose messages are Chinese. */
  CURATION: text<{ readonly zh: string }>(
    (p) => p.zh,
    (p) => p.zh,
  ),
  /** A compiled file that does not say what its index says (plan id, record count). */
  INDEX_MISMATCH: text<{ readonly what: Bilingual; readonly expected: string; readonly actual: string }>(
    (p) => `${p.what.zh}与 index.json 不符：应为 ${p.expected}，实为 ${p.actual}`,
    (p) => `${p.what.en} does not match index.json: expected ${p.expected}, found ${p.actual}`,
  ),
  /** A downloaded plan file that lacks fields the build always writes (it was not compiled). */
  NOT_COMPILED: text<{ readonly field: string }>(
    (p) =>
      `文件不是构建生成的完整格式（${p.field} 与默认值补全后不同）：请用 npm run build 或 npm run publish:data 发布`,
    (p) =>
      `the file is not in compiled form (${p.field} differs once defaults are filled in): publish it with npm run build or npm run publish:data`,
  ),
  BAD_SHAPE: text<{ readonly field: string }>(
    (p) => `字段 ${p.field} 缺少或类型不对`,
    (p) => `field ${p.field} is missing or has the wrong type`,
  ),
  HASH_MISMATCH: text<{ readonly expected: string; readonly actual: string }>(
    (p) => `sha256 校验不符：应为 ${p.expected.slice(0, 12)}…，实为 ${p.actual.slice(0, 12)}…`,
    (p) => `sha256 mismatch: expected ${p.expected.slice(0, 12)}…, found ${p.actual.slice(0, 12)}…`,
  ),
  NOT_A_DATASET: text(
    () => "不是数据集文件夹：既没有 index.json（已发布的数据集），也没有 regions.json 与 plans/（seeds 布局）",
    () => "not a dataset folder: neither index.json (a published dataset) nor regions.json and plans/ (seeds layout)",
  ),
} as const;

export type IssueCode = keyof typeof ISSUE_TEXTS;
export type IssueParams<C extends IssueCode> = (typeof ISSUE_TEXTS)[C] extends IssueText<infer P> ? P : never;

/** One thing wrong with the data, naming the file, the record and the field. */
export interface DatasetIssue {
  readonly file: string;
  readonly record: string | null;
  readonly field: string | null;
  readonly code: IssueCode;
  /** The text in both languages; show it with `formatIssue`. */
  readonly message: Bilingual;
}

export interface IssuePlace {
  readonly file: string;
  readonly record?: string | null;
  readonly field?: string | null;
}

/** An issue at `place` with the table's text for `code`; codes without parameters take none. */
export function datasetIssue<C extends IssueCode>(
  code: C,
  place: IssuePlace,
  ...params: keyof IssueParams<C> extends never ? [] : [IssueParams<C>]
): DatasetIssue {
  const entry = ISSUE_TEXTS[code] as unknown as IssueText<IssueParams<C>>;
  const p = (params[0] ?? {}) as IssueParams<C>;
  return {
    file: place.file,
    record: place.record ?? null,
    field: place.field ?? null,
    code,
    message: inBoth(entry, p),
  };
}

/** The words around an issue's text: where it is. */
export const ISSUE_PLACE_TEXT = {
  record: bilingual(
    (id: string) => `记录 ${id}`,
    (id) => `record ${id}`,
  ),
  field: bilingual(
    (f: string) => `字段 ${f}`,
    (f) => `field ${f}`,
  ),
  join: { zh: "，", en: ", " },
  colon: { zh: "：", en: ": " },
};
const PLACE = byLanguage(ISSUE_PLACE_TEXT);

/** `002.json，记录 002-L17-1，字段 quote：引文不在第17行原文中：“…”` (or in English). */
export function formatIssue(issue: DatasetIssue, locale: Locale): string {
  const words = PLACE[locale];
  const where = [issue.file, issue.record && words.record(issue.record), issue.field && words.field(issue.field)]
    .filter(Boolean)
    .join(words.join);
  return `${where}${words.colon}${messageFor(issue, locale)}`;
}
