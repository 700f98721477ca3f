/**
 * A plan's period and title read from its text, for the extractor and for imports that give a title and lines but
 * no period (a table of targets). Apart from the extractor's reader, so an importer loads only this.
 */
import { FIVE_YEAR_PLANS, type PeriodContext } from "../core/words";
import { foldLine } from "./fold";

const SPAN = /(\d{4})\s*[-—~至到]\s*(\d{4})/;
const LOOK_LINES = 60;

/** A period written in a text: a year span (2021-2025, 2021—2025年) or a Five-Year Plan (“十四五”); null if none. */
export function periodOfText(text: string): PeriodContext | null {
  const span = SPAN.exec(text);
  if (span) {
    const [start, end] = [Number(span[1]), Number(span[2])];
    if (start >= 1949 && end <= 2100 && start <= end && end - start <= 15) return { start, end };
  }
  for (const [name, period] of Object.entries(FIVE_YEAR_PLANS)) if (text.includes(name)) return period;
  return null;
}

/** The plan period: from the title, a span near the top (规划期限为2021—2025年), or the latest 到YYYY年 (else 2021–2025). */
export function inferPeriod(title: string, lines: readonly string[]): PeriodContext {
  const fromTitle = periodOfText(foldLine(title));
  if (fromTitle) return fromTitle;
  const top = lines.slice(0, LOOK_LINES).map(foldLine);
  for (const line of top) {
    const span = SPAN.exec(line);
    if (span && periodOfText(span[0])) return periodOfText(span[0])!;
  }
  for (const line of top) {
    const found = periodOfText(line.replace(SPAN, ""));
    if (found) return found;
  }
  let end = 0;
  for (const line of lines.slice(0, 2000)) {
    for (const match of foldLine(line).matchAll(/到(\d{4})年/g)) end = Math.max(end, Number(match[1]));
  }
  return end >= 1949 && end <= 2100 ? { start: end - 4, end } : { start: 2021, end: 2025 };
}

/** The first short line without a full stop, as a title when none is given. */
export function titleOf(lines: readonly string[]): string {
  for (const line of lines.slice(0, LOOK_LINES)) {
    const text = line.trim();
    if (text.length > 0 && text.length <= 40 && !/[。，,]/.test(text)) return text;
  }
  return "";
}
