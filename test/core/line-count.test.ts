/** A document's line count, as the extractor numbers its lines: a line break at the very end starts no line. */
import { expect } from "chai";
import { extractProposals } from "../../src/extract";
import { lineCount } from "../../src/core/text";
import { GD_TEXT } from "../support/import-fixtures";

describe("lineCount: lines as the extractor numbers them", () => {
  for (const [text, lines] of [
    ["", 0],
    ["一行", 1],
    ["一行\n", 1],
    ["\n", 1],
    ["一\n二", 2],
    ["一\n二\n", 2],
    ["一\r\n二\r\n", 2],
    ["一\n\n", 2],
    ["一\n\n三", 3],
    ["一\r二", 1],
  ] as const) {
    it(`${JSON.stringify(text)} has ${lines}`, () => expect(lineCount(text)).to.equal(lines));
  }

  it("15 lines and a last line break: 15, the number of the extractor's last line", () => {
    const text = `${Array.from({ length: 14 }, (_, i) => `第${i + 1}行`).join("\n")}\n${GD_TEXT.split("\n").at(-1)}\n`;
    expect(lineCount(text)).to.equal(15);
    const extracted = extractProposals(text);
    if (!extracted.ok) throw new Error(extracted.error.message.zh);
    expect(Math.max(...extracted.value.proposals.map((p) => p.line))).to.equal(15);
    // The same text without its last line break: the extractor counts 15 too.
    const trimmed = extractProposals(text.slice(0, -1));
    expect(trimmed.ok && trimmed.value.lineCount).to.equal(lineCount(text));
  });
});
