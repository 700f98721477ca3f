/** What the catalogue answers with and is asked: its public types, shared by its modules and its callers. */
import type { Plan, PlanRecord, RecordKind, Region } from "./schema";
import type { UnitInfo } from "./units";
import type { YearAsked } from "./vocabulary";

/** A record with everything a caller needs to show or compute with it. */
export interface Entry {
  readonly record: PlanRecord;
  readonly plan: Plan;
  readonly region: Region;
  readonly unit: UnitInfo;
  /** 企业（产值≥10亿元）: the metric with its threshold. */
  readonly metricLabel: string;
  /** 新材料›稀土新材料 */
  readonly sectorLabel: string;
  /** Position in dataset order (ties are broken by it). */
  readonly order: number;
}

export interface TargetQuery {
  readonly region: string;
  readonly sector: string;
  readonly metric: string;
  /** A year, 每年 (EVERY_YEAR: the recurring figure), or none for the plan's end year. */
  readonly year?: YearAsked;
  readonly plan?: string | null;
}

export interface TargetAnswer {
  readonly entry: Entry;
  /**
   * Records of the same figure that state it differently — another value, another threshold word (达到 vs 超),
   * 力争 in one only — in another plan or version, or restated in the same plan.
   */
  readonly others: readonly Entry[];
  /** Records that state the same figure the same way elsewhere. */
  readonly agreeing: readonly Entry[];
  /** Records of another version that state this figure together with others, as one sum (5户 + 2户 = 7户). */
  readonly combined: readonly Entry[];
  /** Other versions of the plan that do not state this target at all (001D 未再列出此目标). */
  readonly unrestated: readonly Unrestated[];
}

/** A version of a plan that leaves a target out; `later` when it comes after the plan in dataset order. */
export interface Unrestated {
  readonly plan: Plan;
  readonly later: boolean;
}

export interface RecordFilter {
  readonly region?: string | null;
  readonly plan?: string | null;
  /** A sector node or path; its descendants are included. */
  readonly sector?: string | null;
  readonly metric?: string | null;
  readonly year?: YearAsked;
  readonly kinds?: readonly RecordKind[] | null;
}

export interface SectorNode {
  readonly name: string;
  readonly path: readonly string[];
  readonly label: string;
  /** Records at this node and below. */
  readonly count: number;
  readonly children: readonly SectorNode[];
}

export const PATH_JOINER = "›";
