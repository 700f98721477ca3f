/** Everything the detail view shows about one record, computed from the catalogue without touching the DOM. */
import { levelOf } from "../../core/assess";
import { sameAmount, type Catalog, type Entry } from "../../core/catalog";
import { LOOKUP_KINDS } from "../../core/schema";
import { formatValue } from "../../core/view";

export interface QuoteSegment {
  readonly text: string;
  /** The figure itself, marked in the source sentence. */
  readonly highlight: boolean;
}

export interface PathPoint {
  readonly year: number;
  readonly value: number;
  readonly role: "baseline" | "current" | "target";
}

export interface Detail {
  readonly entry: Entry;
  /** ≥350亿元 */
  readonly valueText: string;
  readonly baseline: Entry | null;
  readonly quote: readonly QuoteSegment[];
  /** Records of the same region, sector node, metric and year that state another figure (other plans first). */
  readonly differing: readonly Entry[];
  /** Records elsewhere that state the same fact (sameAs, or the same figure in another plan). */
  readonly agreeing: readonly Entry[];
  /** The level growth maths applies to, or null for rates, specs, policies… */
  readonly level: { readonly value: number; readonly year: number } | null;
}

export function detailOf(catalog: Catalog, entry: Entry): Detail {
  const level = levelOf(entry);
  const { differing, agreeing } = sameFigure(catalog, entry);
  return {
    entry,
    valueText: formatValue(entry, true),
    baseline: catalog.baselineOf(entry),
    quote: highlightFigure(entry.record.quote, figureNeedles(entry)),
    differing,
    agreeing,
    level: level.ok ? level.value : null,
  };
}

function sameFigure(catalog: Catalog, entry: Entry): { differing: Entry[]; agreeing: Entry[] } {
  const related = catalog.related(entry);
  if (!LOOKUP_KINDS.includes(entry.record.kind) || entry.record.year === null) return { differing: [], agreeing: related };
  const answer = catalog.target({
    region: entry.region.name,
    sector: entry.sectorLabel,
    metric: entry.metricLabel,
    year: entry.record.year,
  });
  if (!answer.ok) return { differing: [], agreeing: related };
  const candidates = [answer.value.entry, ...answer.value.others, ...answer.value.agreeing].filter(
    (e) => e.record.id !== entry.record.id,
  );
  const byOrder = (a: Entry, b: Entry): number =>
    Number(a.plan.id === entry.plan.id) - Number(b.plan.id === entry.plan.id) || a.order - b.order;
  const differing = candidates.filter((e) => !sameAmount(e, entry)).sort(byOrder);
  const agreeingIds = new Set(related.map((e) => e.record.id));
  const agreeing = [...related, ...candidates.filter((e) => sameAmount(e, entry) && !agreeingIds.has(e.record.id))];
  return { differing, agreeing };
}

/** What to mark in the quote: the value as written (千亿级, 倍增) or its digits, and a range's upper end. */
export function figureNeedles(entry: Entry): string[] {
  const r = entry.record;
  if (r.valueText) return [r.valueText];
  return r.valueMax === null ? [String(r.value)] : [String(r.value), String(r.valueMax)];
}

const DIGIT = /[0-9]/;
const RANGE_JOINER = /^[-—–~～至到]$/;

/**
 * Splits the quote into plain and marked segments. Digits must stand alone (350 is not marked inside 1350), and a
 * range written 2—3 is marked as one piece. Full-width digits match their ASCII form.
 */
export function highlightFigure(quote: string, needles: readonly string[]): QuoteSegment[] {
  const folded = quote.normalize("NFKC");
  const haystack = folded.length === quote.length ? folded : quote;
  const marks: Array<[number, number]> = [];
  for (const needle of needles) {
    if (needle.length === 0) continue;
    const numeric = /^[0-9.]+$/.test(needle);
    let at = haystack.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;
      const alone = !numeric || (!/[0-9.]/.test(haystack[at - 1] ?? "") && !DIGIT.test(haystack[end] ?? ""));
      if (alone) {
        marks.push([at, end]);
        break;
      }
      at = haystack.indexOf(needle, at + 1);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of marks) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || (start === last[1] + 1 && RANGE_JOINER.test(haystack[last[1]] ?? "")))) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  const segments: QuoteSegment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: quote.slice(cursor, start), highlight: false });
    segments.push({ text: quote.slice(start, end), highlight: true });
    cursor = end;
  }
  if (cursor < quote.length) segments.push({ text: quote.slice(cursor), highlight: false });
  return segments;
}

/** The points of the path chart: the stated baseline (if any), a current value (if typed) and the target. */
export function pathPoints(detail: Detail, current: { value: number; year: number } | null): PathPoint[] {
  if (!detail.level) return [];
  const points: PathPoint[] = [];
  const base = detail.baseline;
  if (base && base.record.year !== null) points.push({ year: base.record.year, value: base.record.value, role: "baseline" });
  if (current && current.year < detail.level.year) points.push({ year: current.year, value: current.value, role: "current" });
  points.push({ year: detail.level.year, value: detail.level.value, role: "target" });
  return points.sort((a, b) => a.year - b.year);
}
