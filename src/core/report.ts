/**
 * The consistency report of a dataset (npm run data:report): counts, conflicts between and within plans, children
 * that do not sum to their parent, and stated versus implied growth. Warnings for curators: nothing here changes
 * or adds data, and every computed figure is labelled derived.
 */
import { sameAmount, thresholdOf, type Catalog, type Entry, type StatementDifference } from "./catalog";
import { cagr } from "./growth";
import { KIND_LABELS } from "./labels";
import { answersLookup } from "./kinds";
import { RECORD_KINDS, type RecordKind } from "./vocabulary";
import { formatValue, statementText } from "./present";

export interface ConflictGroup {
  readonly what: string;
  readonly entries: readonly Entry[];
}

export interface SumWarning {
  readonly parent: Entry;
  readonly children: readonly Entry[];
  readonly sum: number;
}

export interface GrowthCheck {
  readonly growth: Entry;
  readonly baseline: Entry | null;
  readonly target: Entry;
  /** CAGR from the baseline to the target (derived), when a baseline is stated. */
  readonly impliedRate: number | null;
  /** The base-year value the stated rate implies for the target (derived), when none is stated. */
  readonly impliedBase: number | null;
}

const amount = (e: Entry): number => e.record.value * e.unit.factor;
const isTargetLike = (e: Entry): boolean => answersLookup(e.record.kind);
const describe = (e: Entry): string => `${e.sectorLabel}·${e.metricLabel}·${e.record.year ?? "每年"}`;

/** Records counted per plan and kind. */
export function countsByPlan(
  catalog: Catalog,
): Array<{ plan: string; title: string; counts: Record<RecordKind, number>; total: number }> {
  return catalog.dataset.plans.map((plan) => {
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
    for (const record of plan.records) counts[record.kind]++;
    return { plan: plan.id, title: plan.title, counts, total: plan.records.length };
  });
}

/** Figures (region, sector node, metric, year) stated with different values, across or within plans. */
export function conflicts(catalog: Catalog): ConflictGroup[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of catalog.entries.filter(isTargetLike)) {
    const key = `${entry.region.name}|${catalog.nodeKey(entry)}|${catalog.metricKeyOf(entry)}|${entry.record.year}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()]
    .filter((entries) => entries.some((e) => !sameAmount(e, entries[0]!)))
    .map((entries) => ({ what: describe(entries[0]!), entries }));
}

/** How two versions of a figure differ: the amount, the threshold word (达到 vs 超), 力争. */
export type VersionDifference = StatementDifference;

export interface VersionPair {
  /** The earlier record (dataset order). */
  readonly a: Entry;
  /** The record(s) of the other version linked to it; several when that version states their sum (5户 + 2户 = 7户). */
  readonly b: readonly Entry[];
  readonly differences: readonly VersionDifference[];
}

/**
 * Records linked across versions (sameAs, read both ways), grouped so that one record linked to several in the
 * other version is compared with their sum; a pair is listed when amount, threshold word or 力争 differ.
 */
export function versionDifferences(catalog: Catalog): VersionPair[] {
  const pairs: VersionPair[] = [];
  const seen = new Set<string>();
  for (const entry of catalog.entries) {
    const byPlan = new Map<string, Entry[]>();
    for (const other of catalog.related(entry))
      byPlan.set(other.plan.id, [...(byPlan.get(other.plan.id) ?? []), other]);
    for (const linked of byPlan.values()) {
      // Compare from the side that holds one record: 7户 against 5户 + 2户, not 5户 against 7户.
      if (linked.length === 1 && catalog.related(linked[0]!).filter((e) => e.plan === entry.plan).length > 1) continue;
      const key = [entry.record.id, ...linked.map((e) => e.record.id)].sort().join("~");
      if (seen.has(key)) continue;
      seen.add(key);
      const sum = linked.reduce((total, e) => total + amount(e), 0);
      const sameUnit = linked.every((e) => e.unit.base === entry.unit.base);
      const differences: VersionDifference[] = [];
      if (
        !sameUnit ||
        Math.abs(sum - amount(entry)) > 1e-9 * Math.max(1, Math.abs(sum)) ||
        (linked.length === 1 && !sameAmount(entry, linked[0]!))
      ) {
        differences.push("value");
      }
      if (linked.some((e) => thresholdOf(e) !== thresholdOf(entry))) differences.push("threshold");
      if (linked.some((e) => e.record.aspiration !== entry.record.aspiration)) differences.push("aspiration");
      if (differences.length === 0) continue;
      const [a, b] = entry.order < linked[0]!.order ? [entry, linked] : [linked[0]!, [entry]];
      pairs.push({ a: linked.length > 1 ? entry : a, b: linked.length > 1 ? linked : b, differences });
    }
  }
  return pairs.sort((x, y) => x.a.order - y.a.order);
}

/** Plans that are versions of each other (linked by sameAs), and the targets of each that the other leaves out. */
export function droppedFigures(catalog: Catalog): Array<{ from: string; to: string; entries: readonly Entry[] }> {
  const dropped = new Map<string, Entry[]>();
  for (const entry of catalog.entries) {
    for (const { plan } of catalog.unrestated(entry)) push(dropped, `${entry.plan.id}>${plan.id}`, entry);
  }
  return [...dropped.keys()].sort().map((pair) => {
    const [from, to] = pair.split(">") as [string, string];
    return { from, to, entries: dropped.get(pair)! };
  });
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  map.set(key, [...(map.get(key) ?? []), entry]);
}

/** Parents whose direct children (same plan, metric, year, unit base) do not sum to the parent's stated figure. */
export function childSums(catalog: Catalog): SumWarning[] {
  const targets = catalog.entries.filter(
    (e) => e.record.kind === "target" && e.record.entityFilter === null && e.record.valueMax === null,
  );
  const warnings: SumWarning[] = [];
  for (const parent of targets) {
    const depth = parent.record.sector.length;
    const children = targets.filter(
      (c) =>
        c.plan === parent.plan &&
        c.record.sector.length === depth + 1 &&
        catalog.nodeKey(c).startsWith(catalog.nodeKey(parent) + "›") &&
        catalog.metricKeyOf(c) === catalog.metricKeyOf(parent) &&
        c.record.year === parent.record.year &&
        c.unit.base === parent.unit.base,
    );
    if (children.length < 2) continue;
    const sum = children.reduce((total, c) => total + amount(c), 0) / parent.unit.factor;
    if (Math.abs(sum - parent.record.value) > 1e-9 * Math.max(1, parent.record.value))
      warnings.push({ parent, children, sum });
  }
  return warnings;
}

/** Each stated average growth rate against the level figures of the same plan, sector and metric. */
export function growthChecks(catalog: Catalog): GrowthCheck[] {
  const checks: GrowthCheck[] = [];
  for (const growth of catalog.entries.filter((e) => e.record.kind === "growth_rate")) {
    const type = growth.record.growth?.type;
    if (type !== "annual_avg" && type !== "cagr") continue;
    const same = catalog.entries.filter(
      (e) =>
        e.plan === growth.plan &&
        catalog.nodeKey(e) === catalog.nodeKey(growth) &&
        catalog.metricKeyOf(e) === catalog.metricKeyOf(growth),
    );
    const endYear = growth.record.period?.to ?? growth.record.year;
    const target = same.find((e) => e.record.kind === "target" && e.record.year === endYear);
    if (!target || target.record.year === null) continue;
    const baseline = catalog.baselineOf(target);
    const rate = growth.record.value / 100;
    let impliedRate: number | null = null;
    let impliedBase: number | null = null;
    if (baseline && baseline.record.year !== null) {
      const r = cagr(baseline.record.value, target.record.value, target.record.year - baseline.record.year);
      impliedRate = r.ok ? r.value : null;
    } else {
      const from = (growth.record.period?.from ?? growth.plan.period.start) - 1;
      impliedBase = target.record.value / Math.pow(1 + rate, target.record.year - from);
    }
    checks.push({ growth, baseline, target, impliedRate, impliedBase });
  }
  return checks;
}

const DIFFERENCE_WORDS: Readonly<Record<VersionDifference, string>> = {
  value: "数值",
  threshold: "门槛词",
  aspiration: "力争",
};

const statement = (e: Entry): string => statementText(e);

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const round = (x: number): string => (Math.round(x * 100) / 100).toString();

/** The report as Markdown. */
export function reportMarkdown(catalog: Catalog): string {
  const lines: string[] = [];
  const counts = countsByPlan(catalog);
  const kinds = RECORD_KINDS.filter((k) => counts.some((c) => c.counts[k] > 0));
  lines.push(`Dataset ${catalog.dataset.version}: ${counts.length} plans, ${catalog.entries.length} records.`, "");
  lines.push(`| plan | title | ${kinds.map((k) => KIND_LABELS[k].zh).join(" | ")} | total |`);
  lines.push(`|---|---|${kinds.map(() => "---:").join("|")}|---:|`);
  for (const c of counts)
    lines.push(`| ${c.plan} | ${c.title} | ${kinds.map((k) => c.counts[k] || "").join(" | ")} | ${c.total} |`);
  const totals = kinds.map((k) => counts.reduce((n, c) => n + c.counts[k], 0));
  lines.push(`| **all** | | ${totals.join(" | ")} | ${catalog.entries.length} |`, "");

  const versions = versionDifferences(catalog);
  lines.push(
    `**Versions that differ** (records linked by sameAs; a record linked to several is compared with their sum): ${versions.length}`,
    "",
  );
  lines.push("| figure | first | second | differs in |", "|---|---|---|---|");
  const where = (entries: readonly Entry[]): string =>
    entries.length === 1
      ? `${entries[0]!.plan.id} L${entries[0]!.record.line}: ${statement(entries[0]!)}`
      : `${entries[0]!.plan.id} L${entries[0]!.record.line}: ${entries.map(statement).join(" + ")}`;
  for (const { a, b, differences } of versions) {
    lines.push(
      `| ${describe(a)} | ${where([a])} | ${where(b)} | ${differences.map((d) => DIFFERENCE_WORDS[d]).join("、")} |`,
    );
  }
  lines.push("");

  for (const { from, to, entries } of droppedFigures(catalog)) {
    if (entries.length === 0) continue;
    lines.push(`**Targets of ${from} that ${to} does not restate**: ${entries.length}`, "");
    lines.push(
      `- ${entries.map((e) => `L${e.record.line} ${e.sectorLabel}·${e.metricLabel} ${statement(e)}`).join("; ")}`,
      "",
    );
  }

  const inPlan = conflicts(catalog).filter((g) => new Set(g.entries.map((e) => e.plan.id)).size === 1);
  lines.push(`**Figures a plan states twice with different values**: ${inPlan.length}`, "");
  for (const g of inPlan)
    lines.push(
      `- ${g.entries[0]!.plan.id} ${g.what}: ${g.entries.map((e) => `L${e.record.line} ${formatValue(e, true)}`).join(" vs ")}`,
    );
  lines.push("");

  const sums = childSums(catalog);
  lines.push(
    `**Children that do not sum to their parent** (a curation warning; nothing is ever summed): ${sums.length}`,
    "",
  );
  for (const w of sums) {
    lines.push(
      `- ${w.parent.plan.id} ${describe(w.parent)} = ${formatValue(w.parent, true)}; children ${w.children.map((c) => c.record.value).join(" + ")} = ${round(w.sum)}`,
    );
  }
  lines.push("");

  const growth = growthChecks(catalog);
  lines.push("**Stated versus implied growth** (implied figures are derived, never stored):", "");
  for (const g of growth) {
    const stated = `${g.growth.plan.id} ${describe(g.target)}: stated ${formatValue(g.growth, true)} a year`;
    if (g.impliedRate !== null && g.baseline) {
      lines.push(
        `- ${stated}; ${g.baseline.record.value} (${g.baseline.record.year}) → ${g.target.record.value} (${g.target.record.year}) implies ${pct(g.impliedRate)}`,
      );
    } else if (g.impliedBase !== null) {
      lines.push(
        `- ${stated}; no baseline stated: ${g.target.record.value} in ${g.target.record.year} implies about ${round(g.impliedBase)} in ${(g.growth.record.period?.from ?? g.growth.plan.period.start) - 1} (derived)`,
      );
    }
  }
  return lines.join("\n");
}
