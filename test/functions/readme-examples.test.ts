import { expect } from "chai";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { HyperFormula } from "hyperformula";
import { generatedMetadata } from "../support/functions";
import { planEngine, unregisterPlan } from "../support/hyperformula-plan";

interface Example {
  formula: string;
  result: string;
}

/** The README's function table: | `=PLAN.X(…)` | `result` | … | */
function readmeExamples(): Example[] {
  const readme = readFileSync(resolve(__dirname, "..", "..", "README.md"), "utf8");
  return [...readme.matchAll(/^\| `(=PLAN\.[^`]+)` \| `([^`]*)` \|/gm)].map((m) => ({ formula: m[1]!, result: m[2]! }));
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

describe("README: every function example evaluates to what the README says", () => {
  const examples = readmeExamples();
  let engine: HyperFormula;
  let spilling = new Set<string>();
  before(async () => {
    const { json } = await generatedMetadata();
    spilling = new Set(json.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => `=PLAN.${f.id}(`));
    engine = await planEngine([]);
    examples.forEach((example, i) => {
      engine.addSheet(`ex${i}`);
      engine.setCellContents({ sheet: engine.getSheetId(`ex${i}`)!, row: 0, col: 0 }, example.formula);
    });
  });
  after(() => {
    engine.destroy();
    unregisterPlan();
  });

  it("has an example for each of the 19 functions", () => {
    const ids = new Set(examples.map((e) => /^=PLAN\.([A-Z_]+)\(/.exec(e.formula)![1]));
    expect(ids.size).to.equal(19);
  });

  for (const [i, example] of readmeExamples().entries()) {
    it(`${example.formula} → ${example.result.slice(0, 40)}`, () => {
      const sheet = engine.getSheetId(`ex${i}`)!;
      const value = engine.getCellValue({ sheet, row: 0, col: 0 });
      const expected = example.result;
      if (expected.startsWith("#")) {
        expect((value as { value: string }).value).to.equal(expected);
      } else if (/^-?\d+(\.\d+)?$/.test(expected)) {
        const decimals = expected.split(".")[1]?.length ?? 0;
        expect(Number((value as number).toFixed(decimals))).to.equal(Number(expected));
      } else if ([...spilling].some((prefix) => example.formula.startsWith(prefix))) {
        const listed = expected.replace(/…$/, "").split("、").filter((s) => s.length > 0);
        const column = firstColumn(engine, sheet);
        expect(column.slice(0, listed.length)).to.deep.equal(listed);
        if (!expected.endsWith("…")) expect(column.length).to.equal(listed.length);
      } else {
        expect(value).to.equal(expected);
      }
    });
  }
});
