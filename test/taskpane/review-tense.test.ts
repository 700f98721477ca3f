/**
 * The review shows each proposal's tense and why (过去（“十三五”期间）→ 基期值), and a reviewer flips it in one click
 * (issue 21): the model's part, on proposals the extractor made.
 */
import { expect } from "chai";
import { extractProposals, type Proposal } from "../../src/extract";
import { applyFields, fieldsOf, flipTense, tenseView } from "../../src/import/review-model";
import { IMPORT_STRINGS } from "../../src/taskpane/import/import-strings";

const TEXT = [
  "“十三五”期间，全省新材料产业营业收入年均增长12.5%，规上工业增加值达到2800亿元。",
  "到2025年，全省新材料产业营业收入达到5000亿元，年均增长10%。",
  "启动建设423个重大项目。",
].join("\n");

function proposalsOf(): Proposal[] {
  const result = extractProposals(TEXT, { region: "广东省", title: "广东省新材料产业发展规划（2021-2025年）" });
  if (!result.ok) throw new Error(result.error.message.zh);
  return [...result.value.proposals];
}

const byValue = (proposals: readonly Proposal[], value: number): Proposal => proposals.find((p) => p.value === value)!;

describe("import: the review shows a proposal's tense and lets a reviewer flip it", () => {
  const proposals = proposalsOf();

  it("says the tense read and the words it was read from", () => {
    const past = byValue(proposals, 2800);
    expect(tenseView(past, fieldsOf(past))).to.deep.equal({
      tense: "past",
      cue: "“十三五”期间",
      flipped: false,
      flippable: true,
    });
    const t = IMPORT_STRINGS.zh;
    expect(t.tenseLine(t.tensePast, "“十三五”期间", "基期值")).to.equal("过去（“十三五”期间）→ 基期值");
    const future = byValue(proposals, 5000);
    expect(tenseView(future, fieldsOf(future))).to.include({ tense: "future", cue: "到2025年", flippable: true });
    const project = byValue(proposals, 423);
    expect(tenseView(project, fieldsOf(project)).flippable).to.equal(false);
  });

  it("flips a baseline to a target and back in one click each; the flipped proposal can be saved", () => {
    const past = byValue(proposals, 2800);
    const flipped = flipTense(past, fieldsOf(past));
    expect(flipped.kind).to.equal("target");
    expect(tenseView(past, flipped)).to.deep.equal({ tense: "future", cue: null, flipped: true, flippable: true });
    const applied = applyFields(past, flipped);
    expect(applied.ok && applied.proposal.kind).to.equal("target");
    expect(flipTense(past, flipped)).to.deep.equal(fieldsOf(past));
  });

  it("flips a growth achieved (a baseline of 增速) to a growth rate of its metric, and back", () => {
    const rate = byValue(proposals, 12.5);
    const fields = fieldsOf(rate);
    expect(fields).to.include({ kind: "baseline", metric: "营业收入增速" });
    const flipped = flipTense(rate, fields);
    expect(flipped).to.include({ kind: "growth_rate", metric: "营业收入" });
    const applied = applyFields(rate, flipped);
    expect(applied.ok && applied.proposal.growth).to.deep.equal({ type: "annual_avg" });
    expect(flipTense(rate, flipped)).to.include({ kind: "baseline", metric: "营业收入增速" });
  });
});
