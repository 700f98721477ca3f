/**
 * The rules of a target against a current value (src/core/assess.ts): the direction of a target (up, down, under a
 * cap), the basis (the plan's or the user's, none → ask), the path (compound for levels, straight for shares), and
 * the years from the target year on.
 */
import { expect } from "chai";
import fc from "fast-check";
import { assess, type Assessment, type GivenBasis } from "../../src/core/assess";
import type { Entry } from "../../src/core/catalog";
import { directionOf } from "../../src/core/direction";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { errorOf, seedCatalog, value } from "../support/seeds";

const seeds = seedCatalog();
const target = (region: string, sector: string, metric: string, plan?: string): Entry =>
  value(seeds.target({ region, sector, metric, plan: plan ?? null })).entry;
const judged = (entry: Entry, current: number, year: number | null, basis: GivenBasis | null = null): Assessment =>
  value(assess(seeds, entry, current, year, basis));

describe("assess: the direction of a target", () => {
  const carbide = target("内蒙古", "电石", "产能"); // 控制在1500万吨以内 (cap)
  const pue = target("内蒙古", "工业数字化基础设施", "数据中心PUE值", "001F"); // 1.5 (2021) → 1.3—1.25
  const rareEarth = target("内蒙古", "稀土新材料", "产值"); // 350亿元 (2025)

  it("reads a cap as a cap, a PUE or 降至 target as falling, a level as rising", () => {
    expect(directionOf(carbide, null)).to.equal("cap");
    expect(directionOf(pue, null)).to.equal("down");
    expect(directionOf(rareEarth, null)).to.equal("up");
    expect(directionOf(rareEarth, 500), "a basis above the target makes the path come down").to.equal("down");
  });

  it("judges a cap as 未超上限 / 超出上限 in any year: twice the cap is over it, well inside it is within", () => {
    expect(value(judged(carbide, 3000, 2023).status)).to.equal("超出上限");
    expect(value(judged(carbide, 1000, 2023).status)).to.equal("未超上限");
    expect(value(judged(carbide, 1500, 2026).status)).to.equal("未超上限");
    expect(judged(carbide, 1000, 2023).gap, "room left under the cap").to.equal(500);
    expect(value(judged(carbide, 3000, 2023).progress), "share of the cap used").to.equal(2);
  });

  it("counts a falling target's progress downwards: PUE 1.5 → 1.25", () => {
    const a = judged(pue, 1.4, 2023);
    expect(a.direction).to.equal("down");
    expect(value(a.progress)).to.be.closeTo((1.5 - 1.4) / (1.5 - 1.25), 1e-12);
    expect(a.gap, "still to come down").to.be.closeTo(0.15, 1e-12);
    expect(value(judged(pue, 1.3, 2023).status)).to.equal("超前");
    expect(value(judged(pue, 1.49, 2024).status)).to.equal("滞后");
    expect(value(judged(pue, 1.2, 2025).status)).to.equal("已实现");
    expect(value(judged(pue, 1.3, 2025).status)).to.equal("未实现");
  });
});

describe("assess: on-track needs a basis", () => {
  const rareEarth = target("内蒙古", "稀土新材料", "产值");

  it("without a stated baseline or a given one, asks for it (BASIS_MISSING) instead of a status", () => {
    const a = judged(rareEarth, 200, 2022);
    expect(errorOf(a.status).code).to.equal("BASIS_MISSING");
    expect(errorOf(a.status).message.zh).to.include("请提供基期值和基期年份");
    expect(value(a.requiredCagr)).to.be.closeTo(Math.pow(350 / 200, 1 / 3) - 1, 1e-12);
  });

  it("takes the user's basis; a year without a value is an error, a value alone is enough for progress", () => {
    expect(value(judged(rareEarth, 200, 2022, { value: 150, year: 2020 }).status)).to.equal("滞后");
    expect(errorOf(assess(seeds, rareEarth, 200, 2022, { value: null, year: 2020 })).code).to.equal("BASIS_INCOMPLETE");
    const valueOnly = judged(rareEarth, 200, 2022, { value: 150, year: null });
    expect(value(valueOnly.progress)).to.be.closeTo(50 / 200, 1e-12);
    expect(errorOf(valueOnly.status).code).to.equal("BASIS_INCOMPLETE");
  });

  it("uses the plan's stated baseline (河南: 5000 in 2016 → 7000 in 2020) on a compound path", () => {
    const henan = target("河南", "新型材料业", "主营业务收入");
    const a = judged(henan, 6000, 2018);
    expect(a.basis).to.deep.equal({ value: 5000, year: 2016, source: "plan" });
    expect(a.path?.shape).to.equal("compound");
    expect(a.path?.expected).to.be.closeTo(5000 * Math.sqrt(1.4), 1e-9);
    expect(a.elapsed).to.equal(0.5);
    expect(value(a.status)).to.equal("超前");
  });

  it("judges a share along a straight line in percentage points (8% in 2021 → 45% in 2025)", () => {
    const share = target("内蒙古", "数字化水平", "工业互联网平台普及率");
    const a = judged(share, 35, 2024);
    expect(a.path?.shape).to.equal("linear");
    expect(a.path?.expected).to.be.closeTo(8 + (37 * 3) / 4, 1e-9);
    expect(value(a.status), "2.0% of the way behind the path: within the band").to.equal("正常");
    expect(value(judged(share, 33, 2024).status)).to.equal("滞后");
    expect(value(judged(share, 36.5, 2024).status)).to.equal("超前");
    expect(a.gap).to.equal(10);
  });

  it("from the target year on, says 已实现 / 未实现 and never an elapsed share above 100%", () => {
    expect(value(judged(rareEarth, 400, 2025).status)).to.equal("已实现");
    expect(value(judged(rareEarth, 300, 2027).status)).to.equal("未实现");
    expect(judged(rareEarth, 300, 2027).elapsed).to.equal(null);
  });

  it("refuses a current year before the base year", () => {
    expect(errorOf(judged(rareEarth, 200, 2019, { value: 150, year: 2020 }).status).code).to.equal(
      "CURRENT_BEFORE_BASE",
    );
  });
});

describe("assess: 超前 holds exactly when the rate still required is below the path's own", () => {
  /** A fixture plan with one target, its baseline and its unit: the property runs over it. */
  function catalogWith(
    unit: string,
    base: number,
    targetValue: number,
  ): { entry: Entry; catalog: ReturnType<typeof fixtureCatalog> } {
    const catalog = fixtureCatalog([
      fixturePlan("901", [
        fixtureRecord("901-L1-1", 1, "到2025年，甲材料产值达到100亿元。", targetValue, { unit, valueText: "100" }),
        fixtureRecord("901-L2-1", 2, "2020年甲材料产值50亿元。", base, {
          unit,
          kind: "baseline",
          year: 2020,
          valueText: "50",
        }),
      ]),
    ]);
    return { catalog, entry: value(catalog.record("901-L1-1")) };
  }

  it("for levels (compound) and shares (straight), rising and falling", () => {
    const positive = fc.double({ min: 1, max: 1000, noNaN: true });
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        fc.integer({ min: 2021, max: 2024 }),
        fc.boolean(),
        (b, t, c, year, share) => {
          fc.pre(Math.abs(t - b) > 1e-6 * Math.max(t, b));
          const { catalog, entry } = catalogWith(share ? "%" : "亿元", b, t);
          const a = value(assess(catalog, entry, c, year));
          const status = value(a.status);
          const years = 2025 - year;
          // What the path asks per year versus what is still required per year, in the path's own measure.
          const rising = t > b;
          const required = share ? (t - c) / years : Math.pow(t / c, 1 / years) - 1;
          const path = a.path!.rate;
          const lessDemanding = rising ? required < path : required > path;
          if (Math.abs(required - path) < 1e-9 * Math.max(1, Math.abs(path))) return; // on the path: float noise
          expect(
            status === "超前",
            `${status} b=${b} t=${t} c=${c} ${year} required=${required} path=${path}`,
          ).to.equal(lessDemanding);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});
