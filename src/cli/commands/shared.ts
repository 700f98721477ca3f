/** What several commands share: the lookup arguments (region, sector, metric, year). */
import type { TargetQuery } from "../../core/catalog";
import { ARG, toLookupYear, toText } from "../../core/input";
import { unwrap } from "../failures";
import type { Args, PositionalSpec } from "../spec";
import { PLACEHOLDER } from "../text";

export const POSITIONAL = {
  region: {
    name: PLACEHOLDER.region,
    help: { zh: "内蒙古、内蒙古自治区、Inner Mongolia、150000…", en: "内蒙古, 内蒙古自治区, Inner Mongolia, 150000…" },
  },
  sector: {
    name: PLACEHOLDER.sector,
    help: {
      zh: "行业节点（稀土新材料）或路径（新材料›稀土新材料）",
      en: "a sector node (稀土新材料) or a path (新材料›稀土新材料)",
    },
  },
  metric: {
    name: PLACEHOLDER.metric,
    help: { zh: "规划的说法：产值、产能、新增产能…", en: "the plan's word: 产值, 产能, 新增产能…" },
  },
  year: {
    name: PLACEHOLDER.year,
    optional: true,
    help: {
      zh: "2025 或 2025年；每年重复的目标写“每年”；默认为规划末年",
      en: "2025 or 2025年; 每年 (every year) for a recurring target; default: the plan's end year",
    },
  },
  current: {
    name: PLACEHOLDER.current,
    help: {
      zh: "当前值（与目标同一单位；百分比写作 35% 或 0.35）",
      en: "the current value (in the target's unit; a percentage as 35% or 0.35)",
    },
  },
  currentYear: { name: PLACEHOLDER.currentYear, help: { zh: "当前值的年份", en: "the year of the current value" } },
  rate: {
    name: PLACEHOLDER.rate,
    help: { zh: "年增长率：8% 或 0.08（不接受 8）", en: "yearly growth rate: 8% or 0.08 (not 8)" },
  },
} as const satisfies Record<string, PositionalSpec>;

/** The lookup form's positionals, from `offset`: region, sector, metric, [year]. */
export const LOOKUP_POSITIONALS: readonly PositionalSpec[] = [
  POSITIONAL.region,
  POSITIONAL.sector,
  POSITIONAL.metric,
  POSITIONAL.year,
];

export function lookupQuery(args: Args, offset: number): TargetQuery {
  const [region, sector, metric, year] = args.positional.slice(offset);
  return {
    region: unwrap(toText(region, ARG.region)),
    sector: unwrap(toText(sector, ARG.sector)),
    metric: unwrap(toText(metric, ARG.metric)),
    year: unwrap(toLookupYear(year, ARG.year)),
    plan: args.value("plan"),
  };
}
