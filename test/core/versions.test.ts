import { expect } from "chai";
import { statementDifferences, type Entry, type TargetAnswer } from "../../src/core/catalog";
import { answersLookup } from "../../src/core/kinds";
import { answerCitation, statementText, toTargetView } from "../../src/core/present";
import { droppedFigures, versionDifferences } from "../../src/core/report";
import { seedCatalog, value } from "../support/seeds";

describe("two versions of one plan (000 and 001D) and a plan that restates itself", () => {
  const catalog = seedCatalog();

  it("covers all thirteen plans with several hundred records", () => {
    const entries = value(catalog.list());
    expect(entries.length).to.be.greaterThan(400);
    expect(new Set(entries.map((e) => e.plan.id))).to.have.property("size", 13);
  });

  it("links the records of 001D to the records of 000 that state the same fact", () => {
    const linked = catalog.entries.filter((e) => e.plan.id === "001D" && e.record.sameAs.length > 0);
    expect(linked.length).to.be.greaterThan(50);
    for (const entry of linked) for (const other of catalog.related(entry)) expect(other.plan.id).to.equal("000");
    const rare = value(catalog.record("001D-L285-7"));
    expect(catalog.related(rare).map((e) => e.record.value)).to.deep.equal([350]);
  });

  it("answers a bare lookup by the conflict rule (000 first) and shows the other version's figure", () => {
    for (const [sector, first, second] of [
      ["稀土新材料", 350, 700],
      ["新材料", 2300, 3000],
      ["先进有色金属材料", 400, 750],
    ] as const) {
      const answer = value(catalog.target({ region: "内蒙古", sector, metric: "产值", year: 2025 }));
      expect(answer.entry.record.value, sector).to.equal(first);
      expect(
        answer.others.map((e) => [e.plan.id, e.record.value]),
        sector,
      ).to.deep.include(["001D", second]);
    }
  });

  it("reaches 001D's renamed chemicals sector by either name", () => {
    const byOld = value(catalog.list({ region: "内蒙古", plan: "001D", sector: "先进化工材料" }));
    const byNew = value(catalog.list({ region: "内蒙古", plan: "001D", sector: "化工高分子材料" }));
    expect(byOld.length).to.be.greaterThan(0);
    expect(byOld.map((e) => e.record.id)).to.deep.equal(byNew.map((e) => e.record.id));
  });

  it("keeps 001F's 45% (table) and 35%以上 (prose) each with its own quote", () => {
    const answer = value(
      catalog.target({ region: "内蒙古", sector: "数字化水平", metric: "工业互联网平台普及率", plan: "001F" }),
    );
    expect(answer.entry.record.value).to.equal(45);
    const others = answer.others.map((e) => [e.record.value, e.record.line, e.record.quote]);
    expect(others).to.have.length(1);
    expect(others[0]![0]).to.equal(35);
    expect(others[0]![2]).to.include("35%以上");
  });

  it("keeps 5G基站 in 万座 (table) and 万个 (prose) as two records", () => {
    const answer = value(
      catalog.target({ region: "内蒙古", sector: "工业数字化基础设施", metric: "5G基站数量", plan: "001F" }),
    );
    const units = [answer.entry, ...answer.others].map((e) => e.record.unit).sort();
    expect(units).to.deep.equal(["万个", "万座"]);
  });

  it("gives source typos their correct name as an alias (石黑烯 → 石墨烯), quotes stay verbatim", () => {
    const line = catalog.dataset.documents!["000_7fb2c2560672e87d.txt"]![48]!;
    expect(line).to.include("石黑烯");
    expect(value(catalog.list({ region: "内蒙古", sector: "石黑烯" })).length).to.be.greaterThan(0);
  });
});

describe("what one version of a plan says and the other does not (issue 17)", () => {
  const catalog = seedCatalog();
  const lookupOf = (e: Entry): TargetAnswer =>
    value(
      catalog.target({
        region: e.region.name,
        sector: e.record.sector.join("›"),
        metric: e.metricLabel,
        year: e.record.year,
        plan: e.plan.id,
      }),
    );

  it("names, in the answer of either version, every statement the data report finds differing", () => {
    const pairs = versionDifferences(catalog);
    expect(pairs.length).to.be.greaterThan(8);
    for (const { a, b } of pairs) {
      for (const [side, other] of [[a, b], ...b.map((x) => [x, [a]] as const)] as const) {
        if (!answersLookup(side.record.kind)) continue;
        const answer = lookupOf(side);
        expect(answer.entry.record.id).to.equal(side.record.id);
        const named = [...answer.others, ...answer.combined].map((e) => e.record.id);
        for (const o of other) expect(named, `${side.record.id} names ${o.record.id}`).to.include(o.record.id);
      }
    }
  });

  it("lists 001D's 产值超 beside 000's 产值达到 for the eight counted-enterprise pairs (000-L39…L45)", () => {
    for (const id of [
      "000-L39-1",
      "000-L39-2",
      "000-L41-2",
      "000-L42-1",
      "000-L42-2",
      "000-L43-1",
      "000-L44-1",
      "000-L45-1",
    ]) {
      const entry = value(catalog.record(id));
      const answer = lookupOf(entry);
      const other = answer.others.find((e) => e.plan.id === "001D");
      expect(other?.metricLabel, id).to.match(/>/);
      expect(answerCitation(answer)).to.include(`001D为${statementText(other!)}`);
    }
  });

  it("says which version leaves a target out, in the answer, its JSON view and PLAN.SOURCE's text", () => {
    const dropped = droppedFigures(catalog).find((d) => d.from === "000" && d.to === "001D")!;
    expect(dropped.entries.length).to.be.greaterThan(0);
    for (const entry of dropped.entries) {
      const answer = lookupOf(entry);
      if (answer.entry !== entry) continue; // another record of the plan answers this figure
      expect(
        answer.unrestated.map((u) => u.plan.id),
        entry.record.id,
      ).to.deep.equal(["001D"]);
      expect(answerCitation(answer)).to.include("001D 未再列出此目标");
      expect(toTargetView(answer).unrestated[0]?.note).to.equal("001D 未再列出此目标");
    }
    for (const id of ["000-L61-1", "000-L59-3"]) {
      expect(dropped.entries.map((e) => e.record.id)).to.include(id);
      expect(answerCitation(lookupOf(value(catalog.record(id))))).to.include("001D 未再列出此目标");
    }
    // a target both versions state is not said to be left out
    const kept = value(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", plan: "000" }));
    expect(kept.unrestated).to.deep.equal([]);
  });

  it("tells statements apart by the whole threshold on the counted thing: its word, amount and unit", () => {
    const entry = value(catalog.record("000-L39-1")); // 1户企业产值达到200亿元以上
    const filter = entry.record.entityFilter!;
    const restated = (change: Partial<typeof filter>): Entry => ({
      ...entry,
      record: { ...entry.record, entityFilter: { ...filter, ...change } },
    });
    expect(statementDifferences(entry, restated({}))).to.deep.equal([]);
    expect(statementDifferences(entry, restated({ op: "gt" }))).to.deep.equal(["threshold"]);
    expect(statementDifferences(entry, restated({ value: 100 }))).to.deep.equal(["threshold"]);
    expect(statementDifferences(entry, restated({ unit: "万元" }))).to.deep.equal(["threshold"]);
  });
});
