/** `list`: the records matching a filter, as a table or as JSON. */
import type { Entry } from "../../core/catalog";
import { kindNamed } from "../../core/input";
import { KIND_LABELS } from "../../core/labels";
import { formatValue, lineRef, qualifierText, toView, yearText } from "../../core/present";
import { RECORD_KINDS, type RecordKind } from "../../core/vocabulary";
import { UsageError, unwrap } from "../failures";
import { OPTION, recordFilter } from "../options";
import { printJson } from "../output";
import type { CommandSpec, Context } from "../spec";
import { messageFor } from "../../core/messages";
import { LIST_COLUMNS, OUTPUT, USAGE } from "../text";

/** `--kind 目标,上限 --kind baseline` → [target, cap, baseline]; an unknown word is a usage error listing the kinds. */
export function kindsOf(values: readonly string[]): RecordKind[] | null {
  if (values.length === 0) return null;
  const words = values.flatMap((value) => value.split(/[,，、]/)).filter((word) => word.trim() !== "");
  return words.map((word) => {
    const kind = kindNamed(word);
    if (kind === null) {
      throw UsageError.of(USAGE.unknownKind, {
        input: word.trim(),
        kinds: RECORD_KINDS.map((k) => KIND_LABELS[k]),
        ids: RECORD_KINDS,
      });
    }
    return kind;
  });
}

function table(entries: readonly Entry[], { io, locale }: Context): void {
  io.out(LIST_COLUMNS.map((column) => column[locale]).join("\t"));
  for (const e of entries) {
    io.out(
      [
        e.record.id,
        e.plan.id,
        e.sectorLabel,
        e.metricLabel,
        KIND_LABELS[e.record.kind][locale],
        yearText(e, locale),
        formatValue(e),
        qualifierText(e),
        lineRef(e, locale),
      ].join("\t"),
    );
  }
  io.out(messageFor(OUTPUT.count, locale, { count: entries.length }));
}

export const listCommand: CommandSpec = {
  name: "list",
  summary: { zh: "列出符合条件的记录", en: "list the records that match" },
  details: [
    {
      zh: "不给条件时列出全部记录；--sector 包括其下级行业的记录。",
      en: "Without a filter every record is listed; --sector includes the sectors below it.",
    },
    {
      zh: `类型：${RECORD_KINDS.map((k) => `${KIND_LABELS[k].zh}（${k}）`).join("、")}。`,
      en: `Kinds: ${RECORD_KINDS.map((k) => `${k} (${KIND_LABELS[k].zh})`).join(", ")}.`,
    },
  ],
  options: [OPTION.region, OPTION.sector, OPTION.metric, OPTION.year, OPTION.kind, OPTION.plan, OPTION.json],
  forms: [{ positionals: [], options: ["region", "sector", "metric", "year", "kind", "plan", "json"] }],
  run(args, context) {
    const kinds = kindsOf(args.values("kind"));
    const entries = unwrap(context.catalog().list({ ...recordFilter(args), kinds }));
    if (context.json) printJson(context, entries.map(toView));
    else table(entries, context);
    return 0;
  },
};
