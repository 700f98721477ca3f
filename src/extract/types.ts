/** What the text extractor takes and gives: proposals that a reviewer accepts, edits or rejects before saving. */
import type { Result } from "../core/errors";
import type { Bound, EntityFilter, GROWTH_TYPES, RecordKind, RELATIVE_OPS, YearBasis } from "../core/schema";
import type { PeriodContext } from "../core/words";

export interface ExtractContext {
  /** The plan's region, as the user names it (its name is stripped from the title's sector). */
  readonly region?: string;
  /** The plan's title: the top of every sector path comes from it (新材料产业高质量发展方案 → 新材料). */
  readonly title?: string;
  /** The plan period; read from the title or the text when not given. */
  readonly period?: PeriodContext;
}

export interface ExtractOptions {
  /** Called as lines are read (done of total lines), at most about a hundred times, and once at the end. */
  onProgress?(done: number, total: number): void;
  /** Checked between lines: when it turns true the extraction stops with EXTRACT_ABORTED. */
  readonly signal?: { readonly aborted: boolean };
}

/** One proposed record: the fields of a seed record (without its id) plus what a review needs. */
export interface Proposal {
  /** 1-based line of the text. */
  readonly line: number;
  /** Verbatim substring of that line that shows the figure. */
  readonly quote: string;
  /** UTF-16 offsets of the figure as written in the line (the number, the range or the words), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly sector: readonly string[];
  readonly metric: string;
  readonly kind: RecordKind;
  readonly year: number | null;
  readonly yearBasis: YearBasis;
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly value: number;
  readonly valueMax: number | null;
  /** Set when the quote does not show the digits of the value (千亿级, 倍增, a full-width ２０). */
  readonly valueText: string | null;
  readonly unit: string;
  readonly bound: Bound;
  readonly aspiration: boolean;
  readonly qualifiers: readonly string[];
  readonly entityFilter: EntityFilter | null;
  readonly growth: { readonly type: (typeof GROWTH_TYPES)[number] } | null;
  readonly relative: { readonly op: (typeof RELATIVE_OPS)[number]; readonly refYear: number | null } | null;
  /** How the subject or the year was found, in Chinese, for the reviewer. */
  readonly note: string | null;
  /** 0–1: how many of the signals of a stated figure were seen (a verb, a known metric, a subject, a year). */
  readonly confidence: number;
}

export interface Extraction {
  readonly proposals: readonly Proposal[];
  /** Lines of the text (what a plan's `lines` should cover). */
  readonly lineCount: number;
  /** The period used: the one given, or the one read from the title or text. */
  readonly period: PeriodContext;
  /** The top of every sector path, from the title. */
  readonly topSector: string;
  /** The title used: the one given, or the first short line of the text (what a review form offers). */
  readonly title: string;
}

export type ExtractResult = Result<Extraction>;
