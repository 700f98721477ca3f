/** Listing and browsing: records by filter, the sector tree with counts, the metrics of a sector node. */
import { byTargetsFirst, type Locator } from "./catalog-locate";
import { PATH_JOINER, type Entry, type RecordFilter, type SectorNode } from "./catalog-types";
import { ok, type Result } from "./errors";
import type { Indexed, RecordIndex } from "./record-index";
import { EVERY_YEAR } from "./vocabulary";

export class Listing {
  constructor(
    private readonly locator: Locator,
    private readonly index: RecordIndex,
  ) {}

  /** Records matching every given filter, in dataset order; a name that resolves to nothing is an error. */
  list(filter: RecordFilter = {}): Result<Entry[]> {
    const scoped = this.locator.scope(filter.region, filter.plan);
    if (!scoped.ok) return scoped;
    let pool: readonly Indexed[];
    if (filter.sector) {
      const bySector = this.locator.matchSector(scoped.value, filter.sector, true);
      if (!bySector.ok) return this.locator.pinnedMiss(scoped.value, filter.sector, null) ?? bySector;
      pool = bySector.value;
    } else {
      pool = this.index.recordsOf(scoped.value);
    }
    if (filter.metric) {
      const byMetric = this.locator.matchMetric(pool, filter.metric, filter.sector ?? null);
      if (!byMetric.ok)
        return (filter.sector && this.locator.pinnedMiss(scoped.value, filter.sector, filter.metric)) || byMetric;
      pool = byMetric.value;
    }
    if (filter.year !== undefined && filter.year !== null) {
      const year = filter.year === EVERY_YEAR ? null : filter.year;
      pool = pool.filter((i) => i.entry.record.year === year);
    }
    if (filter.kinds && filter.kinds.length > 0) {
      const kinds = new Set(filter.kinds);
      pool = pool.filter((i) => kinds.has(i.entry.record.kind));
    }
    return ok(pool.map((i) => i.entry));
  }

  /** The sector tree of a region or plan, with record counts. */
  sectorTree(filter: { region?: string | null; plan?: string | null } = {}): Result<SectorNode[]> {
    const scoped = this.locator.scope(filter.region, filter.plan);
    if (!scoped.ok) return scoped;
    interface Mutable {
      name: string;
      path: string[];
      count: number;
      children: Map<string, Mutable>;
    }
    const root = new Map<string, Mutable>();
    for (const { entry, sectorKeys } of this.index.recordsOf(scoped.value)) {
      let level = root;
      const path: string[] = [];
      entry.record.sector.forEach((name, depth) => {
        path.push(name);
        const key = sectorKeys[depth]!;
        const node = level.get(key) ?? { name, path: [...path], count: 0, children: new Map<string, Mutable>() };
        node.count += 1;
        level.set(key, node);
        level = node.children;
      });
    }
    const freeze = (nodes: Map<string, Mutable>): SectorNode[] =>
      [...nodes.values()].map((n) => ({
        name: n.name,
        path: n.path,
        label: n.path.join(PATH_JOINER),
        count: n.count,
        children: freeze(n.children),
      }));
    return ok(freeze(root));
  }

  /** Metric labels a sector node has, in first-seen order (target-like kinds first). */
  metrics(region: string, sector: string, plan?: string | null): Result<string[]> {
    const scoped = this.locator.scope(region, plan);
    if (!scoped.ok) return scoped;
    // A node whose figures all sit on sub-nodes lists theirs.
    const labels = (pool: readonly Indexed[]): string[] => [
      ...new Set(byTargetsFirst(pool).map((i) => i.entry.metricLabel)),
    ];
    const atNode = this.locator.matchSector(scoped.value, sector, false);
    if (atNode.ok) return ok(labels(atNode.value));
    const below = this.locator.matchSector(scoped.value, sector, true);
    return below.ok ? ok(labels(below.value)) : atNode;
  }
}
