/**
 * Sector paths: the separators the lookup splits on (src/core/text.ts) are the ones the import reads, no sector
 * name of the seeds holds one, and the separator templates write survives a CSV saved in GBK.
 */
import { expect } from "chai";
import { PATH_SEPARATOR, PLAIN_PATH_SEPARATOR, splitPath } from "../../src/core/text";
import { readSeeds } from "../../src/node/seeds";
import { readSectorPath } from "../../src/import/review-model";
import { gbkBytes } from "../support/gbk";

interface SeedPlan {
  readonly records: ReadonlyArray<{ readonly sector: readonly string[] }>;
  readonly sectorAliases?: Readonly<Record<string, readonly string[]>>;
}

/** Every sector name the seeds write: record paths, each plan's sector aliases, the alias table. */
function seedSectorNames(): Set<string> {
  const raw = readSeeds();
  const names = new Set<string>();
  for (const { content } of raw.plans) {
    const plan = content as SeedPlan;
    for (const record of plan.records) for (const name of record.sector) names.add(name);
    for (const [name, aliases] of Object.entries(plan.sectorAliases ?? {}))
      [name, ...aliases].forEach((n) => names.add(n));
  }
  const aliases = raw.aliases as { sectors: Record<string, readonly string[]> };
  for (const [name, others] of Object.entries(aliases.sectors)) [name, ...others].forEach((n) => names.add(n));
  return names;
}

describe("sector paths: one set of separators", () => {
  const separators = ["›", "/", "／", ">", "＞", "》", "|", "\\", "->"];

  it("no sector name of the seeds holds a separator (a separator added later must not split one)", () => {
    const names = seedSectorNames();
    expect(names.size).to.be.greaterThan(100);
    expect([...names].filter((name) => PATH_SEPARATOR.test(name))).to.deep.equal([]);
  });

  for (const separator of separators) {
    it(`the import reads 高端装备${separator}机器人 as the lookup splits it`, () => {
      const typed = `高端装备${separator}机器人`;
      expect(splitPath(typed)).to.deep.equal(["高端装备", "机器人"]);
      expect(readSectorPath(typed)).to.deep.equal(splitPath(typed));
    });
  }

  it("the separator templates write is one the lookup accepts and GBK can hold", () => {
    const typed = `高端装备${PLAIN_PATH_SEPARATOR}机器人`;
    expect(splitPath(typed)).to.deep.equal(["高端装备", "机器人"]);
    expect(new TextDecoder("gbk").decode(gbkBytes(typed))).to.equal(typed);
    // The one it replaces does not survive GBK: Excel writes ? for it.
    expect(new TextDecoder("gbk").decode(gbkBytes("高端装备›机器人", { lossy: true }))).to.equal("高端装备?机器人");
  });

  it("an empty level is refused by the import", () => {
    expect(readSectorPath("高端装备//机器人")).to.equal(null);
    expect(readSectorPath("/机器人")).to.equal(null);
  });
});
