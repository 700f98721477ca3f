import { expect } from "chai";
import { dataFault, fail } from "../../src/core/errors";
import { bilingual, byLanguage, inBoth, inLanguage, messageFor } from "../../src/core/messages";

const TABLE = {
  title: { zh: "规划目标", en: "Plan targets" },
  recordsOf: bilingual(
    (what: string, n: number) => `${what} · ${n} 条记录`,
    (what, n) => `${what} · ${n} record${n === 1 ? "" : "s"}`,
  ),
};

describe("messages: one mechanism for every catalogue", () => {
  it("messageFor shows a fixed text, a message with its typed arguments, and an error, in either language", () => {
    expect(messageFor(TABLE.title, "zh")).to.equal("规划目标");
    expect(messageFor(TABLE.title, "en")).to.equal("Plan targets");
    expect(messageFor(TABLE.recordsOf, "zh", "稀土", 3)).to.equal("稀土 · 3 条记录");
    expect(messageFor(TABLE.recordsOf, "en", "稀土", 1)).to.equal("稀土 · 1 record");
    const failed = fail("RECORD_NOT_FOUND", { input: "R9" });
    if (failed.ok) throw new Error("expected a failure");
    expect(messageFor(failed.error, "zh")).to.equal("未找到记录“R9”");
    expect(messageFor(failed.error, "en")).to.equal('No record "R9"');
    expect(messageFor(dataFault("NOT_FOUND", { file: "index.json" }), "zh")).to.equal("服务器上没有 index.json（404）");
    expect(inBoth(TABLE.recordsOf, "稀土", 1)).to.deep.equal({ zh: "稀土 · 1 条记录", en: "稀土 · 1 record" });
  });

  it("inLanguage turns a table into one language's accessors: strings stay strings, messages take their arguments", () => {
    const en = inLanguage(TABLE, "en");
    expect(en.title).to.equal("Plan targets");
    expect(en.recordsOf("稀土", 2)).to.equal("稀土 · 2 records");
    const both = byLanguage(TABLE);
    expect(both.zh.recordsOf("稀土", 2)).to.equal("稀土 · 2 条记录");
    expect(Object.keys(both.en)).to.deep.equal(Object.keys(TABLE));
  });
});
