import { expect } from "chai";
import { messageFor } from "../../src/core/errors";
import { target } from "../../src/functions/functions";
import { runCli } from "../support/cli";
import { callCell, isExcelError } from "../support/functions";
import { seedCatalog } from "../support/seeds";

describe("a lookup pinned to a plan that lacks the name says where the name is (issue 17)", () => {
  const catalog = seedCatalog();

  it("for every sector of a region missing from one of its plans: names the plans that have it, never suggests it", () => {
    let tried = 0;
    for (const region of catalog.regions) {
      const plans = catalog.plans(region);
      for (const plan of plans) {
        const own = new Set(plan.records.flatMap((r) => r.sector));
        const others = new Map<string, Set<string>>();
        for (const other of plans)
          for (const r of other.records)
            for (const name of r.sector)
              if (!own.has(name) && other !== plan) others.set(name, (others.get(name) ?? new Set()).add(other.id));
        for (const [name, holders] of others) {
          // a name of the pinned plan's tree under another spelling (an alias) is found in the plan itself
          if (catalog.list({ region: region.name, plan: plan.id, sector: name }).ok) continue;
          tried++;
          const miss = catalog.list({ region: region.name, plan: plan.id, sector: name });
          expect(miss.ok).to.equal(false);
          if (miss.ok) continue;
          expect(miss.error.code, `${plan.id} ${name}`).to.equal("NOT_IN_PINNED_PLAN");
          expect(miss.error.suggestions, `${plan.id} ${name}`).to.not.include(name);
          const message = messageFor(miss.error, "zh");
          expect(message).to.include(`规划${plan.id}中没有行业“${name}”`);
          for (const id of holders) expect(message, `${plan.id} ${name}`).to.include(`${id}《`);
        }
      }
    }
    expect(tried).to.be.greaterThan(50);
  });

  it("target 内蒙古 数字化水平 工业互联网平台普及率 --plan 000 → the sector is in 001F, not 000", () => {
    const miss = catalog.target({
      region: "内蒙古",
      sector: "数字化水平",
      metric: "工业互联网平台普及率",
      plan: "000",
    });
    expect(miss.ok).to.equal(false);
    if (!miss.ok) {
      expect(messageFor(miss.error, "zh")).to.match(/^规划000中没有行业“数字化水平”；该行业见于001F《/);
      expect(miss.error.suggestions).to.not.include("数字化水平");
    }
  });

  it("a metric the pinned plan lacks at a sector it has: names the plan that states it", () => {
    const miss = catalog.target({ region: "内蒙古", sector: "新材料", metric: "工业互联网平台普及率", plan: "001D" });
    expect(miss.ok).to.equal(false);
    if (!miss.ok)
      expect(messageFor(miss.error, "zh")).to.match(/^规划001D中没有指标“工业互联网平台普及率”；该指标见于000《/);
  });

  it("on the command line: the same message", () => {
    const { code, err } = runCli(["target", "内蒙古", "数字化水平", "工业互联网平台普及率", "--plan", "000"]);
    expect(code).to.not.equal(0);
    expect(err).to.match(/规划000中没有行业“数字化水平”；该行业见于001F《促进制造业智能化发展实施方案》/);
  });

  it("in a cell: #N/A with the same message", () => {
    const error = callCell(target, "内蒙古", "数字化水平", "工业互联网平台普及率", 2025, "000");
    expect(isExcelError(error, "#N/A")).to.equal(true);
    if (isExcelError(error)) expect(error.message).to.match(/^规划000中没有行业“数字化水平”；该行业见于001F/);
  });

  it("a name no plan of the region has stays a plain miss with suggestions", () => {
    const miss = catalog.target({ region: "内蒙古", sector: "稀土材料", metric: "产值", plan: "000" });
    expect(!miss.ok && miss.error.code).to.equal("SECTOR_NOT_FOUND");
  });
});
