import { expect } from "chai";
import type { Entry } from "../../src/core/catalog-types";
import {
  inYear,
  pickYear,
  sameAmount,
  sameStatement,
  statementDifferences,
  thresholdOf,
  unsuperseded,
} from "../../src/core/conflict-rule";
import { EVERY_YEAR } from "../../src/core/vocabulary";
import type { Indexed } from "../../src/core/record-index";
import { lookupUnit } from "../../src/core/units";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { value } from "../support/seeds";

// One real statement from the fixture; the others are hand-made from it, each changing one thing.
const base = value(
  fixtureCatalog([fixturePlan("900", [fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100)])]).record("900-L1-1"),
);

function statement(record: Partial<Entry["record"]> = {}, rest: Partial<Entry> = {}): Entry {
  return { ...base, ...rest, record: { ...base.record, ...record } };
}

function planned(id: string, order: number, overrides: Partial<Entry["plan"]> = {}): Entry {
  return statement({}, { plan: { ...base.plan, id, ...overrides }, order });
}

function indexed(entry: Entry): Indexed {
  return {
    entry,
    sectorKeys: ["材料", "甲材料"],
    nodeKey: "材料›甲材料",
    metricFull: "产值",
    metricBare: "产值",
    elsewhere: null,
  };
}

describe("the conflict rule, over hand-made statements", () => {
  describe("comparing two statements of one figure", () => {
    it("says nothing differs between a statement and its copy", () => {
      expect(statementDifferences(base, statement())).to.deep.equal([]);
      expect(sameStatement(base, statement())).to.equal(true);
    });

    it("compares amounts in the unit's base: 100亿元 is 1000000万元, 100万元 is not", () => {
      const tenThousands = lookupUnit("万元")!;
      expect(sameAmount(base, statement({ value: 1_000_000, unit: "万元" }, { unit: tenThousands }))).to.equal(true);
      expect(sameAmount(base, statement({ value: 100, unit: "万元" }, { unit: tenThousands }))).to.equal(false);
      expect(statementDifferences(base, statement({ value: 120 }))).to.deep.equal(["value"]);
    });

    it("tells a range from a single figure, and two ranges by their upper end", () => {
      const range = statement({ valueMax: 120 });
      expect(statementDifferences(base, range)).to.deep.equal(["value"]);
      expect(sameAmount(range, statement({ valueMax: 120 }))).to.equal(true);
      expect(sameAmount(range, statement({ valueMax: 130 }))).to.equal(false);
    });

    it("tells 以上 from 达到 and 产值超10亿元 from 产值达到10亿元 by the threshold", () => {
      expect(statementDifferences(base, statement({ bound: "ge" }))).to.deep.equal(["threshold"]);
      const filter = { measure: "产值", op: "ge", value: 10, valueMax: null, unit: "亿元" } as const;
      const reaching = statement({ entityFilter: filter });
      const exceeding = statement({ entityFilter: { ...filter, op: "gt" } });
      expect(thresholdOf(reaching)).to.not.equal(thresholdOf(exceeding));
      expect(statementDifferences(reaching, exceeding)).to.deep.equal(["threshold"]);
    });

    it("tells 力争 from a plain target, and lists every difference at once", () => {
      expect(statementDifferences(base, statement({ aspiration: true }))).to.deep.equal(["aspiration"]);
      expect(statementDifferences(base, statement({ value: 90, bound: "ge", aspiration: true }))).to.deep.equal([
        "value",
        "threshold",
        "aspiration",
      ]);
    });
  });

  describe("which statement wins", () => {
    it("keeps dataset order and drops the plans another candidate supersedes", () => {
      const first = planned("900", 1);
      const second = planned("901", 2);
      const newer = planned("902", 3, { supersedes: ["900"] });
      expect(unsuperseded([second, first]).map((e) => e.plan.id)).to.deep.equal(["900", "901"]);
      expect(unsuperseded([newer, second, first]).map((e) => e.plan.id)).to.deep.equal(["901", "902"]);
    });

    it("lets a recurring figure (每年) answer any year of its plan's period, a dated one its own year only", () => {
      const recurring = statement({ year: null });
      expect([2021, 2025, 2026].map((year) => inYear(recurring, year))).to.deep.equal([true, true, false]);
      expect([2024, 2025].map((year) => inYear(base, year))).to.deep.equal([false, true]);
    });

    it("reads no year as the plan's end year, else the latest the plan states", () => {
      const pool = [2023, 2025, 2024].map((year) => indexed(statement({ year })));
      expect(value(pickYear(pool, null, "甲材料·产值")).map((i) => i.entry.record.year)).to.deep.equal([2025]);
      const early = pool.filter((i) => i.entry.record.year !== 2025);
      expect(value(pickYear(early, null, "甲材料·产值")).map((i) => i.entry.record.year)).to.deep.equal([2024]);
    });

    it("answers 每年 with the recurring records only, and a missing year with the years there are", () => {
      const pool = [indexed(statement({ year: null })), indexed(base)];
      expect(value(pickYear(pool, EVERY_YEAR, "甲材料·产值")).map((i) => i.entry.record.year)).to.deep.equal([null]);
      const missing = pickYear([indexed(base)], 2030, "甲材料·产值");
      expect(missing.ok).to.equal(false);
      if (!missing.ok) {
        expect(missing.error.code).to.equal("YEAR_NOT_FOUND");
        expect(missing.error.message.en).to.contain("2030").and.to.contain("2025");
      }
    });
  });
});
