/**
 * yearBasis follows the sentence: a record whose own sentence names its year (到2025年, 2022年底前) has the year
 * `stated` (or `deadline` for 年底前-style deadlines); `inherited` is only for a year taken from an earlier sentence or
 * heading. A sentence is the span of the line between 。！？； (or the line's start and end) that holds the quote.
 */
import { expect } from "chai";
import type { PlanRecord, YearBasis } from "../../src/core/schema";
import { seedDataset } from "../support/seeds";

const SENTENCE_END = /[。！？；]/;

/** The sentence of `line` that contains `quote` (from the boundary before it to the boundary after it). */
export function sentenceOf(line: string, quote: string): string | null {
  const at = line.indexOf(quote);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(line[start - 1]!)) start--;
  let end = at + quote.length;
  while (end < line.length && !SENTENCE_END.test(line[end]!)) end++;
  return line.slice(start, end);
}

/** The bases a record may have when its sentence names its year. */
const NAMED_BASES: readonly YearBasis[] = ["stated", "deadline"];

/** What is wrong with a record's yearBasis given its line, or null. */
export function yearBasisProblem(
  record: Pick<PlanRecord, "quote" | "year" | "yearBasis">,
  line: string,
): string | null {
  if (record.year === null) return null;
  const sentence = sentenceOf(line, record.quote);
  if (sentence === null) return "quote not on its line";
  const named = sentence.includes(`${record.year}年`);
  if (named && !NAMED_BASES.includes(record.yearBasis)) {
    return `the sentence names ${record.year}年, so the basis is stated, not ${record.yearBasis}: ${sentence}`;
  }
  if (!named && record.yearBasis === "stated")
    return `stated, but the sentence does not name ${record.year}年: ${sentence}`;
  return null;
}

describe("yearBasis follows the sentence of the quote", () => {
  const dataset = seedDataset();

  it("is stated (or deadline) exactly when the quote's sentence names the year, in every plan", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const plan of dataset.plans) {
      const lines = dataset.documents![plan.document]!;
      for (const record of plan.records) {
        const problem = yearBasisProblem(record, lines[record.line - 1]!);
        if (problem !== null) problems.push(`${record.id}: ${problem}`);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(500);
    expect(problems, problems.join("\n")).to.deep.equal([]);
  });

  it("keeps inherited for years from an earlier sentence or heading (002 L16 → L17–20, 001D L276 after the ；)", () => {
    const inherited = dataset.plans
      .flatMap((p) => p.records)
      .filter((r) => r.yearBasis === "inherited")
      .map((r) => r.id);
    expect(inherited).to.include.members(["002-L17-1", "002-L20-2", "001D-L276-10", "003-L35-1"]);
  });

  it("cuts sentences at 。！？； only, so a colon list or comma clauses stay in one sentence (the check can fail)", () => {
    const line =
      "到2025年，力争实现以下目标：先进钢铁材料产能400万吨以上、稀土新材料产能20万吨以上。重点实验室达到25家；新增标准2项";
    expect(sentenceOf(line, "稀土新材料产能20万吨以上")).to.equal(
      "到2025年，力争实现以下目标：先进钢铁材料产能400万吨以上、稀土新材料产能20万吨以上",
    );
    expect(yearBasisProblem({ quote: "稀土新材料产能20万吨以上", year: 2025, yearBasis: "inherited" }, line)).to.match(
      /basis is stated/,
    );
    expect(yearBasisProblem({ quote: "稀土新材料产能20万吨以上", year: 2025, yearBasis: "stated" }, line)).to.equal(
      null,
    );
    expect(yearBasisProblem({ quote: "重点实验室达到25家", year: 2025, yearBasis: "stated" }, line)).to.match(
      /does not name/,
    );
    expect(yearBasisProblem({ quote: "新增标准2项", year: 2025, yearBasis: "inherited" }, line)).to.equal(null);
  });
});
