/** `target`: one target with its unit, qualifier and source, and the plans that state another figure. */
import type { TargetAnswer } from "../../core/catalog";
import {
  citation,
  formatValue,
  qualifierText,
  statementText,
  toTargetView,
  unrestatedText,
  yearText,
} from "../../core/present";
import { unwrap } from "../failures";
import { functionForm, functionOptions, readFunctionArguments } from "../function-arguments";
import { OPTION } from "../options";
import { printJson } from "../output";
import type { CommandSpec, Context } from "../spec";
import { messageFor } from "../../core/messages";
import { OUTPUT } from "../text";

function describe(answer: TargetAnswer, { io, locale }: Context): void {
  const { entry } = answer;
  const qualifier = entry.record.qualifiers.length > 0 ? `（${qualifierText(entry)}）` : "";
  const year = messageFor(OUTPUT.year, locale, { year: yearText(entry, locale) });
  io.out(
    `${formatValue(entry)}${qualifier}  ${year} · ${entry.region.name} · ${entry.sectorLabel} · ${entry.metricLabel}`,
  );
  io.out(messageFor(OUTPUT.plan, locale, { id: entry.plan.id, title: entry.plan.title }));
  io.out(messageFor(OUTPUT.source, locale, { citation: citation(entry, locale) }));
  for (const [kind, entries] of [
    ["differs", answer.others],
    ["combined", answer.combined],
  ] as const) {
    for (const other of entries) {
      io.out(
        messageFor(OUTPUT[kind], locale, {
          id: other.plan.id,
          title: other.plan.title,
          value: statementText(other, locale),
          citation: citation(other, locale),
        }),
      );
    }
  }
  for (const version of answer.unrestated)
    io.out(messageFor(OUTPUT.unrestated, locale, { title: version.plan.title, text: unrestatedText(version, locale) }));
}

export const targetCommand: CommandSpec = {
  name: "target",
  summary: { zh: "一个目标值及其单位、限定词与出处", en: "one target with its unit, qualifier and source" },
  details: [
    {
      zh: "几个规划给出同一数值时按冲突规则取一个，并列出给出不同数值的规划；--plan 指定规划。",
      en: "Where plans state the same figure the conflict rule picks one and the others' differing figures are listed; --plan pins one.",
    },
    {
      zh: "百分比指标显示为 45%；JSON 保留原文数值（value 45，unit %）。",
      en: "A percentage metric shows as 45%; JSON keeps the number as written (value 45, unit %).",
    },
    {
      zh: "--json 输出 value、valueMax、unit、year、qualifier、quote、plan、planTitle、source {document, line}、others、unrestated。",
      en: "--json prints value, valueMax, unit, year, qualifier, quote, plan, planTitle, source {document, line}, others, unrestated.",
    },
  ],
  options: [...functionOptions("TARGET"), OPTION.json],
  forms: [functionForm("TARGET", ["json"])],
  run(args, context) {
    const answer = unwrap(context.catalog().target(readFunctionArguments("TARGET", args)));
    if (context.json) printJson(context, toTargetView(answer));
    else describe(answer, context);
    return 0;
  },
};
