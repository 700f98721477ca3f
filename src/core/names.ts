/**
 * Name keys: what two spellings must share to mean the same region, sector or metric.
 * Matching is on keys, display is always the plan's own spelling.
 */
import type { EntityFilter, PlanRecord } from "./schema";
import { normalizeText } from "./text";

const BOUND_SYMBOL: Record<EntityFilter["op"], string> = { ge: "≥", gt: ">", approx: "≈", range: "" };

/** Region key: 内蒙古自治区, 内蒙古 and ＂内蒙古 ＂ share one; 省 / 自治区 / 市 / 盟 suffixes are dropped. */
export function regionKey(input: string): string {
  const text = normalizeText(input);
  const stripped = text.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|盟)$/, "");
  return stripped.length > 0 ? stripped : text;
}

/** Sector key: folds width and spaces and drops a trailing 产业 or 行业 (新材料产业 = 新材料). */
export function sectorKey(input: string): string {
  const text = normalizeText(input);
  const stripped = text.replace(/(产业|行业)$/, "");
  return stripped.length > 0 ? stripped : text;
}

/** Metric key: counts are named by the thing counted, so 重点实验室数量 = 重点实验室总数 = 重点实验室. */
export function metricKey(input: string): string {
  const text = normalizeText(input);
  const stripped = text.replace(/(总数量|总数|数量|个数|数)$/, "");
  return stripped.length > 0 ? stripped : text;
}

/** The metric as shown and looked up: its name plus any threshold on the counted thing: 企业（产值≥10亿元）. */
export function metricLabel(record: Pick<PlanRecord, "metric" | "entityFilter">): string {
  const filter = record.entityFilter;
  if (!filter) return record.metric;
  const amount =
    filter.op === "range" && filter.valueMax !== null
      ? `${filter.value}—${filter.valueMax}${filter.unit}`
      : `${BOUND_SYMBOL[filter.op]}${filter.value}${filter.unit}`;
  return `${record.metric}（${filter.measure}${amount}）`;
}

/**
 * Groups of equivalent names: every alias list says its names are one. `find` gives the group's representative
 * (its first-seen member), so keys of equivalent names compare equal.
 */
export class Equivalence {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.parent.has(ra)) this.parent.set(ra, ra);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
