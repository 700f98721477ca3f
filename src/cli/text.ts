/**
 * The CLI's own words, Chinese and English, in one table: labels, help headings, placeholders, output lines and
 * the usage errors. The core's error texts stay in src/core/errors.ts (shown with `messageFor`); the command
 * descriptions live with the commands in the command table (commands/).
 */
import { DID_YOU_MEAN } from "../core/errors";
import { ARG } from "../core/input";
import { ASSESSMENT_LABELS as ASSESSED } from "../core/labels";
import type { Bilingual } from "../core/locale";
import { bilingual, type Message } from "../core/messages";

/** A CLI message takes one object of named parameters; show it with `messageFor(text, locale, params)`. */
export type Said<P> = Message<[P]>;

function said<P = Record<never, never>>(zh: (p: P) => string, en: (p: P) => string): Said<P> {
  return bilingual(zh, en);
}

/** An assessment label inside an English line: "progress 40%", not "Progress 40%". */
const inLine = (label: Bilingual): string => label.en.charAt(0).toLowerCase() + label.en.slice(1);

/** Plain labels. */
export const LABEL = {
  error: { zh: "错误：", en: "Error: " },
  warning: { zh: "警告：", en: "Warning: " },
  usage: { zh: "用法：", en: "Usage: " },
  title: {
    zh: "plan-targets — 省级产业规划的量化目标：数值、单位与出处",
    en: "plan-targets — the quantitative targets of Chinese provincial industrial plans, with their sources",
  },
  generalUsage: { zh: "plan-targets <命令> [参数…] [选项…]", en: "plan-targets <command> [arguments…] [options…]" },
  commands: { zh: "命令：", en: "Commands:" },
  arguments: { zh: "参数：", en: "Arguments:" },
  options: { zh: "选项：", en: "Options:" },
  globalOptions: { zh: "通用选项：", en: "Options of every command:" },
  notes: { zh: "说明：", en: "Notes:" },
  moreHelp: {
    zh: "plan-targets <命令> --help 查看一个命令的说明。",
    en: "plan-targets <command> --help describes one command.",
  },
  language: {
    zh: "语言：中文；LANG、LC_ALL 或 LC_MESSAGES 为英文等非中文区域设置时用英文，--lang 可指定。",
    en: "Language: Chinese; English when LANG, LC_ALL or LC_MESSAGES is a non-Chinese locale; --lang chooses.",
  },
  allRecords: { zh: "全部记录", en: "all records" },
  exitCodes: {
    zh: "退出码：0 已回答；1 未找到、输入无效或无法写出（信息在标准错误输出）；2 用法错误。",
    en: "Exit codes: 0 answered; 1 not found, invalid input or output failed (message on stderr); 2 usage error.",
  },
} as const satisfies Record<string, Bilingual>;

/** Placeholders of arguments and option values in usage lines: `<地区>` / `<region>`. */
export const PLACEHOLDER = {
  region: { zh: ARG.region.zh, en: "region" },
  sector: { zh: ARG.sector.zh, en: "sector" },
  metric: { zh: ARG.metric.zh, en: "metric" },
  year: { zh: ARG.year.zh, en: "year" },
  plan: { zh: ARG.plan.zh, en: "plan" },
  kind: { zh: ARG.kind.zh, en: "kind" },
  target: { zh: ARG.target.zh, en: "target" },
  targetYear: { zh: "目标年份", en: "target-year" },
  directory: { zh: "目录", en: "directory" },
  title: { zh: "标题", en: "title" },
  planId: { zh: "编号", en: "id" },
  file: { zh: "文件", en: "file" },
  textFile: { zh: "文本文件", en: "text-file" },
  document: { zh: "原文文件", en: "document" },
  language: { zh: "zh|en", en: "zh|en" },
} as const satisfies Record<string, Bilingual>;

/** Usage errors (exit 2). */
export const USAGE = {
  outNeedsRegion: said<Record<never, never>>(
    () => "写出规划文件需要 --region（规划所属地区）",
    () => "writing a plan file needs --region (the plan's region)",
  ),
  userPlanId: said<{ input: string }>(
    (p) => `用户规划编号“${p.input}”应为 U 加三位以上数字，如 U001`,
    (p) => `a user plan id "${p.input}" is U and three or more digits, such as U001`,
  ),
  idTaken: said<{ id: string; folder: string }>(
    (p) => `编号 ${p.id} 在 ${p.folder} 中已有规划：请换一个 --id，或不给 --id 使用下一个空闲编号`,
    (p) => `${p.folder} already holds a plan ${p.id}: choose another --id, or leave it out for the next free one`,
  ),
  importText: said<{ file: string }>(
    (p) => `“${p.file}”是规划文本：请先用 plan-targets extract 提取并复核，再导入其规划文件`,
    (p) =>
      `"${p.file}" is a plan's text: propose its records with plan-targets extract first, then import the plan file`,
  ),
  unknownCommand: said<{ name: string; suggestions: readonly string[] }>(
    (p) => `未知命令“${p.name}”${DID_YOU_MEAN.zh(p.suggestions)}`,
    (p) => `Unknown command "${p.name}"${DID_YOU_MEAN.en(p.suggestions)}`,
  ),
  unknownOption: said<{ option: string; suggestions: readonly string[] }>(
    (p) => `未知选项“${p.option}”${DID_YOU_MEAN.zh(p.suggestions)}`,
    (p) => `Unknown option "${p.option}"${DID_YOU_MEAN.en(p.suggestions)}`,
  ),
  missingValue: said<{ option: string }>(
    (p) => `选项${p.option}缺少值`,
    (p) => `Option ${p.option} needs a value`,
  ),
  flagWithValue: said<{ option: string }>(
    (p) => `选项${p.option}不带值`,
    (p) => `Option ${p.option} takes no value`,
  ),
  repeatedOption: said<{ option: string }>(
    (p) => `选项${p.option}只能给一次`,
    (p) => `Option ${p.option} may be given only once`,
  ),
  optionNotHere: said<{ option: string; usage: string }>(
    (p) => `选项${p.option}只用于：${p.usage}`,
    (p) => `Option ${p.option} only goes with: ${p.usage}`,
  ),
  missingOption: said<{ option: string }>(
    (p) => `缺少选项${p.option}`,
    (p) => `Option ${p.option} is required here`,
  ),
  missingArgument: said<{ name: string }>(
    (p) => `缺少参数<${p.name}>`,
    (p) => `Missing argument <${p.name}>`,
  ),
  surplusArgument: said<{ word: string; count: number }>(
    (p) => `多余的参数“${p.word}”${p.count > 1 ? `等${p.count}个` : ""}`,
    (p) => `Surplus argument "${p.word}"${p.count > 1 ? ` and ${p.count - 1} more` : ""}`,
  ),
  usePlanOption: said<{ word: string }>(
    (p) => `；如要指定规划，请用 --plan ${p.word}`,
    (p) => `; to pin a plan, use --plan ${p.word}`,
  ),
  badLanguage: said<{ value: string }>(
    (p) => `--lang 只能是 zh 或 en，收到“${p.value}”`,
    (p) => `--lang takes zh or en, got "${p.value}"`,
  ),
  unknownKind: said<{ input: string; kinds: readonly Bilingual[]; ids: readonly string[] }>(
    (p) => `未知类型“${p.input}”；可选：${p.kinds.map((k, i) => `${k.zh}（${p.ids[i]}）`).join("、")}`,
    (p) => `Unknown kind "${p.input}"; kinds: ${p.kinds.map((k, i) => `${p.ids[i]} (${k.zh})`).join(", ")}`,
  ),
  notXlsx: said<{ path: string }>(
    (p) => `输出文件须以 .xlsx 结尾，收到“${p.path}”`,
    (p) => `The output file must end in .xlsx, got "${p.path}"`,
  ),
  seeHelp: said<{ command: string }>(
    (p) => `（plan-targets ${p.command} --help 查看说明）`,
    (p) => `(plan-targets ${p.command} --help for details)`,
  ),
} as const;

/** Failures that are not the user's input (exit 1). */
export const FAILURE = {
  writeFailed: said<{ detail: string }>(
    (p) => `无法写出输出：${p.detail}`,
    (p) => `Cannot write the output: ${p.detail}`,
  ),
  internal: said<{ detail: string }>(
    (p) => `内部错误：${p.detail}`,
    (p) => `Internal error: ${p.detail}`,
  ),
} as const;

/** Why a file could not be written, naming what the user gave (never the writer's own `.partial` file). */
export const WRITE_REASON = {
  missingFolder: said<{ folder: string }>(
    (p) => `文件夹不存在：${p.folder}`,
    (p) => `the folder does not exist: ${p.folder}`,
  ),
  notFolder: said<{ folder: string }>(
    (p) => `${p.folder} 不是文件夹`,
    (p) => `${p.folder} is not a folder`,
  ),
  isFolder: said<{ path: string }>(
    (p) => `${p.path} 是一个文件夹`,
    (p) => `${p.path} is a folder`,
  ),
  denied: said<{ path: string }>(
    (p) => `没有写入 ${p.path} 的权限`,
    (p) => `no permission to write ${p.path}`,
  ),
  full: said<{ path: string }>(
    (p) => `磁盘已满，无法写入 ${p.path}`,
    (p) => `the disk is full: ${p.path}`,
  ),
  other: said<{ path: string; code: string }>(
    (p) => `写入 ${p.path} 失败（${p.code}）`,
    (p) => `writing ${p.path} failed (${p.code})`,
  ),
} as const;

/** Lines the commands print. */
export const OUTPUT = {
  year: said<{ year: string | number }>(
    (p) => (typeof p.year === "number" ? `${p.year}年` : p.year),
    (p) => String(p.year),
  ),
  plan: said<{ id: string; title: string }>(
    (p) => `规划：${p.id} ${p.title}`,
    (p) => `Plan: ${p.id} ${p.title}`,
  ),
  source: said<{ citation: string }>(
    (p) => `${ASSESSED.source.zh}：${p.citation}`,
    (p) => `${ASSESSED.source.en}: ${p.citation}`,
  ),
  differs: said<{ id: string; title: string; value: string; citation: string }>(
    (p) => `注意：${p.id} ${p.title} 的表述不同：${p.value}（${p.citation}）`,
    (p) => `Note: ${p.id} ${p.title} states it differently: ${p.value} (${p.citation})`,
  ),
  combined: said<{ id: string; title: string; value: string; citation: string }>(
    (p) => `另：${p.id} ${p.title} 合并表述为 ${p.value}（${p.citation}）`,
    (p) => `Also: ${p.id} ${p.title} states it within ${p.value} (${p.citation})`,
  ),
  unrestated: said<{ title: string; text: string }>(
    (p) => `注意：${p.text}（${p.title}）`,
    (p) => `Note: ${p.text} (${p.title})`,
  ),
  count: said<{ count: number }>(
    (p) => `共 ${p.count} 条`,
    (p) => `${p.count} record${p.count === 1 ? "" : "s"}`,
  ),
  requiredRate: said<{ rate: string; from: number; to: number; current: string; target: string }>(
    (p) => `${p.rate}（${p.from}→${p.to}，${p.current}→${p.target}）`,
    (p) => `${p.rate} (${p.from}→${p.to}, ${p.current}→${p.target})`,
  ),
  status: said<{ status: string | null; reason: string | null }>(
    (p) => `${ASSESSED.status.zh}：${p.status ?? `无法判断——${p.reason}`}`,
    (p) => `${ASSESSED.status.en}: ${p.status ?? `cannot say — ${p.reason}`}`,
  ),
  figures: said<{ progress: string | null; elapsed: string | null; gap: string; required: string | null }>(
    (p) =>
      [
        p.progress && `${ASSESSED.progress.zh} ${p.progress}`,
        p.elapsed && `${ASSESSED.elapsed.zh} ${p.elapsed}`,
        `${ASSESSED.gap.zh} ${p.gap}`,
        p.required && `${ASSESSED.requiredCagr.zh} ${p.required}`,
      ]
        .filter(Boolean)
        .join("；"),
    (p) =>
      [
        p.progress && `${inLine(ASSESSED.progress)} ${p.progress}`,
        p.elapsed && `${inLine(ASSESSED.elapsed)} ${p.elapsed}`,
        `${inLine(ASSESSED.gap)} ${p.gap}`,
        p.required && `${inLine(ASSESSED.requiredCagr)} ${p.required}`,
      ]
        .filter(Boolean)
        .join("; "),
  ),
  basis: said<{ target: string; targetYear: number; base: string | null; baseYear: number | null; given: boolean }>(
    (p) =>
      `目标 ${p.target}（${p.targetYear}年）；` +
      (p.base === null
        ? "规划未给出基期值（可用 --base 与 --base-year 给出）"
        : `基期 ${p.base}（${p.baseYear ?? "?"}年，${p.given ? "所给" : "规划给出"}）`),
    (p) =>
      `target ${p.target} (${p.targetYear}); ` +
      (p.base === null
        ? "the plan states no baseline (give one with --base and --base-year)"
        : `base ${p.base} (${p.baseYear ?? "?"}, ${p.given ? "given" : "the plan's"})`),
  ),
  path: said<{ compound: boolean; rate: string; year: number; expected: string }>(
    (p) =>
      `规划路径：${p.compound ? `复合增长，年均 ${p.rate}` : `直线，每年 ${p.rate}`}；${p.year}年应达 ${p.expected}`,
    (p) =>
      `the plan's path: ${p.compound ? `compound, ${p.rate} a year` : `straight, ${p.rate} a year`}; ${p.expected} due in ${p.year}`,
  ),
  requiredCagr: said<{ rate: string }>(
    (p) => `${ASSESSED.requiredCagr.zh} ${p.rate}`,
    (p) => `${ASSESSED.requiredCagr.en} ${p.rate}`,
  ),
  unclaimed: said<{ document: string; line: number; text: string }>(
    (p) => `${p.document}:${p.line} 未归属的数字“${p.text}”`,
    (p) => `${p.document}:${p.line} unclaimed number "${p.text}"`,
  ),
  proposals: said<{ count: number; encoding: string }>(
    (p) => `共 ${p.count} 条建议（文本编码 ${p.encoding}）；请逐条复核，用 --output 写出规划文件`,
    (p) => `${p.count} proposals (text encoding ${p.encoding}); review each, write a plan file with --output`,
  ),
  extracted: said<{ count: number; plan: string; document: string }>(
    (p) => `已写出规划文件 ${p.plan}（${p.count} 条记录）与文档 ${p.document}`,
    (p) => `wrote the plan file ${p.plan} (${p.count} records) and the document ${p.document}`,
  ),
  imported: said<{ id: string; records: number; setAside: number; plan: string; document: string }>(
    (p) =>
      `已导入规划 ${p.id}（${p.records} 条记录，${p.setAside} 个未归属的数字列为待复核的排除项）：${p.plan}，文档 ${p.document}`,
    (p) =>
      `imported the plan ${p.id} (${p.records} records, ${p.setAside} unclaimed numbers set aside as exclusions to review): ${p.plan}, document ${p.document}`,
  ),
  exported: said<{ path: string; records: number; targets: number; leftOut: number }>(
    (p) =>
      `已导出 ${p.records} 条记录到 ${p.path}：记录、监测（${p.targets} 个目标${p.leftOut > 0 ? `，另有 ${p.leftOut} 条非水平目标只在记录表中` : ""}）、说明`,
    (p) =>
      `Exported ${p.records} record${p.records === 1 ? "" : "s"} to ${p.path}: records, monitoring (${p.targets} target${p.targets === 1 ? "" : "s"}${p.leftOut > 0 ? `; ${p.leftOut} records that are not level targets are in the records sheet only` : ""}), notes`,
  ),
  checked: said<{ plans: number; records: number; unclaimed: number; version: string }>(
    (p) => `${p.plans} 个规划，${p.records} 条记录，${p.unclaimed} 处未归属数字（数据版本 ${p.version}）`,
    (p) => `${p.plans} plans, ${p.records} records, ${p.unclaimed} unclaimed numbers (data version ${p.version})`,
  ),
} as const;

/** The columns of `list`'s table. */
export const LIST_COLUMNS: readonly Bilingual[] = [
  { zh: "编号", en: "ID" },
  { zh: "规划", en: "Plan" },
  { zh: "行业", en: "Sector" },
  { zh: "指标", en: "Metric" },
  { zh: "类型", en: "Kind" },
  { zh: "年份", en: "Year" },
  { zh: "数值", en: "Value" },
  { zh: "限定", en: "Qualifier" },
  ASSESSED.source,
];

/** The columns of `extract`'s table of proposals. */
export const EXTRACT_COLUMNS: readonly Bilingual[] = [
  { zh: "行", en: "Line" },
  { zh: "类型", en: "Kind" },
  { zh: "行业", en: "Sector" },
  { zh: "指标", en: "Metric" },
  { zh: "年份", en: "Year" },
  { zh: "数值", en: "Value" },
  { zh: "限定", en: "Qualifier" },
  { zh: "原文", en: "Quote" },
];
