/**
 * proposalsToPlan: accepted proposals and the text they came from → a plan file in the seeds schema, whose document
 * is the text itself. Record ids are <planId>-L<line>-<n>, n counting the figures of a line from the left.
 */
import { unclaimedMentions } from "../core/scan";
import type { PlanInput } from "../core/schema";
import type { PeriodContext } from "../core/words";
import type { Proposal } from "./types";

export interface PlanMeta {
  /** A user plan id: "U" + digits (U001), never a seed's. */
  readonly id: string;
  readonly title: string;
  /** The canonical region name (as in seeds/regions.json). */
  readonly region: string;
  readonly period: PeriodContext;
  /** The document's file name: userDocumentName(id, text). */
  readonly document: string;
  /** The text the proposals were extracted from: the plan's document. */
  readonly text: string;
}

/** User plan ids: "U" + at least three digits (U001), a shape no seed id (000, 001D) has. */
export const USER_PLAN_ID = /^U[0-9]{3,}$/;

/** Whether a plan id is a user's (导入规划), not a seed's. */
export function isUserPlanId(id: string): boolean {
  return USER_PLAN_ID.test(id);
}

/** FNV-1a, 64 bits, over UTF-16 code units: a stable content tag for a user document's file name. */
function contentHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The document file name of a user plan: U001_<16 hex of the text>.txt (the schema's document pattern). */
export function userDocumentName(planId: string, text: string): string {
  return `${planId}_${contentHash(text)}.txt`;
}

type RecordInput = PlanInput["records"][number];
type ExclusionInput = NonNullable<PlanInput["exclusions"]>[number];

/**
 * Every number of the text that no record claims, as an exclusion to review: a user plan is complete like a seed
 * (each figure a record or set aside with a reason), so `plan-targets check` accepts it. Imports of plan files and
 * tables set their unclaimed numbers aside the same way.
 */
export function unclaimedExclusions(
  lines: readonly string[],
  records: ReadonlyArray<Pick<RecordInput, "line" | "quote">>,
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

export function proposalsToPlan(proposals: readonly Proposal[], meta: PlanMeta): PlanInput {
  // The lines of the text as buildDataset splits them, up to the last one that is not blank.
  const lines = meta.text.split(/\r?\n/);
  let lineCount = lines.length;
  while (lineCount > 1 && lines[lineCount - 1]!.trim() === "") lineCount--;
  const ordered = [...proposals].sort((a, b) => a.line - b.line || a.start - b.start);
  const seen = new Map<number, number>();
  const records: RecordInput[] = ordered.map((proposal) => {
    const n = (seen.get(proposal.line) ?? 0) + 1;
    seen.set(proposal.line, n);
    return {
      id: `${meta.id}-L${proposal.line}-${n}`,
      line: proposal.line,
      quote: proposal.quote,
      valueText: proposal.valueText,
      sector: [...proposal.sector],
      subRegion: null,
      metric: proposal.metric,
      kind: proposal.kind,
      year: proposal.year,
      yearBasis: proposal.yearBasis,
      period: proposal.period ? { ...proposal.period } : null,
      value: proposal.value,
      valueMax: proposal.valueMax,
      unit: proposal.unit,
      bound: proposal.bound,
      aspiration: proposal.aspiration,
      qualifiers: [...proposal.qualifiers],
      entityFilter: proposal.entityFilter ? { ...proposal.entityFilter } : null,
      growth: proposal.growth ? { ...proposal.growth } : null,
      relative: proposal.relative ? { ...proposal.relative } : null,
      sameAs: [],
      note: proposal.note,
    };
  });
  return {
    id: meta.id,
    title: meta.title,
    bundle: null,
    document: meta.document,
    lines: [1, Math.max(1, lineCount)],
    region: meta.region,
    issuer: null,
    issued: null,
    period: { start: meta.period.start, end: meta.period.end },
    baseYear: meta.period.start - 1,
    supersedes: [],
    sectorAliases: {},
    note: `由规划文本自动提取生成（${records.length}条记录）`,
    records,
    exclusions: unclaimedExclusions(lines.slice(0, lineCount), records),
  };
}
