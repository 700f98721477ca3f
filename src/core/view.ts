/** The flat, documented view of a record that the CLI prints as JSON and the taskpane and exports show. */
import type { Entry, TargetAnswer } from "./catalog";
import { BOUND_LABELS, KIND_LABELS, YEAR_BASIS_LABELS } from "./labels";

export interface RecordView {
  id: string;
  region: string;
  plan: string;
  planTitle: string;
  sector: string[];
  sectorLabel: string;
  subRegion: string | null;
  metric: string;
  kind: string;
  kindLabel: string;
  year: number | null;
  yearBasis: string;
  yearBasisLabel: string;
  value: number;
  valueMax: number | null;
  unit: string;
  unitCanonical: string;
  bound: string;
  aspiration: boolean;
  /** 力争、以上 — the qualifier words as written, or "" when there are none. */
  qualifier: string;
  quote: string;
  source: { document: string; line: number };
  note: string | null;
}

/** 力争、以上: the qualifier words as the plan writes them. */
export function qualifierText(entry: Entry): string {
  return entry.record.qualifiers.join("、");
}

/** 350亿元, 2—3个, ≥100万吨: the value as a reader expects it. */
export function formatValue(entry: Entry, withBound = false): string {
  const r = entry.record;
  const amount = r.valueMax === null ? `${r.value}` : `${r.value}—${r.valueMax}`;
  const bound = withBound && r.bound !== "eq" ? BOUND_LABELS[r.bound].symbol : "";
  return `${bound}${amount}${entry.unit.canonical === "%" ? "%" : r.unit}`;
}

/** 000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元” */
export function citation(entry: Entry): string {
  return `${entry.plan.document} 第${entry.record.line}行：“${entry.record.quote}”`;
}

/** 《title》（000）000_7fb2c2560672e87d.txt 第17行：“…”: the citation PLAN.SOURCE gives and the taskpane inserts. */
export function sourceCitation(entry: Entry): string {
  return `《${entry.plan.title}》（${entry.plan.id}）${citation(entry)}`;
}

export function toView(entry: Entry): RecordView {
  const r = entry.record;
  return {
    id: r.id,
    region: entry.region.name,
    plan: entry.plan.id,
    planTitle: entry.plan.title,
    sector: [...r.sector],
    sectorLabel: entry.sectorLabel,
    subRegion: r.subRegion,
    metric: entry.metricLabel,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind].zh,
    year: r.year,
    yearBasis: r.yearBasis,
    yearBasisLabel: YEAR_BASIS_LABELS[r.yearBasis].zh,
    value: r.value,
    valueMax: r.valueMax,
    unit: r.unit,
    unitCanonical: entry.unit.canonical,
    bound: r.bound,
    aspiration: r.aspiration,
    qualifier: qualifierText(entry),
    quote: r.quote,
    source: { document: entry.plan.document, line: r.line },
    note: r.note,
  };
}

export interface TargetView extends RecordView {
  /** Other records of the same figure with a different value. */
  others: RecordView[];
}

export function toTargetView(answer: TargetAnswer): TargetView {
  return { ...toView(answer.entry), others: answer.others.map(toView) };
}
