/**
 * Verifying a dataset: the plan files, the region and alias tables and the source documents, checked against the
 * schema and against each other (quotes verbatim on their lines, links that resolve). Nothing here reads files:
 * the Node loader, the build and a refresh hand the raw contents in. This module loads zod: the add-in's start
 * path never imports it (a refresh loads it on demand, as its own chunk). Valid files pass the schema's fast path
 * (schema-fast.ts, derived from the same schema); zod parses only a file the fast path is not sure of, so the issues
 * are zod's own.
 */
import type { z } from "zod";
import { unclaimed } from "../core/completeness";
import { curationIssues } from "../core/curation";
import { valueTexts, type Dataset } from "../core/dataset";
import { AliasesFileSchema, PlanSchema, RegionsFileSchema, type Plan, type PlanRecord } from "../core/schema";
import { safeParseFast } from "../core/schema-fast";
import { fastAliasesFile, fastPlan, fastRegionsFile } from "../core/schema-fast.generated";
import { lookupUnit } from "../core/units";
import { datasetIssue, type DatasetIssue, type IssuePlace } from "./issues";
import { schemaIssue } from "./schema-issues";

export { formatIssue, type DatasetIssue } from "./issues";

export interface RawDataset {
  /** A label for this version of the data (the seeds' content hash, or a refresh's version). */
  readonly version: string;
  readonly regions: unknown;
  readonly aliases: unknown;
  /** One entry per plan file; `file` is only used to name the file in errors. */
  readonly plans: ReadonlyArray<{ readonly file: string; readonly content: unknown }>;
  /**
   * Source documents by file name, as text. Without them (a compiled dataset: the documents were checked when it
   * was published) the quotes are checked for their values but not against their lines; everything else is.
   */
  readonly documents?: Readonly<Record<string, string>>;
  /** When a compiled dataset was published (its index's `generated`). */
  readonly published?: string;
  /**
   * Plans and records outside these files that `supersedes` and `sameAs` may name: the dataset a user's plan is
   * added to (导入规划 verifies the new plan alone, against the data in use).
   */
  readonly linked?: { readonly plans: ReadonlySet<string>; readonly records: ReadonlySet<string> };
  /**
   * Plans verified against their documents before and unchanged since (a refresh: the same plan file and document
   * as in the data in use). Their quotes are checked on their lines when their document is given, and their document
   * may be left out; every other plan needs its document.
   */
  readonly checkedBefore?: ReadonlySet<string>;
}

const ISSUES_WITH_INPUT = { reportInput: true } as const;

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

function zodIssues(file: string, error: z.ZodError, content: unknown): DatasetIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let record: string | null = null;
    let field = path.join(".") || null;
    if (path[0] === "records" && path[1] !== undefined) {
      const records = (content as { records?: Array<{ id?: unknown }> }).records;
      const id = records?.[Number(path[1])]?.id;
      record = typeof id === "string" ? id : `records[${path[1]}]`;
      field = path.slice(2).join(".") || null;
    }
    return schemaIssue({ file, record, field }, issue);
  });
}

/**
 * Whether the `index`th dash-separated part of `id` is `part`, as `id.split("-")[index] === part` but without
 * splitting: a national dataset has tens of thousands of record ids, and these arrays were most of the checks' cost.
 */
function idPartIs(id: string, index: 0 | 1, part: string): boolean {
  let start = 0;
  if (index === 1) {
    const dash = id.indexOf("-");
    if (dash === -1) return false;
    start = dash + 1;
  }
  const end = id.indexOf("-", start);
  return (end === -1 ? id.length : end) - start === part.length && id.startsWith(part, start);
}

/** Where a record's issue is: its file, its id and the field (a plain function: no closure made per record). */
function recordPlace(file: string, record: PlanRecord, field: string): IssuePlace {
  return { file, record: record.id, field };
}

/**
 * Checks of one record, into `issues`: id, line range, unit, range bound, the quote showing its value, and (when the
 * document is at hand: `lines` not null) the line existing with the quote verbatim on it.
 */
function recordIssues(
  plan: Plan,
  record: PlanRecord,
  lines: readonly string[] | null | undefined,
  file: string,
  issues: DatasetIssue[],
): void {
  if (!idPartIs(record.id, 0, plan.id))
    issues.push(datasetIssue("ID_PLAN_PREFIX", recordPlace(file, record, "id"), { plan: plan.id }));
  if (!idPartIs(record.id, 1, `L${record.line}`)) {
    issues.push(datasetIssue("ID_LINE", recordPlace(file, record, "id"), { line: record.line }));
  }
  if (record.line < plan.lines[0] || record.line > plan.lines[1]) {
    issues.push(
      datasetIssue("LINE_OUTSIDE_PLAN", recordPlace(file, record, "line"), {
        line: record.line,
        from: plan.lines[0],
        to: plan.lines[1],
      }),
    );
  }
  const text = lines === null ? null : lines?.[record.line - 1];
  if (text === undefined) {
    issues.push(
      datasetIssue("LINE_MISSING", recordPlace(file, record, "line"), { line: record.line, document: plan.document }),
    );
  } else if (text !== null && !text.includes(record.quote)) {
    issues.push(
      datasetIssue("QUOTE_NOT_ON_LINE", recordPlace(file, record, "quote"), { line: record.line, quote: record.quote }),
    );
  } else {
    for (const shown of valueTexts(record)) {
      if (!record.quote.includes(shown))
        issues.push(datasetIssue("QUOTE_WITHOUT_VALUE", recordPlace(file, record, "value"), { shown }));
    }
  }
  if (!lookupUnit(record.unit))
    issues.push(datasetIssue("UNKNOWN_UNIT", recordPlace(file, record, "unit"), { unit: record.unit }));
  if (record.entityFilter && !lookupUnit(record.entityFilter.unit)) {
    issues.push(
      datasetIssue("UNKNOWN_UNIT", recordPlace(file, record, "entityFilter.unit"), { unit: record.entityFilter.unit }),
    );
  }
  if (record.valueMax !== null && record.bound !== "eq" && record.bound !== "approx") {
    issues.push(datasetIssue("RANGE_BOUND", recordPlace(file, record, "bound"), { bound: record.bound }));
  }
}

/**
 * Validates every file and the links between them; returns the dataset or every issue found. Without documents
 * (`raw.documents` absent: a compiled dataset) the quotes are checked for their values but not against their lines.
 */
export function buildDataset(raw: RawDataset): DatasetResult {
  const issues: DatasetIssue[] = [];

  const regionsParsed = safeParseFast(RegionsFileSchema, fastRegionsFile, raw.regions, ISSUES_WITH_INPUT);
  if (!regionsParsed.success) issues.push(...zodIssues("regions.json", regionsParsed.error, raw.regions));
  const aliasesParsed = safeParseFast(AliasesFileSchema, fastAliasesFile, raw.aliases, ISSUES_WITH_INPUT);
  if (!aliasesParsed.success) issues.push(...zodIssues("aliases.json", aliasesParsed.error, raw.aliases));

  // Absent (undefined) documents are a compiled dataset's; anything else must be the documents (null is malformed).
  let documents: Record<string, readonly string[]> | null = null;
  if (raw.documents !== undefined) {
    documents = {};
    for (const [name, text] of Object.entries(raw.documents)) documents[name] = text.split(/\r?\n/);
  }

  const plans: Plan[] = [];
  for (const { file, content } of raw.plans) {
    const parsed = safeParseFast(PlanSchema, fastPlan, content, ISSUES_WITH_INPUT);
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error, content));
      continue;
    }
    plans.push(parsed.data);
  }
  if (!regionsParsed.success || !aliasesParsed.success || issues.length > 0) return { ok: false, issues };

  const regionNames = new Set(regionsParsed.data.regions.map((r) => r.name));
  const planIds = new Set<string>();
  const recordIds = new Set<string>();
  const fileOf = new Map(raw.plans.map(({ file, content }) => [(content as { id?: string }).id, file]));

  for (const plan of plans) {
    const file = fileOf.get(plan.id) ?? plan.id;
    if (planIds.has(plan.id)) issues.push(datasetIssue("PLAN_ID_TWICE", { file, field: "id" }, { plan: plan.id }));
    planIds.add(plan.id);
    if (!regionNames.has(plan.region)) {
      issues.push(datasetIssue("REGION_UNKNOWN", { file, field: "region" }, { region: plan.region }));
    }
    const known = documents?.[plan.document];
    const lines = !documents || (known === undefined && raw.checkedBefore?.has(plan.id)) ? null : known;
    if (lines === undefined) {
      issues.push(datasetIssue("DOCUMENT_MISSING", { file, field: "document" }, { document: plan.document }));
    }
    if (plan.period.start > plan.period.end) {
      issues.push(datasetIssue("PERIOD_REVERSED", { file, field: "period" }));
    }
    for (const record of plan.records) {
      if (recordIds.has(record.id)) {
        issues.push(datasetIssue("RECORD_ID_TWICE", { file, record: record.id, field: "id" }));
      }
      recordIds.add(record.id);
      recordIssues(plan, record, lines, file, issues);
    }
    if (lines === null) continue;
    for (const exclusion of plan.exclusions) {
      const text = lines?.[exclusion.line - 1];
      if (text === undefined || !text.includes(exclusion.text)) {
        issues.push(
          datasetIssue(
            "EXCLUSION_STALE",
            { file, field: `exclusions(line ${exclusion.line})` },
            { text: exclusion.text },
          ),
        );
      }
    }
  }
  // A region is published as a shard of its own and verified alone when it loads: links stay inside a region.
  const regionOf = new Map(plans.map((p) => [p.id, p.region]));
  const across = (from: string, to: string): string | null => {
    const there = regionOf.get(to);
    return there !== undefined && there !== from ? there : null;
  };
  for (const plan of plans) {
    const file = fileOf.get(plan.id) ?? plan.id;
    for (const superseded of plan.supersedes) {
      if (!planIds.has(superseded) && !raw.linked?.plans.has(superseded)) {
        issues.push(datasetIssue("PLAN_MISSING", { file, field: "supersedes" }, { plan: superseded }));
      }
      const there = across(plan.region, superseded);
      if (there)
        issues.push(
          datasetIssue("LINK_ACROSS_REGIONS", { file, field: "supersedes" }, { link: superseded, region: there }),
        );
    }
    for (const record of plan.records) {
      for (const other of record.sameAs) {
        if (!recordIds.has(other) && !raw.linked?.records.has(other))
          issues.push(datasetIssue("RECORD_MISSING", { file, record: record.id, field: "sameAs" }, { record: other }));
        const there = across(plan.region, other.slice(0, other.indexOf("-")));
        if (there)
          issues.push(
            datasetIssue(
              "LINK_ACROSS_REGIONS",
              { file, record: record.id, field: "sameAs" },
              { link: other, region: there },
            ),
          );
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    dataset: {
      version: raw.version,
      regions: regionsParsed.data.regions,
      aliases: aliasesParsed.data,
      plans: [...plans].sort((a, b) => a.id.localeCompare(b.id)),
      ...(documents ? { documents } : {}),
      ...(raw.published ? { published: raw.published } : {}),
    },
  };
}

/**
 * What every dataset passes on its way in, the build's and a refresh's alike (one function): `buildDataset` (schema,
 * quotes verbatim on their lines, links), then every number of the documents at hand claimed by a record or an
 * exclusion (completeness) and each record's qualifier words (curation).
 */
export function verifyDataset(raw: RawDataset): DatasetResult {
  const built = buildDataset(raw);
  if (!built.ok) return built;
  const issues: DatasetIssue[] = [];
  for (const m of unclaimed(built.dataset)) {
    const context = m.lineText.slice(Math.max(0, m.start - 15), m.end + 15);
    issues.push(datasetIssue("UNCLAIMED", { file: m.document }, { line: m.line, mention: m.text, context }));
  }
  const fileOf = new Map(raw.plans.map((p) => [(p.content as { id?: string }).id, p.file]));
  for (const issue of curationIssues(built.dataset)) {
    const file = fileOf.get(issue.record.split("-")[0]) ?? issue.record;
    issues.push(datasetIssue("CURATION", { file, record: issue.record, field: "qualifiers" }, { zh: issue.message }));
  }
  return issues.length > 0 ? { ok: false, issues } : built;
}
