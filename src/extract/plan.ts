/**
 * proposalsToPlan: accepted proposals and the text they came from → a plan file in the seeds schema, whose document
 * is the text itself. Record ids are <planId>-L<line>-<n>, n counting the figures of a line from the left.
 */
import { unclaimedExclusions } from "../core/completeness";
import type { PlanInput } from "../core/schema";
import type { PeriodContext } from "../core/words";
import type { Proposal } from "./types";

export interface PlanMeta {
  /** A user plan id: "U" + digits (U001), never a seed's (src/data/user-plan-id.ts). */
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

type RecordInput = PlanInput["records"][number];

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
