import { expect } from "chai";
import { EVERY_YEAR, target } from "../src/index";
import { runCli } from "./support/cli";

describe("the CLI takes back the year it prints for a recurring target (每年)", () => {
  it("target 内蒙古 新材料 对标达标活动盟市 每年 answers the recurring figure, as the default year shows it", () => {
    const shown = runCli(["target", "内蒙古", "新材料", "对标达标活动盟市"]);
    expect(shown.out).to.include("每年");
    for (const year of ["每年", "every year", "Every Year"]) {
      const typed = runCli(["target", "内蒙古", "新材料", "对标达标活动盟市", year]);
      expect(typed.code, year).to.equal(0);
      expect(typed.out).to.equal(shown.out);
    }
  });

  it("list --year 每年 lists exactly the recurring records, each printed with 每年", () => {
    const { code, out } = runCli(["list", "--region", "内蒙古", "--year", "每年", "--json"]);
    expect(code).to.equal(0);
    const records = JSON.parse(out) as Array<{ year: number | null; yearBasis: string }>;
    expect(records.length).to.be.greaterThan(1);
    for (const r of records) expect(r).to.include({ year: null, yearBasis: "recurring" });
    const all = JSON.parse(runCli(["list", "--region", "内蒙古", "--json"]).out) as Array<{ year: number | null }>;
    expect(records.length).to.equal(all.filter((r) => r.year === null).length);
  });

  it("says 每年 has no figure when a target is dated, listing the years it has", () => {
    const { code, err } = runCli(["target", "内蒙古", "稀土新材料", "产值", "每年"]);
    expect(code).to.equal(1);
    expect(err).to.match(/没有每年的数值，已有年份：2025/);
  });

  it("refuses other words, saying that a year or 每年 is wanted", () => {
    const { code, err } = runCli(["list", "--year", "明年"]);
    expect(code).to.not.equal(0);
    expect(err).to.include("或“每年”");
  });
});

describe("the library takes EVERY_YEAR for a recurring target", () => {
  it('target("内蒙古","新材料","盟市",EVERY_YEAR) → 2—4个 every year', () => {
    const answer = target("内蒙古", "新材料", "盟市", EVERY_YEAR);
    expect(answer.ok && [answer.value.entry.record.value, answer.value.entry.record.year]).to.deep.equal([2, null]);
  });
});
