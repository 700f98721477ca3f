/**
 * `progress` and `required-cagr`: a current value against a target, looked up or given. The arithmetic is the
 * core's (src/core/assess.ts, growth.ts); this file only reads the arguments and says the answer.
 */
import { assess } from "../../core/assess";
import { progress, requiredCagr, TRACK_STATUS_EN } from "../../core/growth";
import { ARG, toNumber, toYear } from "../../core/input";
import { formatValue, toView } from "../../core/present";
import { unwrap } from "../failures";
import { OPTION } from "../options";
import { formatFigure, formatPercent, printJson, printNumber } from "../output";
import type { CommandSpec } from "../spec";
import { OUTPUT, say } from "../text";
import { LOOKUP_POSITIONALS, lookupQuery, POSITIONAL } from "./shared";

export const requiredCagrCommand: CommandSpec = {
  name: "required-cagr",
  summary: { zh: "实现目标所需的年均增速", en: "the yearly rate needed to reach a target" },
  details: [
    {
      zh: "(目标值 / 当前值)^(1 / (目标年份 − 当前年份)) − 1；目标取自数据，或用 --target 与 --target-year 给出。",
      en: "(target / current)^(1 / (targetYear − currentYear)) − 1; the target from the data, or given with --target and --target-year.",
    },
  ],
  options: [OPTION.plan, OPTION.target, OPTION.targetYear, OPTION.json],
  forms: [
    { positionals: [POSITIONAL.current, POSITIONAL.currentYear, ...LOOKUP_POSITIONALS], options: ["plan", "json"] },
    {
      positionals: [POSITIONAL.current, POSITIONAL.currentYear],
      options: ["target", "target-year", "json"],
      selectedBy: "target",
      required: ["target", "target-year"],
    },
  ],
  run(args, context) {
    const current = unwrap(toNumber(args.positional[0], ARG.current));
    const currentYear = unwrap(toYear(args.positional[1], ARG.currentYear));
    let targetValue: number;
    let targetYear: number;
    if (args.has("target")) {
      targetValue = unwrap(toNumber(args.value("target"), ARG.target));
      targetYear = unwrap(toYear(args.value("target-year"), ARG.year));
    } else {
      const answer = unwrap(context.catalog().target(lookupQuery(args, 2)));
      targetValue = answer.entry.record.value;
      targetYear = answer.entry.record.year ?? answer.entry.plan.period.end;
    }
    const rate = unwrap(requiredCagr(current, currentYear, targetValue, targetYear));
    const human = say(context.locale, OUTPUT.requiredRate, {
      rate: formatPercent(rate),
      from: currentYear,
      to: targetYear,
      current: formatFigure(current),
      target: formatFigure(targetValue),
    });
    return printNumber(context, rate, human);
  },
};

export const progressCommand: CommandSpec = {
  name: "progress",
  summary: { zh: "目标完成进度与是否按期", en: "progress, gap and on-track status" },
  details: [
    {
      zh: "有规划的基期值时为 (当前值 − 基期值) / (目标值 − 基期值)，否则为 当前值 / 目标值。",
      en: "(current − base) / (target − base) with the plan's stated baseline, else current / target.",
    },
  ],
  options: [OPTION.plan, OPTION.target, OPTION.base, OPTION.json],
  forms: [
    { positionals: [POSITIONAL.current, POSITIONAL.currentYear, ...LOOKUP_POSITIONALS], options: ["plan", "json"] },
    {
      positionals: [POSITIONAL.current],
      options: ["target", "base", "json"],
      selectedBy: "target",
      required: ["target"],
    },
  ],
  run(args, context) {
    const { locale } = context;
    const current = unwrap(toNumber(args.positional[0], ARG.current));
    if (args.has("target")) {
      const base = args.value("base");
      const share = unwrap(
        progress(
          current,
          unwrap(toNumber(args.value("target"), ARG.target)),
          base === null ? null : unwrap(toNumber(base, ARG.base)),
        ),
      );
      return printNumber(context, share, formatPercent(share));
    }
    const currentYear = unwrap(toYear(args.positional[1], ARG.currentYear));
    const catalog = context.catalog();
    const answer = unwrap(catalog.target(lookupQuery(args, 2)));
    const a = unwrap(assess(catalog, answer.entry, current, currentYear));
    if (context.json) {
      printJson(context, {
        progress: a.progress,
        gap: a.gap,
        elapsed: a.elapsed,
        status: a.status,
        statusEn: TRACK_STATUS_EN[a.status],
        requiredCagr: a.requiredCagr.ok ? a.requiredCagr.value : null,
        target: toView(a.target),
        baseline: a.baseline && toView(a.baseline),
      });
      return 0;
    }
    const unit = answer.entry.unit.canonical === "%" ? "%" : answer.entry.record.unit;
    context.io.out(
      say(locale, OUTPUT.progress, {
        progress: formatPercent(a.progress),
        elapsed: formatPercent(a.elapsed),
        status: locale === "zh" ? a.status : TRACK_STATUS_EN[a.status],
      }),
    );
    context.io.out(
      say(locale, OUTPUT.gap, {
        gap: `${formatFigure(a.gap)}${unit}`,
        target: formatValue(answer.entry),
        targetYear: a.targetYear,
        baseline: a.baseline ? formatValue(a.baseline) : null,
        baseYear: a.baseYear,
      }),
    );
    if (a.requiredCagr.ok)
      context.io.out(say(locale, OUTPUT.requiredCagr, { rate: formatPercent(a.requiredCagr.value) }));
    return 0;
  },
};
