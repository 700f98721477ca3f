import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { main } from "../src/cli";

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("CLI: plan-targets target", () => {
  it("answers 350 亿元 and names plan and line", () => {
    const { code, out } = run("target", "内蒙古", "稀土新材料", "产值", "2025");
    expect(code).to.equal(0);
    expect(out).to.match(/^350亿元/);
    expect(out).to.include("000 内蒙古自治区新材料产业高质量发展方案（2021-2025）");
    expect(out).to.include("000_7fb2c2560672e87d.txt 第17行");
  });

  it("prints one JSON object with the documented fields", () => {
    const { code, out } = run("target", "内蒙古", "稀土新材料", "产值", "2025", "--json");
    expect(code).to.equal(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).to.include({ value: 350, valueMax: null, unit: "亿元", year: 2025, plan: "000", qualifier: "" });
    expect(json.source).to.deep.equal({ document: "000_7fb2c2560672e87d.txt", line: 17 });
    expect(json.quote).to.be.a("string").and.include("350");
  });

  it("exits 1 on a miss with the Chinese message and suggestions on stderr", () => {
    const { code, out, err } = run("target", "内蒙古", "稀土材料", "产值");
    expect(code).to.equal(1);
    expect(out).to.equal("");
    expect(err).to.include("未找到行业“稀土材料”，您是否要找：稀土新材料");
  });

  it("exits 2 on a usage error", () => {
    expect(run("list", "--kind").code).to.equal(2);
    expect(run("nonsense").code).to.equal(2);
  });
});

describe("CLI: plan-targets list", () => {
  it("lists every record of plans 000, 002 and 003 as JSON with the target fields", () => {
    const { code, out } = run("list", "--json");
    expect(code).to.equal(0);
    const records = JSON.parse(out) as Array<Record<string, unknown>>;
    for (const plan of ["000", "002", "003"])
      expect(records.filter((r) => r.plan === plan).length, plan).to.be.greaterThan(5);
    for (const record of records)
      expect(record).to.include.keys("value", "valueMax", "unit", "year", "qualifier", "quote", "plan", "source");
  });

  it("filters by region, kind and year", () => {
    const records = JSON.parse(
      run("list", "--region", "安徽", "--kind", "target", "--year", "2027", "--json").out,
    ) as Array<{ region: string; kind: string; year: number }>;
    expect(records.length).to.equal(8);
    expect(records.every((r) => r.region === "安徽省" && r.kind === "target" && r.year === 2027)).to.equal(true);
  });

  it("prints a readable table with a count", () => {
    const { out } = run("list", "--plan", "002");
    expect(out.split("\n")[0]).to.equal("编号\t规划\t行业\t指标\t类型\t年份\t数值\t限定\t出处");
    expect(out).to.match(/共 \d+ 条$/);
  });
});

describe("CLI: formulas", () => {
  it("cagr prints Excel's RRI as a percentage, or JSON", () => {
    expect(run("cagr", "5000", "7000", "4").out).to.equal("8.78%");
    expect((JSON.parse(run("cagr", "5000", "7000", "4", "--json").out) as { value: number }).value).to.be.closeTo(
      0.0878,
      1e-4,
    );
  });

  it("required-cagr takes a target from the data or explicitly", () => {
    const fromData = JSON.parse(run("required-cagr", "200", "2022", "内蒙古", "稀土新材料", "产值", "--json").out) as {
      value: number;
    };
    expect(fromData.value).to.be.closeTo(Math.pow(350 / 200, 1 / 3) - 1, 1e-12);
    const explicit = JSON.parse(
      run("required-cagr", "200", "2022", "--target", "350", "--target-year", "2025", "--json").out,
    ) as { value: number };
    expect(explicit.value).to.equal(fromData.value);
  });

  it("project, progress, years-to-target and convert", () => {
    expect(Number(run("project", "5000", "10%", "4").out)).to.be.closeTo(7320.5, 1e-9);
    expect(run("progress", "175", "--target", "350").out).to.equal("50.00%");
    expect(run("years-to-target", "100", "0.1", "121").out).to.equal("2.00");
    expect(run("convert", "1", "亿元", "万元").out).to.equal("10000 万元");
    expect(run("convert", "1", "亿元", "万吨").code).to.equal(1);
    expect(run("cagr", "0", "10", "5").err).to.include("起始值须大于0");
  });

  it("every command has --help", () => {
    for (const command of [
      "target",
      "list",
      "cagr",
      "required-cagr",
      "project",
      "progress",
      "years-to-target",
      "convert",
      "check",
    ]) {
      const { code, out } = run(command, "--help");
      expect(code, command).to.equal(0);
      expect(out, command).to.include(`plan-targets ${command}`);
    }
  });
});

describe("CLI: the installed bin", () => {
  it("runs as a process through bin/plan-targets.js", () => {
    const bin = resolve(__dirname, "..", "bin", "plan-targets.js");
    const result = spawnSync(process.execPath, [bin, "target", "内蒙古", "稀土新材料", "产值", "2025", "--json"], {
      encoding: "utf8",
    });
    expect(result.status, result.stderr).to.equal(0);
    expect((JSON.parse(result.stdout) as { value: number }).value).to.equal(350);
  });
});
