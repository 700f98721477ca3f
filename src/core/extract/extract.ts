/**
 * extractProposals: plan text in, proposed records out. Rule-based and local (no network, no model): every figure
 * with a unit is read as indicator + verb + number + unit + qualifier, under the subject and year its sentence, its
 * heading or the lines before give it. A reviewer accepts, edits or rejects the proposals before they are saved.
 * Linear in the text's length (every look-around is bounded), with progress per line and cancellation between lines.
 */
import { fail, ok } from "../errors";
import { FIVE_YEAR_PLANS, type PeriodContext } from "../words";
import { foldLine } from "./fold";
import { checkText } from "./guard";
import { sectorFromTitle } from "./outline";
import { PlanReader } from "./reader";
import type { ExtractContext, ExtractOptions, ExtractResult, Proposal } from "./types";

const SPAN = /(\d{4})\s*[-—~至到]\s*(\d{4})/;
const LOOK_LINES = 60;

function periodOfText(text: string): PeriodContext | null {
  const span = SPAN.exec(text);
  if (span) {
    const [start, end] = [Number(span[1]), Number(span[2])];
    if (start >= 1949 && end <= 2100 && start <= end && end - start <= 15) return { start, end };
  }
  for (const [name, period] of Object.entries(FIVE_YEAR_PLANS)) if (text.includes(name)) return period;
  return null;
}

/**
 * The plan period: from the title, a span near the top (规划期限为2021—2025年), or the latest 到YYYY年 (else
 * 2021–2025). Exported for imports that give a title and lines but no period (a CSV of targets).
 */
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
function titleOf(lines: readonly string[]): string {
  for (const line of lines.slice(0, LOOK_LINES)) {
    const text = line.trim();
    if (text.length > 0 && text.length <= 40 && !/[。，,]/.test(text)) return text;
  }
  return "";
}

export function extractProposals(
  text: string,
  context: ExtractContext = {},
  options: ExtractOptions = {},
): ExtractResult {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  // Lines as buildDataset counts them, so a proposal's line is its record's line.
  const lines = text.split(/\r?\n/);
  const title = context.title ?? titleOf(lines);
  const period = context.period ?? inferPeriod(title, lines);
  const topSector = sectorFromTitle(title, context.region);
  const reader = new PlanReader(period, topSector);
  const proposals: Proposal[] = [];
  const total = lines.length;
  const step = Math.max(1, Math.ceil(total / 100));
  let filled = 0;
  for (let i = 0; i < total; i++) {
    if (options.signal?.aborted) return fail("EXTRACT_ABORTED");
    const line = lines[i]!;
    if (line.trim() !== "") filled++;
    // One line may hold any number of figures: no spread into push (it has an argument limit).
    for (const proposal of reader.read(line, i + 1)) proposals.push(proposal);
    if ((i + 1) % step === 0 && i + 1 < total) options.onProgress?.(i + 1, total);
  }
  options.onProgress?.(total, total);
  if (proposals.length === 0) return fail("EXTRACT_NO_FIGURES", { lines: filled });
  return ok({ proposals, lineCount: total, period, topSector, title });
}
