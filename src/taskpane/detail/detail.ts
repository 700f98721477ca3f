/** Everything the detail view shows about one record, computed from the catalogue without touching the DOM. */
import { sameStatement, type Catalog, type Entry } from "../../core/catalog";
import { valueTexts } from "../../core/dataset";
import { answersLookup } from "../../core/kinds";
import { formatValue } from "../../core/present";
import { targetFigure, type TargetFigure } from "../../sheet/blocks";

export interface QuoteSegment {
  readonly text: string;
  /** The figure itself, marked in the source sentence. */
  readonly highlight: boolean;
}

export interface Detail extends TargetFigure {
  /** ≥350亿元 */
  readonly valueText: string;
  readonly quote: readonly QuoteSegment[];
  /** Records of the same region, sector node, metric and year that state another figure (other plans first). */
  readonly differing: readonly Entry[];
  /** Records elsewhere that state the same fact (sameAs, or the same figure in another plan). */
  readonly agreeing: readonly Entry[];
}

export function detailOf(catalog: Catalog, entry: Entry): Detail {
  const { differing, agreeing } = sameFigure(catalog, entry);
  return {
    ...targetFigure(catalog, entry),
    valueText: formatValue(entry, true),
    quote: highlightFigure(entry.record.quote, valueTexts(entry.record)),
    differing,
    agreeing,
  };
}

function sameFigure(catalog: Catalog, entry: Entry): { differing: Entry[]; agreeing: Entry[] } {
  const related = catalog.related(entry);
  if (!answersLookup(entry.record.kind) || entry.record.year === null) return { differing: [], agreeing: related };
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
  const differing = candidates.filter((e) => !sameStatement(e, entry)).sort(byOrder);
  const agreeingIds = new Set(related.map((e) => e.record.id));
  const agreeing = [...related, ...candidates.filter((e) => sameStatement(e, entry) && !agreeingIds.has(e.record.id))];
  return { differing, agreeing };
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
