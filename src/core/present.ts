/**
 * The one presenter of a record: its value, year and qualifier as text, its citation, the columns of a table of
 * targets, and the flat view the CLI prints as JSON. Functions, CLI, taskpane and exports all show records
 * through here, so a citation reads the same everywhere.
 */
import type { Entry, TargetAnswer, Unrestated } from "./catalog";
import type { Dataset } from "./dataset";
import { BOUND_LABELS, KIND_LABELS, YEAR_BASIS_LABELS } from "./labels";
import type { Bilingual, Locale } from "./locale";
import { bilingual, inLanguage, messageFor } from "./messages";
import type { PlanRecord } from "./schema";

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
  return formatAmount(entry.record, entry.unit.canonical, withBound);
}

/** The same for a record not yet in a catalogue (a proposal under review), given its unit's canonical form. */
export function formatAmount(
  r: Pick<PlanRecord, "value" | "valueMax" | "bound" | "unit">,
  canonicalUnit: string,
  withBound = false,
): string {
  const amount = r.valueMax === null ? `${r.value}` : `${r.value}—${r.valueMax}`;
  const bound = withBound && r.bound !== "eq" ? BOUND_LABELS[r.bound].symbol : "";
  return `${bound}${amount}${canonicalUnit === "%" ? "%" : r.unit}`;
}

/** 2025, or 每年 for a recurring figure. */
export function yearText(entry: Entry, locale: Locale = "zh"): string | number {
  return entry.record.year ?? RECURRING[locale];
}

export const RECURRING: Bilingual = { zh: "每年", en: "every year" };

/** The words around a citation and an answer's source, both languages in each entry. */
export const CITATION_TEXT = {
  /** 000_7fb2c2560672e87d.txt 第17行 */
  lineRef: bilingual(
    (document: string, line: number) => `${document} 第${line}行`,
    (document, line) => `${document}, line ${line}`,
  ),
  aspiration: { zh: "（力争）", en: " (aspirational)" },
  thisPlan: { zh: "本规划", en: "this plan" },
  statedAs: bilingual(
    (where: string, statement: string, line: number) => `${where}为${statement}（第${line}行）`,
    (where, statement, line) => `${where}: ${statement} (line ${line})`,
  ),
  statedDifferently: bilingual(
    (others: string) => `另有不同表述：${others}`,
    (others) => `stated differently: ${others}`,
  ),
  statedWithin: bilingual(
    (plan: string, statement: string, line: number) => `${plan}合并表述为${statement}（第${line}行）`,
    (plan, statement, line) => `${plan} states it within ${statement} (line ${line})`,
  ),
  separator: { zh: "；", en: "; " },
  /** 001D 未再列出此目标 (未列出 when that version is the earlier). */
  unrestated: bilingual(
    (plan: string, later: boolean) => `${plan} ${later ? "未再列出" : "未列出"}此目标`,
    (plan, later) => `${plan} ${later ? "no longer lists" : "does not list"} this target`,
  ),
  /** 2026.11.29-ab12cd34（2026-11-30） */
  dated: bilingual(
    (version: string, day: string) => `${version}（${day}）`,
    (version, day) => `${version} (${day})`,
  ),
};

/** 000_7fb2c2560672e87d.txt 第17行 */
export function lineRef(entry: Entry, locale: Locale = "zh"): string {
  return messageFor(CITATION_TEXT.lineRef, locale, entry.plan.document, entry.record.line);
}

/** 000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元” */
export function citation(entry: Entry, locale: Locale = "zh"): string {
  return `${lineRef(entry, locale)}：“${entry.record.quote}”`;
}

/** 《title》（000）000_7fb2c2560672e87d.txt 第17行：“…”: the citation PLAN.SOURCE gives and the taskpane inserts. */
export function sourceCitation(entry: Entry, locale: Locale = "zh"): string {
  return `《${entry.plan.title}》（${entry.plan.id}）${citation(entry, locale)}`;
}

/** ≥20万吨（力争）: a figure with its bound and 力争, as it differs between versions. */
export function statementText(entry: Entry, locale: Locale = "zh"): string {
  const aspiration = entry.record.aspiration ? messageFor(CITATION_TEXT.aspiration, locale) : "";
  return `${entry.record.entityFilter ? `${entry.metricLabel} ` : ""}${formatValue(entry, true)}${aspiration}`;
}

/**
 * The source of an answer, naming the records that state the figure differently and the versions that state it
 * within a sum: what PLAN.SOURCE returns and the CLI prints.
 */
export function answerCitation(answer: TargetAnswer, locale: Locale = "zh"): string {
  const said = inLanguage(CITATION_TEXT, locale);
  const where = (o: Entry): string => (o.plan.id === answer.entry.plan.id ? said.thisPlan : o.plan.id);
  const parts = [sourceCitation(answer.entry, locale)];
  if (answer.others.length > 0) {
    const others = answer.others.map((o) => said.statedAs(where(o), statementText(o, locale), o.record.line));
    parts.push(said.statedDifferently(others.join(said.separator)));
  }
  if (answer.combined.length > 0) {
    const sums = answer.combined.map((o) => said.statedWithin(o.plan.id, statementText(o, locale), o.record.line));
    parts.push(sums.join(said.separator));
  }
  for (const version of answer.unrestated) parts.push(unrestatedText(version, locale));
  return parts.join(said.separator);
}

/** 001D 未再列出此目标: a version of the plan that leaves the target out (未列出 when that version is the earlier). */
export function unrestatedText({ plan, later }: Unrestated, locale: Locale = "zh"): string {
  return messageFor(CITATION_TEXT.unrestated, locale, plan.id, later);
}

/**
 * 2026.11.29-ab12cd34（2026-11-30）: the version of a dataset and the day it was published, what PLAN.DATASET
 * returns for a report's 数据版本 line; seeds read from files have no publication date, only their version.
 */
export function datasetLabel(dataset: Pick<Dataset, "version" | "published">, locale: Locale = "zh"): string {
  if (!dataset.published) return dataset.version;
  const day = dataset.published.slice(0, 10);
  return messageFor(CITATION_TEXT.dated, locale, dataset.version, day);
}

/** A column of a table of targets (PLAN.TARGETS, the inserted table, exports): its header and its cell. */
export interface TargetColumn {
  readonly key:
    "region" | "plan" | "sector" | "metric" | "year" | "value" | "valueMax" | "unit" | "qualifier" | "source";
  readonly label: Bilingual;
  /** An amount in the record's unit (a sheet holds a percentage as a fraction). */
  readonly amount?: true;
  cell(entry: Entry, locale: Locale): string | number;
}

/** The columns of a table of targets, in order. */
export const TARGET_COLUMNS: readonly TargetColumn[] = [
  { key: "region", label: { zh: "地区", en: "Region" }, cell: (e) => e.region.name },
  { key: "plan", label: { zh: "规划", en: "Plan" }, cell: (e) => e.plan.title },
  { key: "sector", label: { zh: "行业", en: "Sector" }, cell: (e) => e.sectorLabel },
  { key: "metric", label: { zh: "指标", en: "Metric" }, cell: (e) => e.metricLabel },
  { key: "year", label: { zh: "年份", en: "Year" }, cell: (e, locale) => yearText(e, locale) },
  { key: "value", label: { zh: "目标值", en: "Target" }, amount: true, cell: (e) => e.record.value },
  { key: "valueMax", label: { zh: "上限", en: "Upper" }, amount: true, cell: (e) => e.record.valueMax ?? "" },
  { key: "unit", label: { zh: "单位", en: "Unit" }, cell: (e) => e.record.unit },
  { key: "qualifier", label: { zh: "限定", en: "Qualifier" }, cell: (e) => qualifierText(e) },
  { key: "source", label: { zh: "出处", en: "Source" }, cell: (e, locale) => lineRef(e, locale) },
];

export function columnHeaders(locale: Locale): string[] {
  return TARGET_COLUMNS.map((c) => c.label[locale]);
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
  /** Other records of the same figure stated differently (value, threshold word, 力争). */
  others: RecordView[];
  /** Other versions of the plan that leave the target out: { plan: "001D", note: "001D 未再列出此目标" }. */
  unrestated: Array<{ plan: string; planTitle: string; note: string }>;
}

export function toTargetView(answer: TargetAnswer): TargetView {
  return {
    ...toView(answer.entry),
    others: answer.others.map(toView),
    unrestated: answer.unrestated.map((u) => ({ plan: u.plan.id, planTitle: u.plan.title, note: unrestatedText(u) })),
  };
}
