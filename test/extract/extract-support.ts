/** Helpers for the extractor's tests: extract or fail, find a proposal by its figure, check it against the schema. */
import { valueTexts } from "../../src/core/dataset";
import { extractProposals, type ExtractContext, type Proposal } from "../../src/extract";
import { RecordSchema } from "../../src/core/schema";

export const PLAN_CONTEXT: ExtractContext = { title: "某某省新材料产业发展规划", period: { start: 2021, end: 2025 } };

/** The proposals of `text`, or a failed assertion naming the error. */
export function extract(text: string, context: ExtractContext = PLAN_CONTEXT): Proposal[] {
  const result = extractProposals(text, context);
  if (!result.ok) throw new Error(`expected proposals, got ${result.error.code}: ${result.error.message.zh}`);
  return [...result.value.proposals];
}

/** The proposal whose figure is written as `written` (and on `line`, if given). */
export function figure(proposals: readonly Proposal[], written: string, text: string, line?: number): Proposal {
  const lines = text.split("\n");
  const found = proposals.filter(
    (p) => (line === undefined || p.line === line) && lines[p.line - 1]!.slice(p.start, p.end) === written,
  );
  if (found.length !== 1) {
    const seen = proposals.map((p) => lines[p.line - 1]!.slice(p.start, p.end)).join(", ");
    throw new Error(`expected one proposal for "${written}", found ${found.length} (figures: ${seen})`);
  }
  return found[0]!;
}

/** The figures proposed, as written. */
export function written(proposals: readonly Proposal[], text: string): string[] {
  const lines = text.split("\n");
  return proposals.map((p) => lines[p.line - 1]!.slice(p.start, p.end));
}

/** What keeps a proposal from being saved as a record: schema issues, a quote off its line or without its value. */
export function recordProblems(proposal: Proposal, text: string): string[] {
  const problems: string[] = [];
  // confidence, start and end are for the review, not fields of a record.
  const { confidence: _confidence, start: _start, end: _end, ...fields } = proposal;
  const parsed = RecordSchema.safeParse({ ...fields, id: "U001-L1-1" });
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const line = text.split(/\r?\n/)[proposal.line - 1] ?? "";
  if (!line.includes(proposal.quote)) problems.push(`quote not on line ${proposal.line}: ${proposal.quote}`);
  for (const shown of valueTexts(proposal)) {
    if (!proposal.quote.includes(shown)) problems.push(`quote "${proposal.quote}" does not show "${shown}"`);
  }
  return problems;
}
