/** The growth formulas and unit conversion: cagr, project, years-to-target, convert. */
import { cagr, project, yearsToTarget } from "../../core/growth";
import { convert } from "../../core/units";
import { unwrap } from "../failures";
import { functionForm, readFunctionArguments } from "../function-arguments";
import { OPTION } from "../options";
import { EXACT_DIGITS, formatFigure, formatPercent, printNumber } from "../output";
import type { CommandSpec } from "../spec";

export const cagrCommand: CommandSpec = {
  name: "cagr",
  summary: { zh: "年均复合增长率（同 Excel RRI）", en: "compound annual growth rate (= Excel RRI)" },
  details: [
    {
      zh: "(终止值 / 起始值)^(1 / 年数) − 1；起始值 > 0，终止值 ≥ 0，年数 > 0。显示为两位小数的百分比。",
      en: "(end / start)^(1 / years) − 1; start > 0, end ≥ 0, years > 0. Shown as a percentage with two decimals.",
    },
  ],
  options: [OPTION.json],
  forms: [functionForm("CAGR", ["json"])],
  run(args, context) {
    const { start, end, years } = readFunctionArguments("CAGR", args);
    const rate = unwrap(cagr(start, end, years));
    return printNumber(context, rate, formatPercent(rate));
  },
};

export const projectCommand: CommandSpec = {
  name: "project",
  summary: { zh: "按增速推算：数值 × (1 + 增长率)^年数", en: "projection: value × (1 + rate)^years" },
  details: [
    {
      zh: "增长率写作 8% 或 0.08，须大于 −100%；结果保留 6 位有效数字（JSON 为完整精度）。",
      en: "The rate as 8% or 0.08, above −100%; the result to 6 significant digits (JSON at full precision).",
    },
  ],
  options: [OPTION.json],
  forms: [functionForm("PROJECT", ["json"])],
  run(args, context) {
    const { value, rate, years } = readFunctionArguments("PROJECT", args);
    const result = unwrap(project(value, rate, years));
    return printNumber(context, result, formatFigure(result));
  },
};

export const yearsToTargetCommand: CommandSpec = {
  name: "years-to-target",
  summary: { zh: "按增速达到目标所需年数", en: "years to reach a target at a rate" },
  details: [
    {
      zh: "ln(目标值 / 当前值) / ln(1 + 增长率)；已达到目标（增速 ≥ 0 时当前值 ≥ 目标值，负增速时 ≤）为 0。",
      en: "ln(target / current) / ln(1 + rate); 0 when already reached (current ≥ target at a rate ≥ 0, ≤ at a falling rate).",
    },
  ],
  options: [OPTION.json],
  forms: [functionForm("YEARS_TO_TARGET", ["json"])],
  run(args, context) {
    const { current, rate, target } = readFunctionArguments("YEARS_TO_TARGET", args);
    const years = unwrap(yearsToTarget(current, rate, target));
    return printNumber(context, years, formatFigure(years));
  },
};

export const convertCommand: CommandSpec = {
  name: "convert",
  summary: { zh: "同一量纲内的单位换算", en: "unit conversion within one dimension" },
  details: [
    {
      zh: "吨 ↔ 万吨，元 ↔ 万元 ↔ 亿元，万千瓦 ↔ 兆瓦…；跨量纲（亿元 → 万吨）是错误。",
      en: "吨 ↔ 万吨, 元 ↔ 万元 ↔ 亿元, 万千瓦 ↔ 兆瓦…; across dimensions (亿元 → 万吨) it is an error.",
    },
  ],
  options: [OPTION.json],
  forms: [functionForm("CONVERT", ["json"])],
  run(args, context) {
    const { value, from_unit, to_unit } = readFunctionArguments("CONVERT", args);
    const result = unwrap(convert(value, from_unit, to_unit));
    return printNumber(context, result, `${formatFigure(result, EXACT_DIGITS)} ${to_unit}`);
  },
};
