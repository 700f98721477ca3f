/**
 * A command over a PLAN function takes that function's parameters, as the function table declares them: their
 * names, whether each is a positional argument or an option, their help (the same words as Excel's function
 * wizard), and how each is read (core/input's readArgument, the rule cells and the library share).
 */
import {
  functionSpec,
  parameterHelp,
  readDeclared,
  type ArgumentsOf,
  type FunctionId,
  type FunctionSpec,
  type ParameterSpec,
} from "../sheet/function-table";
import { unwrap } from "./failures";
import type { Args, FormSpec, OptionSpec, PositionalSpec } from "./spec";

/** `current_year` is `--current-year` / `<current-year>` on a command line. */
function cliName(p: ParameterSpec): string {
  return p.name.replace(/_/g, "-");
}

function placeholder(p: ParameterSpec): { zh: string; en: string } {
  return { zh: p.arg.zh, en: cliName(p) };
}

/** A function's declaration, by id or as a spec (a test may declare one of its own). */
type Declared = FunctionId | FunctionSpec;

function specOf(fn: Declared): FunctionSpec {
  return typeof fn === "string" ? functionSpec(fn) : fn;
}

function parameters(fn: Declared, where: ParameterSpec["cli"]): ParameterSpec[] {
  return specOf(fn).parameters.filter((p) => p.cli === where);
}

/** The function's positional arguments, in order. */
export function functionPositionals(fn: Declared): PositionalSpec[] {
  return parameters(fn, "positional").map((p) => ({
    name: placeholder(p),
    ...(p.optional ? { optional: true } : {}),
    help: parameterHelp(p),
  }));
}

/** The function's parameters that a command line gives as options (`--plan`, `--base`, `--base-year`). */
export function functionOptions(fn: Declared): OptionSpec[] {
  return parameters(fn, "option").map((p) => ({
    name: cliName(p),
    kind: "value",
    placeholder: placeholder(p),
    help: parameterHelp(p),
  }));
}

/** The form that takes exactly the function's parameters, and the command's own options besides. */
export function functionForm(fn: Declared, ownOptions: readonly string[]): FormSpec {
  return {
    positionals: functionPositionals(fn),
    options: [...functionOptions(fn).map((o) => o.name), ...ownOptions],
  };
}

/** The function's arguments read from a command line by their declared types; a failure is thrown (ResultError). */
export function readFunctionArguments<Id extends FunctionId>(fn: Id | FunctionSpec, args: Args): ArgumentsOf<Id> {
  let position = 0;
  return unwrap(
    readDeclared<Id>(
      specOf(fn),
      (p) => (p.cli === "positional" ? args.positional[position++] : args.value(cliName(p))) ?? null,
    ),
  );
}
