/**
 * Curation checks that read the word tables (words.ts): a record's qualifier words must be known words, and its
 * bound and 力争 must be the ones its words say. `plan-targets check` and the tests run them over the seeds.
 */
import type { Dataset } from "./dataset";
import { answersLookup } from "./kinds";
import { remembered } from "./memo";
import { metricLabel } from "./names";
import type { Plan, PlanRecord } from "./schema";
import { BOUND_WORDS, boundOfWord, findYearPhrase, HEDGE_WORDS, isAspirationWord, isMagnitudeClass } from "./words";

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

/**
 * One line states a figure once: two targets of one line on the same sector node, metric, year and place are two
 * scopes (节点范围内 / 以外, 京九 / 沪昆) that the record must tell apart, or the lookup shows them as conflicting
 * versions of one figure.
 */
export function sameLineIssues(plan: Plan): CurationIssue[] {
  const seen = new Map<string, string>();
  const issues: CurationIssue[] = [];
  for (const record of plan.records) {
    if (!answersLookup(record.kind)) continue;
    const key = [record.line, record.sector.join("›"), metricLabel(record), record.year, record.subRegion].join("|");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, record.id);
    else
      issues.push({
        record: record.id,
        message: `与${first}同在第${record.line}行、同一行业、指标与年份：两者口径不同须在行业、指标或地区上写明，否则就是同一目标`,
      });
  }
  return issues;
}

/** A plan's statement of its base period (本规划以2020年为基期) dates the base, not a target. */
const BASE_PERIOD = /以\d{4}年为基期/g;

/** The years a line's clauses name (a clause ends at ，。；), base-period statements aside. */
function yearsNamed(line: string, period: Plan["period"]): Set<number | null> {
  const years = new Set<number | null>();
  for (const clause of line.replace(BASE_PERIOD, "").split(/[，。；,;]/)) {
    const found = findYearPhrase(clause, period);
    if (found) years.add(found.year);
  }
  return years;
}

/**
 * Where a record's year comes from must be findable: an `inherited` year is named by a year phrase on its own line
 * or on a line its note cites (第16行); a `base_year` is the plan's base year.
 */
export function yearSourceIssues(plan: Plan, lines: readonly string[] | undefined): CurationIssue[] {
  const issues: CurationIssue[] = [];
  // The records of a line share it: its years are read once per plan (a plan's period decides them).
  const named = new Map<string, Set<number | null>>();
  for (const record of plan.records) {
    if (record.yearBasis === "base_year" && record.year !== plan.baseYear)
      issues.push({ record: record.id, message: `yearBasis 为 base_year，但年份不是规划基期${plan.baseYear}年` });
    if (record.yearBasis !== "inherited" || !lines) continue;
    const note = record.note ?? "";
    const cited = note ? [...note.matchAll(/第(\d+)行/g)].map((m) => lines[Number(m[1]) - 1] ?? "") : [];
    // 年份承接上文“到2025年”: a phrase the note quotes, found on a line of the plan up to the record's own.
    const quoted = note
      ? [...note.matchAll(/“([^”]+)”/g)]
          .map((m) => m[1]!)
          .filter((q) => lines.slice(plan.lines[0] - 1, record.line).some((l) => l.includes(q)))
      : [];
    const found = [lines[record.line - 1] ?? "", ...cited, ...quoted].some((text) =>
      remembered(named, text, () => yearsNamed(text, plan.period)).has(record.year),
    );
    if (!found)
      issues.push({
        record: record.id,
        message: `yearBasis 为 inherited，但本行及 note 所引的行都没有写出${record.year ?? "每"}年`,
      });
  }
  return issues;
}

export function curationIssues(dataset: Dataset): CurationIssue[] {
  return dataset.plans.flatMap((plan) => [
    ...plan.records.flatMap((record) => qualifierIssues(record).map((message) => ({ record: record.id, message }))),
    ...sameLineIssues(plan),
    ...yearSourceIssues(plan, dataset.documents?.[plan.document]),
  ]);
}
