/**
 * Schema issues (zod) as dataset issues, in both languages: zod's zh-CN and en locales for its own rules, a table
 * for the schema's few custom rules. Only the validator uses this (zod stays off the add-in's start path).
 */
import type { z } from "zod";
import enLocale from "zod/v4/locales/en.js";
import zhLocale from "zod/v4/locales/zh-CN.js";
import { datasetIssue, type DatasetIssue, type IssuePlace } from "./issues";

/** The schema's custom rules (src/core/schema.ts, `ctx.addIssue`) in Chinese; zod translates its own. */
export const SCHEMA_RULES_ZH: Readonly<Record<string, string>> = {
  "valueMax equals value: not a range": "valueMax 与 value 相同：不是数值范围",
  "year may be null only when yearBasis is recurring": "只有 yearBasis 为 recurring（每年）时 year 才可为空",
  "a growth_rate record needs growth.type": "growth_rate（增长率）记录须有 growth.type",
  "a relative_target record needs relative": "relative_target（相对目标）记录须有 relative",
};

const zodZh = zhLocale().localeError;
const zodEn = enLocale().localeError;

function zodText(map: z.core.$ZodErrorMap, issue: z.core.$ZodIssue): string | null {
  const said = map(issue as unknown as z.core.$ZodRawIssue);
  if (typeof said === "string") return said;
  return said?.message ?? null;
}

/** A zod issue as a dataset issue: zod's locales for its own rules, the table above for ours. */
export function schemaIssue(place: IssuePlace, issue: z.core.$ZodIssue): DatasetIssue {
  if (issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined) {
    return datasetIssue("FIELD_MISSING", place, { expected: issue.expected });
  }
  if (issue.code === "custom") {
    return datasetIssue("SCHEMA", place, { zh: SCHEMA_RULES_ZH[issue.message] ?? issue.message, en: issue.message });
  }
  return datasetIssue("SCHEMA", place, {
    zh: zodText(zodZh, issue) ?? issue.message,
    en: zodText(zodEn, issue) ?? issue.message,
  });
}
