/**
 * Searching the regions not loaded, through the names table (no records): which of them have plan titles, sector
 * paths or metrics holding every word typed. The pane offers to load them; their records then search as any other.
 */
import { normalizeText } from "../../core/text";
import type { NamesTable } from "../../data/names";

export interface NationMatch {
  readonly region: string;
  readonly plans: number;
  readonly sectors: number;
  readonly metrics: number;
}

/** The regions of `absent` whose names hold every word of `query`, most matches first (at most `limit`). */
export function nationMatches(table: NamesTable, query: string, absent: ReadonlySet<string>, limit = 8): NationMatch[] {
  const words = query
    .split(/[\s\u3000]+/)
    .map(normalizeText)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const holds = (text: string): boolean => {
    const folded = normalizeText(text);
    return words.every((w) => folded.includes(w));
  };
  const matches: NationMatch[] = [];
  for (const entry of table.regions) {
    if (!absent.has(entry.region)) continue;
    const plans = entry.plans.filter((p) => holds(`${entry.region}${p.id}${p.title}`)).length;
    const sectors = entry.sectors.filter((s) => holds(`${entry.region}${s}`)).length;
    const metrics = entry.metrics.filter((m) => holds(`${entry.region}${m}`)).length;
    if (plans + sectors + metrics > 0) matches.push({ region: entry.region, plans, sectors, metrics });
  }
  const total = (m: NationMatch): number => m.plans + m.sectors + m.metrics;
  return matches.sort((a, b) => total(b) - total(a)).slice(0, limit);
}
