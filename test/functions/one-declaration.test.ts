/**
 * One declaration per function: a parameter declared in the function table (with its type) is all it takes for
 * Excel's functions.json, WPS's metadata, the reading of its argument in cells and on the command line, and the
 * help in both languages to carry it. Proved on a table of our own that adds one parameter to PROJECT.
 */
import { expect } from "chai";
import { parseArgs } from "../../src/cli/args";
import { functionForm, functionOptions, readFunctionArguments } from "../../src/cli/function-arguments";
import { commandHelp } from "../../src/cli/help";
import type { CommandSpec } from "../../src/cli/spec";
import { usageLine } from "../../src/cli/usage";
import { readArguments } from "../../src/functions/evaluate";
import { functionsMetadata, wpsFunctionsMetadata } from "../../src/sheet/function-metadata";
import { functionSpec, type FunctionSpec, type ParameterSpec } from "../../src/sheet/function-table";

/** The one edit: a new optional parameter, a year, declared beside PROJECT's own. */
const until: ParameterSpec = {
  name: "until_year",
  arg: { zh: "截止年份", en: "The final year" },
  type: "year",
  description: { en: "Last year counted", zh: "计至该年" },
  optional: true,
  cli: "option",
};
const project = functionSpec("PROJECT");
const extended: FunctionSpec = { ...project, parameters: [...project.parameters, until] };

function commandOver(spec: FunctionSpec): CommandSpec {
  return {
    name: "project",
    summary: { zh: "推算", en: "projection" },
    details: [],
    options: functionOptions(spec),
    forms: [functionForm(spec, [])],
    run: () => 0,
  };
}

describe("one declaration per function: a new parameter needs one edit", () => {
  it("appears in Excel's functions.json with its help and the form of its type, in both languages", () => {
    const [en] = functionsMetadata("en", [extended]).functions;
    const [zh] = functionsMetadata("zh", [extended]).functions;
    expect(en!.parameters.at(-1)).to.deep.equal({
      description: 'Last year counted (such as 2025 or "2025年")',
      name: "until_year",
      optional: true,
      type: "any",
    });
    expect(zh!.parameters.at(-1)).to.include({ description: "计至该年（如2025或“2025年”）", optional: true });
  });

  it("appears in WPS's metadata, optional as `any?`", () => {
    const [wps] = wpsFunctionsMetadata("zh", [extended]);
    expect(wps!.parameters.map((p) => p.type)).to.deep.equal(["any", "any", "any", "any?"]);
    expect(wps!.parameters.at(-1)!.description).to.equal("计至该年（如2025或“2025年”）");
  });

  it("is read in a cell by its type: a year as 2025, “2025年” or left out", () => {
    expect(readArguments(extended, [100, "8%", 5, "2030年"])).to.deep.equal({
      value: 100,
      rate: 0.08,
      years: 5,
      until_year: 2030,
    });
    expect(readArguments(extended, [100, "8%", 5])).to.include({ until_year: null });
  });

  it("is an option of the command over the function, in its usage, its help and its reading", () => {
    const command = commandOver(extended);
    expect(usageLine(command, command.forms[0]!, "en")).to.equal(
      "plan-targets project <value> <rate> <years> [--until-year <until-year>]",
    );
    expect(commandHelp(command, "zh").join("\n")).to.include("计至该年（如2025或“2025年”）");
    const args = parseArgs(command, ["100", "8%", "5", "--until-year", "2030年"]);
    expect(readFunctionArguments(extended, args)).to.deep.equal({
      value: 100,
      rate: 0.08,
      years: 5,
      until_year: 2030,
    });
  });

  it("is absent everywhere without the edit", () => {
    expect(functionsMetadata("en", [project]).functions[0]!.parameters.map((p) => p.name)).to.deep.equal([
      "value",
      "rate",
      "years",
    ]);
    expect(usageLine(commandOver(project), commandOver(project).forms[0]!, "en")).to.equal(
      "plan-targets project <value> <rate> <years>",
    );
  });
});
