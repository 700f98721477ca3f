/**
 * `import`: adds a plan to a seeds-layout folder as 导入规划 adds it to the pane: a CSV table (UTF-8, GBK or UTF-16),
 * an .xlsx workbook laid out like the template, or a plan JSON (with its .txt document). The same readers
 * (src/import) and the same verification (src/data/user-plan-verify.ts) as the pane, so the same messages; the plan
 * goes to plans/<id>.json and its document to documents/, where `check --seeds` and PLAN_TARGETS_DATA read them.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Catalog } from "../../core/catalog";
import { isUserPlanId } from "../../data/user-plan-id";
import { exportUserPlan, nextUserPlanId, renumberPlan, type PlanCandidate } from "../../data/user-plans";
import { readFileBytes } from "../../node/read-file";
import { loadSeeds, SeedFilesError } from "../../node/seeds";
import { verifier } from "../../node/verifier";
import { FaultError, UsageError, unwrap } from "../failures";
import { OPTION } from "../options";
import type { CommandSpec } from "../spec";
import { messageFor } from "../../core/messages";
import { OUTPUT, PLACEHOLDER, USAGE } from "../text";

/** The folder's data, verified as `check` verifies it: the plan is checked against it and numbered after it. */
function folderData(folder: string): { catalog: Catalog } {
  const read = loadSeeds(folder);
  if (!read.ok) throw new SeedFilesError(read.issues);
  const built = verifier().catalogFrom(read.raw);
  if (!built.ok) throw new SeedFilesError(built.issues);
  return { catalog: built.catalog };
}

/** --region and --title, when given, stand in for the table's or the file's. */
function withOverrides(candidate: PlanCandidate, region: string | null, title: string | null): PlanCandidate {
  if (region === null && title === null) return candidate;
  const plan = { ...(candidate.plan as Record<string, unknown>) };
  if (region !== null) plan.region = region;
  if (title !== null) plan.title = title;
  return { ...candidate, plan };
}

export const importCommand: CommandSpec = {
  name: "import",
  summary: {
    zh: "把规划表格或规划文件加入数据目录（与插件的导入规划相同）",
    en: "add a plan table or plan file to a data folder (as the add-in's 导入规划 does)",
  },
  details: [
    {
      zh: "表格为模板的列（CSV：UTF-8、GBK 或 UTF-16；或 .xlsx 工作簿的第一个工作表）；规划 JSON 连同其原文 .txt，或带 documentText 字段。",
      en: "A table in the template's columns (CSV in UTF-8, GBK or UTF-16, or the first sheet of an .xlsx workbook); a plan JSON with its .txt document, or with a documentText field.",
    },
    {
      zh: "规划写入 <目录>/plans/<编号>.json，原文写入 <目录>/documents/；之后 plan-targets check --seeds <目录> 可校验，PLAN_TARGETS_DATA=<目录> 可从中查询。",
      en: "The plan goes to <folder>/plans/<id>.json and its document to <folder>/documents/; then plan-targets check --seeds <folder> checks it and PLAN_TARGETS_DATA=<folder> answers from it.",
    },
  ],
  options: [OPTION.planRegion, OPTION.planTitle, OPTION.importId, OPTION.seedsOutput],
  forms: [
    {
      positionals: [
        {
          name: PLACEHOLDER.file,
          help: {
            zh: "规划表格（.csv、.xlsx）或规划文件（.json）",
            en: "a plan table (.csv, .xlsx) or plan file (.json)",
          },
        },
        {
          name: PLACEHOLDER.document,
          optional: true,
          help: { zh: "规划 JSON 的原文（.txt）", en: "the plan JSON's document (.txt)" },
        },
      ],
      options: ["region", "title", "id", "output"],
      required: ["output"],
    },
  ],
  async run(args, { io, locale }) {
    const folder = args.value("output")!;
    const { catalog } = folderData(folder);
    const taken = catalog.dataset.plans.map((p) => p.id);
    const idInput = args.value("id");
    const id = idInput === null ? nextUserPlanId(taken) : idInput.toUpperCase();
    if (!isUserPlanId(id)) throw UsageError.of(USAGE.userPlanId, { input: id });
    if (taken.includes(id)) throw UsageError.of(USAGE.idTaken, { id, folder });
    const regionInput = args.value("region");
    const region = regionInput === null ? null : unwrap(catalog.resolveRegion(regionInput)).name;

    const files = args.positional.map((path) => ({ name: basename(path), bytes: readFileBytes(path) }));
    // The readers and the verifier are loaded only by this command (exceljs only for an .xlsx).
    const { readImportFiles } = await import("../../import/import-files.js");
    const read = await readImportFiles(files, {
      id,
      resolveRegion: (name) => {
        const found = catalog.resolveRegion(name);
        return found.ok ? found.value.name : null;
      },
    });
    if (!read.ok) throw new FaultError(read.fault);
    if (read.kind === "text") throw UsageError.of(USAGE.importText, { file: read.file });
    const candidate = withOverrides(read.candidate, region, args.value("title"));
    const { verifyCandidate } = await import("../../data/user-plan-verify.js");
    const verified = verifyCandidate(candidate, catalog.dataset, []);
    if (!verified.ok) throw new FaultError(verified.fault);

    const plan = renumberPlan(verified.value.plan, id, candidate.text);
    const written = exportUserPlan({ plan, text: candidate.text, origin: candidate.origin, added: "" });
    const planPath = join(folder, "plans", written.planFile);
    const documentPath = join(folder, "documents", written.documentFile);
    // Never overwrite: a plan file of that name (not a plan the folder's data names) is someone's work.
    if (existsSync(planPath)) throw UsageError.of(USAGE.idTaken, { id, folder });
    mkdirSync(join(folder, "documents"), { recursive: true });
    writeFileSync(documentPath, written.documentText);
    writeFileSync(planPath, written.planText);
    io.out(
      messageFor(OUTPUT.imported, locale, {
        id,
        records: plan.records.length,
        setAside: verified.value.setAside,
        plan: planPath,
        document: documentPath,
      }),
    );
    return 0;
  },
};
