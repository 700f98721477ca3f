/**
 * The review of the extractor's proposals, as data: the fields a reviewer sees and edits (as text), each proposal's
 * decision (采用 / 不采用 / not yet), the edited fields read back into a proposal (or the field that cannot be read),
 * and where its figure sits in its sentence for highlighting. Pure: the view (import-view.ts) renders it.
 */
import { valueTexts } from "../core/dataset";
import { importProblem } from "../core/errors";
import { BOUND_LABELS } from "../core/labels";
import type { Proposal } from "../extract/types";
import type { Bilingual } from "../core/locale";
import { PATH_SEPARATOR } from "../core/text";
import { lookupUnit } from "../core/units";
import type { Bound, RecordKind } from "../core/vocabulary";
import { growthOf, qualifiersFor, readNumber, readYear, relativeOf } from "./record-words";

export type Decision = "pending" | "accepted" | "rejected";

/** What the form shows and the reviewer edits. */
export interface ReviewFields {
  /** The sector path joined by ›: 新材料›稀土新材料. */
  readonly sector: string;
  readonly metric: string;
  /** 2025, or 每年 for a recurring figure. */
  readonly year: string;
  readonly value: string;
  /** The upper end of a range; empty when the figure is not one. */
  readonly valueMax: string;
  readonly unit: string;
  readonly bound: Bound;
  readonly aspiration: boolean;
  readonly kind: RecordKind;
}

export type FieldName = keyof ReviewFields;

export const FIELD_NAMES: readonly FieldName[] = [
  "sector",
  "metric",
  "year",
  "value",
  "valueMax",
  "unit",
  "bound",
  "aspiration",
  "kind",
];

export const SECTOR_SEPARATOR = "›";
const RECURRING_TEXT = "每年";

export function fieldsOf(p: Proposal): ReviewFields {
  return {
    sector: p.sector.join(SECTOR_SEPARATOR),
    metric: p.metric,
    year: p.year === null ? RECURRING_TEXT : String(p.year),
    value: String(p.value),
    valueMax: p.valueMax === null ? "" : String(p.valueMax),
    unit: p.unit,
    bound: p.bound,
    aspiration: p.aspiration,
    kind: p.kind,
  };
}

/**
 * A sector path as typed, its levels split as the lookup splits them (新材料/稀土新材料, 新材料›稀土新材料…); an
 * empty level is refused.
 */
export function readSectorPath(text: string): string[] | null {
  const parts = text.split(PATH_SEPARATOR).map((part) => part.trim());
  return parts.some((part) => part === "") ? null : parts;
}

export type Applied =
  | { readonly ok: true; readonly proposal: Proposal }
  | { readonly ok: false; readonly field: FieldName; readonly problem: Bilingual };

/** The proposal with the reviewer's fields, or the first field that cannot be read (and why). */
export function applyFields(p: Proposal, f: ReviewFields): Applied {
  const fail = (field: FieldName, problem: Bilingual): Applied => ({ ok: false, field, problem });
  const sector = readSectorPath(f.sector);
  if (f.sector.trim() === "") return fail("sector", importProblem("EMPTY"));
  if (!sector) return fail("sector", importProblem("EMPTY_PATH", { input: f.sector }));
  const metric = f.metric.trim();
  if (metric === "") return fail("metric", importProblem("EMPTY"));
  const year = readYear(f.year);
  if (year === undefined) return fail("year", importProblem("NOT_YEAR", { input: f.year }));
  const value = readNumber(f.value);
  if (!value) return fail("value", importProblem("NOT_NUMBER", { input: f.value }));
  let valueMax: number | null = null;
  if (f.valueMax.trim() !== "") {
    const read = readNumber(f.valueMax);
    if (!read) return fail("valueMax", importProblem("NOT_NUMBER", { input: f.valueMax }));
    if (read.value <= value.value) return fail("valueMax", importProblem("RANGE_REVERSED"));
    valueMax = read.value;
  }
  const unit = f.unit.trim();
  if (!lookupUnit(unit)) return fail("unit", importProblem("UNKNOWN_UNIT", { input: f.unit }));
  if (valueMax !== null && f.bound !== "eq" && f.bound !== "approx") {
    return fail("bound", importProblem("RANGE_BOUND", { bound: BOUND_LABELS[f.bound] }));
  }
  // The words written in the sentence stay its value text only while the amount is the one read.
  const valueText = value.value === p.value && valueMax === p.valueMax ? p.valueText : null;
  for (const shown of valueTexts({ value: value.value, valueMax, valueText })) {
    if (!p.quote.includes(shown)) {
      const field = shown === String(valueMax) && valueMax !== null ? "valueMax" : "value";
      return fail(field, importProblem("VALUE_NOT_IN_QUOTE", { shown }));
    }
  }
  const yearBasis =
    year === p.year
      ? p.yearBasis
      : year === null
        ? "recurring"
        : p.quote.includes(String(year)) || p.yearBasis === "recurring"
          ? "stated"
          : p.yearBasis;
  const qualifiers =
    f.bound === p.bound && f.aspiration === p.aspiration
      ? p.qualifiers
      : qualifiersFor(p.quote, f.bound, f.aspiration, p.qualifiers);
  return {
    ok: true,
    proposal: {
      ...p,
      sector,
      metric,
      year,
      yearBasis,
      value: value.value,
      valueMax,
      valueText,
      unit,
      bound: f.bound,
      aspiration: f.aspiration,
      qualifiers,
      kind: f.kind,
      growth: f.kind === "growth_rate" ? (p.growth ?? growthOf(p.quote)) : p.growth,
      relative: f.kind === "relative_target" ? (p.relative ?? relativeOf(p.quote, unit)) : p.relative,
    },
  };
}

/** The quote cut around the figure (`start`/`end` are offsets in the line): before, the figure, after. */
export function highlight(line: string, p: Proposal): { before: string; figure: string; after: string } {
  // The occurrence of the quote in the line that holds the figure (a quote can occur twice in one line).
  let at = line.indexOf(p.quote);
  while (at !== -1 && !(at <= p.start && at + p.quote.length >= p.end)) at = line.indexOf(p.quote, at + 1);
  if (at === -1) return { before: p.quote, figure: "", after: "" };
  const from = p.start - at;
  const to = p.end - at;
  return { before: p.quote.slice(0, from), figure: p.quote.slice(from, to), after: p.quote.slice(to) };
}
