/**
 * Curation checks that read the word tables (words.ts): a record's qualifier words must be known words, and its
 * bound and 力争 must be the ones its words say. `plan-targets check` and the tests run them over the seeds.
 */
import type { Dataset } from "./dataset";
import type { PlanRecord } from "./schema";
import { BOUND_WORDS, boundOfWord, HEDGE_WORDS, isAspirationWord, isMagnitudeClass } from "./words";

export interface CurationIssue {
  readonly record: string;
  readonly message: string;
}

const KNOWN = new Set([...Object.values(BOUND_WORDS).flat(), ...HEDGE_WORDS]);

/** What a record's qualifiers say against what it declares. */
export function qualifierIssues(record: PlanRecord): string[] {
  const issues: string[] = [];
  for (const word of record.qualifiers) {
    if (!KNOWN.has(word) && !isAspirationWord(word)) issues.push(`限定词“${word}”不在词表中（src/core/words.ts）`);
  }
  // A magnitude written as a class (千亿级, 百亿) carries its bound in the value text: "at least".
  const words = isMagnitudeClass(record.valueText) ? [...record.qualifiers, "级"] : record.qualifiers;
  const bounds = [...new Set(words.map(boundOfWord).filter((b) => b !== null))];
  if (bounds.length > 1) issues.push(`限定词给出多个界限：${bounds.join("、")}`);
  const said = bounds[0] ?? "eq";
  // A range (2—3个) is eq even with 左右 or 以上 beside it; otherwise the words decide the bound.
  if (record.valueMax === null && said !== record.bound) {
    issues.push(`bound 为 ${record.bound}，但限定词“${record.qualifiers.join("、")}”表示 ${said}`);
  }
  const aspiration = record.qualifiers.some(isAspirationWord);
  if (aspiration !== record.aspiration) {
    issues.push(`aspiration 为 ${String(record.aspiration)}，但限定词${aspiration ? "含" : "不含"}“力争/争取”`);
  }
  return issues;
}

export function curationIssues(dataset: Dataset): CurationIssue[] {
  return dataset.plans.flatMap((plan) =>
    plan.records.flatMap((record) => qualifierIssues(record).map((message) => ({ record: record.id, message }))),
  );
}
