import { expect } from "chai";
import fc from "fast-check";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";
import { callCell, excelFunctions } from "../support/functions";
import { StandInError } from "../support/office-stand-in";

const ALLOWED_ERRORS = ["#N/A", "#VALUE!", "#NUM!"];

/** What a sheet can hand a function: numbers of every kind, text of every kind, nothing, arrays, booleans. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 5e-324, 2025, 2022, 350, 0.08, -1, -2),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "内蒙古",
    "内蒙古自治区",
    "稀土新材料",
    "产值",
    "产能",
    "新材料›稀土新材料",
    "2025年",
    "２０２５",
    "8%",
    "１２３",
    "亿元",
    "万元",
    "万吨",
    "000",
    "001D",
    "🚀",
    "😀稀土",
    "\u3000",
    "NaN",
    "Infinity",
    "-",
  ),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.array(fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { maxLength: 3 }), { maxLength: 3 }),
);

function checkValue(id: string, value: unknown): void {
  if (value instanceof StandInError) {
    expect(ALLOWED_ERRORS, `${id}: ${value.code}`).to.include(value.code);
    expect(value.message.length, `${id}: error without a message`).to.be.greaterThan(0);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), `${id} returned ${value}`).to.equal(true);
  } else if (Array.isArray(value)) {
    expect(value.length, `${id}: empty spill`).to.be.greaterThan(0);
    for (const row of value as unknown[][]) for (const cell of row) checkValue(id, cell);
  } else {
    expect(value, `${id} returned ${String(value)}`).to.be.a("string");
  }
}

describe("every function, on random arguments (property test)", function () {
  this.timeout(120000);

  it("returns only values or #N/A / #VALUE! / #NUM! with a message: never an exception, NaN or Infinity", () => {
    const functions = excelFunctions();
    for (const meta of FUNCTION_TABLE) {
      const fn = functions.get(meta.id)!;
      fc.assert(
        fc.property(
          fc.array(cellValue, { minLength: meta.parameters.length, maxLength: meta.parameters.length }),
          (args) => {
            checkValue(meta.id, callCell(fn, ...args));
          },
        ),
        { numRuns: 1000, seed: 42 },
      );
    }
  });
});
