import { expect } from "chai";
import { ArgumentMemo } from "../../src/functions/argument-memo";

/** A memo whose computations are counted. */
function counted(): { ask: (args: readonly unknown[], answer: string) => string; computed: () => number } {
  const memo = new ArgumentMemo<string>({});
  let computed = 0;
  return {
    ask: (args, answer) =>
      memo.get(args, () => {
        computed++;
        return answer;
      }),
    computed: () => computed,
  };
}

describe("the function layer's memo of raw arguments", () => {
  it("keeps questions of different lengths apart (one is not the start of the other)", () => {
    const { ask } = counted();
    expect(ask(["内蒙古"], "one")).to.equal("one");
    expect(ask(["内蒙古", "稀土新材料"], "two")).to.equal("two");
    expect(ask(["内蒙古"], "again")).to.equal("one");
    expect(ask(["内蒙古", "稀土新材料"], "again")).to.equal("two");
  });

  it("answers equal arguments from the memo as a Map key compares them: null for missing, -0 as 0, NaN as NaN", () => {
    const { ask, computed } = counted();
    ask(["内蒙古", null, 0, Number.NaN], "first");
    expect(ask(["内蒙古", undefined, -0, Number.NaN], "second")).to.equal("first");
    expect(computed()).to.equal(1);
  });

  it("tells a number from the same digits as text, and a range by its identity", () => {
    const { ask, computed } = counted();
    const range = [[1, 2]];
    expect(ask([2025, range], "number")).to.equal("number");
    expect(ask(["2025", range], "text")).to.equal("text");
    expect(ask([2025, [[1, 2]]], "another range")).to.equal("another range");
    expect(ask([2025, range], "again")).to.equal("number");
    expect(computed()).to.equal(3);
  });

  it("tells long texts apart that differ only in the middle", () => {
    const { ask } = counted();
    const long = (middle: string): string => `${"甲".repeat(5000)}${middle}${"乙".repeat(5000)}`;
    expect(ask([long("一")], "one")).to.equal("one");
    expect(ask([long("二")], "two")).to.equal("two");
    expect(ask([long("一")], "again")).to.equal("one");
  });

  it("keeps what it was given when the caller reuses its array, and every answer as the table grows", () => {
    const { ask, computed } = counted();
    const args: unknown[] = ["内蒙古", null];
    for (let i = 0; i < 5000; i++) {
      args[1] = i;
      ask(args, `answer ${i}`);
    }
    for (let i = 0; i < 5000; i++) expect(ask(["内蒙古", i], "again")).to.equal(`answer ${i}`);
    expect(computed()).to.equal(5000);
  });
});
