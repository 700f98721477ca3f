/** Usage lines, derived from the command table: `plan-targets target <地区> <行业> <指标> [年份] [--plan <规划>] [--json]`. */
import type { Locale } from "../core/locale";
import type { CommandSpec, FormSpec, OptionSpec } from "./spec";

export function optionSpec(command: CommandSpec, name: string): OptionSpec | undefined {
  return command.options.find((o) => o.name === name);
}

/** `--plan <规划>`, `--json`; an option with a short form is `-o <文件>` in usage lines, `-o, --output <文件>` in help. */
export function optionText(option: OptionSpec, locale: Locale, where: "usage" | "help" = "usage"): string {
  const value = option.placeholder ? ` <${option.placeholder[locale]}>` : "";
  if (option.short === undefined) return `--${option.name}${value}`;
  return where === "usage" ? `-${option.short}${value}` : `-${option.short}, --${option.name}${value}`;
}

export function usageLine(command: CommandSpec, form: FormSpec, locale: Locale): string {
  const words = ["plan-targets", command.name];
  for (const positional of form.positionals) {
    const name = positional.name[locale];
    words.push(positional.optional ? `[${name}]` : `<${name}>`);
  }
  for (const name of form.options) {
    const option = optionSpec(command, name);
    if (!option) continue;
    const text = optionText(option, locale);
    if (form.required?.includes(name)) words.push(text);
    else words.push(option.kind === "repeatable" ? `[${text}]…` : `[${text}]`);
  }
  return words.join(" ");
}

/** One line per form of the command. */
export function usageLines(command: CommandSpec, locale: Locale): string[] {
  return command.forms.map((form) => usageLine(command, form, locale));
}
