/**
 * Reads a plan line by line. It keeps what the outline says (the open headings and their sectors, a year or 力争 said
 * once for the lines below, a 发展基础 or 主要目标 section) and turns each figure of a line into a proposal: the
 * clause reader finds its words, the classifier its kind, and the reader adds the year and the sector path.
 */
import type { YearBasis } from "../core/schema";
import {
  ASPIRATION_WORDS,
  CAP_WORDS,
  CAPACITY_VERBS,
  CONTEXT_SCOPE_WORDS,
  ENTERPRISE_SCOPE_WORDS,
  HEDGE_WORDS,
  INDUSTRY_SUFFIXES,
  POLICY_WORDS,
  PREPOSITIONS,
  PROJECT_WORDS,
  STRUCTURE_NOUNS,
  YEARLY_OUTPUT_WORDS,
  type PeriodContext,
} from "../core/words";
import { classify, INHERITING, type Draft, type Scene, type YearReading } from "./classify";
import { canonical, isEntityCount, readClause, thresholdClause } from "./clause-reader";
import { splitSentences, type Clause, type Sentence } from "./clauses";
import { findFigures, type Figure } from "./figures";
import { foldLine, restore } from "./fold";
import { containsAny, lastOf, prefixOf, stripPrefixes } from "./lexicon";
import { LABEL_LEVEL, readHeading, readSubLabel, type Heading, type Section } from "./outline";
import { skipMask } from "./skip";
import { TableReader, type TableCell } from "./table";
import type { Proposal } from "./types";
import { yearMentions, type YearMention } from "./years";

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

interface Line {
  readonly raw: string;
  readonly folded: string;
  readonly number: number;
  readonly head: Heading | null;
}

interface Placed {
  readonly draft: Draft;
  readonly path: readonly string[];
  /** The figure stands in a heading's title (a restatement when the paragraph repeats it). */
  readonly inTitle: boolean;
}

const DATED: readonly YearBasis[] = ["stated", "deadline", "fyp_end", "period"];
const CAPACITY_WORDS = [...CAPACITY_VERBS, ...YEARLY_OUTPUT_WORDS];
/** A year glued before 力争 in its clause (2025年力争…, “十四五”末力争…). */
const LEAD_IN_NOISE = /^\s*(?:到|至|在)?\s*(?:\d{4}\s*年(?:底|末)?|[“"]?十[一二三四五六七八九]五[”"]?(?:末|期间)?)?\s*/;
const INDUSTRY_SUFFIX = new RegExp(`(?:${INDUSTRY_SUFFIXES.join("|")})$`);

function firstIndex(text: string, words: readonly string[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at >= 0 && at < first) first = at;
  }
  return first;
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

  /** The proposals of one line (`number` is 1-based). */
  read(raw: string, number: number): Proposal[] {
    const folded = foldLine(raw);
    if (folded.trim() === "") return [];
    const cells = this.table.read(raw);
    if (cells !== null) return cells.map((cell) => this.tableProposal(raw, number, cell));
    const read = readHeading(folded);
    const head = read && { ...read, title: restore(raw, folded, read.title, read.markerEnd) };
    let label: Heading | null = null;
    if (head && head.level < LABEL_LEVEL) this.open(head);
    else if (head) label = head;
    const from = head && head.level < LABEL_LEVEL ? head.markerEnd : 0;
    const skip = skipMask(folded);
    const line: Line = { raw, folded, number, head };
    const figures = findFigures(folded, raw, from, skip);
    const placed: Placed[] = [];
    let lineYear: YearMention | null = null;
    let subLabel: string | null = null;
    let next = 0;
    for (const sentence of splitSentences(folded, from, folded.length)) {
      const years = yearMentions(folded, sentence.start, sentence.end, this.period, skip);
      const sub = readSubLabel(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
      if (sub !== null) subLabel = restore(raw, folded, sub, sentence.start);
      const own: Figure[] = [];
      while (next < figures.length && figures[next]!.start < sentence.end) own.push(figures[next++]!);
      if (own.length > 0) {
        const path = this.sectorPath(label, subLabel);
        for (const draft of this.readSentence(line, sentence, own, years, lineYear)) {
          const subject = restore(raw, folded, draft.subject, draft.figure.start);
          const metric = restore(raw, folded, draft.metric, draft.figure.start);
          const restored = { ...draft, subject, metric };
          placed.push({
            draft: restored,
            path: this.withSubject(path, restored),
            inTitle: inTitle(head, draft.figure),
          });
        }
      } else {
        this.noteLeadIn(folded, sentence, years);
      }
      lineYear = this.holdYear(folded, sentence, years, lineYear);
    }
    return dedupeTitles(placed).map((p) => this.proposal(line, p));
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

  private level(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1]!.level : 0;
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
  private noteLeadIn(folded: string, sentence: Sentence, years: readonly YearMention[]): void {
    if (!folded.slice(sentence.start, sentence.end).trimEnd().endsWith(":")) return;
    const dated = years.filter((m) => DATED.includes(m.basis));
    const aspiration = containsAny(folded.slice(sentence.start, sentence.end), ASPIRATION_WORDS);
    if (dated.length === 0 && !aspiration) return;
    const mention = dated[dated.length - 1];
    this.carried = mention
      ? this.carry(folded, mention, aspiration, this.level())
      : { year: null, basis: "plan_end", phrase: "", aspiration, level: this.level() };
  }

  /**
   * The year the next sentence of the line may take: one said before a semicolon (到2025年，…；…), in a goals
   * section, or a deadline heading an item (2022年底前，…。所有…达到100%). A goals section also keeps it for the
   * lines below.
   */
  private holdYear(
    folded: string,
    sentence: Sentence,
    years: readonly YearMention[],
    held: YearMention | null,
  ): YearMention | null {
    const dated = years.filter((m) => DATED.includes(m.basis));
    const latest = dated[dated.length - 1];
    const goals = this.section() === "target";
    const semicolon = folded[sentence.end] === ";";
    if (latest && goals) {
      const level = [...this.stack].reverse().find((h) => h.section === "target")?.level ?? 0;
      this.sectionYear = this.carry(folded, latest, false, level);
    }
    if (latest && (semicolon || goals || latest.basis === "deadline")) return latest;
    return semicolon || goals || held?.basis === "deadline" ? held : null;
  }

  private sectorPath(label: Heading | null, subLabel: string | null): string[] {
    const path = this.top ? [this.top] : [];
    const add = (title: string): void => {
      const name = title.replace(INDUSTRY_SUFFIX, "");
      if (name.length < 2 || path.some((p) => p.replace(INDUSTRY_SUFFIX, "") === name)) return;
      path.push(name);
    };
    for (const heading of this.stack) if (heading.sector) add(heading.title);
    if (label?.sector) add(label.title);
    if (subLabel) add(subLabel);
    return path;
  }

  private withSubject(path: readonly string[], draft: Draft): string[] {
    const result = [...path];
    const scoped = ENTERPRISE_SCOPE_WORDS.includes(draft.subject) ? "" : draft.subject;
    const subject = stripPrefixes(scoped, ENTERPRISE_SCOPE_WORDS).replace(INDUSTRY_SUFFIX, "");
    const last = result[result.length - 1] ?? "";
    if (subject.length >= 2 && !result.includes(subject) && !last.includes(subject)) result.push(subject);
    else if (subject === "" && result.length > 1 && !draft.notes.some((n) => n.startsWith("主体"))) {
      draft.notes.unshift(`主体承接上文标题“${last}”`);
    }
    return result.length > 0 ? result : ["未分类"];
  }

  // ─── Sentences ──────────────────────────────────────────────────────────────────────────────────────────────

  private readSentence(
    line: Line,
    sentence: Sentence,
    figures: readonly Figure[],
    years: readonly YearMention[],
    lineYear: YearMention | null,
  ): Draft[] {
    const { folded } = line;
    // 力争 opening a clause governs the rest of the sentence (到2025年，力争产值突破4000亿元，形成…).
    let spreadFrom = Number.POSITIVE_INFINITY;
    let spreadWord = "力争";
    for (const clause of sentence.clauses) {
      const opening = folded.slice(clause.start, Math.min(clause.end, clause.start + 16)).replace(LEAD_IN_NOISE, "");
      const word = prefixOf(opening, ASPIRATION_WORDS);
      if (word !== null) {
        spreadFrom = clause.start;
        spreadWord = word;
        break;
      }
    }
    // 全球新材料市场需求…, 从全国看…: a sentence about the world or the nation.
    const opening = stripPrefixes(
      folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)).trimStart(),
      PREPOSITIONS,
    );
    const context = this.section() === "context" || prefixOf(opening, CONTEXT_SCOPE_WORDS) !== null;
    const projects = containsAny(folded.slice(sentence.start, sentence.end), PROJECT_WORDS);
    const yearOf = this.yearFinder(line, years, lineYear);
    const drafts: Draft[] = [];
    let pendingCounts: Draft[] = [];
    let next = 0;
    for (const clause of sentence.clauses) {
      const own: Figure[] = [];
      while (next < figures.length && figures[next]!.start < clause.end) own.push(figures[next++]!);
      if (own.length === 0) continue;
      // 分别培育5户、2户企业，产值达到10亿元: a threshold for the counts of the clause before.
      const threshold = pendingCounts.length > 0 ? thresholdClause(folded, clause, own, years) : null;
      if (threshold) {
        for (const count of pendingCounts) {
          count.entityFilter = threshold;
          count.notes.push(`门槛见后一分句“${folded.slice(clause.start, own[0]!.after).trim()}”`);
        }
        pendingCounts = [];
        continue;
      }
      const scene = this.scene(folded, clause, { context, projects, spreadFrom, spreadWord });
      const read: Draft[] = [];
      for (const reading of readClause(folded, line.raw, clause, own, years)) {
        const year = yearOf(reading.figure);
        let draft = classify(
          { ...scene, previous: read[read.length - 1] ?? drafts[drafts.length - 1] ?? null },
          reading,
          year,
        );
        if (draft.yearBasis === "inherited" && !INHERITING.includes(draft.kind)) {
          // A project's or a threshold's year is never taken from elsewhere.
          draft = {
            ...draft,
            year: this.period.end,
            yearBasis: "plan_end",
            notes: draft.notes.filter((n) => !n.startsWith("年份")),
          };
        }
        // 22条重点任务, 6项工程: the plan's own structure, not a target.
        if (isEntityCount(draft.figure) && STRUCTURE.test(draft.metric)) continue;
        read.push(draft);
      }
      pendingCounts = read.filter(
        (d) => isEntityCount(d.figure) && d.entityFilter === null && d.metric.includes("企业"),
      );
      for (const draft of read) drafts.push(draft);
    }
    return drafts;
  }

  private scene(
    folded: string,
    clause: Clause,
    sentence: { context: boolean; projects: boolean; spreadFrom: number; spreadWord: string },
  ): Omit<Scene, "previous"> {
    const text = folded.slice(clause.start, clause.end);
    return {
      folded,
      period: this.period,
      section: this.section(),
      clause,
      ...sentence,
      capacityAt: clause.start + firstIndex(text, CAPACITY_WORDS),
      capAt: clause.start + firstIndex(text, CAP_WORDS),
      policy: containsAny(text, POLICY_WORDS),
      clauseAspiration: lastOf(text, ASPIRATION_WORDS)?.word ?? null,
      hedge: HEDGE_WORDS.find((w) => text.includes(w)) ?? null,
      carriedAspiration: this.carried?.aspiration ?? false,
    };
  }

  /**
   * The year of each figure of a sentence (asked in order): the phrase nearest before it in the sentence, else a dated
   * one after it; else one held from an earlier sentence, a lead-in or a goals section (inherited); else the plan's end.
   */
  private yearFinder(
    line: Line,
    years: readonly YearMention[],
    lineYear: YearMention | null,
  ): (f: Figure) => YearReading {
    const nextDated: number[] = new Array<number>(years.length + 1).fill(-1);
    for (let i = years.length - 1; i >= 0; i--) nextDated[i] = DATED.includes(years[i]!.basis) ? i : nextDated[i + 1]!;
    const firstStated = years.find((m) => m.basis === "stated") ?? null;
    let before = 0;
    let after = 0;
    return (figure) => {
      while (before < years.length && years[before]!.end <= figure.start) before++;
      while (after < years.length && years[after]!.start < figure.end) after++;
      const mention = years[before - 1] ?? years[nextDated[after]!] ?? null;
      if (mention) {
        let year = mention.year;
        if (mention.basis === "relative" && year !== null && firstStated?.year && firstStated.start < mention.start) {
          // 2022年…，三年内达到50%: counted from the year the sentence names.
          year = firstStated.year + (year - (this.period.start - 1)) - 1;
        }
        return { year, basis: mention.basis, mention, note: null };
      }
      const held = lineYear ?? this.carried ?? this.sectionYear;
      if (held && held.year !== null) {
        const phrase = "phrase" in held ? held.phrase : line.folded.slice(held.start, held.end);
        return {
          year: held.year,
          // A deadline said at the head of an item stays a deadline.
          basis: held.basis === "deadline" ? "deadline" : "inherited",
          mention: "start" in held ? held : null,
          note: `年份承接上文“${phrase}”`,
        };
      }
      if (this.section() === "baseline") {
        return { year: this.period.start - 1, basis: "base_year", mention: null, note: "发展基础部分，取基期年份" };
      }
      return { year: this.period.end, basis: "plan_end", mention: null, note: null };
    };
  }

  // ─── Proposals ──────────────────────────────────────────────────────────────────────────────────────────────

  private tableProposal(raw: string, number: number, cell: TableCell): Proposal {
    const path = this.sectorPath(null, null);
    if (cell.category && !path.includes(cell.category)) path.push(cell.category);
    return {
      line: number,
      quote: raw.slice(cell.start, cell.quoteEnd),
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

  private proposal(line: Line, { draft, path }: Placed): Proposal {
    const { figure } = draft;
    const quote = line.raw.slice(draft.quote.start, draft.quote.end);
    const end = figure.form === "magnitude" ? figure.after : figure.end;
    const written = line.raw.slice(figure.start, end);
    const shown = figure.valueMax === null ? [String(figure.value)] : [String(figure.value), String(figure.valueMax)];
    // The quote must show the value: the digits as JavaScript prints them, or the words as written.
    const digits = figure.form === "number" || figure.form === "ratio";
    const valueText = digits && shown.every((s) => quote.includes(s)) ? null : written;
    const recurring = draft.yearBasis === "recurring";
    return {
      line: line.number,
      quote,
      start: figure.start,
      end,
      sector: path,
      metric: draft.metric,
      kind: draft.kind,
      year: recurring ? null : (draft.year ?? this.period.end),
      yearBasis: draft.year === null && !recurring ? "plan_end" : draft.yearBasis,
      period: draft.period,
      value: figure.value,
      valueMax: figure.valueMax,
      valueText,
      unit: figure.unit,
      bound: draft.bound,
      aspiration: draft.aspiration,
      qualifiers: [...draft.qualifiers],
      entityFilter: draft.entityFilter,
      growth: draft.growth,
      relative: draft.relative,
      note: draft.notes.length > 0 ? draft.notes.join("；") : null,
      confidence: draft.confidence,
    };
  }
}

/** Counted things that are the plan's own structure (22条重点任务, 6项工程): STRUCTURE_NOUNS ending the name. */
const STRUCTURE = new RegExp(`(?:${STRUCTURE_NOUNS.join("|")})$`);

function inTitle(head: Heading | null, figure: Figure): boolean {
  return head !== null && figure.start >= head.markerEnd && figure.start < head.titleEnd - 1;
}

/** A heading that restates a figure of its paragraph (（1）打造千亿级基地。…建设千亿级…集群) keeps only the latter. */
function dedupeTitles(placed: readonly Placed[]): Placed[] {
  const key = (p: Placed): string =>
    [p.draft.figure.value, p.draft.figure.valueMax, canonical(p.draft.figure.unit), p.draft.figure.form].join("|");
  const inBody = new Set(placed.filter((p) => !p.inTitle).map(key));
  return placed.filter((p) => !p.inTitle || !inBody.has(key(p)));
}
