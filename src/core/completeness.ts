/**
 * Completeness: every quantitative mention of every line of every document must be claimed, by the quote of a record
 * on that line or by an exclusion with its reason. What is left is reported, line by line.
 */
import type { Dataset } from "./dataset";
import type { PlanInput } from "./schema";
import { unclaimedMentions, type Mention } from "./scan";

export interface UnclaimedMention extends Mention {
  readonly document: string;
  readonly line: number;
  readonly lineText: string;
}

/** Claimed texts per document line, from the records and exclusions of every plan on that document. */
function claimsByLine(dataset: Dataset): Map<string, Map<number, string[]>> {
  const claims = new Map<string, Map<number, string[]>>();
  const add = (document: string, line: number, text: string): void => {
    const byLine = claims.get(document) ?? new Map<number, string[]>();
    claims.set(document, byLine);
    byLine.set(line, [...(byLine.get(line) ?? []), text]);
  };
  for (const plan of dataset.plans) {
    for (const record of plan.records) add(plan.document, record.line, record.quote);
    for (const exclusion of plan.exclusions) add(plan.document, exclusion.line, exclusion.text);
  }
  return claims;
}

/**
 * Every mention nobody claims; `only` limits the scan to some documents' line ranges. A compiled dataset carries no
 * documents, so there is nothing to scan: the build scans the seeds before it publishes them.
 */
export function unclaimed(
  dataset: Dataset,
  only?: ReadonlyArray<{ document: string; from: number; to: number }>,
): UnclaimedMention[] {
  const claims = claimsByLine(dataset);
  const result: UnclaimedMention[] = [];
  for (const [document, lines] of Object.entries(dataset.documents ?? {})) {
    const ranges = only?.filter((r) => r.document === document);
    if (only && ranges?.length === 0) continue;
    lines.forEach((lineText, index) => {
      const line = index + 1;
      if (ranges && !ranges.some((r) => line >= r.from && line <= r.to)) return;
      for (const mention of unclaimedMentions(lineText, claims.get(document)?.get(line) ?? [])) {
        result.push({ ...mention, document, line, lineText });
      }
    });
  }
  return result;
}

type ExclusionInput = NonNullable<PlanInput["exclusions"]>[number];

/**
 * Every number of the text that no record claims, as an exclusion to review: a user plan is complete like a seed
 * (each figure a record or set aside with a reason), so `plan-targets check` accepts it. The extractor's plans and
 * imports of plan files and tables set their unclaimed numbers aside the same way.
 */
export function unclaimedExclusions(
  lines: readonly string[],
  records: ReadonlyArray<{ readonly line: number; readonly quote: string }>,
): ExclusionInput[] {
  const quotes = new Map<number, string[]>();
  for (const r of records) quotes.set(r.line, [...(quotes.get(r.line) ?? []), r.quote]);
  return lines.flatMap((text, index) => {
    const line = index + 1;
    const texts = [...new Set(unclaimedMentions(text, quotes.get(line) ?? []).map((m) => m.text))];
    return texts.map((mention) => ({
      line,
      text: mention,
      reason: "other" as const,
      note: "提取时未作为目标（待复核）",
    }));
  });
}
