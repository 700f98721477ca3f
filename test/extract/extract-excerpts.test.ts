/**
 * The extractor on text it was written against: the excerpts in other provinces' styles (hand-written expectations)
 * and a smoke test on the curated records of seed document 000 (a floor well below the bench figure, so that it
 * fails when the extractor breaks; the bench measures the real figure).
 */
import { expect } from "chai";
import { extractProposals, type Proposal } from "../../src/extract";
import { lookupUnit } from "../../src/core/units";
import { scoreProposals } from "../support/extract-score";
import { seedDataset } from "../support/seeds";
import { FIXTURES, type Expected } from "./extract-fixtures";
import { recordProblems } from "./extract-support";

function same(p: Proposal, e: Expected): boolean {
  return (
    p.line === e.line &&
    p.value === e.value &&
    p.valueMax === e.valueMax &&
    lookupUnit(p.unit)?.canonical === lookupUnit(e.unit)?.canonical
  );
}

describe("extract: excerpts in other provinces' styles", () => {
  for (const fixture of FIXTURES) {
    describe(fixture.name, () => {
      const result = extractProposals(fixture.text, fixture.context);
      const proposals = result.ok ? result.value.proposals : [];

      it("proposes every expected figure and nothing else", () => {
        expect(result.ok).to.equal(true);
        const missing = fixture.expected.filter((e) => !proposals.some((p) => same(p, e)));
        const extra = proposals.filter((p) => !fixture.expected.some((e) => same(p, e)));
        expect(missing.map((e) => e.quote)).to.deep.equal([]);
        expect(extra.map((p) => p.quote)).to.deep.equal([]);
      });

      it("reads kind, year, bound, 力争, thresholds, growth and changes as expected", () => {
        for (const e of fixture.expected) {
          const p = proposals.find((candidate) => same(candidate, e));
          if (!p) continue;
          const label = `L${e.line} ${e.quote}`;
          expect({ kind: p.kind, year: p.year, bound: p.bound, aspiration: p.aspiration }, label).to.deep.equal({
            kind: e.kind,
            year: e.year,
            bound: e.bound,
            aspiration: e.aspiration,
          });
          if (e.entityFilter) expect(p.entityFilter, label).to.deep.equal(e.entityFilter);
          if (e.growth) expect(p.growth, label).to.deep.equal(e.growth);
          if (e.relative) expect(p.relative, label).to.deep.equal(e.relative);
          if (e.valueText) expect(p.valueText, label).to.equal(e.valueText);
        }
      });

      it("proposes no digit of what is not a figure", () => {
        const lines = fixture.text.split("\n");
        for (const { line, text } of fixture.notProposed) {
          const at = lines[line - 1]!.indexOf(text);
          expect(at, text).to.be.greaterThanOrEqual(0);
          const inside = proposals.filter((p) => p.line === line && p.start < at + text.length && p.end > at);
          expect(
            inside.map((p) => p.quote),
            text,
          ).to.deep.equal([]);
        }
      });

      it("proposes records that can be saved", () => {
        for (const p of proposals) expect(recordProblems(p, fixture.text), p.quote).to.deep.equal([]);
      });
    });
  }

  it("names the metric as a curator would for nine in ten figures", () => {
    let agree = 0;
    let total = 0;
    for (const fixture of FIXTURES) {
      const result = extractProposals(fixture.text, fixture.context);
      if (!result.ok) continue;
      for (const e of fixture.expected) {
        const p = result.value.proposals.find((candidate) => same(candidate, e));
        total++;
        if (p?.metric === e.metric) agree++;
      }
    }
    expect(total).to.be.greaterThan(40);
    expect(agree / total).to.be.at.least(0.9);
  });
});

describe("extract: the seed documents, read whole", () => {
  const dataset = seedDataset();
  const readings = dataset.plans.map((plan) => {
    const lines = dataset.documents![plan.document]!.slice(plan.lines[0] - 1, plan.lines[1]);
    const result = extractProposals(lines.join("\n"), { region: plan.region, title: plan.title, period: plan.period });
    return { plan, text: lines.join("\n"), proposals: result.ok ? result.value.proposals : [] };
  });

  it("proposes only records that can be saved", () => {
    let checked = 0;
    for (const { text, proposals } of readings) {
      for (const p of proposals) {
        expect(recordProblems(p, text), p.quote).to.deep.equal([]);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(400);
  });

  it("writes its notes in Chinese (as docs/curation.md asks of every note)", () => {
    for (const { proposals } of readings) {
      for (const p of proposals.filter((p) => p.note !== null)) {
        const note = p.note!;
        const latin = (note.match(/[A-Za-z]/g) ?? []).length;
        const han = (note.match(/[\u4e00-\u9fff]/g) ?? []).length;
        expect(/^[A-Za-z]/.test(note) || latin > han, note).to.equal(false);
      }
    }
  });

  it("says stated (or deadline) exactly when the quote's sentence names the year", () => {
    const problems: string[] = [];
    for (const { text, proposals } of readings) {
      const lines = text.split("\n");
      for (const p of proposals.filter((p) => p.year !== null && p.yearBasis !== "table_header")) {
        const line = lines[p.line - 1]!;
        let start = p.start;
        while (start > 0 && !/[。！？；]/.test(line[start - 1]!)) start--;
        let end = p.end;
        while (end < line.length && !/[。！？；]/.test(line[end]!)) end++;
        const named = line.slice(start, end).includes(`${p.year}年`);
        if (named && !["stated", "deadline"].includes(p.yearBasis)) problems.push(`${p.yearBasis}: ${p.quote}`);
        if (!named && p.yearBasis === "stated") problems.push(`stated without ${p.year}年: ${p.quote}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

describe("extract: smoke test on seed document 000", () => {
  it("finds most of 000's curated records, and proposes few others", () => {
    const dataset = seedDataset();
    const plan = dataset.plans.find((p) => p.id === "000")!;
    const text = dataset.documents![plan.document]!.join("\n");
    const result = extractProposals(text, { region: plan.region, title: plan.title, period: plan.period });
    if (!result.ok) throw new Error(result.error.message.zh);
    const score = scoreProposals(result.value.proposals, plan.records);
    // The bench measures about 116 of 116; these floors only catch a broken extractor.
    expect(score.matched).to.be.at.least(95);
    expect(score.precision).to.be.at.least(0.85);
    expect(score.agree.year).to.be.at.least(0.85);
    expect(score.agree.bound).to.be.at.least(0.85);
  });

  it("scores a broken extraction low (the smoke test can fail)", () => {
    const plan = seedDataset().plans.find((p) => p.id === "000")!;
    const shiftedByOne = plan.records.map((r) => ({ ...r, line: r.line + 1 }));
    expect(scoreProposals(shiftedByOne, plan.records).matched).to.be.lessThan(95);
  });
});
