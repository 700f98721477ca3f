/**
 * `extract`: proposes records from a plan's text (src/extract), as a table or JSON; `--output` (-o) writes a plan file
 * with the text as its document, which `plan-targets check` accepts once it sits in a seeds layout.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isUserPlanId, userDocumentName } from "../../data/user-plan-id";
import { extractProposals, proposalsToPlan, type Proposal } from "../../extract";
import { KIND_LABELS } from "../../core/labels";
import { decodeText } from "../../import/decode";
import { readFileBytes } from "../../node/read-file";
import { FaultError, UsageError, unwrap } from "../failures";
import { OPTION } from "../options";
import { printJson } from "../output";
import type { CommandSpec, Context } from "../spec";
import { messageFor } from "../../core/messages";
import { EXTRACT_COLUMNS, OUTPUT, PLACEHOLDER, USAGE } from "../text";

/** What the JSON lists of each proposal: the record's fields, where the figure sits, and how sure the reading is. */
function proposalView(p: Proposal): Record<string, unknown> {
  return {
    line: p.line,
    quote: p.quote,
    sector: p.sector,
    metric: p.metric,
    kind: p.kind,
    year: p.year,
    yearBasis: p.yearBasis,
    value: p.value,
    valueMax: p.valueMax,
    valueText: p.valueText,
    unit: p.unit,
    bound: p.bound,
    aspiration: p.aspiration,
    qualifiers: p.qualifiers,
    entityFilter: p.entityFilter,
    start: p.start,
    end: p.end,
    confidence: p.confidence,
    // How the figure was read as past or future (the word that said so, its year), and the lines stating it again.
    tense: p.tense,
    restated: p.restated,
    note: p.note,
  };
}

function table(proposals: readonly Proposal[], { io, locale }: Context): void {
  io.out(EXTRACT_COLUMNS.map((column) => column[locale]).join("\t"));
  for (const p of proposals) {
    const amount = p.valueMax === null ? String(p.value) : `${p.value}—${p.valueMax}`;
    io.out(
      [
        p.line,
        KIND_LABELS[p.kind][locale],
        p.sector.join("›"),
        p.metric,
        p.year ?? "",
        `${amount}${p.unit}`,
        p.qualifiers.join("、"),
        p.quote,
      ].join("\t"),
    );
  }
}

export const extractCommand: CommandSpec = {
  name: "extract",
  summary: { zh: "从规划文本中提取数值目标（供复核）", en: "propose the figures of a plan's text (for review)" },
  details: [
    {
      zh: "文本为 UTF-8、GBK 或 UTF-16；全角半角标点、分段或一句一行均可。提取规则见 docs/extractor.md。",
      en: "The text is UTF-8, GBK or UTF-16; full- or half-width punctuation, paragraphs or a sentence a line. The rules: docs/extractor.md.",
    },
    {
      zh: "--output（-o）写出规划文件（记录编号 U001-L…），并把文本作为其文档写在同一目录（或相邻的 documents/ 目录）；放入 seeds/ 后可用 plan-targets check 校验。",
      en: "--output (-o) writes a plan file (record ids U001-L…) and the text as its document beside it (or in the sibling documents/); in a seeds layout, plan-targets check accepts it.",
    },
  ],
  options: [OPTION.region, OPTION.title, OPTION.id, OPTION.planOutput, OPTION.json],
  forms: [
    {
      positionals: [{ name: PLACEHOLDER.textFile, help: { zh: "规划文本文件", en: "the plan's text file" } }],
      options: ["region", "title", "id", "output", "json"],
    },
  ],
  run(args, context) {
    const { io, locale } = context;
    const path = args.positional[0]!;
    // The pane's decoder: UTF-8, GBK or UTF-16 (Excel's "Unicode text"), and its guard against a binary file.
    const file = decodeText(readFileBytes(path), basename(path));
    if (!file.ok) throw new FaultError(file.fault);
    const regionInput = args.value("region");
    const region = regionInput === null ? null : unwrap(context.catalog().resolveRegion(regionInput));
    const title = args.value("title");
    const result = unwrap(
      extractProposals(file.text, {
        ...(region ? { region: region.name } : {}),
        ...(title ? { title } : {}),
      }),
    );
    const out = args.value("output");
    if (out !== null) {
      if (!region) throw UsageError.of(USAGE.outNeedsRegion, {});
      const id = (args.value("id") ?? "U001").toUpperCase();
      if (!isUserPlanId(id)) throw UsageError.of(USAGE.userPlanId, { input: id });
      const document = userDocumentName(id, file.text);
      const plan = proposalsToPlan(result.proposals, {
        id,
        title: title ?? (basename(args.positional[0]!).replace(/\.[^.]*$/, "") || id),
        region: region.name,
        period: result.period,
        document,
        text: file.text,
      });
      // In a seeds layout (…/plans/U001.json) the document goes to …/documents/; otherwise beside the plan.
      const folder = dirname(out);
      const documents = basename(folder) === "plans" ? join(dirname(folder), "documents") : folder;
      mkdirSync(documents, { recursive: true });
      writeFileSync(join(documents, document), file.text);
      writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`);
      io.err(
        messageFor(OUTPUT.extracted, locale, {
          count: plan.records.length,
          plan: out,
          document: join(documents, document),
        }),
      );
    }
    if (context.json) printJson(context, result.proposals.map(proposalView));
    else {
      table(result.proposals, context);
      io.out(messageFor(OUTPUT.proposals, locale, { count: result.proposals.length, encoding: file.encoding }));
    }
    return 0;
  },
};
