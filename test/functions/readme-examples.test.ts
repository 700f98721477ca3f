import { expect } from "chai";
import type { HyperFormula } from "hyperformula";
import { FUNCTION_EXAMPLES, type FunctionExample } from "../../src/sheet/function-examples";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";
import { planEngine, unregisterPlan } from "../support/hyperformula-plan";

/** Every worked example of the function table (the README's function table is generated from them). */
function examples(): Array<FunctionExample & { spills: boolean }> {
  return FUNCTION_TABLE.flatMap((spec) =>
    FUNCTION_EXAMPLES[spec.id].map((e) => ({ ...e, spills: "dimensionality" in spec.result })),
  );
}

/** The first column of a spill, top to bottom, as far as it goes. */
function firstColumn(engine: HyperFormula, sheet: number): unknown[] {
  const values: unknown[] = [];
  for (let row = 0; ; row++) {
    const value = engine.getCellValue({ sheet, row, col: 0 });
    if (value === null) return values;
    values.push(value);
  }
}

describe("the function table's worked examples (the README's) evaluate to what they say, in a formula engine", () => {
  let engine: HyperFormula;
  before(() => {
    engine = planEngine([]);
    examples().forEach((example, i) => {
      engine.addSheet(`ex${i}`);
      engine.setCellContents({ sheet: engine.getSheetId(`ex${i}`)!, row: 0, col: 0 }, example.formula);
    });
  });
  after(() => {
    engine.destroy();
    unregisterPlan();
  });

  it("has an example calling each function", () => {
    const ids = new Set(examples().map((e) => /^=PLAN\.([A-Z_]+)\(/.exec(e.formula)![1]));
    expect([...ids].sort()).to.deep.equal(FUNCTION_TABLE.map((f) => f.id).sort());
  });

  for (const [i, example] of examples().entries()) {
    it(`${example.formula} → ${example.result.slice(0, 40)}`, () => {
      const sheet = engine.getSheetId(`ex${i}`)!;
      const value = engine.getCellValue({ sheet, row: 0, col: 0 });
      const expected = example.result;
      if (example.pattern) {
        // The result depends on the data in use (PLAN.DATASET): its shape, and the example has that shape too.
        expect(value).to.match(example.pattern);
        expect(expected).to.match(example.pattern);
      } else if (expected.startsWith("#")) {
        expect((value as { value: string }).value).to.equal(expected);
        // The message a note quotes (`请提供基期值和基期年份`, … for what it leaves out) is what the cell says.
        const quoted = /`([^`]*[\u4e00-\u9fff][^`]*)`/.exec(example.note)?.[1] ?? "";
        for (const part of quoted.split("…")) expect((value as { message: string }).message).to.include(part);
      } else if (/^-?\d+(\.\d+)?$/.test(expected)) {
        const decimals = expected.split(".")[1]?.length ?? 0;
        expect(Number((value as number).toFixed(decimals))).to.equal(Number(expected));
      } else if (example.spills) {
        const listed = expected
          .replace(/…$/, "")
          .split("、")
          .filter((s) => s.length > 0);
        const column = firstColumn(engine, sheet);
        expect(column.slice(0, listed.length)).to.deep.equal(listed);
        if (!expected.endsWith("…")) expect(column.length).to.equal(listed.length);
      } else {
        expect(value).to.equal(expected);
      }
    });
  }
});
