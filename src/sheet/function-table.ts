/**
 * The PLAN.* functions, declared once: id, family, parameters, result shape, descriptions in both languages (their
 * worked examples, which only the README and the tests read, are function-examples.ts, keyed by id, so the add-in's
 * bundle does not carry them). Everything else derives from this table: functions.json and functions.zh-CN.json (the build),
 * the associations of the implementations (src/functions), the formulas code writes (formulas.ts), the formula
 * engine the tests compute with, and the README's function table (`npm run docs`).
 */
import { ok, type Result } from "../core/errors";
import {
  ARG,
  PARAMETER_FORMS,
  readArgument,
  type ArgumentName,
  type ParameterType,
  type ParameterValues,
} from "../core/input";
import type { Bilingual } from "../core/locale";
import { TARGET_COLUMNS } from "../core/present";

export type FunctionFamily = "lookup" | "list" | "growth" | "unit" | "data";

export interface ParameterSpec {
  /** The ASCII name Excel shows in an English Office (and the implementation's parameter). */
  readonly name: string;
  /** Its name in messages and in a Chinese Office: ARG's. */
  readonly arg: ArgumentName;
  /** How every front door reads it (core/input's readArgument) and how each host declares it. */
  readonly type: ParameterType;
  readonly description: Bilingual;
  readonly optional: boolean;
  /**
   * On the command line: a positional argument, or an option `--name` (the plan pin, a base, a filter). Required
   * parameters are positional; optional ones are options unless they say otherwise (the target year, typed
   * after the metric as people write it).
   */
  readonly cli: "positional" | "option";
}

export interface FunctionSpec {
  readonly id: string;
  readonly family: FunctionFamily;
  readonly description: Bilingual;
  readonly parameters: readonly ParameterSpec[];
  /** "number" and "string" are scalars; a matrix spills. */
  readonly result: { readonly type?: "number" | "string"; readonly dimensionality?: "matrix" };
}

interface ParamOptions<O extends boolean> {
  readonly optional?: O;
  readonly cli?: ParameterSpec["cli"];
}

/** A parameter declaration; its name, type and optionality stay literal types, so implementations are typed. */
function param<const N extends string, T extends ParameterType, O extends boolean = false>(
  name: N,
  arg: ArgumentName,
  type: T,
  en: string,
  zh: string,
  options: ParamOptions<O> = {},
): ParameterSpec & { readonly name: N; readonly type: T; readonly optional: O } {
  const optional = (options.optional ?? false) as O;
  const cli = options.cli ?? (optional ? "option" : "positional");
  return { name, arg, type, description: { en, zh }, optional, cli };
}

const OPTIONAL = { optional: true } as const;

/**
 * What help says of a parameter, in Excel's function wizard and the CLI's --help alike: its description, then the
 * form its type takes.
 */
export function parameterHelp(p: ParameterSpec): Bilingual {
  const form = PARAMETER_FORMS[p.type];
  if (form === null) return p.description;
  return { zh: `${p.description.zh}（${form.zh}）`, en: `${p.description.en} (${form.en})` };
}

/** The parameters functions share. */
const P = {
  region: param("region", ARG.region, "text", "Region: 内蒙古, 内蒙古自治区, Inner Mongolia…", "如“内蒙古”“河南省”"),
  sector: param(
    "sector",
    ARG.sector,
    "text",
    "Sector or path: 稀土新材料, 新材料›稀土新材料",
    "如“稀土新材料”或“新材料›稀土新材料”",
  ),
  metric: param(
    "metric",
    ARG.metric,
    "text",
    "Metric in the plan's words: 产值, 产能, 新增产能…",
    "如“产值”“产能”“新增产能”",
  ),
  year: param("year", ARG.year, "lookupYear", "Target year; default: the plan's end year", "默认为规划末年", {
    optional: true,
    cli: "positional",
  }),
  plan: param(
    "plan",
    ARG.plan,
    "plan",
    "Pin one plan: id (000, 001D), title words or seed file name",
    "规划编号、标题关键词或文件名",
    OPTIONAL,
  ),
  anyRegion: param("region", ARG.region, "text", "Region; empty for all", "留空为全部", OPTIONAL),
  anySector: param(
    "sector",
    ARG.sector,
    "text",
    "Sector or path, with the sectors below it; empty for all",
    "含其下级行业，留空为全部",
    OPTIONAL,
  ),
  anyMetric: param("metric", ARG.metric, "text", "Metric; empty for all", "留空为全部", OPTIONAL),
  anyYear: param("year", ARG.year, "lookupYear", "Year; empty for all", "留空为全部", OPTIONAL),
  current: param("current", ARG.current, "amount", "Current value, in the target's unit", "与目标值同一单位"),
  currentYear: param("current_year", ARG.currentYear, "year", "Year of the current value", "当前值所属年份"),
  rate: param("rate", ARG.rate, "rate", "Yearly growth rate", "年增长率"),
  base: param(
    "base",
    ARG.base,
    "amount",
    "Base value; default: the plan's stated baseline",
    "默认为规划给出的基期值",
    OPTIONAL,
  ),
  baseYear: param("base_year", ARG.baseYear, "year", "Year of the base value", "基期值所属年份", OPTIONAL),
} as const;

/** The arguments that pick one figure: region, sector, metric, [year], [plan]. */
const FIGURE = [P.region, P.sector, P.metric, P.year, P.plan] as const;
const BASELINE_ARGS = [P.region, P.sector, P.metric, P.plan] as const;

/** PLAN.TARGETS's header row, in words (its description and its worked example say it). */
export const targetsHeader = {
  zh: TARGET_COLUMNS.map((c) => c.label.zh).join("、"),
  en: TARGET_COLUMNS.map((c) => c.label.en).join(", "),
};

export const FUNCTION_TABLE = [
  {
    id: "TARGET",
    family: "lookup",
    description: {
      en: `The target value of a plan's figure, in the plan's unit (a percentage as a fraction: 45% → 0.45). =PLAN.TARGET("内蒙古","稀土新材料","产值",2025) → 350`,
      zh: `规划中某项指标的目标值（规划原单位；百分比按Excel的小数，45%即0.45），如 =PLAN.TARGET("内蒙古","稀土新材料","产值",2025) 返回 350`,
    },
    parameters: FIGURE,
    result: { type: "number" },
  },
  {
    id: "UNIT",
    family: "lookup",
    description: {
      en: "The unit of a target as the plan writes it: 亿元, 万吨, %.",
      zh: "目标值的单位（按规划原文），如“亿元”“万吨”“%”",
    },
    parameters: FIGURE,
    result: { type: "string" },
  },
  {
    id: "QUALIFIER",
    family: "lookup",
    description: {
      en: "The qualifier words of a target as written (力争、以上; 左右; 突破), empty when there are none.",
      zh: "目标值的限定词（如“力争、以上”“左右”“突破”），没有时为空",
    },
    parameters: FIGURE,
    result: { type: "string" },
  },
  {
    id: "SOURCE",
    family: "lookup",
    description: {
      en: "The source of a target: plan title, document, line and the verbatim sentence; other plans' differing figures too.",
      zh: "目标值的出处：规划标题、文件、行号与原文；其他规划数值不同时一并列出",
    },
    parameters: FIGURE,
    result: { type: "string" },
  },
  {
    id: "BASELINE",
    family: "lookup",
    description: {
      en: "The baseline value a plan states for a figure (the latest one; a percentage as a fraction).",
      zh: "规划中给出的基期值（取最近年份；百分比按小数）",
    },
    parameters: BASELINE_ARGS,
    result: { type: "number" },
  },
  {
    id: "BASEYEAR",
    family: "lookup",
    description: { en: "The year of the baseline a plan states for a figure.", zh: "规划中基期值的年份" },
    parameters: BASELINE_ARGS,
    result: { type: "number" },
  },
  {
    id: "TARGETS",
    family: "list",
    description: {
      en: `A spilled table of targets with a header row (${targetsHeader.en}); every argument filters.`,
      zh: `目标值列表（含表头：${targetsHeader.zh}），各参数用于筛选`,
    },
    parameters: [P.anyRegion, P.anySector, P.anyMetric, P.anyYear, P.plan],
    result: { dimensionality: "matrix" },
  },
  {
    id: "REGIONS",
    family: "list",
    description: {
      en: "The regions in the data, one per row (a source for a data-validation list).",
      zh: "数据中的地区（每行一个，可作数据验证下拉列表来源）",
    },
    parameters: [],
    result: { type: "string", dimensionality: "matrix" },
  },
  {
    id: "PLANS",
    family: "list",
    description: {
      en: "The plans' titles, one per row, optionally of one region.",
      zh: "规划标题（每行一个），可按地区筛选",
    },
    parameters: [P.anyRegion],
    result: { type: "string", dimensionality: "matrix" },
  },
  {
    id: "SECTORS",
    family: "list",
    description: {
      en: "The sector paths (新材料›稀土新材料), one per row, as accepted by PLAN.TARGET.",
      zh: "行业路径（如“新材料›稀土新材料”，每行一个），可直接用于 PLAN.TARGET",
    },
    parameters: [P.anyRegion, P.plan],
    result: { type: "string", dimensionality: "matrix" },
  },
  {
    id: "METRICS",
    family: "list",
    description: {
      en: "The metrics a sector has, one per row (targets first).",
      zh: "某行业的指标（每行一个，目标类在前）",
    },
    parameters: [P.region, P.sector, P.plan],
    result: { type: "string", dimensionality: "matrix" },
  },
  {
    id: "CAGR",
    family: "growth",
    description: {
      en: "Compound annual growth rate (end/start)^(1/years) − 1, the same as Excel's RRI(years, start, end).",
      zh: "年均复合增长率 (终值/初值)^(1/年数) − 1，与 Excel 的 RRI 相同",
    },
    parameters: [
      param("start", ARG.start, "number", "Start value (> 0)", "须大于0"),
      param("end", ARG.end, "number", "End value (≥ 0)", "不能为负数"),
      param("years", ARG.years, "number", "Number of years (> 0)", "须大于0"),
    ],
    result: { type: "number" },
  },
  {
    id: "REQUIRED_CAGR",
    family: "growth",
    description: {
      en: "The yearly growth rate needed from the current value to reach a plan's target (for a cap: the highest rate that stays under it).",
      zh: "从当前值实现规划目标所需的年均增速（上限类目标：不超过上限所允许的最高年均增速）",
    },
    parameters: [P.current, P.currentYear, ...FIGURE],
    result: { type: "number" },
  },
  {
    id: "PROJECT",
    family: "growth",
    description: {
      en: "A value grown at a rate for some years: value × (1 + rate)^years.",
      zh: "按增速推算：数值 × (1 + 增速)^年数",
    },
    parameters: [
      param("value", ARG.value, "number", "Start value", "起始值"),
      P.rate,
      param("years", ARG.years, "number", "Number of years", "推算年数"),
    ],
    result: { type: "number" },
  },
  {
    id: "YEARS_TO_TARGET",
    family: "growth",
    description: {
      en: "Years until a value growing at a rate reaches a target: ln(target/current) / ln(1 + rate).",
      zh: "按增速达到目标所需年数：ln(目标/当前)/ln(1+增速)",
    },
    parameters: [
      param("current", ARG.current, "number", "Current value (> 0)", "须大于0"),
      P.rate,
      param("target", ARG.target, "number", "Target value", "要达到的数值"),
    ],
    result: { type: "number" },
  },
  {
    id: "PROGRESS",
    family: "growth",
    description: {
      en: "Progress toward a plan's target: (current − base)/(target − base), the base being the plan's stated baseline or the one given; without one, current/target for a rising target. For a cap: the share of the cap used.",
      zh: "目标完成进度：(当前−基期)/(目标−基期)，基期为规划给出的或所填的基期值；无基期值时，上升类目标为 当前/目标；上限类目标为已用上限的比例",
    },
    parameters: [P.current, ...FIGURE, P.base],
    result: { type: "number" },
  },
  {
    id: "GAP",
    family: "growth",
    description: {
      en: "What is still to go toward a plan's target, in its direction (negative once passed); for a cap, the room left under it.",
      zh: "与目标的差距（按目标方向，超过目标时为负）；上限类目标为距上限的余量",
    },
    parameters: [P.current, ...FIGURE, P.base],
    result: { type: "number" },
  },
  {
    id: "ONTRACK",
    family: "growth",
    description: {
      en: "超前 (ahead), 正常 (on track) or 滞后 (behind) against the plan's path from the base to the target (compound for levels, straight for shares); 已实现/未实现 from the target year on; 未超上限/超出上限 for a cap. Without a base: #N/A.",
      zh: "按从基期到目标的规划路径（水平值复合增长、比重直线）判断“超前”“正常”或“滞后”；目标年份起为“已实现”或“未实现”；上限类为“未超上限”或“超出上限”；无基期值时返回 #N/A",
    },
    parameters: [P.current, P.currentYear, ...FIGURE, P.base, P.baseYear],
    result: { type: "string" },
  },
  {
    id: "CONVERT",
    family: "unit",
    description: {
      en: "Converts a value between units of one dimension: 吨 ↔ 万吨, 元 ↔ 万元 ↔ 亿元.",
      zh: "单位换算（同一量纲内）：吨↔万吨，元↔万元↔亿元",
    },
    parameters: [
      param("value", ARG.value, "number", "Value", "要换算的数"),
      param("from_unit", ARG.fromUnit, "text", "Unit of the value", "如“亿元”"),
      param("to_unit", ARG.toUnit, "text", "Unit wanted", "如“万元”"),
    ],
    result: { type: "number" },
  },
  {
    id: "DATASET",
    family: "data",
    description: {
      en: "The version of the data the functions answer from, and the day it was published: for a report's data-version line.",
      zh: "函数所用数据的版本与发布日期，可用于报告中的“数据版本”",
    },
    parameters: [],
    result: { type: "string" },
  },
] as const satisfies readonly FunctionSpec[];

export type FunctionId = (typeof FUNCTION_TABLE)[number]["id"];

export const FUNCTION_IDS: readonly FunctionId[] = FUNCTION_TABLE.map((f) => f.id);

/** Excel's namespace for the functions (manifest: <Namespace>). */
export const NAMESPACE = "PLAN";

export type SpecOf<Id extends FunctionId> = Extract<(typeof FUNCTION_TABLE)[number], { readonly id: Id }>;
type ParameterOf<Id extends FunctionId> = SpecOf<Id>["parameters"][number];

/**
 * The arguments of a function as its implementation receives them, read by their declared types: `{ region:
 * string, year: number | null, … }`. Declaring a parameter in the table is the one edit that gives it here.
 */
export type ArgumentsOf<Id extends FunctionId> = {
  readonly [P in ParameterOf<Id> as P["name"]]:
    ParameterValues[P["type"]] | (P["optional"] extends true ? null : never);
};

/** What a function's cell holds, by its declared result: a number, a text, or a spilled table. */
export type ResultOf<Id extends FunctionId> = SpecOf<Id>["result"] extends { readonly dimensionality: "matrix" }
  ? SpecOf<Id>["result"] extends { readonly type: "string" }
    ? string[][]
    : unknown[][]
  : SpecOf<Id>["result"] extends { readonly type: "number" }
    ? number
    : string;

/**
 * A function's arguments read by their declared types, from wherever a front door holds them (`given` answers each
 * parameter in order: a cell's raw arguments, a command line's positionals and options); the first that cannot be
 * read is the failure.
 */
export function readDeclared<Id extends FunctionId>(
  spec: FunctionSpec,
  given: (parameter: ParameterSpec, index: number) => unknown,
): Result<ArgumentsOf<Id>> {
  const args: Record<string, unknown> = {};
  for (let i = 0; i < spec.parameters.length; i++) {
    const p = spec.parameters[i]!;
    const read = readArgument(p.type, given(p, i), p.arg, p.optional);
    if (!read.ok) return read;
    args[p.name] = read.value;
  }
  return ok(args as ArgumentsOf<Id>);
}

export function functionSpec(id: FunctionId): FunctionSpec {
  return FUNCTION_TABLE.find((f) => f.id === id)!;
}
