/**
 * Verifying a dataset: the plan files, the region and alias tables and the source documents, checked against the
 * schema and against each other (quotes verbatim on their lines, links that resolve). Nothing here reads files:
 * the Node loader, the webpack bundle and a refresh hand the raw contents in.
 */
import type { z } from "zod";
import { valueTexts, type Dataset } from "../core/dataset";
import { AliasesFileSchema, PlanSchema, RegionsFileSchema, type Plan, type PlanRecord } from "../core/schema";
import { lookupUnit } from "../core/units";

export interface RawDataset {
  /** A label for this version of the data (the seeds' content hash, or a refresh's version). */
  readonly version: string;
  readonly regions: unknown;
  readonly aliases: unknown;
  /** One entry per plan file; `file` is only used to name the file in errors. */
  readonly plans: ReadonlyArray<{ readonly file: string; readonly content: unknown }>;
  /** Source documents by file name, as text. */
  readonly documents: Readonly<Record<string, string>>;
}

/** One thing wrong with the data, naming the file, the record and the field. */
export interface DatasetIssue {
  readonly file: string;
  readonly record: string | null;
  readonly field: string | null;
  readonly message: string;
}

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
    return { file, record, field, message: issue.message };
  });
}

/** Checks of one record against its document: the line exists, the quote is on it and shows the value. */
function recordIssues(
  plan: Plan,
  record: PlanRecord,
  lines: readonly string[] | undefined,
  file: string,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const at = (field: string, message: string): void => {
    issues.push({ file, record: record.id, field, message });
  };
  const [planId, lineTag] = record.id.split("-");
  if (planId !== plan.id) at("id", `id must start with the plan id ${plan.id}`);
  if (lineTag !== `L${record.line}`) at("id", `id must carry the line: L${record.line}`);
  if (record.line < plan.lines[0] || record.line > plan.lines[1]) {
    at("line", `line ${record.line} is outside the plan's lines ${plan.lines[0]}–${plan.lines[1]}`);
  }
  const text = lines?.[record.line - 1];
  if (text === undefined) {
    at("line", `line ${record.line} does not exist in ${plan.document}`);
  } else if (!text.includes(record.quote)) {
    at("quote", `quote is not verbatim on line ${record.line}: "${record.quote}"`);
  } else {
    for (const shown of valueTexts(record)) {
      if (!record.quote.includes(shown)) at("value", `quote does not contain the value text "${shown}"`);
    }
  }
  if (!lookupUnit(record.unit)) at("unit", `unknown unit "${record.unit}" (add it to src/core/units.ts)`);
  if (record.entityFilter && !lookupUnit(record.entityFilter.unit)) {
    at("entityFilter.unit", `unknown unit "${record.entityFilter.unit}"`);
  }
  if (record.valueMax !== null && record.bound !== "eq" && record.bound !== "approx") {
    at("bound", `a range (valueMax) takes bound eq or approx, not ${record.bound}`);
  }
  return issues;
}

/** Validates every file and the links between them; returns the dataset or every issue found. */
export function buildDataset(raw: RawDataset): DatasetResult {
  const issues: DatasetIssue[] = [];

  const regionsParsed = RegionsFileSchema.safeParse(raw.regions);
  if (!regionsParsed.success) issues.push(...zodIssues("regions.json", regionsParsed.error, raw.regions));
  const aliasesParsed = AliasesFileSchema.safeParse(raw.aliases);
  if (!aliasesParsed.success) issues.push(...zodIssues("aliases.json", aliasesParsed.error, raw.aliases));

  const documents: Record<string, readonly string[]> = {};
  for (const [name, text] of Object.entries(raw.documents)) documents[name] = text.split(/\r?\n/);

  const plans: Plan[] = [];
  for (const { file, content } of raw.plans) {
    const parsed = PlanSchema.safeParse(content);
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
    if (planIds.has(plan.id))
      issues.push({ file, record: null, field: "id", message: `plan id ${plan.id} is used twice` });
    planIds.add(plan.id);
    if (!regionNames.has(plan.region)) {
      issues.push({ file, record: null, field: "region", message: `region "${plan.region}" is not in regions.json` });
    }
    const lines = documents[plan.document];
    if (!lines) issues.push({ file, record: null, field: "document", message: `no document ${plan.document}` });
    if (plan.period.start > plan.period.end) {
      issues.push({ file, record: null, field: "period", message: "period starts after it ends" });
    }
    for (const record of plan.records) {
      if (recordIds.has(record.id)) {
        issues.push({ file, record: record.id, field: "id", message: "record id is used twice" });
      }
      recordIds.add(record.id);
      issues.push(...recordIssues(plan, record, lines, file));
    }
    for (const exclusion of plan.exclusions) {
      const text = lines?.[exclusion.line - 1];
      if (text === undefined || !text.includes(exclusion.text)) {
        issues.push({
          file,
          record: null,
          field: `exclusions(line ${exclusion.line})`,
          message: `exclusion text no longer matches the line: "${exclusion.text}"`,
        });
      }
    }
  }
  for (const plan of plans) {
    const file = fileOf.get(plan.id) ?? plan.id;
    for (const superseded of plan.supersedes) {
      if (!planIds.has(superseded)) {
        issues.push({ file, record: null, field: "supersedes", message: `no plan ${superseded}` });
      }
    }
    for (const record of plan.records) {
      for (const other of record.sameAs) {
        if (!recordIds.has(other))
          issues.push({ file, record: record.id, field: "sameAs", message: `no record ${other}` });
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
      documents,
    },
  };
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.file, issue.record && `record ${issue.record}`, issue.field && `field ${issue.field}`]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${issue.message}`;
}
