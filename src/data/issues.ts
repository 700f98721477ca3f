/**
 * What is wrong with a dataset, one issue at a time, naming the file, the record and the field; the texts come
 * from the catalogue in src/core/errors.ts. No zod here: the add-in's start path reports integrity issues too.
 */
import { DATASET_ISSUES, dataText, type DatasetIssueCode, type TextArgs } from "../core/errors";
import type { Bilingual, Locale } from "../core/locale";

/** One thing wrong with the data, naming the file, the record and the field. */
export interface DatasetIssue {
  readonly file: string;
  readonly record: string | null;
  readonly field: string | null;
  readonly code: DatasetIssueCode;
  /** What is wrong, in both languages; `formatIssue` shows the whole issue. */
  readonly message: Bilingual;
}

/** An issue whose text comes from the catalogue in src/core/errors.ts. */
export function datasetIssue<C extends DatasetIssueCode>(
  where: { readonly file: string; readonly record?: string | null; readonly field?: string | null },
  code: C,
  ...params: TextArgs<(typeof DATASET_ISSUES)[C]>
): DatasetIssue {
  return {
    file: where.file,
    record: where.record ?? null,
    field: where.field ?? null,
    code,
    message: dataText(DATASET_ISSUES, code, ...params),
  };
}

/** 文件 002.json，记录 002-L17-1，字段 value：引文不含数值文字“350”: an issue as the build and the CLI print it. */
export function formatIssue(issue: DatasetIssue): string {
  return issueText(issue, "zh");
}

/** An issue in the user's language, naming the file, the record and the field. */
export function issueText(issue: DatasetIssue, locale: Locale): string {
  if (locale === "en") {
    const where = [issue.file, issue.record && `record ${issue.record}`, issue.field && `field ${issue.field}`];
    return `${where.filter(Boolean).join(", ")}: ${issue.message.en}`;
  }
  const where = [`文件 ${issue.file}`, issue.record && `记录 ${issue.record}`, issue.field && `字段 ${issue.field}`];
  return `${where.filter(Boolean).join("，")}：${issue.message.zh}`;
}
