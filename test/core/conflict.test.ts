import { expect } from "chai";
import { fixtureCatalog, fixturePlan, fixtureRecord } from "../support/fixture";
import { value } from "../support/seeds";

const planA = fixturePlan("900", [fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100)]);
const planB = fixturePlan("901", [
  fixtureRecord("901-L3-1", 3, "甲材料产值达到120亿元左右", 120, { bound: "approx", qualifiers: ["左右"] }),
]);
const planC = fixturePlan("902", [fixtureRecord("902-L4-1", 4, "甲材料产值达到100亿元", 100)]);
const query = { region: "测试", sector: "甲材料", metric: "产值" } as const;

describe("conflict rule: several records for one figure", () => {
  it("takes the first plan in dataset order and lists the differing figures", () => {
    const answer = value(fixtureCatalog([planB, planA]).target(query));
    expect(answer.entry.plan.id).to.equal("900");
    expect(answer.others.map((e) => e.record.id)).to.deep.equal(["901-L3-1"]);
  });

  it("separates agreeing records from differing ones", () => {
    const answer = value(fixtureCatalog([planA, planB, planC]).target(query));
    expect(answer.agreeing.map((e) => e.record.id)).to.deep.equal(["902-L4-1"]);
    expect(answer.others.map((e) => e.record.id)).to.deep.equal(["901-L3-1"]);
  });

  it("lets a curated supersedes override the order", () => {
    const answer = value(fixtureCatalog([planA, { ...planB, supersedes: ["900"] }]).target(query));
    expect(answer.entry.plan.id).to.equal("901");
    expect(answer.others).to.have.length(0);
  });

  it("finds the stated baseline of a target (same plan, node and metric, earlier year)", () => {
    const plan = fixturePlan("900", [
      fixtureRecord("900-L1-1", 1, "甲材料产值达到100亿元", 100),
      fixtureRecord("900-L2-1", 2, "2020年甲材料产值50亿元", 50, { kind: "baseline", year: 2020 }),
    ]);
    const catalog = fixtureCatalog([plan]);
    const answer = value(catalog.target(query));
    expect(catalog.baselineOf(answer.entry)?.record.value).to.equal(50);
  });
});
