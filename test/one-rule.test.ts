/**
 * One rule for shares and rates, everywhere: the same input gives the same judgement (or the same refusal, in the
 * same words) in a cell, on the command line and from the library.
 */
import { expect } from "chai";
import {
  ontrack,
  progressFunction,
  projectFunction,
  requiredCagrFunction,
  yearsToTargetFunction,
} from "../src/functions/functions";
import { assessTarget, project, yearsToTarget } from "../src/index";
import { runCli } from "./support/cli";
import { callCell, isExcelError } from "./support/functions";

const SHARE = ["内蒙古", "数字化水平", "工业互联网平台普及率"] as const;
const LEVEL = ["内蒙古", "稀土新材料", "产值"] as const;

/** What a front door said: a judgement (status and progress) or a refusal (its Chinese message). */
type Said = { status: string | null; progress: number } | { refused: string };

function fromCell(current: unknown, year: number, figure: readonly string[]): Said {
  const status = callCell(ontrack, current, year, ...figure);
  const progress = callCell(progressFunction, current, ...figure);
  if (isExcelError(status)) {
    expect(isExcelError(progress), "PROGRESS refuses what ONTRACK refuses").to.equal(true);
    return { refused: `${status.code} ${status.message}` };
  }
  return { status: status as string, progress: progress as number };
}

function fromCli(current: string, year: number, figure: readonly string[]): Said {
  const run = runCli(["progress", current, String(year), ...figure, "--json"]);
  if (run.code !== 0) return { refused: (JSON.parse(run.err) as { error: { message: string } }).error.message };
  const json = JSON.parse(run.out) as { status: string | null; progress: number };
  return { status: json.status, progress: json.progress };
}

function fromLibrary(current: unknown, year: number, figure: readonly string[]): Said {
  const [region, sector, metric] = figure as [string, string, string];
  const a = assessTarget(current as number, year, region, sector, metric);
  if (!a.ok) return { refused: a.error.message.zh };
  // No basis, no status: null, as the CLI's JSON says.
  return {
    status: a.value.status.ok ? a.value.status.value : null,
    progress: a.value.progress.ok ? a.value.progress.value : NaN,
  };
}

/** The three front doors side by side; a cell's refusal also says which Excel error it is. */
function allThree(typed: string, cellValue: unknown, year: number, figure: readonly string[]) {
  return {
    cell: fromCell(cellValue, year, figure),
    cli: fromCli(typed, year, figure),
    library: fromLibrary(typed, year, figure),
  };
}

function expectSameJudgement(said: ReturnType<typeof allThree>, label: string): Said {
  const { cell, cli, library } = said;
  if ("refused" in cell) {
    expect(cell.refused, label).to.match(/^#VALUE! /);
    expect(cli, label).to.deep.equal({ refused: cell.refused.slice("#VALUE! ".length) });
    expect(library, label).to.deep.equal(cli);
    return cli;
  }
  expect(cli, `${label}: CLI`).to.have.property("status", cell.status);
  expect(library, `${label}: library`).to.have.property("status", cell.status);
  expect((cli as { progress: number }).progress, label).to.be.closeTo(cell.progress, 1e-12);
  expect((library as { progress: number }).progress, label).to.be.closeTo(cell.progress, 1e-12);
  return cell;
}

describe("one rule for shares, everywhere", () => {
  it("reads 0.35 and 35% of a percentage metric as 35 % in a cell, the CLI and the library (超前, 72.97 %)", () => {
    // The case: the CLI read 0.35 as 0.35 % (滞后, −20.68 %) while the cell read it as 35 % (超前).
    for (const [typed, cellValue] of [
      ["0.35", 0.35],
      ["35%", "35%"],
      ["３５％", "３５％"],
      [" 0.35 ", " 0.35 "],
    ] as const) {
      const said = expectSameJudgement(allThree(typed, cellValue, 2023, SHARE), typed);
      expect(said, typed).to.have.property("status", "超前");
      expect((said as { progress: number }).progress, typed).to.be.closeTo(27 / 37, 1e-12);
    }
  });

  it("refuses a bare number above 1 for a percentage metric in all three, in the same words (#VALUE!)", () => {
    for (const [typed, cellValue] of [
      ["35", 35],
      ["35", "35"],
      ["-5", -5],
      ["1.5", 1.5],
    ] as const) {
      const said = expectSameJudgement(allThree(typed, cellValue, 2023, SHARE), typed);
      expect(said, typed).to.deep.equal({
        refused: `该指标以%计，当前值“${typed}”应写作${typed}%或${Number(typed) / 100}`,
      });
    }
  });

  it("takes a base for a percentage metric by the same rule", () => {
    const cell = callCell(ontrack, 0.35, 2023, ...SHARE, null, null, 8, 2021);
    expect(isExcelError(cell, "#VALUE!") && cell.message).to.equal("该指标以%计，基期值“8”应写作8%或0.08");
    const cli = runCli(["progress", "0.35", "2023", ...SHARE, "--base", "8", "--base-year", "2021"]);
    expect(cli.err).to.equal("错误：该指标以%计，基期值“8”应写作8%或0.08");
    const library = assessTarget(0.35, 2023, ...SHARE, null, null, 8, 2021);
    expect(!library.ok && library.error.message.zh).to.equal("该指标以%计，基期值“8”应写作8%或0.08");
    const fraction = runCli(["progress", "0.35", "2023", ...SHARE, "--base", "0.08", "--base-year", "2021", "--json"]);
    expect((JSON.parse(fraction.out) as { basis: { value: number } }).basis.value).to.equal(8);
  });

  it("leaves a metric in another unit as typed: 200 亿元 is 200 in all three", () => {
    const said = expectSameJudgement(allThree("6000", 6000, 2018, ["河南", "新型材料业", "主营业务收入"]), "6000");
    expect(said).to.have.property("status", "超前");
    expect(fromLibrary("200", 2022, LEVEL)).to.deep.equal(fromCli("200", 2022, LEVEL));
  });

  it("uses the same rule for REQUIRED_CAGR's current value in a cell, the CLI and the library", () => {
    const cli = runCli(["required-cagr", "0.35", "2023", ...SHARE, "--json"]);
    const rate = (JSON.parse(cli.out) as { value: number }).value;
    expect(rate).to.be.closeTo(Math.sqrt(45 / 35) - 1, 1e-12);
    expect(requiredCagrFunction(0.35, 2023, ...SHARE)).to.be.closeTo(rate, 1e-12);
    const library = assessTarget("35%", 2023, ...SHARE);
    expect(library.ok && library.value.requiredCagr.ok && library.value.requiredCagr.value).to.be.closeTo(rate, 1e-12);
    const refused = "该指标以%计，当前值“35”应写作35%或0.35";
    expect(runCli(["required-cagr", "35", "2023", ...SHARE]).err).to.equal(`错误：${refused}`);
    const cell = callCell(requiredCagrFunction, 35, 2023, ...SHARE);
    expect(isExcelError(cell, "#VALUE!") && cell.message).to.equal(refused);
  });
});

describe("one rule for rates, everywhere", () => {
  const REFUSED = "增长率“8”应写作8%或0.08";

  it("PLAN.PROJECT(100,8,5), plan-targets project 100 8 5 and project(100, 8, 5) all refuse, in the same words", () => {
    for (const rate of [8, "8"]) {
      const cell = callCell(projectFunction, 100, rate, 5);
      expect(isExcelError(cell, "#VALUE!") && cell.message, String(rate)).to.equal(REFUSED);
      const library = project(100, rate, 5);
      expect(!library.ok && library.error.message.zh).to.equal(REFUSED);
    }
    expect(runCli(["project", "100", "8", "5"]).err).to.equal(`错误：${REFUSED}`);
    const years = callCell(yearsToTargetFunction, 100, 8, 200);
    expect(isExcelError(years, "#VALUE!") && years.message).to.equal(REFUSED);
    const library = yearsToTarget(100, 8, 200);
    expect(!library.ok && library.error.message.zh).to.equal(REFUSED);
  });

  it("agrees on 8%, 0.08, −5% and 1 (100 %) in all three", () => {
    for (const rate of ["8%", "0.08", "-5%", "1", "８％"]) {
      const cli = JSON.parse(runCli(["project", "100", rate, "5", "--json"]).out) as { value: number };
      const cell = projectFunction(100, rate, 5);
      const library = project(100, rate, 5);
      expect(cell, rate).to.equal(cli.value);
      expect(library.ok && library.value, rate).to.equal(cli.value);
    }
    expect(projectFunction(100, 0.08, 5)).to.equal(projectFunction(100, "8%", 5));
  });
});
