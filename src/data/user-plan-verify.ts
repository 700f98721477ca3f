/**
 * Verifying a plan the user adds (导入规划), as a refresh verifies a published one: the schema (zod), the quotes
 * verbatim on their lines of the plan's own document, the value texts, the units, the links (to its own records or
 * to the data in use), the region in the tables, and the curation check of its qualifier words, so that the plan,
 * once exported, passes `plan-targets check`. Numbers of the document no record claims are set aside as
 * exclusions to review, as the extractor sets them aside. Loaded on demand with the verifier (zod's chunk).
 */
import type { Dataset } from "../core/dataset";
import { dataFault } from "../core/errors";
import { unclaimedExclusions } from "../core/completeness";
import { qualifierIssues } from "../core/curation";
import type { Plan } from "../core/schema";
import { datasetIssue, formatIssue, type DatasetIssue } from "./issues";
import type { Outcome } from "./refresh";
import type { PlanCandidate, UserPlan } from "./user-plans";
import { buildDataset } from "./validate";

export interface VerifiedCandidate {
  /** The plan as the schema filled it in, with the unclaimed numbers set aside. */
  readonly plan: Plan;
  /** How many numbers of the document were set aside as exclusions to review. */
  readonly setAside: number;
}

/** The issues shown in a message: the first three, then how many in all. */
const SHOWN = 3;

/** The issues as one fault naming each (file, record, field): nothing is stored. */
export function invalidImport(issues: readonly DatasetIssue[]): { ok: false; fault: ReturnType<typeof dataFault> } {
  const shown = issues.slice(0, SHOWN);
  const more = issues.length > SHOWN;
  return {
    ok: false,
    fault: dataFault("IMPORT_INVALID", {
      count: issues.length,
      issues: {
        zh: `${shown.map((i) => formatIssue(i, "zh")).join("；")}${more ? "；……" : ""}`,
        en: `${shown.map((i) => formatIssue(i, "en")).join("; ")}${more ? "; …" : ""}`,
      },
    }),
  };
}

/**
 * Verifies `candidate` against the data in use (`base`) and the user's other plans: the plan alone with its
 * document, its links into `base` and `others` allowed. Its id is not checked against them: the caller renumbers it.
 */
export function verifyCandidate(
  candidate: PlanCandidate,
  base: Dataset,
  others: readonly UserPlan[],
): Outcome<VerifiedCandidate> {
  const content = candidate.plan as { document?: unknown } | null;
  const documentName = typeof content?.document === "string" ? content.document : "";
  const plans = [...base.plans, ...others.map((o) => o.plan)];
  const built = buildDataset({
    version: "import",
    regions: { regions: base.regions },
    aliases: base.aliases,
    plans: [{ file: candidate.source, content: candidate.plan }],
    documents: { [documentName]: candidate.text },
    linked: {
      plans: new Set(plans.map((p) => p.id)),
      records: new Set(plans.flatMap((p) => p.records.map((r) => r.id))),
    },
  });
  if (!built.ok) return invalidImport(built.issues);
  const plan = built.dataset.plans[0]!;
  const issues = plan.records.flatMap((record) =>
    qualifierIssues(record).map((zh) =>
      datasetIssue("CURATION", { file: candidate.source, record: record.id, field: "qualifiers" }, { zh }),
    ),
  );
  if (issues.length > 0) return invalidImport(issues);
  // Every number of the document is claimed by a record or an exclusion, as `plan-targets check` demands.
  const lines = candidate.text.split(/\r?\n/);
  const claims = [...plan.records, ...plan.exclusions.map((e) => ({ line: e.line, quote: e.text }))];
  const setAside = unclaimedExclusions(lines, claims).map((e) => ({ ...e, note: e.note ?? null }));
  return {
    ok: true,
    value: { plan: { ...plan, exclusions: [...plan.exclusions, ...setAside] }, setAside: setAside.length },
  };
}
