/**
 * What the extractor refuses, and how: empty text, text without figures, binary or wrongly decoded text, a paste over
 * the limit, a cancelled run. Each is a typed failure with a Chinese message, never an exception; progress is
 * reported as lines are read.
 */
import { expect } from "chai";
import fc from "fast-check";
import { messageFor } from "../../src/core/errors";
import { extractProposals, MAX_EXTRACT_CHARS, type ExtractResult } from "../../src/extract";
import { PLAN_CONTEXT } from "./extract-support";

const PLAN =
  "到2025年，稀土新材料产值达到350亿元，稀土就地转化率达到80%以上。培育龙头企业10家，建设重点实验室25家。" +
  "先进钢铁材料产能400万吨以上、先进有色金属材料产能200万吨以上，新材料产业产值达到2300亿元左右。";

/** The same plan text written in GBK (as Excel and Notepad on Chinese Windows save it). */
const PLAN_GBK = Buffer.from(
  "b5bd32303235c4eaa3accfa1cdc1d0c2b2c4c1cfb2fad6b5b4efb5bd333530d2dad4aaa3accfa1cdc1becdb5d8d7aabbafc2cab4efb5bd" +
    "383025d2d4c9cfa1a3",
  "hex",
);

function codeOf(result: ExtractResult): string {
  return result.ok ? "ok" : result.error.code;
}

function failure(result: ExtractResult) {
  if (result.ok) throw new Error("expected a failure, got proposals");
  return result.error;
}

const HAN = /[\u4e00-\u9fff]/;

describe("extract: refused input", () => {
  it("refuses empty and blank text", () => {
    for (const text of ["", "   ", "\n\n\t\u3000\u00a0\r\n"]) {
      const error = failure(extractProposals(text));
      expect(error.code).to.equal("EXTRACT_EMPTY");
      expect(messageFor(error, "zh")).to.equal("文本为空：请粘贴规划正文");
    }
  });

  it("refuses text without figures, naming how many lines it read", () => {
    const error = failure(extractProposals("加快推进新材料产业高质量发展。\n\n强化创新驱动。"));
    expect(error.code).to.equal("EXTRACT_NO_FIGURES");
    expect(messageFor(error, "zh")).to.include("2行文本中没有找到数值目标");
    // Digits that are no figures (a date, a year, a name) do not count either.
    const dated = "2024年10月28日印发，推进5G应用和3D打印，落实《中国制造2025》。";
    expect(codeOf(extractProposals(dated))).to.equal("EXTRACT_NO_FIGURES");
  });

  it("refuses a binary file", () => {
    const zip = "PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000" + PLAN;
    const error = failure(extractProposals(zip));
    expect(error.code).to.equal("EXTRACT_NOT_TEXT");
    expect(messageFor(error, "zh")).to.include("二进制");
  });

  it("refuses a GBK file read as UTF-8 (replacement characters)", () => {
    const text = new TextDecoder("utf-8").decode(PLAN_GBK);
    expect(text).to.include("\ufffd");
    const error = failure(extractProposals(text));
    expect(error.code).to.equal("EXTRACT_NOT_TEXT");
    expect(messageFor(error, "zh")).to.include("GBK");
  });

  it("refuses a UTF-8 file read as GBK (鍦ㄨ-style mojibake) and one read as Latin-1", () => {
    const bytes = Buffer.from(PLAN.repeat(3), "utf8");
    const asGbk = new TextDecoder("gbk").decode(bytes);
    expect(codeOf(extractProposals(asGbk))).to.equal("EXTRACT_NOT_TEXT");
    const asLatin1 = new TextDecoder("windows-1252").decode(bytes);
    expect(codeOf(extractProposals(asLatin1))).to.equal("EXTRACT_NOT_TEXT");
  });

  it("tolerates a stray unreadable character in a real plan (the check is not too eager)", () => {
    expect(codeOf(extractProposals(`${PLAN}\ufffd${PLAN}`))).to.equal("ok");
    expect(codeOf(extractProposals(PLAN.replace("。", "\u000b。")))).to.equal("ok");
  });

  it("refuses a paste over the limit before reading it", () => {
    const error = failure(extractProposals("产".repeat(MAX_EXTRACT_CHARS + 1)));
    expect(error.code).to.equal("EXTRACT_TOO_LARGE");
    expect(messageFor(error, "zh")).to.include("请分段粘贴");
  });

  it("says every failure in Chinese, and in English for an English Office", () => {
    const errors = ["", "无数字的文本。", "\u0000\u0001\u0002\u0003二进制"].map((t) => failure(extractProposals(t)));
    for (const error of errors) {
      expect(messageFor(error, "zh")).to.match(HAN);
      expect(messageFor(error, "en")).to.match(/^[\x20-\x7e\u4e00-\u9fff（）。，“”]+$/);
    }
  });
});

describe("extract: bounded work, progress and cancellation", () => {
  it("reports progress in order, at most about a hundred times, ending with all lines", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `第${i + 1}项：产值达到${i + 1}亿元。`).join("\n");
    const calls: Array<[number, number]> = [];
    const result = extractProposals(text, PLAN_CONTEXT, { onProgress: (done, total) => calls.push([done, total]) });
    expect(codeOf(result)).to.equal("ok");
    expect(calls.length).to.be.within(2, 101);
    expect(calls.at(-1)).to.deep.equal([5000, 5000]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).to.be.greaterThan(calls[i - 1]![0]);
    if (result.ok) expect(result.value.proposals).to.have.length(5000);
  });

  it("stops when cancelled, before or during the run", () => {
    expect(codeOf(extractProposals(PLAN, {}, { signal: { aborted: true } }))).to.equal("EXTRACT_ABORTED");
    const signal = { aborted: false };
    const text = Array.from({ length: 1000 }, () => PLAN).join("\n");
    const result = extractProposals(text, {}, { signal, onProgress: (done) => (signal.aborted = done >= 100) });
    expect(codeOf(result)).to.equal("EXTRACT_ABORTED");
    expect(messageFor(failure(result), "zh")).to.equal("已取消提取");
  });

  it("reads a long line without sentence breaks, every figure of it", () => {
    const list = "产能达到5万吨、".repeat(5000);
    const result = extractProposals(list, PLAN_CONTEXT);
    expect(result.ok && result.value.proposals.length).to.equal(5000);
    const clauses = "到2025年，产能达到5万吨，".repeat(3000);
    const read = extractProposals(clauses, PLAN_CONTEXT);
    expect(read.ok && read.value.proposals.every((p) => p.year === 2025 && p.yearBasis === "stated")).to.equal(true);
  });

  it("never throws, whatever it is given", () => {
    const fragments = [
      "到2025年，",
      "产值达到",
      "350",
      "亿元",
      "以上",
      "、",
      "，",
      "。",
      "\n",
      "（一）",
      "力争",
      "分别",
      "2-3个",
      "1.3—1.25",
      "千亿级",
      "倍增",
      "全覆盖",
      "2+(3+",
      "《",
      "GB/T",
      "\u0000",
      "\ufffd",
      "——",
      "%",
      "万元/人",
      "超10亿元企业",
      "5家",
      "较2020年下降",
    ];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(...fragments))), (input) => {
        const text = typeof input === "string" ? input : input.join("");
        const result = extractProposals(text, PLAN_CONTEXT);
        return result.ok || result.error.code.startsWith("EXTRACT_");
      }),
      { numRuns: 400 },
    );
  });
});
