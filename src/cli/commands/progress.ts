/**
 * `progress` and `required-cagr`: a current value against a target, looked up or given. The arithmetic is the
 * core's (src/core/assess.ts, growth.ts); this file only reads the arguments and says the answer.
 */
import { assess, isShare, TRACK_STATUS_LABELS } from "../../core/assess";
import { messageFor } from "../../core/errors";
import { progress, requiredCagr } from "../../core/growth";
import { ARG, readAmount, toNumber, toYear } from "../../core/input";
import { ASSESSMENT_LABELS } from "../../core/labels";
import { formatValue, toView } from "../../core/present";
import { unwrap } from "../failures";
import { functionForm, functionOptions, functionPositionals, readFunctionArguments } from "../function-arguments";
import { OPTION } from "../options";
import { formatFigure, formatPercent, printJson, printNumber } from "../output";
import type { CommandSpec } from "../spec";
import { OUTPUT } from "../text";

export const requiredCagrCommand: CommandSpec = {
  name: "required-cagr",
  summary: { zh: "实现目标所需的年均增速", en: "the yearly rate needed to reach a target" },
  details: [
    {
      zh: "(目标值 / 当前值)^(1 / (目标年份 − 当前年份)) − 1；目标取自数据，或用 --target 与 --target-year 给出。",
      en: "(target / current)^(1 / (targetYear − currentYear)) − 1; the target from the data, or given with --target and --target-year.",
    },
  ],
  options: [...functionOptions("REQUIRED_CAGR"), OPTION.target, OPTION.targetYear, OPTION.json],
  forms: [
    functionForm("REQUIRED_CAGR", ["json"]),
    {
      positionals: functionPositionals("REQUIRED_CAGR").slice(0, 2),
      options: ["target", "target-year", "json"],
      selectedBy: "target",
      required: ["target", "target-year"],
    },
  ],
  run(args, context) {
    let current: number;
    let currentYear: number;
    let targetValue: number;
    let targetYear: number;
    if (args.has("target")) {
      current = unwrap(toNumber(args.positional[0], ARG.current));
      currentYear = unwrap(toYear(args.positional[1], ARG.currentYear));
      targetValue = unwrap(toNumber(args.value("target"), ARG.target));
      targetYear = unwrap(toYear(args.value("target-year"), ARG.year));
    } else {
      const asked = readFunctionArguments("REQUIRED_CAGR", args);
      const answer = unwrap(context.catalog().target(asked));
      // The share rule (src/core/input.ts), as in a cell: 0.35 or 35% for a percentage metric.
      current = unwrap(readAmount(asked.current, answer.entry.unit));
      currentYear = asked.current_year;
      targetValue = answer.entry.record.value;
      targetYear = answer.entry.record.year ?? answer.entry.plan.period.end;
    }
    const rate = unwrap(requiredCagr(current, currentYear, targetValue, targetYear));
    const human = messageFor(OUTPUT.requiredRate, context.locale, {
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
  summary: { zh: "目标完成进度与进展评估", en: "progress, gap and on-track status" },
  details: [
    {
      zh: "进展按从基期到目标的规划路径判断（水平值复合增长，比重直线）：超前、正常（落后不超过全程5%）、滞后；目标年份起为已实现或未实现；上限类为未超上限或超出上限。",
      en: "Judged against the plan's path from the base to the target (compound for levels, straight for shares): ahead, on track (behind by at most 5% of the way), behind; achieved or not from the target year on; within or over a cap.",
    },
    {
      zh: "基期取规划给出的基期值，或用 --base 与 --base-year 给出；都没有时只给出进度与差距，并说明需要基期。比重类（%）指标的当前值与基期值写作 35% 或 0.35（同 Excel），不接受 35。",
      en: "The base is the plan's stated baseline, or --base with --base-year; with neither, progress and gap only, and what is missing. A share's (%) current value and base are written 35% or 0.35 (as in Excel), not 35.",
    },
  ],
  options: [...functionOptions("ONTRACK"), OPTION.target, OPTION.json],
  forms: [
    functionForm("ONTRACK", ["json"]),
    {
      positionals: functionPositionals("ONTRACK").slice(0, 1),
      options: ["target", "base", "json"],
      selectedBy: "target",
      required: ["target"],
    },
  ],
  run(args, context) {
    const { locale } = context;
    if (args.has("target")) {
      const current = unwrap(toNumber(args.positional[0], ARG.current));
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
    const asked = readFunctionArguments("ONTRACK", args);
    const currentYear = asked.current_year;
    const catalog = context.catalog();
    const answer = unwrap(catalog.target(asked));
    const share = isShare(answer.entry);
    // The share rule (src/core/input.ts), as in a cell: 0.35 or 35% for a percentage metric, 35 refused.
    const current = unwrap(readAmount(asked.current, answer.entry.unit));
    const given = {
      value: asked.base === null ? null : unwrap(readAmount(asked.base, answer.entry.unit)),
      year: asked.base_year,
    };
    const a = unwrap(assess(catalog, answer.entry, current, currentYear, given));
    const orNull = <T>(r: { ok: true; value: T } | { ok: false }): T | null => (r.ok ? r.value : null);
    if (context.json) {
      printJson(context, {
        status: orNull(a.status),
        statusError: a.status.ok ? null : { code: a.status.error.code, message: messageFor(a.status.error, locale) },
        progress: orNull(a.progress),
        gap: a.gap,
        elapsed: a.elapsed,
        requiredCagr: orNull(a.requiredCagr),
        direction: a.direction,
        basis: a.basis,
        path: a.path,
        target: toView(a.target),
      });
      return 0;
    }
    const unit = share ? ASSESSMENT_LABELS.points[locale] : answer.entry.record.unit;
    const amount = (x: number): string => `${formatFigure(x)}${share ? "%" : answer.entry.record.unit}`;
    context.io.out(
      messageFor(OUTPUT.status, locale, {
        status: a.status.ok ? TRACK_STATUS_LABELS[a.status.value][locale] : null,
        reason: a.status.ok ? null : messageFor(a.status.error, locale),
      }),
    );
    context.io.out(
      messageFor(OUTPUT.figures, locale, {
        progress: a.progress.ok ? formatPercent(a.progress.value) : null,
        elapsed: a.elapsed === null ? null : formatPercent(a.elapsed),
        gap: `${formatFigure(a.gap)}${unit}`,
        required: a.requiredCagr.ok ? formatPercent(a.requiredCagr.value) : null,
      }),
    );
    context.io.out(
      messageFor(OUTPUT.basis, locale, {
        target: formatValue(answer.entry),
        targetYear: a.targetYear,
        base: a.basis ? amount(a.basis.value) : null,
        baseYear: a.basis?.year ?? null,
        given: a.basis?.source === "user",
      }),
    );
    if (a.path) {
      context.io.out(
        messageFor(OUTPUT.path, locale, {
          compound: a.path.shape === "compound",
          rate: a.path.shape === "compound" ? formatPercent(a.path.rate) : `${formatFigure(a.path.rate)}${unit}`,
          year: currentYear,
          expected: amount(a.path.expected),
        }),
      );
    }
    return 0;
  },
};
