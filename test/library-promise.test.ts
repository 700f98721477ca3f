/**
 * The library's promise: the free functions take any JavaScript value and return a Result (errors are values,
 * never exceptions), read years and numbers given as text as the CLI reads them, and treat a missing name as an
 * error rather than a wildcard.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { ERROR_CATALOGUE } from "../src/core/errors";
import { convert, FREE_FUNCTIONS, list, sectors, target } from "../src/index";

/** A Result of the catalogue's shape; a failure names a catalogued code with both messages. */
function expectResult(result: unknown, label: string): void {
  expect(result, label).to.be.an("object");
  const r = result as { ok: unknown; value?: unknown; error?: Record<string, unknown> };
  if (r.ok === true) {
    expect(r, label).to.have.property("value");
    return;
  }
  expect(r.ok, label).to.equal(false);
  const error = r.error as { code: string; category: string; message: { zh: unknown; en: unknown } };
  expect(Object.keys(ERROR_CATALOGUE), label).to.include(error.code);
  expect(error.code, `${label}: a bug reported as a value is still a bug`).to.not.equal("UNEXPECTED");
  expect(["not_found", "invalid", "num"], label).to.include(error.category);
  expect(error.message.zh, label).to.be.a("string").and.not.equal("");
  expect(error.message.en, label).to.be.a("string").and.not.equal("");
  expect(r.error, label).to.not.have.property("messageEn");
  expect((r.error as { suggestions: unknown }).suggestions, label).to.be.an("array");
}

function failure(result: { ok: boolean; error?: { code: string; message: { zh: string } } }): [string, string] {
  expect(result.ok).to.equal(false);
  return [result.error!.code, result.error!.message.zh];
}

describe("the library keeps its promise: any value in, a Result out", () => {
  it("answers the issue's cases with Results instead of TypeErrors", () => {
    const byCode = target(150000, "稀土新材料", "产值");
    expect(byCode.ok && byCode.value.entry.record.value, "a region code as a number").to.equal(350);
    const none = (target as (...args: unknown[]) => ReturnType<typeof target>)();
    expect(failure(none)).to.deep.equal(["MISSING_ARGUMENT", "缺少地区"]);
    const all = list(null);
    expect(all.ok && all.value.length).to.be.greaterThan(100);
    expect(failure(list({ region: 123 }))[0]).to.equal("REGION_NOT_FOUND");
    expect(failure(convert(350, null as unknown as string, "万元"))).to.deep.equal(["MISSING_ARGUMENT", "缺少原单位"]);
    expect(failure(list("内蒙古" as never))[0]).to.equal("NOT_AN_OBJECT");
    expect(failure(sectors(7 as never))[0]).to.equal("NOT_AN_OBJECT");
    expect(failure(list({ kinds: ["目标", "nonsense"] }))[1]).to.match(/^未知类型“nonsense”；可选：目标（target）/);
    const caps = list({ region: "内蒙古", kinds: "上限" });
    expect(caps.ok && caps.value.every((e) => e.record.kind === "cap")).to.equal(true);
  });

  it("treats a missing region as an error, not as any region", () => {
    for (const missing of [null, undefined, "", "  "]) {
      expect(failure(target(missing as unknown as string, "稀土新材料", "产值")), String(missing)).to.deep.equal([
        "MISSING_ARGUMENT",
        "缺少地区",
      ]);
    }
  });

  it("reads years and numbers given as text as the CLI reads them", () => {
    for (const year of ["2025", "2025年", "２０２５年底", 2025]) {
      const answer = target("内蒙古", "稀土新材料", "产值", year);
      expect(answer.ok && answer.value.entry.record.value, String(year)).to.equal(350);
    }
    const filtered = list({ region: "内蒙古", year: "2025年" });
    expect(filtered.ok && filtered.value.length).to.be.greaterThan(0);
    expect(filtered.ok && filtered.value.every((e) => e.record.year === 2025)).to.equal(true);
    const rate = FREE_FUNCTIONS.cagr("5,000", "７０００", "4");
    expect(rate.ok && rate.value).to.be.closeTo(0.0878, 1e-4);
    // As the CLI and cells say it: a year, or 每年 for a recurring target.
    expect(failure(target("内蒙古", "稀土新材料", "产值", "明年"))[0]).to.equal("NOT_A_LOOKUP_YEAR");
  });

  it("never throws, whatever any free function is given (property)", () => {
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom("内蒙古", "稀土新材料", "产值", "2025", "8%", "35", "亿元", "万元", 2025, 0.35, 8, -1, 0),
      fc.constantFrom(Symbol("s"), 10n, () => 1, new Date(0), Number.NaN, Infinity, [["a"]], { region: {} }),
      fc.record({ region: fc.anything(), year: fc.anything(), kinds: fc.anything() }),
    );
    for (const [name, fn] of Object.entries(FREE_FUNCTIONS)) {
      fc.assert(
        fc.property(fc.array(value, { maxLength: 10 }), (args) => {
          let result: unknown;
          expect(() => {
            result = (fn as (...a: unknown[]) => unknown)(...args);
          }, name).to.not.throw();
          expectResult(result, name);
        }),
        { numRuns: 150 },
      );
    }
  });

  it("answers a broken PLAN_TARGETS_DATA folder with an error naming the folder and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-broken-"));
    writeFileSync(join(dir, "regions.json"), "{");
    mkdirSync(join(dir, "plans"));
    const script = `
      const lib = require("./src/index.ts");
      const answers = [lib.target("内蒙古", "稀土新材料", "产值"), lib.list(), lib.sectors()];
      console.log(JSON.stringify(answers.map((a) => a.ok ? "ok" : [a.error.code, a.error.message.zh])));`;
    const run = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], {
      encoding: "utf8",
      env: { ...process.env, PLAN_TARGETS_DATA: dir },
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).to.equal(0);
    const answers = JSON.parse(run.stdout) as [string, string][];
    for (const [code, message] of answers) {
      expect(code).to.equal("DATA_UNREADABLE");
      expect(message).to.include(`无法读取数据目录“${dir}”`);
      expect(message).to.include("regions.json");
    }
  });
});
