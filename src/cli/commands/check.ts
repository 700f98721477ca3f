/** `check`: validates the seeds (files, schema, quotes, links), then completeness and the word tables. */
import { unclaimed } from "../../core/completeness";
import { curationIssues } from "../../core/curation";
import { verifier } from "../../node/verifier";
import { formatIssue } from "../../data/issues";
import { loadSeeds, SEEDS_DIR } from "../../node/seeds";
import { OPTION } from "../options";
import { errorLine } from "../output";
import type { CommandSpec } from "../spec";
import { messageFor } from "../../core/messages";
import { LABEL, OUTPUT } from "../text";

export const checkCommand: CommandSpec = {
  name: "check",
  summary: {
    zh: "校验数据：文件、结构、引文与完整性",
    en: "validate the data: files, schema, quotes and completeness",
  },
  details: [
    {
      zh: "任一文件无法读取、不是有效的JSON、不符合结构，或文档中有数字未被记录或排除项认领时，退出码为 1。",
      en: "Exit 1 when a file cannot be read, is not valid JSON or breaks the schema, or a number in the documents is claimed by no record or exclusion.",
    },
    {
      zh: "以字节顺序标记（BOM）开头的文件照常读取（与插件的构建一致），并给出警告。",
      en: "A file that starts with a byte order mark (BOM) is read as usual (as the add-in's build reads it), with a warning.",
    },
  ],
  options: [OPTION.seeds],
  forms: [{ positionals: [], options: ["seeds"] }],
  run(args, { io, locale }) {
    const read = loadSeeds(args.value("seeds") ?? SEEDS_DIR);
    for (const warning of read.warnings) io.err(`${LABEL.warning[locale]}${formatIssue(warning, locale)}`);
    if (!read.ok) {
      for (const issue of read.issues) io.err(errorLine(locale, formatIssue(issue, locale)));
      return 1;
    }
    const built = verifier().catalogFrom(read.raw);
    if (!built.ok) {
      for (const issue of built.issues) io.err(errorLine(locale, formatIssue(issue, locale)));
      return 1;
    }
    const missing = unclaimed(built.dataset);
    for (const m of missing)
      io.err(messageFor(OUTPUT.unclaimed, locale, { document: m.document, line: m.line, text: m.text }));
    const words = curationIssues(built.dataset);
    for (const w of words) io.err(`${w.record}：${w.message}`);
    const records = built.dataset.plans.reduce((n, p) => n + p.records.length, 0);
    io.out(
      messageFor(OUTPUT.checked, locale, {
        plans: built.dataset.plans.length,
        records,
        unclaimed: missing.length,
        version: built.dataset.version,
      }),
    );
    return missing.length > 0 || words.length > 0 ? 1 : 0;
  },
};
