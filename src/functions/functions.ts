/**
 * The PLAN.* custom functions. Their JSDoc is the metadata: custom-functions-metadata-plugin generates
 * functions.json from it (and appends the CustomFunctions.associate calls), build/localize-metadata.cjs splits
 * each "English | 中文" text into functions.json and functions.zh-CN.json.
 *
 * Every function is synchronous over the in-memory catalogue (no network, no #BUSY!, not volatile).
 * Parameters are typed `unknown`: a cell may hold a number, text ("2025年", "８%"), or nothing; optional
 * arguments arrive as null. src/core/input.ts coerces them, the same way for the CLI.
 */
import { assess, levelOf } from "../core/assess";
import type { Entry, SectorNode, TargetAnswer, TargetQuery } from "../core/catalog";
import { cagr, gap, progress, project, requiredCagr, yearsToTarget } from "../core/growth";
import { fail } from "../core/errors";
import { ARG, toNumber, toOptionalText, toOptionalYear, toText, toYear } from "../core/input";
import { LOOKUP_KINDS } from "../core/schema";
import { convert } from "../core/units";
import { formatValue, sourceCitation } from "../core/view";
import { cell, need, row } from "./excel";
import { liveStore } from "./live";

function catalog() {
  return liveStore().catalog;
}

function targetQuery(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetQuery {
  return {
    region: need(toText(region, ARG.region)),
    sector: need(toText(sector, ARG.sector)),
    metric: need(toText(metric, ARG.metric)),
    year: need(toOptionalYear(year, ARG.year)),
    plan: need(toOptionalText(plan, ARG.plan)),
  };
}

function answer(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetAnswer {
  return need(catalog().target(targetQuery(region, sector, metric, year, plan)));
}

function baselineEntry(region: unknown, sector: unknown, metric: unknown, plan: unknown): Entry {
  return need(catalog().baseline(targetQuery(region, sector, metric, null, plan)));
}

/** 《title》(000) 000_….txt 第17行：“…”; plus the differing figures of other plans. */
function citationText(answer: TargetAnswer): string {
  const { entry } = answer;
  const base = sourceCitation(entry);
  const others = answer.others.map((o) => `${o.plan.id}为${formatValue(o)}（第${o.record.line}行）`);
  return others.length > 0 ? `${base}；另有规划给出不同数值：${others.join("；")}` : base;
}

/** A one-column spill; an empty list is #N/A rather than an empty array (Excel cannot show one). */
function column(values: readonly string[], what: { what: string; whatEn: string }): string[][] {
  if (values.length === 0) need(fail("NOTHING_MATCHES", what));
  return values.map((v) => [v]);
}

const LISTED = {
  targets: { what: "目标", whatEn: "target" },
  regions: { what: "地区", whatEn: "region" },
  plans: { what: "规划", whatEn: "plan" },
  sectors: { what: "行业", whatEn: "sector" },
  metrics: { what: "指标", whatEn: "metric" },
} as const;

/**
 * The target value of a plan's figure, in the plan's unit. =PLAN.TARGET("内蒙古","稀土新材料","产值",2025) → 350 | 规划中某项指标的目标值（规划原单位），如 =PLAN.TARGET("内蒙古","稀土新材料","产值",2025) 返回 350
 * @customfunction TARGET
 * @param region Region: 内蒙古, 内蒙古自治区, Inner Mongolia… | 地区：如“内蒙古”“河南省”
 * @param sector Sector or path: 稀土新材料, 新材料›稀土新材料 | 行业：如“稀土新材料”或“新材料›稀土新材料”
 * @param metric Metric in the plan's words: 产值, 产能, 新增产能… | 指标：如“产值”“产能”“新增产能”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan: id (000, 001D), title words or seed file name | 规划：规划编号、标题关键词或文件名
 * @returns The target value.
 */
export function target(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): number {
  return cell(() => answer(region, sector, metric, year, plan).entry.record.value);
}

/**
 * The unit of a target as the plan writes it: 亿元, 万吨, %. | 目标值的单位（按规划原文），如“亿元”“万吨”“%”
 * @customfunction UNIT
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The unit.
 */
export function unit(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => answer(region, sector, metric, year, plan).entry.record.unit);
}

/**
 * The qualifier words of a target as written (力争、以上; 左右; 突破), empty when there are none. | 目标值的限定词（如“力争、以上”“左右”“突破”），没有时为空
 * @customfunction QUALIFIER
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The qualifier words.
 */
export function qualifier(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => answer(region, sector, metric, year, plan).entry.record.qualifiers.join("、"));
}

/**
 * The source of a target: plan title, document, line and the verbatim sentence; other plans' differing figures too. | 目标值的出处：规划标题、文件、行号与原文；其他规划数值不同时一并列出
 * @customfunction SOURCE
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The citation.
 */
export function source(region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => citationText(answer(region, sector, metric, year, plan)));
}

/**
 * The baseline value a plan states for a figure (the latest one). | 规划中给出的基期值（取最近年份）
 * @customfunction BASELINE
 * @param region Region | 地区：如“河南”
 * @param sector Sector or path | 行业：如“新型材料业”
 * @param metric Metric | 指标：如“主营业务收入”
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The baseline value.
 */
export function baseline(region: unknown, sector: unknown, metric: unknown, plan?: unknown): number {
  return cell(() => baselineEntry(region, sector, metric, plan).record.value);
}

/**
 * The year of the baseline a plan states for a figure. | 规划中基期值的年份
 * @customfunction BASEYEAR
 * @param region Region | 地区：如“河南”
 * @param sector Sector or path | 行业：如“新型材料业”
 * @param metric Metric | 指标：如“主营业务收入”
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The baseline year.
 */
export function baseyear(region: unknown, sector: unknown, metric: unknown, plan?: unknown): number {
  // catalog.baseline() only returns baselines with a year.
  return cell(() => baselineEntry(region, sector, metric, plan).record.year as number);
}

export const TARGETS_HEADER = ["地区", "规划", "行业", "指标", "年份", "目标值", "上限", "单位", "限定", "出处"] as const;

/**
 * A spilled table of targets with a header row (地区, 规划, 行业, 指标, 年份, 目标值, 上限, 单位, 限定, 出处); every argument filters. | 目标值列表（含表头：地区、规划、行业、指标、年份、目标值、上限、单位、限定、出处），各参数用于筛选
 * @customfunction TARGETS
 * @param [region] Region | 地区：如“内蒙古”，留空为全部
 * @param [sector] Sector or path; includes the sectors below it | 行业：含其下级行业，留空为全部
 * @param [metric] Metric | 指标：留空为全部
 * @param [year] Year | 年份：留空为全部
 * @param [plan] Plan | 规划：规划编号、标题关键词或文件名
 * @returns The table.
 */
export function targets(region?: unknown, sector?: unknown, metric?: unknown, year?: unknown, plan?: unknown): unknown[][] {
  return cell(() => {
    const entries = need(
      catalog().list({
        region: need(toOptionalText(region, ARG.region)),
        sector: need(toOptionalText(sector, ARG.sector)),
        metric: need(toOptionalText(metric, ARG.metric)),
        year: need(toOptionalYear(year, ARG.year)),
        plan: need(toOptionalText(plan, ARG.plan)),
        kinds: LOOKUP_KINDS,
      }),
    );
    const rows = entries.map((e) =>
      row(TARGETS_HEADER.length, () => [
        e.region.name,
        e.plan.title,
        e.sectorLabel,
        e.metricLabel,
        e.record.year ?? "每年",
        e.record.value,
        e.record.valueMax ?? "",
        e.record.unit,
        e.record.qualifiers.join("、"),
        `${e.plan.document} 第${e.record.line}行`,
      ]),
    );
    if (rows.length === 0) need(fail("NOTHING_MATCHES", LISTED.targets));
    return [[...TARGETS_HEADER], ...rows];
  });
}

/**
 * The regions in the data, one per row (a source for a data-validation list). | 数据中的地区（每行一个，可作数据验证下拉列表来源）
 * @customfunction REGIONS
 * @returns The regions.
 */
export function regions(): string[][] {
  return cell(() => column(catalog().regions.filter((r) => catalog().plans(r).length > 0).map((r) => r.name), LISTED.regions));
}

/**
 * The plans' titles, one per row, optionally of one region. | 规划标题（每行一个），可按地区筛选
 * @customfunction PLANS
 * @param [region] Region | 地区：留空为全部
 * @returns The plan titles.
 */
export function plans(region?: unknown): string[][] {
  return cell(() => {
    const name = need(toOptionalText(region, ARG.region));
    const resolved = name === null ? null : need(catalog().resolveRegion(name));
    return column(catalog().plans(resolved).map((p) => p.title), LISTED.plans);
  });
}

/**
 * The sector paths (新材料›稀土新材料), one per row, as accepted by PLAN.TARGET. | 行业路径（如“新材料›稀土新材料”，每行一个），可直接用于 PLAN.TARGET
 * @customfunction SECTORS
 * @param [region] Region | 地区：留空为全部
 * @param [plan] Plan | 规划：规划编号、标题关键词或文件名
 * @returns The sector paths.
 */
export function sectors(region?: unknown, plan?: unknown): string[][] {
  return cell(() => {
    const tree = need(
      catalog().sectorTree({ region: need(toOptionalText(region, ARG.region)), plan: need(toOptionalText(plan, ARG.plan)) }),
    );
    const labels: string[] = [];
    const walk = (nodes: readonly SectorNode[]): void => {
      for (const node of nodes) {
        labels.push(node.label);
        walk(node.children);
      }
    };
    walk(tree);
    return column([...new Set(labels)], LISTED.sectors);
  });
}

/**
 * The metrics a sector has, one per row (targets first). | 某行业的指标（每行一个，目标类在前）
 * @customfunction METRICS
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param [plan] Plan | 规划：规划编号、标题关键词或文件名
 * @returns The metrics.
 */
export function metrics(region: unknown, sector: unknown, plan?: unknown): string[][] {
  return cell(() =>
    column(
      need(catalog().metrics(need(toText(region, ARG.region)), need(toText(sector, ARG.sector)), need(toOptionalText(plan, ARG.plan)))),
      LISTED.metrics,
    ),
  );
}

/**
 * Compound annual growth rate (end/start)^(1/years) − 1, the same as Excel's RRI(years, start, end). | 年均复合增长率 (终值/初值)^(1/年数) − 1，与 Excel 的 RRI 相同
 * @customfunction CAGR
 * @param start Start value (> 0) | 起始值：须大于0
 * @param end End value (≥ 0) | 终止值：不能为负数
 * @param years Number of years (> 0) | 年数：须大于0
 * @returns The rate as a fraction (0.08 = 8%).
 */
export function cagrFunction(start: unknown, end: unknown, years: unknown): number {
  return cell(() => need(cagr(need(toNumber(start, ARG.start)), need(toNumber(end, ARG.end)), need(toNumber(years, ARG.years)))));
}

/**
 * The yearly growth rate needed from the current value to reach a plan's target. | 从当前值实现规划目标所需的年均增速
 * @customfunction REQUIRED_CAGR
 * @param current Current value, in the target's unit | 当前值：与目标值同一单位
 * @param current_year Year of the current value | 当前年份：当前值所属年份
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The rate as a fraction.
 */
export function requiredCagrFunction(current: unknown, current_year: unknown, region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): number {
  return cell(() => {
    const now = need(toNumber(current, ARG.current));
    const nowYear = need(toYear(current_year, ARG.currentYear));
    const level = need(levelOf(answer(region, sector, metric, year, plan).entry));
    return need(requiredCagr(now, nowYear, level.value, level.year));
  });
}

/**
 * A value grown at a rate for some years: value × (1 + rate)^years. | 按增速推算：数值 × (1 + 增速)^年数
 * @customfunction PROJECT
 * @param value Start value | 数值：起始值
 * @param rate Yearly rate (0.08 or "8%") | 增长率：如0.08或“8%”
 * @param years Number of years | 年数：推算年数
 * @returns The projected value.
 */
export function projectFunction(value: unknown, rate: unknown, years: unknown): number {
  return cell(() => need(project(need(toNumber(value, ARG.value)), need(toNumber(rate, ARG.rate)), need(toNumber(years, ARG.years)))));
}

/**
 * Years until a value growing at a rate reaches a target: ln(target/current) / ln(1 + rate). | 按增速达到目标所需年数：ln(目标/当前)/ln(1+增速)
 * @customfunction YEARS_TO_TARGET
 * @param current Current value (> 0) | 当前值：须大于0
 * @param rate Yearly rate (0.08 or "8%") | 增长率：如0.08或“8%”
 * @param target Target value | 目标值：要达到的数值
 * @returns The number of years (0 when reached).
 */
export function yearsToTargetFunction(current: unknown, rate: unknown, target: unknown): number {
  return cell(() =>
    need(yearsToTarget(need(toNumber(current, ARG.current)), need(toNumber(rate, ARG.rate)), need(toNumber(target, ARG.target)))),
  );
}

/**
 * Progress toward a plan's target: (current − baseline)/(target − baseline), or current/target where the plan states no baseline. | 目标完成进度：(当前−基期)/(目标−基期)；规划无基期值时为 当前/目标
 * @customfunction PROGRESS
 * @param current Current value, in the target's unit | 当前值：与目标值同一单位
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The share (1 = reached).
 */
export function progressFunction(current: unknown, region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): number {
  return cell(() => {
    const now = need(toNumber(current, ARG.current));
    const entry = answer(region, sector, metric, year, plan).entry;
    const level = need(levelOf(entry));
    return need(progress(now, level.value, catalog().baselineOf(entry)?.record.value ?? null));
  });
}

/**
 * How far the current value is from a plan's target: target − current (negative once exceeded). | 与目标的差距：目标值 − 当前值（超过目标时为负）
 * @customfunction GAP
 * @param current Current value, in the target's unit | 当前值：与目标值同一单位
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns The gap, in the target's unit.
 */
export function gapFunction(current: unknown, region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): number {
  return cell(() => {
    const now = need(toNumber(current, ARG.current));
    return need(gap(now, need(levelOf(answer(region, sector, metric, year, plan).entry)).value));
  });
}

/**
 * 超前 (ahead), 正常 (on track) or 滞后 (behind): progress against the share of the plan period elapsed, ±5 points. | 是否按期：进度与规划期已过比例比较（±5个百分点），返回“超前”“正常”或“滞后”
 * @customfunction ONTRACK
 * @param current Current value, in the target's unit | 当前值：与目标值同一单位
 * @param current_year Year of the current value | 当前年份：当前值所属年份
 * @param region Region | 地区：如“内蒙古”
 * @param sector Sector or path | 行业：如“稀土新材料”
 * @param metric Metric | 指标：如“产值”
 * @param [year] Target year; default: the plan's end year | 年份：默认为规划末年
 * @param [plan] Pin one plan | 规划：规划编号、标题关键词或文件名
 * @returns 超前, 正常 or 滞后.
 */
export function ontrack(current: unknown, current_year: unknown, region: unknown, sector: unknown, metric: unknown, year?: unknown, plan?: unknown): string {
  return cell(() => {
    const now = need(toNumber(current, ARG.current));
    const nowYear = need(toYear(current_year, ARG.currentYear));
    const entry = answer(region, sector, metric, year, plan).entry;
    return need(assess(catalog(), entry, now, nowYear)).status;
  });
}

/**
 * Converts a value between units of one dimension: 吨 ↔ 万吨, 元 ↔ 万元 ↔ 亿元. | 单位换算（同一量纲内）：吨↔万吨，元↔万元↔亿元
 * @customfunction CONVERT
 * @param value Value | 数值：要换算的数
 * @param from_unit Unit of the value | 原单位：如“亿元”
 * @param to_unit Unit wanted | 目标单位：如“万元”
 * @returns The converted value.
 */
export function convertFunction(value: unknown, from_unit: unknown, to_unit: unknown): number {
  return cell(() =>
    need(convert(need(toNumber(value, ARG.value)), need(toText(from_unit, ARG.fromUnit)), need(toText(to_unit, ARG.toUnit)))),
  );
}
