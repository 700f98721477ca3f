/**
 * The what-if assessment of the detail view: what the user typed (当前值, 年份, 基期值, 基期年份) → the path to draw
 * and the rows to show (status, required yearly growth, progress, time elapsed, gap), in the pane's words. Pure, so it
 * is tested without a page; detail-view.ts only renders it.
 */
import {
  assess,
  isShare,
  pathPoints,
  pathShape,
  TRACK_STATUS_LABELS,
  type GivenBasis,
  type PathPoint,
  type PathShape,
} from "../../core/assess";
import type { Catalog } from "../../core/catalog";
import { messageFor, type PlanError } from "../../core/errors";
import { ARG, toOptionalAmount, toYear, type ArgumentName } from "../../core/input";
import type { Result } from "../../core/errors";
import type { DetailStrings } from "./detail-strings";
import type { Detail } from "./detail";

/** What the user typed, read: null where a field is empty or cannot be read. */
export interface WhatIfInput {
  readonly current: { readonly value: number | null; readonly year: number | null };
  readonly basis: GivenBasis;
  /** Why an amount typed was refused (the share rule), said in the status row until it is corrected. */
  readonly refusal?: PlanError | null;
}

/** The path from the basis (or the current value) to the target; null when there are not two points to join. */
export interface PathView {
  readonly points: readonly PathPoint[];
  readonly shape: PathShape;
  /** The chart's accessible name: from where to where. */
  readonly label: string;
}

/** One row of the assessment: its term, the class that names it (status-on-track, progress…) and its text. */
export interface AssessmentRow {
  readonly term: string;
  readonly className: string;
  readonly text: string;
}

export interface WhatIf {
  readonly path: PathView | null;
  readonly rows: readonly AssessmentRow[];
}

/**
 * What the user typed as an amount, in the record's unit, read as cells, the CLI and the library read it (the share
 * rule, core/input): 0.35 or 35% for a percentage metric, a bare 35 refused; empty is null.
 */
export function readAmount(text: string, detail: Detail, arg: ArgumentName): Result<number | null> {
  return toOptionalAmount(text, detail.entry.unit, arg);
}

/** What the user typed as a year (2025, 2025年), or null. */
export function readYearText(text: string): number | null {
  const parsed = toYear(text, ARG.year);
  return parsed.ok ? parsed.value : null;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** An amount in the record's unit (% for a share), to six significant digits. */
export function amountText(detail: Detail, x: number): string {
  return `${Number(x.toPrecision(6))}${isShare(detail.entry) ? "%" : detail.entry.record.unit}`;
}

function pathView(detail: Detail, input: WhatIfInput, s: DetailStrings): PathView | null {
  const { current } = input;
  const point = current.value !== null && current.year !== null ? { value: current.value, year: current.year } : null;
  const points = pathPoints(detail.level, input.basis, point);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  return {
    points,
    shape: pathShape(detail.entry, first.value, last.value),
    label: s.pathChartLabel(
      `${first.year} ${amountText(detail, first.value)}`,
      `${last.year} ${amountText(detail, last.value)}`,
    ),
  };
}

function assessmentRows(catalog: Catalog, detail: Detail, input: WhatIfInput, s: DetailStrings): AssessmentRow[] {
  const { current } = input;
  const message = (error: PlanError): string => messageFor(error, s.locale);
  if (input.refusal) return [{ term: s.status, className: "status status-error", text: message(input.refusal) }];
  if (current.value === null || current.year === null) return [];
  const result = assess(catalog, detail.entry, current.value, current.year, input.basis);
  if (!result.ok) return [{ term: s.status, className: "status status-error", text: message(result.error) }];
  const a = result.value;
  const shown = (value: { ok: true; value: number } | { ok: false; error: PlanError }): string =>
    value.ok ? percent(value.value) : message(value.error);
  return [
    {
      term: s.status,
      className: `status ${a.status.ok ? `status-${a.status.value}` : "status-error"}`,
      text: a.status.ok ? TRACK_STATUS_LABELS[a.status.value][s.locale] : message(a.status.error),
    },
    { term: s.requiredCagr, className: "required-cagr", text: shown(a.requiredCagr) },
    { term: s.progress, className: "progress", text: shown(a.progress) },
    ...(a.elapsed === null ? [] : [{ term: s.elapsed, className: "elapsed", text: percent(a.elapsed) }]),
    {
      term: s.gap,
      className: "gap",
      text: isShare(detail.entry) ? `${Number(a.gap.toPrecision(6))}${s.points}` : amountText(detail, a.gap),
    },
  ];
}

/** The what-if view of a record for what the user typed. */
export function whatIf(catalog: Catalog, detail: Detail, input: WhatIfInput, s: DetailStrings): WhatIf {
  return { path: pathView(detail, input, s), rows: assessmentRows(catalog, detail, input, s) };
}
