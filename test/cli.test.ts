import { expect } from "chai";
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from "node:child_process";
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../src/cli";
import { parseArgs } from "../src/cli/args";
import { COMMANDS } from "../src/cli/commands/index";
import { commandHelp } from "../src/cli/help";
import { OutputError } from "../src/cli/io";
import { formatFigure, formatPercent } from "../src/cli/output";
import { usageLines } from "../src/cli/usage";
import { cliSection, README, sectionOf } from "../scripts/readme-sections";
import { runCli, type Env } from "./support/cli";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "plan-targets.js");

const run = runCli;
const cli = (...argv: string[]) => run(argv);

/** The installed bin as a process, with the locale variables removed unless given. */
function spawnBin(
  argv: string[],
  env: Env = {},
  options: Partial<SpawnSyncOptionsWithStringEncoding> = {},
): SpawnSyncReturns<string> {
  const base = { ...process.env };
  for (const name of ["LANG", "LC_ALL", "LC_MESSAGES"]) delete base[name];
  return spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", env: { ...base, ...env }, ...options });
}

function failureJson(text: string): { error: { code: string; message: string; suggestions: string[] } } {
  const parsed = JSON.parse(text) as { error: { code: string; message: string; suggestions: string[] } };
  expect(Object.keys(parsed)).to.deep.equal(["error"]);
  expect(Object.keys(parsed.error)).to.deep.equal(["code", "message", "suggestions"]);
  return parsed;
}

const HAN = /[\u4e00-\u9fff]/;

describe("CLI: plan-targets target", () => {
  it("answers 350 亿元 and names plan and line", () => {
    const { code, out } = cli("target", "内蒙古", "稀土新材料", "产值", "2025");
    expect(code).to.equal(0);
    expect(out).to.match(/^350亿元/);
    expect(out).to.include("000 内蒙古自治区新材料产业高质量发展方案（2021-2025）");
    expect(out).to.include("000_7fb2c2560672e87d.txt 第17行");
  });

  it("prints one JSON object with the documented fields", () => {
    const { code, out } = cli("target", "内蒙古", "稀土新材料", "产值", "2025", "--json");
    expect(code).to.equal(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).to.include({ value: 350, valueMax: null, unit: "亿元", year: 2025, plan: "000", qualifier: "" });
    expect(json.source).to.deep.equal({ document: "000_7fb2c2560672e87d.txt", line: 17 });
    expect(json.quote).to.be.a("string").and.include("350");
  });

  it("exits 1 on a miss with the Chinese message, said once", () => {
    const { code, out, err } = cli("target", "内蒙古", "稀土材料", "产值");
    expect(code).to.equal(1);
    expect(out).to.equal("");
    expect(err.split("\n")).to.have.length(1);
    expect(err).to.match(/^错误：未找到行业“稀土材料”，您是否要找：稀土新材料/);
    expect(err).to.not.include("No sector");
  });

  it("shows a percentage metric with % and keeps the number as written in JSON", () => {
    const { out } = cli("target", "内蒙古", "数字化水平", "工业互联网平台普及率");
    expect(out).to.match(/^45% {2}2025年/);
    const json = JSON.parse(cli("target", "内蒙古", "数字化水平", "工业互联网平台普及率", "--json").out) as {
      value: number;
      unit: string;
    };
    expect(json).to.include({ value: 45, unit: "%" });
  });
});

describe("CLI: plan-targets list", () => {
  it("lists every record of plans 000, 002 and 003 as JSON with the target fields", () => {
    const { code, out } = cli("list", "--json");
    expect(code).to.equal(0);
    const records = JSON.parse(out) as Array<Record<string, unknown>>;
    for (const plan of ["000", "002", "003"])
      expect(records.filter((r) => r.plan === plan).length, plan).to.be.greaterThan(5);
    for (const record of records)
      expect(record).to.include.keys("value", "valueMax", "unit", "year", "qualifier", "quote", "plan", "source");
  });

  it("filters by region, kind and year", () => {
    const records = JSON.parse(
      cli("list", "--region", "安徽", "--kind", "target", "--year", "2027", "--json").out,
    ) as Array<{
      region: string;
      kind: string;
      year: number;
    }>;
    expect(records.length).to.equal(8);
    expect(records.every((r) => r.region === "安徽省" && r.kind === "target" && r.year === 2027)).to.equal(true);
  });

  it("prints a readable table with a count", () => {
    const { out } = cli("list", "--plan", "002");
    expect(out.split("\n")[0]).to.equal("编号\t规划\t行业\t指标\t类型\t年份\t数值\t限定\t出处");
    expect(out).to.match(/共 \d+ 条$/);
  });

  it("takes --kind as Chinese labels or ids, comma-separated or repeated", () => {
    const ids = (argv: string[]) =>
      (JSON.parse(cli("list", "--region", "内蒙古", ...argv, "--json").out) as Array<{ id: string }>).map((r) => r.id);
    const targets = ids(["--kind", "target"]);
    expect(targets.length).to.be.greaterThan(10);
    expect(ids(["--kind", "目标"])).to.deep.equal(targets);
    const both = ids(["--kind", "target,cap"]);
    expect(both.length).to.be.greaterThan(targets.length);
    expect(ids(["--kind", "目标,上限"])).to.deep.equal(both);
    expect(ids(["--kind", "目标", "--kind", "上限"])).to.deep.equal(both);
    expect(ids(["--kind=目标，上限"])).to.deep.equal(both);
  });

  it("refuses an unknown kind with a usage error listing labels and ids", () => {
    const { code, err } = cli("list", "--kind", "目標");
    expect(code).to.equal(2);
    expect(err).to.include("未知类型“目標”");
    expect(err).to.include("目标（target）、上限（cap）");
    expect(err).to.include("用法：plan-targets list");
  });

  it("names no empty sector when --metric misses without --sector", () => {
    const { code, err } = cli("list", "--metric", "不存在的指标");
    expect(code).to.equal(1);
    expect(err).to.match(/^错误：未找到指标“不存在的指标”/);
    expect(err).to.not.include("行业“”");
    // With a sector the sector is named.
    expect(cli("list", "--sector", "稀土新材料", "--metric", "不存在的指标").err).to.include(
      "行业“稀土新材料”没有指标",
    );
  });
});

describe("CLI: a strict command line", () => {
  it("refuses an unknown option (exit 2), naming it, and prints nothing else", () => {
    const { code, out, err } = cli("list", "--regin", "安徽");
    expect(code).to.equal(2);
    expect(out).to.equal("");
    expect(err).to.include("错误：未知选项“--regin”，您是否要找：--region？");
    expect(err).to.include("用法：plan-targets list [--region <地区>]");
  });

  it("refuses a surplus argument and says to pin the plan with --plan", () => {
    const { code, out, err } = cli("target", "内蒙古", "稀土新材料", "产值", "2025", "001D");
    expect(code).to.equal(2);
    expect(out).to.equal("");
    expect(err).to.include("多余的参数“001D”；如要指定规划，请用 --plan 001D");
    expect(err).to.include("用法：plan-targets target <地区> <行业> <指标> [年份] [--plan <规划>] [--json]");
    expect(cli("target", "内蒙古", "稀土新材料", "产值", "2025", "--plan", "001D").out).to.match(/^700亿元/);
  });

  it("refuses surplus arguments of every command, and missing ones", () => {
    expect(cli("cagr", "1", "2", "3", "4").code).to.equal(2);
    expect(cli("check", "extra").code).to.equal(2);
    const missing = cli("cagr", "5000", "7000");
    expect(missing.code).to.equal(2);
    expect(missing.err).to.include("缺少参数<年数>");
  });

  it("never takes the next option as a value: --plan --json is an error", () => {
    const { code, out, err } = cli("target", "内蒙古", "稀土新材料", "产值", "--plan", "--json");
    expect(code).to.equal(2);
    expect(out).to.equal("");
    expect(failureJson(err).error).to.deep.equal({ code: "USAGE", message: "选项--plan缺少值", suggestions: [] });
    expect(cli("list", "--region").err).to.include("选项--region缺少值");
  });

  it("takes --option=value, and refuses a value on a flag or a repeated single option", () => {
    expect(cli("target", "内蒙古", "稀土新材料", "产值", "--plan=001D").out).to.match(/^700亿元/);
    const records = JSON.parse(cli("list", "--region=安徽", "--kind=目标", "--year=2027", "--json").out) as unknown[];
    expect(records).to.have.length(8);
    expect(cli("list", "--json=yes").err).to.include("选项--json不带值");
    expect(cli("list", "--plan", "000", "--plan", "001D").err).to.include("选项--plan只能给一次");
  });

  it("reads negative numbers as values and everything after -- as arguments", () => {
    expect(cli("project", "-100", "5%", "2").out).to.equal("-110.25");
    expect(cli("project", "100", "-5%", "2").out).to.equal("90.25");
    expect(cli("convert", "--", "1", "亿元", "万元").out).to.equal("10000 万元");
    expect(cli("project", "-x", "5%", "2").code).to.equal(2);
  });

  it("keeps each form's options to that form", () => {
    const { code, err } = cli("progress", "175", "--target", "350", "--base-year", "2020");
    expect(code).to.equal(2);
    expect(err).to.include("选项--base-year只用于：plan-targets progress <当前值> <当前年份>");
    expect(cli("required-cagr", "200", "2022", "--target", "350").err).to.include("缺少选项--target-year");
  });

  it("looks command names up safely: constructor, __proto__ and toString are unknown commands", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      const { code, out, err } = cli(name);
      expect(code, name).to.equal(2);
      expect(out, name).to.equal("");
      expect(err, name).to.include(`错误：未知命令“${name}”`);
    }
    expect(cli("tagret").err).to.include("未知命令“tagret”，您是否要找：target？");
  });

  it("prints help and exits 2 when no command is given; --help and help exit 0", () => {
    const bare = cli();
    expect(bare.code).to.equal(2);
    expect(bare.out).to.equal("");
    expect(bare.err).to.include("用法：plan-targets <命令>");
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const { code, out } = cli(...argv);
      expect(code, argv.join(" ")).to.equal(0);
      expect(out).to.include("plan-targets target <地区> <行业> <指标> [年份]");
    }
    expect(cli("help", "cagr").out).to.include("用法：plan-targets cagr <起始值> <终止值> <年数> [--json]");
  });

  it("gives a command's help in Chinese for -h or --help anywhere, even beside a mistake", () => {
    for (const argv of [
      ["target", "--help"],
      ["target", "内蒙古", "-h"],
      ["target", "--plan", "-h"],
      ["list", "--regin", "安徽", "--help"],
    ]) {
      const { code, out, err } = cli(...argv);
      expect(code, argv.join(" ")).to.equal(0);
      expect(err).to.equal("");
      expect(out).to.match(/^用法：plan-targets (target|list)/);
      expect(out).to.include("选项：");
    }
  });

  it("prints --version and -V", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli("--version").out).to.equal(version);
    expect(cli("-V").out).to.equal(version);
  });
});

describe("CLI: the command table drives the parser and the help", () => {
  it("every command has Chinese help that shows its usage, each option and each argument", () => {
    for (const command of COMMANDS) {
      const { code, out } = cli(command.name, "--help");
      expect(code, command.name).to.equal(0);
      expect(out, command.name).to.include(`用法：plan-targets ${command.name}`);
      for (const option of command.options)
        expect(out, `${command.name} --${option.name}`).to.include(`--${option.name}`);
      for (const form of command.forms)
        for (const p of form.positionals) expect(out, command.name).to.include(`<${p.name.zh}>`);
      expect(out, command.name).to.match(HAN);
      expect(out.split("\n").join("\n")).to.equal(commandHelp(command, "zh").join("\n"));
    }
  });

  it("in English with --lang en", () => {
    for (const command of COMMANDS) {
      const { out } = cli(command.name, "--help", "--lang", "en");
      expect(out, command.name).to.include(`Usage: plan-targets ${command.name}`);
      expect(out).to.include("Options:");
      expect(out).to.not.include("用法");
    }
  });

  it("the parser accepts exactly the declared options of each form", () => {
    for (const command of COMMANDS) {
      for (const form of command.forms) {
        const argv = form.positionals.filter((p) => !p.optional).map(() => "1");
        for (const name of form.options) {
          // The option under test, plus whatever the form needs (its selector, its required options).
          const needed = new Set([name, ...(form.selectedBy ? [form.selectedBy] : []), ...(form.required ?? [])]);
          const options = [...needed].flatMap((n) =>
            command.options.find((o) => o.name === n)!.kind === "flag" ? [`--${n}`] : [`--${n}`, "1"],
          );
          const args = parseArgs(command, [...argv, ...options]);
          expect(args.has(name), `${command.name} --${name}`).to.equal(true);
        }
        expect(() => parseArgs(command, [...argv, "--undeclared"]), command.name).to.throw();
      }
      expect(usageLines(command, "zh").length).to.equal(command.forms.length);
    }
  });
});

describe("CLI: messages once, in the user's language", () => {
  it("speaks English with --lang en, and only English", () => {
    const { code, err } = cli("target", "内蒙古", "稀土材料", "产值", "--lang", "en");
    expect(code).to.equal(1);
    expect(err).to.match(/^Error: No sector "稀土材料"; did you mean: 稀土新材料/);
    expect(err).to.not.include("错误");
    expect(err).to.not.include("未找到");
    const usage = cli("list", "--regin", "安徽", "--lang=en");
    expect(usage.err).to.include('Error: Unknown option "--regin"; did you mean: --region?');
    expect(usage.err).to.include("Usage: plan-targets list [--region <region>]");
    expect(usage.err.replace(/安徽/g, "")).to.not.match(HAN);
  });

  it("follows LC_ALL, LC_MESSAGES and LANG: English for an English locale, Chinese when unset, C or zh", () => {
    const miss = ["target", "内蒙古", "稀土材料", "产值"];
    const english = (env: Env) => run(miss, env).err.startsWith("Error: ");
    expect(english({})).to.equal(false);
    expect(english({ LANG: "C" })).to.equal(false);
    expect(english({ LANG: "C.UTF-8" })).to.equal(false);
    expect(english({ LANG: "POSIX" })).to.equal(false);
    expect(english({ LANG: "zh_CN.UTF-8" })).to.equal(false);
    expect(english({ LANG: "en_US.UTF-8" })).to.equal(true);
    expect(english({ LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" })).to.equal(true);
    expect(english({ LANG: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" })).to.equal(false);
    expect(english({ LANG: "en_US.UTF-8", LC_ALL: "" })).to.equal(true);
    // --lang wins over the environment.
    expect(run([...miss, "--lang", "zh"], { LANG: "en_US.UTF-8" }).err).to.match(/^错误：/);
  });

  it("labels the table in the chosen language", () => {
    const { out } = run(["list", "--plan", "002"], { LANG: "en_US.UTF-8" });
    expect(out.split("\n")[0]).to.equal("ID\tPlan\tSector\tMetric\tKind\tYear\tValue\tQualifier\tSource");
    expect(out).to.match(/\d+ records$/);
    expect(out).to.include(", line ");
  });

  it("takes --lang before the command too", () => {
    expect(cli("--lang", "en", "target", "内蒙古", "稀土材料", "产值").err).to.match(/^Error: No sector/);
    expect(cli("--lang=en").err).to.include("Usage: plan-targets <command>");
    expect(cli("--lang").err).to.include("选项--lang缺少值");
    expect(cli("--jsno", "list").code).to.equal(2);
  });

  it("refuses a --lang it does not speak", () => {
    const { code, err } = cli("list", "--lang", "fr");
    expect(code).to.equal(2);
    expect(err).to.include("--lang 只能是 zh 或 en，收到“fr”");
  });

  it("reads LANG from the environment of the installed bin", () => {
    const english = spawnBin(["target", "内蒙古", "稀土材料", "产值"], { LANG: "en_US.UTF-8" });
    expect(english.status).to.equal(1);
    expect(english.stderr).to.match(/^Error: No sector "稀土材料"/);
    expect(english.stderr).to.not.match(/错误|未找到/);
    const unset = spawnBin(["target", "内蒙古", "稀土材料", "产值"]);
    expect(unset.stderr).to.match(/^错误：未找到行业“稀土材料”/);
    expect(unset.stderr).to.not.include("Error");
    const c = spawnBin(["list", "--regin", "安徽"], { LANG: "C" });
    expect(c.status).to.equal(2);
    expect(c.stderr).to.match(/^错误：未知选项“--regin”/);
  });
});

describe("CLI: --json failures have one shape", () => {
  it("a core error: its code, the message in the chosen language, the suggestions", () => {
    const zh = cli("target", "内蒙古", "稀土材料", "产值", "--json");
    expect(zh.code).to.equal(1);
    expect(zh.out).to.equal("");
    const { error } = failureJson(zh.err);
    expect(error.code).to.equal("SECTOR_NOT_FOUND");
    expect(error.message).to.match(/^未找到行业“稀土材料”/);
    expect(error.suggestions).to.include("稀土新材料");
    const en = failureJson(cli("target", "内蒙古", "稀土材料", "产值", "--json", "--lang", "en").err).error;
    expect(en.message).to.match(/^No sector "稀土材料"/);
  });

  it("a usage error: code USAGE, exit 2", () => {
    const { code, err } = cli("list", "--regin", "安徽", "--json");
    expect(code).to.equal(2);
    expect(failureJson(err).error).to.deep.equal({
      code: "USAGE",
      message: "未知选项“--regin”，您是否要找：--region？",
      suggestions: ["--region"],
    });
    expect(failureJson(cli("nonsense", "--json").err).error.code).to.equal("USAGE");
  });

  it("an invalid input: the core's code", () => {
    const { code, err } = cli("project", "100", "8", "5", "--json");
    expect(code).to.equal(1);
    expect(failureJson(err).error.code).to.equal("RATE_WITHOUT_PERCENT_SIGN");
  });
});

describe("CLI: figures, rates and formulas", () => {
  it("prints figures rounded for people and keeps full precision in JSON", () => {
    expect(cli("project", "5000", "0.1", "4").out).to.equal("7320.5");
    expect(cli("project", "5000", "10%", "4").out).to.equal("7320.5");
    const json = JSON.parse(cli("project", "5000", "0.1", "4", "--json").out) as { value: number };
    expect(json.value).to.equal(5000 * Math.pow(1.1, 4));
    expect(json.value).to.not.equal(7320.5);
  });

  it("formats figures with significant digits, never rounding the integer part, and percentages with 2 decimals", () => {
    expect(formatFigure(7320.500000000003)).to.equal("7320.5");
    expect(formatFigure(8569.120964512)).to.equal("8569.12");
    expect(formatFigure(1234567.89)).to.equal("1234568");
    expect(formatFigure(0.0000123456789)).to.equal("0.0000123457");
    expect(formatFigure(-0.0000000001)).to.equal("-0.0000000001");
    expect(formatFigure(2.0000000000000004)).to.equal("2");
    expect(formatFigure(-1e-30, 2)).to.equal("-0.000000000000000000000000000001");
    expect(formatFigure(0)).to.equal("0");
    expect(formatFigure(1.1 * 10000, 12)).to.equal("11000");
    expect(formatPercent(0.087757)).to.equal("8.78%");
    expect(formatPercent(-0.00001)).to.equal("0.00%");
  });

  it("answers years-to-target with 0 when the target is already reached", () => {
    expect(cli("years-to-target", "150", "0.1", "121").out).to.equal("0");
    expect(cli("years-to-target", "100", "0.1", "121").out).to.equal("2");
    expect(cli("years-to-target", "100", "0", "121").code).to.equal(1);
  });

  it("refuses a rate written as a bare number above 1, with the two ways to write it", () => {
    for (const argv of [
      ["project", "100", "8", "5"],
      ["years-to-target", "100", "8", "200"],
    ]) {
      const { code, out, err } = cli(...argv);
      expect(code, argv.join(" ")).to.equal(1);
      expect(out).to.equal("");
      expect(err).to.equal("错误：增长率“8”应写作8%或0.08");
    }
    expect(cli("project", "100", "8", "5", "--lang", "en").err).to.equal(
      'Error: The growth rate "8" must be written as 8% or 0.08',
    );
    expect(cli("project", "100", "8%", "5").out).to.equal(cli("project", "100", "0.08", "5").out);
    expect(cli("project", "100", "1", "1").out).to.equal("200");
  });

  it("cagr, required-cagr, progress and convert", () => {
    expect(cli("cagr", "5000", "7000", "4").out).to.equal("8.78%");
    expect((JSON.parse(cli("cagr", "5000", "7000", "4", "--json").out) as { value: number }).value).to.be.closeTo(
      0.0878,
      1e-4,
    );
    const fromData = JSON.parse(cli("required-cagr", "200", "2022", "内蒙古", "稀土新材料", "产值", "--json").out) as {
      value: number;
    };
    expect(fromData.value).to.be.closeTo(Math.pow(350 / 200, 1 / 3) - 1, 1e-12);
    const explicit = JSON.parse(
      cli("required-cagr", "200", "2022", "--target", "350", "--target-year", "2025", "--json").out,
    ) as { value: number };
    expect(explicit.value).to.equal(fromData.value);
    expect(cli("required-cagr", "200", "2022", "内蒙古", "稀土新材料", "产值").out).to.equal(
      "20.51%（2022→2025，200→350）",
    );
    expect(cli("progress", "175", "--target", "350").out).to.equal("50.00%");
    expect(cli("convert", "1", "亿元", "万元").out).to.equal("10000 万元");
    expect(cli("convert", "1.1", "亿元", "万元").out).to.equal("11000 万元");
    expect(cli("convert", "1", "亿元", "万吨").code).to.equal(1);
    expect(cli("cagr", "0", "10", "5").err).to.include("起始值须大于0");
  });

  it("progress against a looked-up target, in Chinese or English", () => {
    const zh = cli("progress", "200", "2022", "内蒙古", "稀土新材料", "产值");
    expect(zh.code).to.equal(0);
    // no stated baseline: no status, and what is missing, next to the figures that need none
    expect(zh.out).to.match(/^进展评估：无法判断——.*请提供基期值和基期年份/);
    expect(zh.out).to.include("所需年均增速 20.51%");
    const based = cli(
      "progress",
      "200",
      "2022",
      "内蒙古",
      "稀土新材料",
      "产值",
      "--base",
      "150",
      "--base-year",
      "2020",
    );
    expect(based.out).to.match(/^进展评估：滞后/);
    expect(based.out).to.include("规划路径：复合增长，年均 18.47%；2022年应达 210.514亿元");
    const en = cli("progress", "200", "2022", "内蒙古", "稀土新材料", "产值", "--lang", "en");
    expect(en.out).to.match(/^Assessment: cannot say/);
    expect(en.out).to.include("required yearly growth 20.51%");
    const share = cli("progress", "35%", "2023", "内蒙古", "数字化水平", "工业互联网平台普及率");
    expect(share.out, "35% of a share is 35 points, not 0.35").to.include("差距 10个百分点");
    expect(cli("progress", "3000", "2023", "内蒙古", "电石", "产能").out).to.match(/^进展评估：超出上限/);
  });
});

describe("CLI: check", () => {
  function seedsCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-seeds-"));
    cpSync(join(ROOT, "seeds"), dir, { recursive: true });
    return dir;
  }

  it("validates the bundled seeds and says so in Chinese", () => {
    const { code, out } = cli("check");
    expect(code).to.equal(0);
    expect(out).to.match(/^\d+ 个规划，\d+ 条记录，0 处未归属数字（数据版本 seeds-[0-9a-f]+）$/);
  });

  it("names a seed file that is not JSON: 错误：<file>：…, no stack", () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, "plans", "002.json"), '{\n  "id": "002",\n  oops\n}\n');
    const { code, out, err } = cli("check", "--seeds", dir);
    expect(code).to.equal(1);
    expect(out).to.equal("");
    expect(err).to.match(/^错误：002\.json：不是有效的JSON（第3行第3列）$/);
    expect(err).to.not.include("SyntaxError");
    expect(err).to.not.match(/\bat .*\.js/);
    const en = cli("check", "--seeds", dir, "--lang", "en").err;
    expect(en).to.match(/^Error: 002\.json: is not valid JSON at line 3, column 3: /);
  });

  it("reads a seed file with a byte order mark, with a warning", () => {
    const dir = seedsCopy();
    const path = join(dir, "plans", "002.json");
    writeFileSync(path, `\uFEFF${readFileSync(path, "utf8")}`);
    const { code, out, err } = cli("check", "--seeds", dir);
    expect(code).to.equal(0);
    expect(err).to.equal("警告：002.json：文件以字节顺序标记（BOM）开头，已忽略；请另存为无BOM的UTF-8");
    expect(out).to.match(/个规划/);
  });

  it("says dataset issues in Chinese", () => {
    const dir = seedsCopy();
    const path = join(dir, "plans", "002.json");
    const plan = JSON.parse(readFileSync(path, "utf8")) as { region: string; records: Array<{ quote: string }> };
    plan.region = "火星省";
    writeFileSync(path, JSON.stringify(plan));
    const { code, err } = cli("check", "--seeds", dir);
    expect(code).to.equal(1);
    expect(err).to.include("错误：002.json，字段 region：地区“火星省”不在 regions.json 中");
  });

  it("reports an unreadable seeds folder by name", () => {
    const { code, err } = cli("check", "--seeds", join(tmpdir(), "plan-targets-no-such-folder"));
    expect(code).to.equal(1);
    expect(err).to.match(/^错误：.*plan-targets-no-such-folder.*：无法读取/m);
  });
});

describe("CLI: output that cannot be written", () => {
  it("exits 1 with a message on stderr when stdout fails (in-process)", () => {
    const err: string[] = [];
    const full = (): void => {
      throw new OutputError("ENOSPC", "ENOSPC: no space left on device, write");
    };
    expect(main(["list"], { out: full, err: (l) => err.push(l) }, {})).to.equal(1);
    expect(err).to.deep.equal(["错误：无法写出输出：ENOSPC: no space left on device, write"]);
  });

  it("exits 0 quietly when the reader goes away (EPIPE, in-process)", () => {
    const err: string[] = [];
    let lines = 0;
    const closing = (): void => {
      if (++lines > 1) throw new OutputError("EPIPE", "EPIPE: broken pipe, write");
    };
    expect(main(["list"], { out: closing, err: (l) => err.push(l) }, {})).to.equal(0);
    expect(err).to.deep.equal([]);
  });

  it("plan-targets list > /dev/full exits 1 with a Chinese message, not a crash", () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnBin(["list"], {}, { stdio: ["ignore", full, "pipe"] });
      expect(result.status).to.equal(1);
      expect(result.stderr).to.match(/^错误：无法写出输出：ENOSPC/);
      expect(result.stderr).to.not.include("    at ");
    } finally {
      closeSync(full);
    }
  });

  it("plan-targets list | head -1 exits 0 without a word on stderr", () => {
    const result = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${BIN}" list | head -1; echo "exit=\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
        env: { ...process.env, LANG: "" },
      },
    );
    expect(result.stdout.split("\n")[0]).to.equal("编号\t规划\t行业\t指标\t类型\t年份\t数值\t限定\t出处");
    expect(result.stdout).to.include("exit=0");
    expect(result.stderr).to.equal("");
  });
});

describe("CLI: the installed bin", () => {
  it("runs as a process through bin/plan-targets.js", () => {
    const result = spawnBin(["target", "内蒙古", "稀土新材料", "产值", "2025", "--json"]);
    expect(result.status, result.stderr).to.equal(0);
    expect((JSON.parse(result.stdout) as { value: number }).value).to.equal(350);
  });

  it("prints the package version for --version and -V", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const result = spawnBin([flag]);
      expect(result.status).to.equal(0);
      expect(result.stdout).to.equal(`${version}\n`);
    }
  });
});

describe("CLI: the README's command line section", () => {
  const readme = readFileSync(README, "utf8");

  it("lists the commands as the command table declares them (npm run docs)", () => {
    expect(sectionOf(readme, "cli")).to.equal(cliSection());
  });
  // Every example of the section (the JSON failure shape among them) runs in test/readme-snippets.test.ts.
});
