import { expect } from "chai";
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { cagr, gap, progress, project, requiredCagr, yearsToTarget } from "../../src/core/growth";
import { errorOf, value } from "../support/seeds";

/** Excel's RRI as computed by a real formula engine: the oracle for CAGR. */
function excelRri(cases: ReadonlyArray<readonly [number, number, number]>): number[] {
  const engine = HyperFormula.buildFromArray(
    cases.map(([years, start, end]) => [`=RRI(${years},${start},${end})`]),
    { licenseKey: "gpl-v3" },
  );
  const values = cases.map((_, row) => engine.getCellValue({ sheet: 0, row, col: 0 }) as number);
  engine.destroy();
  return values;
}

describe("growth: CAGR against Excel's RRI", () => {
  it("matches RRI on Excel's documented example and on Henan's 5000 → 7000 over 4 years", () => {
    const [example, henan] = excelRri([
      [96, 10000, 11000],
      [4, 5000, 7000],
    ]);
    expect(value(cagr(10000, 11000, 96))).to.be.closeTo(example!, 1e-12);
    expect(value(cagr(5000, 7000, 4))).to.be.closeTo(henan!, 1e-12);
    expect(value(cagr(5000, 7000, 4))).to.be.closeTo(0.0878, 1e-4);
  });

  it("matches RRI on 300 random positive inputs", () => {
    const cases = fc.sample(
      fc.tuple(
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
      ),
      { numRuns: 300, seed: 20261123 },
    );
    const oracle = excelRri(cases);
    cases.forEach(([years, start, end], i) => {
      const ours = value(cagr(start, end, years));
      expect(ours, `RRI(${years},${start},${end})`).to.be.closeTo(oracle[i]!, 1e-9 * Math.max(1, Math.abs(oracle[i]!)));
    });
  });

  it("refuses a start ≤ 0, a negative end and years ≤ 0 as num errors (RRI gives #NUM!)", () => {
    expect(errorOf(cagr(0, 10, 5)).code).to.equal("NON_POSITIVE_START");
    expect(errorOf(cagr(-5, 10, 5)).code).to.equal("NON_POSITIVE_START");
    expect(errorOf(cagr(5, -10, 5)).code).to.equal("NEGATIVE_END");
    expect(errorOf(cagr(5, 10, 0)).code).to.equal("NON_POSITIVE_YEARS");
    expect(errorOf(cagr(5, 10, 0)).category).to.equal("num");
    expect(value(cagr(5, 0, 2))).to.equal(-1);
  });

  it("never returns NaN or Infinity", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (a, b, c) => {
        for (const result of [cagr(a, b, c), project(a, b, c), yearsToTarget(a, b, c), progress(a, b, c), gap(a, b)]) {
          if (result.ok) expect(Number.isFinite(result.value)).to.equal(true);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe("growth: required rate, projection, years to target", () => {
  it("computes the rate needed from 2022 to 2025", () => {
    expect(value(requiredCagr(200, 2022, 350, 2025))).to.be.closeTo(Math.pow(350 / 200, 1 / 3) - 1, 1e-12);
  });

  it("refuses a current year at or after the target year", () => {
    expect(errorOf(requiredCagr(200, 2025, 350, 2025)).code).to.equal("TARGET_YEAR_PASSED");
  });

  it("projects and inverts a projection", () => {
    const projected = value(project(5000, 0.1, 4));
    expect(projected).to.be.closeTo(7320.5, 1e-9);
    expect(value(yearsToTarget(5000, 0.1, projected))).to.be.closeTo(4, 1e-9);
  });

  it("answers 0 years at the target and never-reached without growth", () => {
    expect(value(yearsToTarget(100, 0.05, 100))).to.equal(0);
    expect(errorOf(yearsToTarget(100, 0, 200)).code).to.equal("NEVER_REACHED");
    expect(errorOf(project(100, -1, 2)).code).to.equal("RATE_TOO_LOW");
  });

  it("answers 0 years when the current value is already past the target in the direction of the rate", () => {
    // 150 already exceeds 121: growing at 10 % it has reached the target, not "never reaches" it.
    expect(value(yearsToTarget(150, 0.1, 121))).to.equal(0);
    expect(value(yearsToTarget(150, 0, 121))).to.equal(0);
    // A falling figure already below its target (a cap) has reached it too.
    expect(value(yearsToTarget(80, -0.05, 100))).to.equal(0);
    expect(value(yearsToTarget(100, -0.05, 200))).to.equal(0);
    // Falling towards a lower target takes time; falling to 0 never arrives.
    expect(value(yearsToTarget(100, -0.1, 81))).to.be.closeTo(2, 1e-9);
    expect(errorOf(yearsToTarget(100, -0.1, 0)).code).to.equal("NEVER_REACHED");
  });
});

describe("growth: progress and gap", () => {
  it("measures progress from the baseline, or of the target without one", () => {
    expect(value(progress(6000, 7000, 5000))).to.equal(0.5);
    expect(value(progress(175, 350, null))).to.equal(0.5);
    expect(value(progress(90, 80, 100))).to.equal(0.5); // a falling target
    expect(errorOf(progress(1, 5, 5)).code).to.equal("ZERO_SPAN");
  });

  it("measures the gap", () => {
    expect(value(gap(300, 350))).to.equal(50);
  });
});
