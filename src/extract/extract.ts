/**
 * extractProposals: plan text in, proposed records out. Rule-based and local (no network, no model): every figure
 * with a unit is read as indicator + verb + number + unit + qualifier, under the subject and year its sentence, its
 * heading or the lines before give it. A reviewer accepts, edits or rejects the proposals before they are saved.
 * Linear in the text's length (every look-around is bounded), with progress per line and cancellation between lines.
 */
import { fail, ok } from "../core/errors";
import { lineCount } from "../core/text";
import { checkText } from "./guard";
import { sectorFromTitle } from "./outline";
import { inferPeriod, titleOf } from "./period";
import { PlanReader } from "./reader";
import type { ExtractContext, ExtractOptions, ExtractResult, Proposal } from "./types";

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
  return ok({ proposals, lineCount: lineCount(text), period, topSector, title });
}
