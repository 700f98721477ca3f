/**
 * The same figure stated twice in one text (a headline and its body, a lead and its article, a report quoted twice)
 * is proposed once: at its first statement, with a note naming the lines that repeat it. Two statements are the same
 * figure when they agree on kind, metric, value, range, unit, year and threshold, on different lines, and one's sector
 * path is the start of the other's (the headline names fewer headings). Figures of one line are never merged (分别 lists
 * repeat a value on purpose), nor figures written in words (全覆盖, 全部退出 say 100 % of many different things).
 */
import { canonical } from "./clause-reader";
import type { Proposal } from "./types";

function sameFigureKey(p: Proposal): string {
  return JSON.stringify([
    p.kind,
    p.metric,
    p.value,
    p.valueMax,
    canonical(p.unit),
    p.year,
    p.entityFilter,
    p.growth?.type ?? null,
  ]);
}

/** The same heading, or a headline's naming the place before it (湖北经济总量 and 经济总量). */
function samePart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || (long.endsWith(short) && long.length - short.length <= 3 && short.length >= 2);
}

function nested(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((part, i) => samePart(long[i]!, part));
}

export function proposeOnce(proposals: readonly Proposal[]): Proposal[] {
  // Per figure, the first statement of each sector path (a handful of paths, however many statements).
  const first = new Map<string, Map<string, number>>();
  const kept: Proposal[] = [];
  const restated = new Map<number, number[]>();
  for (const proposal of proposals) {
    if (proposal.valueText !== null) {
      kept.push(proposal);
      continue;
    }
    const key = sameFigureKey(proposal);
    const paths = first.get(key) ?? new Map<string, number>();
    first.set(key, paths);
    let earlier: number | undefined;
    for (const i of paths.values()) {
      if (kept[i]!.line !== proposal.line && nested(kept[i]!.sector, proposal.sector)) earlier = i;
    }
    if (earlier !== undefined) {
      restated.set(earlier, [...(restated.get(earlier) ?? []), proposal.line]);
      continue;
    }
    const path = proposal.sector.join("›");
    if (!paths.has(path)) paths.set(path, kept.length);
    kept.push(proposal);
  }
  return kept.map((proposal, i) => {
    const lines = restated.get(i);
    if (!lines) return proposal;
    const restatedLines = [...new Set(lines)];
    const said = `同一数值另见第${restatedLines.join("、")}行`;
    return { ...proposal, restated: restatedLines, note: proposal.note ? `${proposal.note}；${said}` : said };
  });
}
