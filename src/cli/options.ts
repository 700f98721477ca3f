/** The options of the command line, each declared once; the commands' table picks among them. */
import type { RecordFilter } from "../core/catalog";
import { ARG, toLookupYear } from "../core/input";
import { unwrap } from "./failures";
import type { Args, OptionSpec } from "./spec";
import { PLACEHOLDER } from "./text";

export const OPTION = {
  json: {
    name: "json",
    kind: "flag",
    help: {
      zh: '以JSON输出（数值为完整精度）；失败时标准错误输出为 {"error":{"code","message","suggestions"}}',
      en: 'print JSON (numbers at full precision); a failure prints {"error":{"code","message","suggestions"}} on stderr',
    },
  },
  plan: {
    name: "plan",
    kind: "value",
    placeholder: PLACEHOLDER.plan,
    help: {
      zh: "指定规划：编号（000、001D）、标题中的词或种子文件名",
      en: "pin a plan: its id (000, 001D), words of its title, or its seed file name",
    },
  },
  region: {
    name: "region",
    kind: "value",
    placeholder: PLACEHOLDER.region,
    help: { zh: "只列该地区的记录", en: "only this region's records" },
  },
  sector: {
    name: "sector",
    kind: "value",
    placeholder: PLACEHOLDER.sector,
    help: { zh: "只列该行业及其下级行业的记录", en: "only records of this sector and the sectors below it" },
  },
  metric: {
    name: "metric",
    kind: "value",
    placeholder: PLACEHOLDER.metric,
    help: { zh: "只列该指标的记录", en: "only records of this metric" },
  },
  year: {
    name: "year",
    kind: "value",
    placeholder: PLACEHOLDER.year,
    help: {
      zh: "只列该年份的记录（“每年”：每年重复的目标）",
      en: "only records of this year (每年: recurring targets)",
    },
  },
  kind: {
    name: "kind",
    kind: "repeatable",
    placeholder: PLACEHOLDER.kind,
    help: {
      zh: "只列这些类型：中文名（目标、上限、基期值…）或编号（target、cap…），逗号分隔或重复给出",
      en: "only these kinds: the Chinese label (目标, 上限, 基期值…) or the id (target, cap…), comma-separated or repeated",
    },
  },
  target: {
    name: "target",
    kind: "value",
    placeholder: PLACEHOLDER.target,
    help: { zh: "直接给出目标值，不查数据", en: "give the target value instead of looking it up" },
  },
  targetYear: {
    name: "target-year",
    kind: "value",
    placeholder: PLACEHOLDER.targetYear,
    help: { zh: "与 --target 一起：目标年份", en: "with --target: the target year" },
  },
  title: {
    name: "title",
    kind: "value",
    placeholder: PLACEHOLDER.title,
    help: { zh: "规划标题（默认取文本开头的标题行）", en: "the plan's title (default: the title line at the top)" },
  },
  id: {
    name: "id",
    kind: "value",
    placeholder: PLACEHOLDER.planId,
    help: {
      zh: "用户规划编号，U加三位以上数字，默认 U001",
      en: "the user plan's id, U and three or more digits; default U001",
    },
  },
  planOutput: {
    name: "output",
    short: "o",
    kind: "value",
    placeholder: PLACEHOLDER.file,
    help: { zh: "写出规划文件（JSON）及其文档", en: "write the plan file (JSON) and its document" },
  },
  output: {
    name: "output",
    short: "o",
    kind: "value",
    placeholder: PLACEHOLDER.file,
    help: { zh: "写入的工作簿（.xlsx 文件）", en: "the workbook to write (an .xlsx file)" },
  },
  planRegion: {
    name: "region",
    kind: "value",
    placeholder: PLACEHOLDER.region,
    help: { zh: "规划所属地区（替代表格或文件中的地区）", en: "the plan's region (instead of the table's or file's)" },
  },
  planTitle: {
    name: "title",
    kind: "value",
    placeholder: PLACEHOLDER.title,
    help: { zh: "规划标题（替代表格或文件中的标题）", en: "the plan's title (instead of the table's or file's)" },
  },
  importId: {
    name: "id",
    kind: "value",
    placeholder: PLACEHOLDER.planId,
    help: {
      zh: "用户规划编号，U加三位以上数字；默认为该目录中下一个空闲编号（U001、U002…）",
      en: "the user plan's id, U and three or more digits; default: the folder's next free one (U001, U002…)",
    },
  },
  seedsOutput: {
    name: "output",
    short: "o",
    kind: "value",
    placeholder: PLACEHOLDER.directory,
    help: {
      zh: "加入规划的数据目录（结构同 seeds/：plans/ 与 documents/）",
      en: "the data folder to add the plan to (laid out like seeds/: plans/ and documents/)",
    },
  },
  seeds: {
    name: "seeds",
    kind: "value",
    placeholder: PLACEHOLDER.directory,
    help: {
      zh: "校验该目录下的数据（结构同 seeds/），默认为随附的 seeds/",
      en: "check the data in this directory (laid out like seeds/); default: the bundled seeds/",
    },
  },
  data: {
    name: "data",
    kind: "value",
    placeholder: PLACEHOLDER.directory,
    help: {
      zh: "从该目录读取数据：seeds 结构或发布的 dist/datasets/（亦可设环境变量 PLAN_TARGETS_DATA）",
      en: "read the data from this folder: the seeds layout or a published dist/datasets/ (or set PLAN_TARGETS_DATA)",
    },
  },
  lang: {
    name: "lang",
    kind: "value",
    placeholder: PLACEHOLDER.language,
    help: {
      zh: "输出语言；默认中文，LANG 等为非中文区域设置时为英文",
      en: "output language; default Chinese, English when LANG etc. is a non-Chinese locale",
    },
  },
  help: {
    name: "help",
    kind: "flag",
    help: { zh: "显示说明", en: "show this help" },
  },
} as const satisfies Record<string, OptionSpec>;

/** Options every command takes, besides its own. */
/** The records that --region, --plan, --sector, --metric and --year pick (list and export). */
export function recordFilter(args: Args): RecordFilter {
  return {
    region: args.value("region"),
    plan: args.value("plan"),
    sector: args.value("sector"),
    metric: args.value("metric"),
    year: unwrap(toLookupYear(args.value("year"), ARG.year)),
  };
}

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [OPTION.data, OPTION.lang, OPTION.help];

/** Short forms after a command: -h (help) and -o (output); -V (version) before one. */
export const SHORT_OPTIONS: ReadonlyMap<string, string> = new Map([
  ["-h", "help"],
  ["-o", "output"],
]);
