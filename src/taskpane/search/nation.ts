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

/** A region's names folded once (normalizeText), each prefixed by the region's name: what a keystroke reads. */
interface FoldedRegion {
  readonly region: string;
  readonly plans: readonly string[];
  readonly sectors: readonly string[];
  readonly metrics: readonly string[];
}

const foldedTables = new WeakMap<NamesTable, readonly FoldedRegion[]>();

function folded(table: NamesTable): readonly FoldedRegion[] {
  let regions = foldedTables.get(table);
  if (!regions) {
    regions = table.regions.map((entry) => {
      const fold = (text: string): string => normalizeText(`${entry.region}${text}`);
      return {
        region: entry.region,
        plans: entry.plans.map((p) => fold(`${p.id}${p.title}`)),
        sectors: entry.sectors.map(fold),
        metrics: entry.metrics.map(fold),
      };
    });
    foldedTables.set(table, regions);
  }
  return regions;
}

/** The regions of `absent` whose names hold every word of `query`, most matches first (at most `limit`). */
export function nationMatches(table: NamesTable, query: string, absent: ReadonlySet<string>, limit = 8): NationMatch[] {
  const words = query
    .split(/[\s\u3000]+/)
    .map(normalizeText)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const count = (texts: readonly string[]): number => {
    let n = 0;
    for (const text of texts) if (words.every((w) => text.includes(w))) n++;
    return n;
  };
  const matches: NationMatch[] = [];
  for (const entry of folded(table)) {
    if (!absent.has(entry.region)) continue;
    const plans = count(entry.plans);
    const sectors = count(entry.sectors);
    const metrics = count(entry.metrics);
    if (plans + sectors + metrics > 0) matches.push({ region: entry.region, plans, sectors, metrics });
  }
  const total = (m: NationMatch): number => m.plans + m.sectors + m.metrics;
  return matches.sort((a, b) => total(b) - total(a)).slice(0, limit);
}
