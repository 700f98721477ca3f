/** `--help`, derived from the command table: the usage lines, the arguments, the options and the notes. */
import type { Locale } from "../core/locale";
import { GLOBAL_OPTIONS } from "./options";
import type { CommandSpec, OptionSpec, PositionalSpec } from "./spec";
import { displayWidth } from "./output";
import { LABEL } from "./text";
import { optionText, usageLines } from "./usage";

function columns(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => displayWidth(left))) + 2;
  return rows.map(([left, right]) => `  ${left}${" ".repeat(width - displayWidth(left))}${right}`);
}

function positionalsOf(command: CommandSpec): PositionalSpec[] {
  const seen = new Map<string, PositionalSpec>();
  for (const form of command.forms) for (const p of form.positionals) if (!seen.has(p.name.en)) seen.set(p.name.en, p);
  return [...seen.values()];
}

/** The help of one command. */
export function commandHelp(command: CommandSpec, locale: Locale): string[] {
  const [first, ...others] = usageLines(command, locale);
  const lines = [`${LABEL.usage[locale]}${first}`];
  for (const other of others) lines.push(`${" ".repeat(displayWidth(LABEL.usage[locale]))}${other}`);
  lines.push("", command.summary[locale]);
  const positionals = positionalsOf(command);
  if (positionals.length > 0) {
    lines.push("", LABEL.arguments[locale]);
    lines.push(...columns(positionals.map((p) => [`<${p.name[locale]}>`, p.help[locale]] as const)));
  }
  const options: OptionSpec[] = [...command.options, ...GLOBAL_OPTIONS];
  lines.push("", LABEL.options[locale]);
  lines.push(
    ...columns(
      options.map((o) => [o.name === "help" ? `-h, --help` : optionText(o, locale, "help"), o.help[locale]] as const),
    ),
  );
  if (command.details.length > 0) {
    lines.push("", LABEL.notes[locale]);
    lines.push(...command.details.map((d) => `  ${d[locale]}`));
  }
  return lines;
}

/** The help of the program: every command's usage and summary. */
export function generalHelp(commands: readonly CommandSpec[], locale: Locale): string[] {
  const lines = [
    LABEL.title[locale],
    "",
    `${LABEL.usage[locale]}${LABEL.generalUsage[locale]}`,
    "",
    LABEL.commands[locale],
  ];
  for (const command of commands) {
    for (const usage of usageLines(command, locale)) lines.push(`  ${usage}`);
    lines.push(`      ${command.summary[locale]}`);
  }
  const global = GLOBAL_OPTIONS.map((o) => (o.name === "help" ? "-h, --help" : optionText(o, locale)));
  lines.push("", `${LABEL.globalOptions[locale]}${[...global, "-V, --version"].join("  ")}`);
  lines.push(LABEL.moreHelp[locale], LABEL.language[locale], LABEL.exitCodes[locale]);
  return lines;
}
