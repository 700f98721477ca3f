/**
 * What a read figure is: its kind (target, cap, baseline, growth rate, change, policy, threshold, project, context),
 * its metric and subject, bound and qualifiers, 力争, period and a confidence. The rules, in order:
 *   context   — a sentence about the world or the nation (全球…), a 面临形势 section, 12个重点产业之一
 *   growth    — 年均增长8%, 增长122%, 实现倍增
 *   baseline  — a past year (2021年…达到324亿元), a past marker (已, 截至), a 发展基础 section
 *   change    — 较2020年下降13%
 *   policy    — money or prices given (给予…3000万元, 0.26元/度的优惠电价)
 *   cap       — 控制在…以内
 *   threshold — 叶片长度不低于80米, 30000千伏安以下电石矿热炉, 8-12英寸, 1.25:1
 *   project   — 推动80万吨…等项目建设
 *   target    — everything else
 */
import type { Bound, EntityFilter, RecordKind, YearBasis } from "../core/schema";
import { UNIT_SPELLINGS, type UnitInfo } from "../core/units";
import {
  CAPACITY_VERBS,
  CONTEXT_TAIL_WORDS,
  ENTITY_HEADS,
  FIVE_YEAR_PLANS,
  GROWTH_PHRASES,
  LEVEL_VERBS,
  LINK_WORDS,
  PAST_MARKERS,
  RELATIVE_PHRASES,
  SPEC_METRIC_WORDS,
  FUTURE_MARKERS,
  PROJECT_SUFFIXES,
  type PeriodContext,
} from "../core/words";
import { boundAfter, boundBefore, readBound, type BoundReading } from "./bounds";
import {
  canonical,
  countedName,
  isEntityCount,
  LEAD_WINDOW,
  PRODUCT_START,
  unitOf,
  type Reading,
} from "./clause-reader";
import type { Span } from "./clauses";
import type { Figure } from "./figures";
import { readLead } from "./lead";
import { containsAny, lastOf, prefixOf, stripSuffixes, suffixOf } from "./lexicon";
import type { Section } from "./outline";
import type { Proposal } from "./types";
import { referenceYear, type YearMention } from "./years";

type Growth = NonNullable<Proposal["growth"]>["type"];
type Relative = NonNullable<Proposal["relative"]>;

/** A figure read and classified, before its sector path and final text checks. */
export interface Draft {
  readonly figure: Figure;
  readonly quote: Span;
  readonly subject: string;
  readonly metric: string;
  readonly kind: RecordKind;
  readonly year: number | null;
  readonly yearBasis: YearBasis;
  readonly period: { from: number; to: number } | null;
  readonly bound: Bound;
  readonly qualifiers: readonly string[];
  readonly aspiration: boolean;
  entityFilter: EntityFilter | null;
  readonly growth: { type: Growth } | null;
  readonly relative: Relative | null;
  readonly notes: string[];
  readonly confidence: number;
}

export interface YearReading {
  readonly year: number | null;
  readonly basis: YearBasis;
  readonly mention: YearMention | null;
  readonly note: string | null;
}

/** Where a figure stands: what the sentence, the clause and the outline around it say. */
export interface Scene {
  readonly folded: string;
  readonly period: PeriodContext;
  readonly section: Section;
  readonly clause: Span;
  /** The sentence is about the world or the nation, or stands in a 面临形势 section. */
  readonly context: boolean;
  /** The sentence names projects (项目, 生产线, 中试). */
  readonly projects: boolean;
  /** 力争 opening an earlier clause governs the rest of the sentence from this offset. */
  readonly spreadFrom: number;
  readonly spreadWord: string;
  /** Offsets in the clause of the first capacity verb (形成, 新增, 年产) and cap word (控制在); +∞ when none. */
  readonly capacityAt: number;
  readonly capAt: number;
  readonly policy: boolean;
  readonly clauseAspiration: string | null;
  readonly hedge: string | null;
  /** A colon lead-in above said 力争 (到2025年，力争实现以下目标：). */
  readonly carriedAspiration: boolean;
  readonly previous: Draft | null;
}

const TABLE_SPELLINGS = new Set(UNIT_SPELLINGS);
const AMOUNT_DIMENSIONS = new Set(["mass", "power", "energy", "area", "volume", "capacity"]);
const TARGET_KINDS: readonly RecordKind[] = ["target", "cap", "relative_target", "growth_rate"];
/** Kinds whose year may come from an earlier sentence or a heading; a project's or a threshold's may not. */
export const INHERITING: readonly RecordKind[] = [
  "target",
  "cap",
  "relative_target",
  "growth_rate",
  "baseline",
  "context",
];
/** Words between a growth or change word and its figure (年均增长达到8%, 比重保持在35%). */
const LEAD_LINKS = [...LINK_WORDS, ...LEVEL_VERBS];
const GROWTH_WORDS = GROWTH_PHRASES.flatMap((g) => g.words);
const RELATIVE_WORDS = RELATIVE_PHRASES.flatMap((r) => r.words);
const PROJECT_BLOCKERS = CAPACITY_VERBS.filter((verb) => verb !== "新增");
const NOT_SPEC_SPECIFIC = ["PUE", "元/度"];

function clamp(value: number): number {
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

/** Is the figure past (a baseline)? A year before the period, a past marker, or a 发展基础 section. */
function isPast(scene: Scene, figure: Figure, year: YearReading): boolean {
  if (scene.context) return false;
  const before = scene.folded.slice(Math.max(scene.clause.start, figure.start - 12), figure.start);
  if (scene.section === "baseline" || containsAny(before, PAST_MARKERS)) return true;
  const mention = year.mention;
  if (mention === null || mention.year === null) return false;
  if (mention.year < scene.period.start) return true;
  // 2021年，…达到324亿元 in a plan from 2021: a statement of the first year, unless written as a goal (到2021年).
  const clauseBefore = scene.folded.slice(Math.max(scene.clause.start, figure.start - LEAD_WINDOW * 2), figure.start);
  return mention.year === scene.period.start && !mention.ahead && !containsAny(clauseBefore, FUTURE_MARKERS);
}

interface Facts {
  readonly before: string | null;
  readonly after: string | null;
  readonly bounds: BoundReading;
  readonly unit: UnitInfo | undefined;
  readonly dimension: string;
  readonly entityCount: boolean;
  /** A capacity verb (形成, 新增, 年产) comes before the figure in its clause. */
  readonly capacity: boolean;
}

function factsOf(scene: Scene, reading: Reading): Facts {
  const { figure, leadText } = reading;
  const before = boundBefore(leadText);
  const after = boundAfter(scene.folded, figure);
  const unit = unitOf(figure.unit);
  return {
    before,
    after,
    bounds: readBound(figure, before, after),
    unit,
    dimension: unit?.dimension ?? "count",
    entityCount: isEntityCount(figure),
    capacity: scene.capacityAt < figure.start,
  };
}

interface KindReading {
  readonly kind: RecordKind;
  readonly growth: Draft["growth"];
  readonly relative: Relative | null;
  readonly growthWord: string | null;
}

/** The kind, by the rules of the module comment, in their order. */
function kindOf(scene: Scene, reading: Reading, facts: Facts, year: YearReading): KindReading {
  const { folded } = scene;
  const { figure, lead, leadText, object } = reading;
  const { bounds, after, unit, dimension, entityCount } = facts;
  const afterBound = figure.after + (after?.length ?? 0);
  const growthWord = suffixOf(stripSuffixes(leadText.trim(), LEAD_LINKS), GROWTH_WORDS);
  const growthType = growthWord ? GROWTH_PHRASES.find((g) => g.words.includes(growthWord))!.type : null;
  const points = canonical(figure.unit) === "个百分点";
  const relativeWord =
    figure.unit === "%" || points ? suffixOf(leadText.trim().replace(/了$/, ""), RELATIVE_WORDS) : null;
  const result = (kind: RecordKind, growth: Draft["growth"] = null, relative: Relative | null = null): KindReading => ({
    kind,
    growth,
    relative,
    growthWord,
  });

  if (scene.context || prefixOf(folded.slice(afterBound, afterBound + 4), CONTEXT_TAIL_WORDS) !== null) {
    return result("context");
  }
  if (figure.form === "multiple") return result("growth_rate", { type: "multiple" });
  if (growthType && (figure.unit === "%" || canonical(figure.unit) === "倍" || points)) {
    return result("growth_rate", { type: growthType });
  }
  if (isPast(scene, figure, year)) return result("baseline");
  if (relativeWord) {
    const op = RELATIVE_PHRASES.find((r) => r.points === points && r.words.includes(relativeWord))!.op;
    return result("relative_target", null, { op, refYear: referenceYear(folded, scene.clause.start, figure.start) });
  }
  if (scene.policy) return result("policy");
  if (scene.capAt < figure.start) return result("cap");
  // 叶片长度不低于80米 is a threshold; 工业机器人密度达到260台/万人 (a level verb, no bound) a target.
  const levelOnly = (bounds.bound === "eq" && suffixOf(leadText.trim(), LEVEL_VERBS) !== null) || lead.increment;
  const spec =
    (containsAny(lead.subject + (lead.metric ?? "") + leadText, SPEC_METRIC_WORDS) && !levelOnly) ||
    figure.form === "ratio" ||
    // 米, 毫米, 英寸: sizes of things; 公里 and 芯公里 are distances and lengths built.
    (dimension === "length" && unit?.base === "米" && unit.factor <= 1) ||
    dimension === "capacity" ||
    (dimension === "specific" && TABLE_SPELLINGS.has(figure.unit) && !NOT_SPEC_SPECIFIC.includes(unit?.base ?? "")) ||
    // 30000千伏安以下电石矿热炉, 5MW以上…机组: a bounded size right before a product.
    (!entityCount &&
      figure.form === "number" &&
      ["ge", "gt", "le", "lt"].includes(bounds.bound) &&
      after !== null &&
      PRODUCT_START.test(folded[afterBound] ?? "") &&
      !facts.capacity);
  if (spec) return result("spec");
  // 推动80万吨…等项目建设: a size before a product in a sentence about projects (百万吨级项目 too).
  const clauseBefore = folded.slice(Math.max(scene.clause.start, figure.start - LEAD_WINDOW * 2), figure.start);
  const project =
    scene.projects &&
    !entityCount &&
    (figure.form === "number" ? bounds.bound === "eq" : figure.form === "magnitude" && object.includes("项目")) &&
    PRODUCT_START.test(folded[figure.after] ?? "") &&
    !containsAny(clauseBefore, PROJECT_BLOCKERS);
  return result(project ? "project" : "target");
}

interface Measure {
  readonly subject: string;
  readonly metric: string;
  readonly notes: readonly string[];
}

/** What is measured (the metric) and of what (the subject, a sector below the headings'). */
function measureOf(scene: Scene, reading: Reading, facts: Facts, kind: KindReading): Measure {
  const { figure, lead, leadText, object } = reading;
  const { dimension, entityCount } = facts;
  const notes: string[] = [];
  let subject = lead.subject;
  let metric = lead.metric;
  if (entityCount) {
    // 培育30户…龙头企业 counts the thing after the figure; 国家级重点实验室1家 the thing before it; 包头…等5个园区
    // names examples before and the thing after.
    const examples = /等\s*$/.test(leadText);
    metric =
      (lead.counted ? countedName(lead.counted) : null) ??
      (lead.metric !== null && !lead.metric.startsWith("占") ? lead.metric : null) ??
      (object && (lead.verb || !lead.subject || examples) ? object : null) ??
      (lead.metric === null && lead.subject ? countedName(lead.subject) : null) ??
      (object || "数量");
    if (metric === countedName(lead.subject) || examples) subject = "";
    // 新增50家以上登云服务商: an increment of organisations, as the plan says it.
    if (leadText.includes("新增") && !metric.startsWith("新增")) metric = `新增${metric}`;
    return { subject, metric, notes };
  }
  if (kind.kind === "project") {
    return {
      subject: stripSuffixes(object, PROJECT_SUFFIXES).replace(/\([^()]*\)$/, "") || subject,
      metric: "产能",
      notes,
    };
  }
  if (figure.form === "magnitude" && metric === null) {
    const head = lastOf(object, ENTITY_HEADS)?.word ?? lastOf(lead.subject, ENTITY_HEADS)?.word ?? "";
    return { subject, metric: `${head}规模`, notes };
  }
  if (kind.kind === "growth_rate" || kind.kind === "relative_target" || (metric?.startsWith("占") ?? false)) {
    if (metric === null && subject !== "" && kind.kind === "relative_target") {
      // 单位工业增加值二氧化碳排放下降18%: what changes is named before the change.
      return { subject: "", metric: subject, notes };
    }
    if (subject === "" && scene.previous) {
      // 年均增长8%, 占地区生产总值比重: the subject (and the measure) of the clause before.
      subject = scene.previous.subject;
      if (subject) notes.push("主体承接前一分句");
    }
    return { subject, metric: metric ?? scene.previous?.metric ?? (kind.growthWord ? "增速" : "比例"), notes };
  }
  if (figure.form === "whole") {
    // 化工园区实现5G网络全覆盖 → 5G网络覆盖率: what comes after the verb is what is covered.
    const verb = lastOf(leadText, LEVEL_VERBS);
    const covered = readLead(verb ? leadText.slice(verb.index + verb.word.length) : leadText);
    const what = `${covered.subject || lead.subject || object}${figure.wholeMetric ?? "比例"}`;
    return { subject: "", metric: what.replace(/^的/, ""), notes };
  }
  if (kind.kind === "policy" && object) return { subject, metric: object, notes };
  if (metric === null && subject === "" && scene.previous && !leadText.trim().includes("、")) {
    // 三年内达到50%: a clause with a verb and a figure only says more about the figure before.
    return { subject: scene.previous.subject, metric: scene.previous.metric, notes: ["主体承接前一分句"] };
  }
  if (metric !== null) return { subject, metric, notes };
  if (lead.subject && (figure.unit === "%" || ["spec", "policy", "context"].includes(kind.kind))) {
    return { subject: "", metric: lead.subject, notes };
  }
  if (AMOUNT_DIMENSIONS.has(dimension) || (dimension === "count" && facts.capacity)) {
    // 160万吨, 2GW, 形成…5000套: a capacity; the product is the subject.
    return { subject: !subject && object && kind.kind !== "spec" ? object : subject, metric: "产能", notes };
  }
  if (dimension === "count" && (subject || object)) {
    // 建成加氢站50座, 推广应用1万辆氢燃料电池汽车: the things themselves are counted.
    return { subject: "", metric: subject || object, notes };
  }
  if (dimension === "money") return { subject, metric: "规模", notes };
  return { subject: "", metric: lead.subject || object || "数值", notes };
}

/** 力争: anywhere in the clause, opening an earlier clause, or carried from a lead-in line above. */
function aspirationOf(scene: Scene, figure: Figure, kind: RecordKind): string | null {
  if (!TARGET_KINDS.includes(kind)) return null;
  if (scene.clauseAspiration) return scene.clauseAspiration;
  if (scene.spreadFrom < figure.start) return scene.spreadWord;
  return scene.carriedAspiration ? "力争" : null;
}

/** The period of an annual rate, a compound rate or an increment; a Five-Year Plan's for 期间. */
function periodOf(scene: Scene, year: YearReading, kind: KindReading, increment: boolean): Draft["period"] {
  const fyp = year.mention?.basis === "period" ? fypOf(scene.folded, year.mention) : null;
  const rate = kind.growth?.type === "annual_avg" || kind.growth?.type === "cagr";
  if (year.year === null || !(rate || increment)) return fyp;
  return fyp ?? (year.year >= scene.period.start ? { from: scene.period.start, to: year.year } : null);
}

/** How many signals of a stated figure were seen: a verb or bound word, a known measure, a subject, a written year. */
function confidenceOf(reading: Reading, facts: Facts, kind: KindReading, subject: string, year: YearReading): number {
  const { lead, figure } = reading;
  let confidence = 0.35;
  if (lead.verb || facts.before !== null || facts.after !== null) confidence += 0.2;
  if (lead.metric !== null || lead.counted !== null || kind.growth !== null) confidence += 0.15;
  if (subject || lead.counted || facts.entityCount) confidence += 0.1;
  if (year.basis === "stated" || year.basis === "deadline" || year.basis === "fyp_end") confidence += 0.1;
  if (kind.kind === "context" || figure.form === "whole") confidence -= 0.15;
  return clamp(confidence);
}

export function classify(scene: Scene, reading: Reading, year: YearReading): Draft {
  const facts = factsOf(scene, reading);
  const kind = kindOf(scene, reading, facts, year);
  const measure = measureOf(scene, reading, facts, kind);
  const aspiration = aspirationOf(scene, reading.figure, kind.kind);
  return {
    figure: reading.figure,
    quote: reading.quote,
    subject: measure.subject,
    metric: measure.metric.trim() || "数值",
    kind: kind.kind,
    year: year.year,
    yearBasis: year.basis,
    period: periodOf(scene, year, kind, reading.lead.increment),
    bound: facts.bounds.bound,
    qualifiers: [...(aspiration ? [aspiration] : []), ...(scene.hedge ? [scene.hedge] : []), ...facts.bounds.words],
    aspiration: aspiration !== null,
    entityFilter: reading.filter,
    growth: kind.growth,
    relative: kind.relative,
    notes: [...measure.notes, ...(year.note ? [year.note] : [])],
    confidence: confidenceOf(reading, facts, kind, measure.subject, year),
  };
}

function fypOf(folded: string, mention: YearMention): { from: number; to: number } | null {
  const text = folded.slice(mention.start, mention.end);
  for (const [name, span] of Object.entries(FIVE_YEAR_PLANS)) {
    if (text.includes(name)) return { from: span.start, to: span.end };
  }
  return null;
}
