/** The command table: every command of `plan-targets`, in the order help lists them. */
import type { CommandSpec } from "../spec";
import { checkCommand } from "./check";
import { extractCommand } from "./extract";
import { importCommand } from "./import";
import { exportCommand } from "./export";
import { cagrCommand, convertCommand, projectCommand, yearsToTargetCommand } from "./formulas";
import { listCommand } from "./list";
import { progressCommand, requiredCagrCommand } from "./progress";
import { targetCommand } from "./target";

export const COMMANDS: readonly CommandSpec[] = [
  targetCommand,
  listCommand,
  cagrCommand,
  requiredCagrCommand,
  projectCommand,
  yearsToTargetCommand,
  progressCommand,
  convertCommand,
  exportCommand,
  checkCommand,
  extractCommand,
  importCommand,
];

const BY_NAME: ReadonlyMap<string, CommandSpec> = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name; a Map, so `constructor` or `__proto__` is simply not a command. */
export function commandNamed(name: string): CommandSpec | undefined {
  return BY_NAME.get(name);
}
