/**
 * Reads a plan line by line, keeping what the outline says (the open headings, a year or 力争 said for the lines
 * below) and turning each figure into a draft proposal: indicator + verb + number + unit + qualifier, with the
 * subject and year the sentence, the heading or the line before give it.
 */
import type { Bound, EntityFilter, RecordKind, YearBasis } from "../schema";
import { lookupUnit, UNIT_SPELLINGS } from "../units";
import {
  ASPIRATION_WORDS,
  CAP_WORDS,
  CAPACITY_VERBS,
  CONTEXT_SCOPE_WORDS,
  CONTEXT_TAIL_WORDS,
  ENTITY_COUNT_UNITS,
  ENTITY_HEADS,
  FIGURE_VERBS,
  FIVE_YEAR_PLANS,
  FUTURE_MARKERS,
  GROWTH_PHRASES,
  HEDGE_WORDS,
  PAST_MARKERS,
  POLICY_WORDS,
  PROJECT_SUFFIXES,
  PROJECT_WORDS,
  RELATIVE_PHRASES,
  SCOPE_WORDS,
  SPEC_METRIC_WORDS,
  STRUCTURE_NOUNS,
  THRESHOLD_MEASURES,
  YEARLY_OUTPUT_WORDS,
  type PeriodContext,
} from "../words";
import { boundAfter, boundBefore, readBound } from "./bounds";
import { splitSentences, type Clause, type Sentence, type Span } from "./clauses";
import { findFigures, skipSpans, type Figure } from "./figures";
import { foldLine } from "./fold";
import { readLead, type Lead } from "./lead";
import { containsAny, lastOf, prefixOf, stripPrefixes, stripSuffixes, suffixOf } from "./lexicon";
import { LABEL_LEVEL, readHeading, readSubLabel, type Heading, type Section } from "./outline";
import { TableReader, type TableCell } from "./table";
import type { Proposal } from "./types";
import { referenceYear, yearMentions, type YearMention } from "./years";

/** How far before a figure its words are read: bounded, so a pathological line costs linear time. */
const LEAD_WINDOW = 40;
const TAIL_WINDOW = 24;
const QUOTE_WINDOW = 80;

interface OpenHeading {
  readonly level: number;
  readonly title: string;
  readonly sector: boolean;
  readonly section: Section;
}

/** A year (and 力争) said once for the lines below: 到2025年，力争实现以下目标： or a 主要目标 section's year. */
interface Carried {
  readonly year: number | null;
  readonly basis: YearBasis;
  readonly phrase: string;
  readonly aspiration: boolean;
  /** The heading level it belongs to: a heading at this level or above ends it. */
  readonly level: number;
}

type Growth = NonNullable<Proposal["growth"]>["type"];
type Relative = NonNullable<Proposal["relative"]>;

interface Draft {
  readonly figure: Figure;
  readonly quote: Span;
  subject: string;
  metric: string;
  kind: RecordKind;
  year: number | null;
  yearBasis: YearBasis;
  period: { from: number; to: number } | null;
  bound: Bound;
  qualifiers: string[];
  aspiration: boolean;
  entityFilter: EntityFilter | null;
  growth: { type: Growth } | null;
  relative: Relative | null;
  notes: string[];
  confidence: number;
  /** The figure stands in a heading's title (a restatement when the paragraph repeats it). */
  readonly inTitle: boolean;
  /** The sector path, set once the line's headings and labels are known. */
  path: string[];
}

interface LineView {
  readonly raw: string;
  readonly folded: string;
  readonly line: number;
  readonly skip: ReadonlyArray<readonly [number, number]>;
  readonly head: Heading | null;
}

const TABLE_SPELLINGS = new Set(UNIT_SPELLINGS);
const AMOUNT_DIMENSIONS = new Set(["mass", "power", "energy", "area", "volume", "capacity"]);
const DATED: readonly YearBasis[] = ["stated", "deadline", "fyp_end", "period"];
const TARGET_KINDS: readonly RecordKind[] = ["target", "cap", "relative_target", "growth_rate"];
const LEVEL_VERBS = ["达到", "达", "提高到", "提升至", "提高至", "提升到", "降至", "降到", "实现"];
/** Kinds whose year may come from an earlier sentence or a heading; a project's or a threshold's may not. */
const INHERITING: readonly RecordKind[] = ["target", "cap", "relative_target", "growth_rate", "baseline", "context"];
const PRODUCT_START = /^[\u4e00-\u9fffA-Za-z“"]/;

function clamp(value: number): number {
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

function canonical(unit: string): string {
  return lookupUnit(unit)?.canonical ?? unit;
}

function isEntityCount(figure: Figure): boolean {
  return figure.form === "number" && ENTITY_COUNT_UNITS.includes(canonical(figure.unit).replace(/^[万亿]/, ""));
}

function isMoney(figure: Figure): boolean {
  return lookupUnit(figure.unit)?.dimension === "money";
}

function trimmed(raw: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s\u3000,，:：;；、。—-]/.test(raw[s]!)) s++;
  while (e > s && /[\s\u3000,，:：;；、]/.test(raw[e - 1]!)) e--;
  return { start: s, end: e };
}

export class PlanReader {
  private readonly stack: OpenHeading[] = [];
  private carried: Carried | null = null;
  private sectionYear: Carried | null = null;
  private readonly table = new TableReader();

  constructor(
    private readonly period: PeriodContext,
    private readonly top: string,
  ) {}

  /** The proposals of one line (1-based `line`). */
  read(raw: string, line: number): Proposal[] {
    const folded = foldLine(raw);
    if (folded.trim() === "") return [];
    const cells = this.table.read(raw);
    if (cells !== null) {
      return cells.map((cell) => this.tableProposal(raw, line, cell));
    }
    const head = readHeading(folded);
    let label: Heading | null = null;
    if (head && head.level < LABEL_LEVEL) this.open(head);
    else if (head) label = head;
    const from = head && head.level < LABEL_LEVEL ? head.markerEnd : 0;
    const skip = skipSpans(folded);
    const view: LineView = { raw, folded, line, skip, head };
    const figures = findFigures(folded, raw, from, skip);
    const drafts: Draft[] = [];
    let lineYear: YearMention | null = null;
    let subLabel: string | null = null;
    let next = 0;
    for (const sentence of splitSentences(folded, from, folded.length)) {
      const years = yearMentions(folded, sentence.start, sentence.end, this.period, skip);
      subLabel = readSubLabel(folded.slice(sentence.start, sentence.end)) ?? subLabel;
      const own: Figure[] = [];
      while (next < figures.length && figures[next]!.start < sentence.end) own.push(figures[next++]!);
      if (own.length > 0) {
        const sectors = this.sectorPath(label, subLabel);
        for (const draft of this.readSentence(view, sentence, own, years, lineYear)) {
          draft.path = this.withSubject(sectors, draft);
          drafts.push(draft);
        }
      } else {
        this.noteCarried(folded, sentence, years);
      }
      const dated = years.filter((m) => DATED.includes(m.basis));
      if (dated.length > 0) {
        lineYear = dated[dated.length - 1]!;
        if (this.section() === "target") {
          const level = [...this.stack].reverse().find((h) => h.section === "target")?.level ?? 0;
          this.sectionYear = this.carry(folded, lineYear, false, level);
        }
      }
    }
    return this.finish(view, dedupeTitles(drafts));
  }

  // ─── The outline ────────────────────────────────────────────────────────────────────────────────────────────

  private open(head: Heading): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= head.level) this.stack.pop();
    this.stack.push({ level: head.level, title: head.title, sector: head.sector, section: head.section });
    if (this.carried && head.level <= this.carried.level) this.carried = null;
    if (this.sectionYear && head.level <= this.sectionYear.level) this.sectionYear = null;
  }

  private section(): Section {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.section) return this.stack[i]!.section;
    return null;
  }

  private carry(folded: string, mention: YearMention, aspiration: boolean, level: number): Carried {
    return {
      year: mention.year,
      basis: mention.basis,
      phrase: folded.slice(mention.start, mention.end),
      aspiration,
      level,
    };
  }

  /** A sentence without figures ending in a colon (到2025年，力争实现以下目标：) carries its year and 力争 below. */
  private noteCarried(folded: string, sentence: Sentence, years: readonly YearMention[]): void {
    const text = folded.slice(sentence.start, sentence.end).trimEnd();
    if (!text.endsWith(":")) return;
    const dated = years.filter((m) => DATED.includes(m.basis));
    const aspiration = containsAny(text, ASPIRATION_WORDS);
    if (dated.length === 0 && !aspiration) return;
    const level = this.stack.length > 0 ? this.stack[this.stack.length - 1]!.level : 0;
    const mention = dated[dated.length - 1];
    this.carried = mention
      ? this.carry(folded, mention, aspiration, level)
      : { year: null, basis: "plan_end", phrase: "", aspiration, level };
  }

  private sectorPath(label: Heading | null, subLabel: string | null): string[] {
    const path = this.top ? [this.top] : [];
    const add = (title: string): void => {
      const name = title.replace(/(?:产业|行业)$/, "");
      if (name.length < 2 || path.some((p) => p === name || p.replace(/(?:产业|行业)$/, "") === name)) return;
      path.push(name);
    };
    for (const heading of this.stack) if (heading.sector) add(heading.title);
    if (label?.sector) add(label.title);
    if (subLabel) add(subLabel);
    return path;
  }

  private withSubject(path: readonly string[], draft: Draft): string[] {
    const result = [...path];
    const subject = draft.subject.replace(/(?:产业|行业)$/, "");
    const last = result[result.length - 1] ?? "";
    if (subject.length >= 2 && !result.includes(subject) && !last.includes(subject)) result.push(subject);
    else if (subject === "" && result.length > 1 && !draft.notes.some((n) => n.startsWith("主体"))) {
      draft.notes.unshift(`主体承接上文标题“${last}”`);
    }
    return result.length > 0 ? result : ["未分类"];
  }

  // ─── Sentences and clauses ──────────────────────────────────────────────────────────────────────────────────

  private readSentence(
    view: LineView,
    sentence: Sentence,
    figures: readonly Figure[],
    years: readonly YearMention[],
    lineYear: YearMention | null,
  ): Draft[] {
    const { folded } = view;
    const text = folded.slice(sentence.start, sentence.end);
    // 力争 opening a clause governs the rest of the sentence (到2025年，力争产值突破4000亿元，形成…); inside a clause
    // (…矿车力争实现无人驾驶) only its own clause.
    let spreadFrom = Number.POSITIVE_INFINITY;
    for (const clause of sentence.clauses) {
      const opening = folded.slice(clause.start, clause.end).replace(/^[\s\d年到至在“”"十四五末期间]*/, "");
      if (prefixOf(opening, ASPIRATION_WORDS) !== null) {
        spreadFrom = clause.start;
        break;
      }
    }
    const context =
      this.section() === "context" || prefixOf(text.replace(/^从/, "").trimStart(), CONTEXT_SCOPE_WORDS) !== null;
    const sentenceInfo: SentenceInfo = {
      sentence,
      years,
      lineYear,
      spreadFrom,
      context,
      projects: containsAny(text, PROJECT_WORDS),
    };
    const drafts: Draft[] = [];
    let pendingCounts: Draft[] = [];
    for (const clause of sentence.clauses) {
      const own = figures.filter((f) => f.start >= clause.start && f.start < clause.end);
      if (own.length === 0) continue;
      const read = this.readClause(view, sentenceInfo, clause, own, drafts, pendingCounts);
      pendingCounts = read.filter((d) => isEntityCount(d.figure) && d.entityFilter === null && d.metric.includes("企业"));
      drafts.push(...read);
    }
    return drafts;
  }

  private readClause(
    view: LineView,
    info: SentenceInfo,
    clause: Clause,
    figures: readonly Figure[],
    earlier: readonly Draft[],
    pendingCounts: readonly Draft[],
  ): Draft[] {
    const { folded } = view;
    const consumed = new Set<Figure>();
    const filters = new Map<Figure, EntityFilter>();
    // The words between a figure and the one before it (or the clause start).
    const leadText = figures.map((figure, i) => {
      const previous = figures[i - 1];
      let from = clause.start;
      if (previous) from = previous.after + (boundAfter(folded, previous)?.length ?? 0);
      const start = Math.max(from, figure.start - LEAD_WINDOW);
      const lastYear = info.years.filter((m) => m.end <= figure.start && m.end > start).pop();
      const text = folded.slice(lastYear ? lastYear.end : start, figure.start);
      // 22条重点任务和6项工程: words ending in 和 name the figure before, not this one.
      return previous && /(?:和|及|与|以及|、)\s*$/.test(text) ? "" : text;
    });
    const leads = leadText.map((text) => readLead(text));
    this.thresholds(view, clause, figures, consumed, filters);
    // 产值达到10亿元 after 分别培育5户、2户企业: a threshold for the counts of the clause before.
    if (figures.length === 1 && pendingCounts.length > 0 && isMoney(figures[0]!)) {
      const lead = leads[0]!;
      const measure = lead.metric ?? "";
      if (lead.subject === "" && THRESHOLD_MEASURES.includes(measure)) {
        const filter = this.filterOf(view, figures[0]!, measure, leadText[0]!);
        for (const count of pendingCounts) {
          count.entityFilter = filter;
          count.notes.push(`门槛见后一分句“${folded.slice(clause.start, figures[0]!.after).trim()}”`);
        }
        return [];
      }
    }
    this.modifiers(view, figures, consumed, filters);
    // Objects after each figure (培育30户…龙头企业); a list's figures share the last one's (5户、2户企业).
    const objects = figures.map((figure, i) => {
      const next = figures.slice(i + 1).find((f) => !consumed.has(f));
      return this.objectAfter(folded, figure, next?.start ?? clause.end);
    });
    for (let i = objects.length - 2; i >= 0; i--) if (objects[i] === "") objects[i] = objects[i + 1]!;
    const firstLead = leads.findIndex((lead, i) => !consumed.has(figures[i]!) && !isBare(lead));
    const shared = firstLead >= 0 ? leads[firstLead]! : null;
    const group = figures.filter((f, i) => !consumed.has(f) && (i === firstLead || isBare(leads[i]!)));
    const drafts: Draft[] = [];
    figures.forEach((figure, i) => {
      if (consumed.has(figure)) return;
      const bare = isBare(leads[i]!) && shared !== null;
      const lead = bare ? shared : leads[i]!;
      const k = group.indexOf(figure);
      let subject = lead.subject;
      let metric = lead.metric;
      if (k >= 0 && lead.subjects.length === group.length && group.length > 1) subject = lead.subjects[k]!;
      if (k >= 0 && lead.metrics.length === group.length && group.length > 1) metric = lead.metrics[k]!;
      else if (lead.metrics.length > 1) metric = lead.metrics.join("、");
      const fanOut =
        lead.each && group.length === 1 && (lead.subjects.length > 1 || lead.metrics.length > 1)
          ? lead.subjects.length > 1
            ? lead.subjects.map((s) => ({ subject: s, metric }))
            : lead.metrics.map((m) => ({ subject, metric: m }))
          : [{ subject, metric }];
      const paired = group.length > 1 && k >= 0 && (lead.subjects.length > 1 || lead.metrics.length > 1);
      const quote = this.quoteSpan(view, clause, figure, bare || paired || fanOut.length > 1 || figures.length === 1);
      for (const reading of fanOut) {
        const draft = this.draft(view, info, clause, figure, {
          lead: { ...lead, subject: reading.subject, metric: reading.metric },
          leadText: leadText[i]!,
          object: objects[i]!,
          quote,
          previous: drafts[drafts.length - 1] ?? earlier[earlier.length - 1] ?? null,
        });
        draft.entityFilter = filters.get(figure) ?? null;
        // 22条重点任务, 6项工程: the plan's own structure, not a target.
        if (isEntityCount(figure) && STRUCTURE_NOUNS.some((noun) => draft.metric.endsWith(noun))) return;
        drafts.push(draft);
      }
    });
    return drafts;
  }

  /** Counts with a threshold in the same list item: 培育5家超10亿元加工企业, 产值超10亿元企业5家, 1个千亿级集群. */
  private thresholds(
    view: LineView,
    clause: Clause,
    figures: readonly Figure[],
    consumed: Set<Figure>,
    filters: Map<Figure, EntityFilter>,
  ): void {
    for (const item of clause.items) {
      const inItem = figures.filter((f) => f.start >= item.start && f.start < item.end);
      const counts = inItem.filter(isEntityCount);
      const amounts = inItem.filter((f) => (isMoney(f) || f.form === "magnitude") && !isEntityCount(f));
      if (counts.length !== 1 || amounts.length !== 1) continue;
      const [count, amount] = [counts[0]!, amounts[0]!];
      const from = count.start < amount.start ? count.after : item.start;
      const words = view.folded.slice(Math.max(from, amount.start - LEAD_WINDOW), amount.start);
      const measure = lastOf(words, THRESHOLD_MEASURES)?.word ?? (amount.form === "magnitude" ? "规模" : "产值");
      filters.set(count, this.filterOf(view, amount, measure, words));
      consumed.add(amount);
    }
  }

  private filterOf(view: LineView, amount: Figure, measure: string, words: string): EntityFilter {
    const reading = readBound(amount, boundBefore(words), boundAfter(view.folded, amount));
    const op: EntityFilter["op"] =
      amount.valueMax !== null
        ? "range"
        : reading.bound === "gt"
          ? "gt"
          : reading.bound === "approx"
            ? "approx"
            : "ge";
    return {
      measure,
      op,
      value: amount.value,
      valueMax: amount.valueMax,
      unit: canonical(amount.unit),
    };
  }

  /** 30000KVA以上矿热炉出炉环节“机器换人”达到100%: a bounded size before the subject is a filter of the figure. */
  private modifiers(
    view: LineView,
    figures: readonly Figure[],
    consumed: Set<Figure>,
    filters: Map<Figure, EntityFilter>,
  ): void {
    const { folded } = view;
    figures.forEach((modifier, i) => {
      if (consumed.has(modifier) || modifier.form !== "number" || isEntityCount(modifier)) return;
      const after = boundAfter(folded, modifier);
      if (after === null || !["以上", "及以上"].includes(after)) return;
      const nounAt = modifier.after + after.length;
      if (!PRODUCT_START.test(folded[nounAt] ?? "")) return;
      const later = figures.slice(i + 1).filter((f) => !consumed.has(f));
      if (later.length === 0) return;
      const between = folded.slice(nounAt, later[0]!.start);
      const dimension = lookupUnit(modifier.unit)?.dimension;
      if (!containsAny(between, FIGURE_VERBS) || later.some((f) => lookupUnit(f.unit)?.dimension === dimension)) return;
      const measure = between.replace(/[^\u4e00-\u9fff]/g, "").slice(0, 4) || "规格";
      const filter: EntityFilter = {
        measure,
        op: "ge",
        value: modifier.value,
        valueMax: null,
        unit: canonical(modifier.unit),
      };
      for (const figure of later) filters.set(figure, filter);
      consumed.add(modifier);
    });
  }

  /** The thing named right after a figure: 培育30户具有国际竞争力的龙头企业 → 龙头企业; 推动80万吨X项目 → X. */
  private objectAfter(folded: string, figure: Figure, limit: number): string {
    const start = figure.after + (boundAfter(folded, figure)?.length ?? 0);
    let text = folded.slice(start, Math.min(limit, start + TAIL_WINDOW));
    text = text.split(/[,;:。]/)[0]!.replace(/[、\s]+$/, "");
    const cut = /(?:和|及|以及|与)(?=\d|一批|若干|$)|、|等(?:项目|$)/.exec(text);
    if (cut) text = text.slice(0, cut.index);
    if (text.includes("的")) text = text.slice(text.lastIndexOf("的") + 1);
    text = stripPrefixes(text, SCOPE_WORDS);
    const industry = /^.{2,}?(?:领域|行业|加工业|制造业)(?=.{2,})/.exec(text);
    if (industry) text = text.slice(industry[0].length);
    return text.replace(/^[“"]|[”"]$/g, "").trim();
  }

  private quoteSpan(view: LineView, clause: Clause, figure: Figure, whole: boolean): Span {
    const { raw } = view;
    const item = clause.items.find((it) => figure.start >= it.start && figure.start < it.end) ?? clause;
    const span = whole ? clause : item;
    let start = span.start;
    let end = Math.max(span.end, figure.after);
    if (end - start > QUOTE_WINDOW) {
      start = Math.max(start, figure.start - QUOTE_WINDOW / 2);
      end = Math.min(end, figure.after + QUOTE_WINDOW / 2);
    }
    return trimmed(raw, start, end);
  }

  // ─── One figure ─────────────────────────────────────────────────────────────────────────────────────────────

  private draft(
    view: LineView,
    info: SentenceInfo,
    clause: Clause,
    figure: Figure,
    read: { lead: Lead; leadText: string; object: string; quote: Span; previous: Draft | null },
  ): Draft {
    const { folded } = view;
    const { lead, leadText, object, previous } = read;
    const notes: string[] = [];
    const before = boundBefore(leadText);
    const after = boundAfter(folded, figure);
    const bounds = readBound(figure, before, after);
    const clauseBefore = folded.slice(Math.max(clause.start, figure.start - LEAD_WINDOW * 2), figure.start);
    const leadTail = stripSuffixes(leadText.trim(), ["达到", "达", "为", "在", "保持在", "保持", "稳定在", "了", "到"]);
    const info2 = lookupUnit(figure.unit);
    const dimension = info2?.dimension ?? "count";
    const entityCount = isEntityCount(figure);
    const tailWords = folded.slice(figure.after + (after?.length ?? 0), figure.after + (after?.length ?? 0) + 4);

    // The year: this sentence, an earlier sentence of the line, a lead-in or section above, the plan's end.
    const year = this.yearOf(view, info, figure);
    const past =
      info.context === false &&
      (this.section() === "baseline" ||
        containsAny(stripSuffixes(clauseBefore, []).slice(-12), PAST_MARKERS) ||
        (year.mention !== null &&
          year.mention.year !== null &&
          (year.mention.year < this.period.start ||
            (year.mention.year === this.period.start &&
              !year.mention.ahead &&
              !containsAny(clauseBefore, FUTURE_MARKERS)))));

    // The kind.
    const growthWord = suffixOf(leadTail, GROWTH_PHRASES.flatMap((g) => g.words));
    const growthType = growthWord ? GROWTH_PHRASES.find((g) => g.words.includes(growthWord))!.type : null;
    const points = canonical(figure.unit) === "个百分点";
    const relativeWord =
      figure.unit === "%" || points
        ? suffixOf(
            leadText.trim().replace(/了$/, ""),
            RELATIVE_PHRASES.flatMap((r) => r.words),
          )
        : null;
    // 叶片长度不低于80米 is a threshold; 工业机器人密度达到260台/万人 (a level verb, no bound) a target.
    const levelOnly = bounds.bound === "eq" && suffixOf(leadText.trim(), LEVEL_VERBS) !== null;
    const spec =
      (containsAny(lead.subject + (lead.metric ?? "") + leadText, SPEC_METRIC_WORDS) && !levelOnly) ||
      figure.form === "ratio" ||
      dimension === "length" ||
      dimension === "capacity" ||
      (dimension === "specific" &&
        TABLE_SPELLINGS.has(figure.unit) &&
        !["PUE", "元/度"].includes(info2?.base ?? "") &&
        canonical(figure.unit) !== "公里") ||
      (!entityCount &&
        figure.form === "number" &&
        ["ge", "gt", "le", "lt"].includes(bounds.bound) &&
        after !== null &&
        PRODUCT_START.test(folded[figure.after + after.length] ?? "") &&
        !containsAny(clauseBefore, CAPACITY_VERBS) &&
        !containsAny(clauseBefore, YEARLY_OUTPUT_WORDS));
    const project =
      info.projects &&
      !entityCount &&
      (bounds.bound === "eq" || figure.form === "magnitude") &&
      PRODUCT_START.test(folded[figure.after] ?? (figure.form === "magnitude" ? "x" : "")) &&
      !containsAny(clauseBefore, CAPACITY_VERBS.filter((v) => v !== "新增"));
    let kind: RecordKind;
    let growth: Draft["growth"] = null;
    let relative: Relative | null = null;
    if (info.context || prefixOf(tailWords, CONTEXT_TAIL_WORDS) !== null) kind = "context";
    else if (figure.form === "multiple") {
      kind = "growth_rate";
      growth = { type: "multiple" };
    } else if (growthType && (figure.unit === "%" || canonical(figure.unit) === "倍" || points)) {
      kind = "growth_rate";
      growth = { type: growthType };
    } else if (past) kind = "baseline";
    else if (relativeWord) {
      kind = "relative_target";
      const op = RELATIVE_PHRASES.find((r) => r.points === points && r.words.includes(relativeWord))!.op;
      relative = { op, refYear: referenceYear(folded, clause.start, figure.start) };
    } else if (containsAny(folded.slice(clause.start, clause.end), POLICY_WORDS)) kind = "policy";
    else if (containsAny(clauseBefore, CAP_WORDS)) kind = "cap";
    else if (spec) kind = "spec";
    else if (project) kind = "project";
    else kind = "target";

    if (year.basis === "inherited" && !INHERITING.includes(kind) && this.section() !== "baseline") {
      Object.assign(year, { year: this.period.end, basis: "plan_end", mention: null, note: null });
    }

    // Subject and metric.
    let subject = lead.subject;
    let metric = lead.metric;
    if (entityCount) {
      // 培育30户…龙头企业 counts the thing after the figure; 国家级重点实验室1家 the thing before it.
      metric =
        lead.counted ??
        (object && (lead.verb || !lead.subject) ? object : null) ??
        (lead.metric === null && lead.subject ? lead.subject : null) ??
        (object || "数量");
      if (metric === lead.subject) subject = "";
    } else if (kind === "project") {
      subject = stripSuffixes(object, PROJECT_SUFFIXES).replace(/\([^()]*\)$/, "") || subject;
      metric = "产能";
    } else if (figure.form === "magnitude" && metric === null) {
      const head = lastOf(object, ENTITY_HEADS)?.word ?? lastOf(lead.subject, ENTITY_HEADS)?.word ?? "";
      metric = `${head}规模`;
    } else if (kind === "growth_rate" || kind === "relative_target" || (metric?.startsWith("占") ?? false)) {
      // 年均增长8%, 占地区生产总值比重: the subject (and the measure) of the clause before.
      if (subject === "" && previous) {
        subject = previous.subject;
        if (subject) notes.push("主体承接前一分句");
      }
      metric ??= previous?.metric ?? (growthWord ? "增速" : "比例");
    } else if (figure.form === "whole") {
      metric = `${lead.subject || object}${figure.wholeMetric ?? "比例"}`.replace(/^的/, "");
      subject = "";
    }
    if (metric === null) {
      if (lead.subject && (figure.unit === "%" || kind === "spec" || kind === "policy" || kind === "context")) {
        metric = lead.subject;
        subject = "";
      } else if (AMOUNT_DIMENSIONS.has(dimension) || (dimension === "count" && !entityCount)) {
        metric = "产能";
        if (!subject && object && kind !== "spec") subject = object;
      } else if (dimension === "money") metric = "规模";
      else metric = lead.subject || object || "数值";
    }

    // 力争: in this clause before the figure, opening an earlier clause, or carried from a lead-in line.
    let aspirationWord: string | null = null;
    if (TARGET_KINDS.includes(kind)) {
      const inClause = lastOf(folded.slice(clause.start, figure.start), ASPIRATION_WORDS);
      if (inClause) aspirationWord = inClause.word;
      else if (info.spreadFrom < figure.start) {
        aspirationWord = prefixOf(folded.slice(info.spreadFrom), ASPIRATION_WORDS, 0) ?? "力争";
        const found = lastOf(folded.slice(info.sentence.start, figure.start), ASPIRATION_WORDS);
        aspirationWord = found?.word ?? aspirationWord;
      } else if (this.carried?.aspiration) aspirationWord = "力争";
    }
    const hedges = HEDGE_WORDS.filter((w) => folded.slice(clause.start, figure.start).includes(w));
    const qualifiers = [...(aspirationWord ? [aspirationWord] : []), ...hedges.slice(0, 1), ...bounds.words];

    // The period of a growth rate, a cumulative or an increment.
    let period: Draft["period"] = null;
    const fyp = year.mention?.basis === "period" ? fypOf(folded, year.mention) : null;
    if (year.year !== null && (growth?.type === "annual_avg" || growth?.type === "cagr" || lead.increment)) {
      period = fyp ?? (year.year >= this.period.start ? { from: this.period.start, to: year.year } : null);
    } else if (fyp) period = fyp;
    if (year.note) notes.push(year.note);

    let confidence = 0.35;
    if (lead.verb || before !== null || after !== null) confidence += 0.2;
    if (lead.metric !== null || lead.counted !== null || growth !== null) confidence += 0.15;
    if (subject || lead.counted || entityCount) confidence += 0.1;
    if (year.basis === "stated" || year.basis === "deadline" || year.basis === "fyp_end") confidence += 0.1;
    if (kind === "context" || figure.form === "whole") confidence -= 0.15;

    return {
      figure,
      quote: read.quote,
      subject,
      metric: metric.trim() || "数值",
      kind,
      year: year.year,
      yearBasis: year.basis,
      period,
      bound: bounds.bound,
      qualifiers,
      aspiration: aspirationWord !== null,
      entityFilter: null,
      growth,
      relative,
      notes,
      confidence: clamp(confidence),
      inTitle:
        view.head !== null && figure.start >= view.head.markerEnd && figure.start < view.head.titleEnd - 1,
      path: [],
    };
  }

  /** The year of a figure and how it was found. */
  private yearOf(
    view: LineView,
    info: SentenceInfo,
    figure: Figure,
  ): { year: number | null; basis: YearBasis; mention: YearMention | null; note: string | null } {
    const before = info.years.filter((m) => m.end <= figure.start).pop();
    const after = info.years.find((m) => m.start >= figure.end && DATED.includes(m.basis));
    const mention = before ?? after ?? null;
    if (mention) {
      let year = mention.year;
      if (mention.basis === "relative" && year !== null) {
        // 2022年…，三年内达到50%: counted from the year the sentence names, else from the period's start.
        const stated = info.years.find((m) => m.basis === "stated" && m.start < mention.start);
        if (stated?.year) year = stated.year + (year - (this.period.start - 1)) - 1;
      }
      return { year, basis: mention.basis, mention, note: null };
    }
    const phraseOf = (c: Carried | YearMention): string =>
      "phrase" in c ? c.phrase : view.folded.slice(c.start, c.end);
    const inherited = info.lineYear ?? this.carried ?? this.sectionYear;
    if (inherited && inherited.year !== null) {
      return {
        year: inherited.year,
        basis: "inherited",
        mention: "start" in inherited ? inherited : null,
        note: `年份承接上文“${phraseOf(inherited)}”`,
      };
    }
    if (this.section() === "baseline") {
      return { year: this.period.start - 1, basis: "inherited", mention: null, note: "发展基础部分，取基期年份" };
    }
    return { year: this.period.end, basis: "plan_end", mention: null, note: null };
  }

  // ─── Tables and the finished proposals ──────────────────────────────────────────────────────────────────────

  private tableProposal(raw: string, line: number, cell: TableCell): Proposal {
    const path = this.sectorPath(null, null);
    if (cell.category && !path.includes(cell.category)) path.push(cell.category);
    const quote = trimmed(raw, cell.start, raw.length);
    return {
      line,
      quote: raw.slice(quote.start, quote.end),
      start: cell.start,
      end: cell.end,
      sector: path.length > 0 ? path : ["未分类"],
      metric: cell.metric,
      kind: cell.baseline ? "baseline" : "target",
      year: cell.year,
      yearBasis: "table_header",
      period: null,
      value: cell.value,
      valueMax: cell.valueMax,
      valueText: null,
      unit: cell.unit,
      bound: "eq",
      aspiration: false,
      qualifiers: [],
      entityFilter: null,
      growth: null,
      relative: null,
      note: `表格“${cell.label}”，列“${cell.column}”`,
      confidence: 0.7,
    };
  }

  private finish(view: LineView, drafts: readonly Draft[]): Proposal[] {
    return drafts.map((draft) => {
      const { figure } = draft;
      const quote = view.raw.slice(draft.quote.start, draft.quote.end);
      const written = view.raw.slice(figure.start, figure.form === "magnitude" ? figure.after : figure.end);
      const shown = figure.valueMax === null ? [String(figure.value)] : [String(figure.value), String(figure.valueMax)];
      const valueText =
        figure.form === "number" || figure.form === "ratio"
          ? shown.every((s) => quote.includes(s))
            ? null
            : written
          : written;
      const path = draft.path.length > 0 ? draft.path : [this.top || "未分类"];
      return {
        line: view.line,
        quote,
        start: figure.start,
        end: figure.form === "magnitude" ? figure.after : figure.end,
        sector: path,
        metric: draft.metric,
        kind: draft.kind,
        year: draft.yearBasis === "recurring" ? null : draft.year,
        yearBasis: draft.year === null && draft.yearBasis !== "recurring" ? "plan_end" : draft.yearBasis,
        period: draft.period,
        value: figure.value,
        valueMax: figure.valueMax,
        valueText,
        unit: figure.unit,
        bound: draft.bound,
        aspiration: draft.aspiration,
        qualifiers: draft.qualifiers,
        entityFilter: draft.entityFilter,
        growth: draft.growth,
        relative: draft.relative,
        note: draft.notes.length > 0 ? draft.notes.join("；") : null,
        confidence: draft.confidence,
      };
    });
  }
}

interface SentenceInfo {
  readonly sentence: Sentence;
  readonly years: readonly YearMention[];
  readonly lineYear: YearMention | null;
  readonly spreadFrom: number;
  readonly context: boolean;
  readonly projects: boolean;
}

/** A lead that names nothing of its own: the second figure of 产能40万吨以上、20万吨以上. */
function isBare(lead: Lead): boolean {
  return lead.subject === "" && lead.metric === null && lead.metrics.length === 0 && lead.counted === null && !lead.verb;
}

function fypOf(folded: string, mention: YearMention): { from: number; to: number } | null {
  const text = folded.slice(mention.start, mention.end);
  for (const [name, span] of Object.entries(FIVE_YEAR_PLANS)) {
    if (text.includes(name)) return { from: span.start, to: span.end };
  }
  return null;
}

/** A heading that restates a figure of its paragraph (（1）打造千亿级基地。…建设千亿级…集群) keeps only the latter. */
function dedupeTitles(drafts: readonly Draft[]): Draft[] {
  const key = (d: Draft): string =>
    [d.figure.value, d.figure.valueMax, canonical(d.figure.unit), d.figure.form].join("|");
  return drafts.filter(
    (d) => !d.inTitle || !drafts.some((other) => other !== d && !other.inTitle && key(other) === key(d)),
  );
}
