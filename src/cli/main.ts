/**
 * `plan-targets <command> …`: finds the command in the table, parses its arguments strictly, runs it, and reports
 * any failure once, in the user's language. Exit codes: 0 answered; 1 a miss, an invalid input, a data file that
 * cannot be read or output that cannot be written; 2 a usage error.
 */
import { localeFor, type Locale } from "../core/locale";
import { formatIssue } from "../data/issues";
import { catalogOfFolder, defaultCatalog } from "../node/default-catalog";
import { SeedFilesError } from "../node/seeds";
import { closeWords, isLanguage, isOptionLike, parseArgs } from "./args";
import { COMMANDS, commandNamed } from "./commands/index";
import { FaultError, ResultError, UsageError } from "./failures";
import { commandHelp, generalHelp } from "./help";
import { OutputError, processIo, type Io } from "./io";
import { environmentLocale, type Environment } from "./locale";
import { displayWidth, errorLine, failureJson, reportError } from "./output";
import type { CommandSpec, Context } from "./spec";
import { messageFor } from "../core/messages";
import { FAILURE, LABEL, USAGE } from "./text";
import { usageLines } from "./usage";
import { packageVersion } from "./version";

export type { Io } from "./io";

/** What the whole command line asks for before it is parsed: the language, JSON, help (all up to `--`). */
interface Wishes {
  readonly lang: string | null;
  /** --data DIR: answer from that dataset folder. */
  readonly data: string | null;
  readonly json: boolean;
  readonly help: boolean;
}

function wishes(argv: readonly string[]): Wishes {
  let lang: string | null = null;
  let data: string | null = null;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const word = argv[i]!;
    if (word === "--json") json = true;
    else if (word === "-h" || word === "--help") help = true;
    else if (word === "--lang") lang = argv[i + 1] ?? null;
    else if (word.startsWith("--lang=")) lang = word.slice("--lang=".length);
    else if (word === "--data") data = argv[i + 1] ?? null;
    else if (word.startsWith("--data=")) data = word.slice("--data=".length);
  }
  return { lang, data, json, help };
}

function reportUsage(error: UsageError, context: Context, command: CommandSpec | null): number {
  const { io, locale } = context;
  const message = error.text[locale];
  if (context.json) {
    io.err(failureJson("USAGE", message, error.suggestions));
    return 2;
  }
  io.err(errorLine(locale, message));
  const indent = " ".repeat(displayWidth(LABEL.usage[locale]));
  if (command) {
    usageLines(command, locale).forEach((line, i) => io.err(`${i === 0 ? LABEL.usage[locale] : indent}${line}`));
    io.err(messageFor(USAGE.seeHelp, locale, { command: command.name }));
  } else {
    io.err(`${LABEL.usage[locale]}${LABEL.generalUsage[locale]}`);
    io.err(`${LABEL.commands[locale]}${COMMANDS.map((c) => c.name).join(", ")}`);
    io.err(LABEL.moreHelp[locale]);
  }
  return 2;
}

function unknownCommand(name: string): UsageError {
  const suggestions = closeWords(
    name.slice(0, 64),
    COMMANDS.map((c) => c.name),
  );
  return UsageError.of(USAGE.unknownCommand, { name, suggestions }, suggestions);
}

/** A command's exit code, now or (a command that writes a file) later. */
export type Exit = number | Promise<number>;

function runCommand(command: CommandSpec, argv: readonly string[], context: Context, help: boolean): Exit {
  if (help) {
    commandHelp(command, context.locale).forEach((line) => context.io.out(line));
    return 0;
  }
  const usage = (error: unknown): number => {
    if (error instanceof UsageError) return reportUsage(error, context, command);
    throw error;
  };
  try {
    const code = command.run(parseArgs(command, argv), context);
    return typeof code === "number" ? code : code.catch(usage);
  } catch (error) {
    return usage(error);
  }
}

const LEADING_OPTIONS = ["--version", "--help", "--lang"];

/** The options before the command name (-V/--version, -h/--help, --lang): what they ask, and where the name is. */
function leadingOptions(argv: readonly string[]): { next: number; asks: "version" | "help" | null } {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!isOptionLike(word)) return { next: i, asks: null };
    if (word === "-V" || word === "--version") return { next: i, asks: "version" };
    if (word === "-h" || word === "--help") return { next: i, asks: "help" };
    if (word === "--lang" || word.startsWith("--lang=")) {
      const value = word === "--lang" ? argv[++i] : word.slice("--lang=".length);
      if (value === undefined || value === "" || isOptionLike(value)) {
        throw UsageError.of(USAGE.missingValue, { option: "--lang" });
      }
      if (!isLanguage(value)) throw UsageError.of(USAGE.badLanguage, { value });
      continue;
    }
    const option = word.split("=", 1)[0]!;
    const suggestions = closeWords(option, LEADING_OPTIONS);
    throw UsageError.of(USAGE.unknownOption, { option, suggestions }, suggestions);
  }
  return { next: argv.length, asks: null };
}

function dispatch(argv: readonly string[], context: Context, help: boolean): Exit {
  const { io, locale } = context;
  const { next: i, asks } = leadingOptions(argv);
  if (asks === "version") {
    io.out(packageVersion());
    return 0;
  }
  if (asks === "help") {
    generalHelp(COMMANDS, locale).forEach((line) => io.out(line));
    return 0;
  }
  const name = argv[i];
  if (name === undefined) {
    generalHelp(COMMANDS, locale).forEach((line) => io.err(line));
    return 2;
  }
  if (name === "help") {
    const topic = argv[i + 1];
    if (topic === undefined) {
      generalHelp(COMMANDS, locale).forEach((line) => io.out(line));
      return 0;
    }
    const command = commandNamed(topic);
    if (!command) throw unknownCommand(topic);
    return runCommand(command, [], context, true);
  }
  const command = commandNamed(name);
  if (!command) throw unknownCommand(name);
  return runCommand(command, argv.slice(i + 1), context, help);
}

function report(error: unknown, context: Context): number {
  const { io, locale, json } = context;
  const fail = (code: string, message: string): number => {
    io.err(json ? failureJson(code, message, []) : errorLine(locale, message));
    return 1;
  };
  if (error instanceof OutputError) {
    // The reader went away (`| head -1`): not a failure of ours.
    if (error.code === "EPIPE") return 0;
    return fail("WRITE_FAILED", messageFor(FAILURE.writeFailed, locale, { detail: error.message }));
  }
  if (error instanceof ResultError) return reportError(error.error, context);
  if (error instanceof FaultError) return fail(error.fault.code, error.fault.message[locale]);
  if (error instanceof UsageError) return reportUsage(error, context, null);
  if (error instanceof SeedFilesError) {
    if (json) return fail("DATA_FILE", error.issues.map((i) => formatIssue(i, locale)).join("\n"));
    for (const issue of error.issues) io.err(errorLine(locale, formatIssue(issue, locale)));
    return 1;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fail("INTERNAL", messageFor(FAILURE.internal, locale, { detail }));
}

/**
 * Runs the command line `argv` (without node and the script); returns the exit code — a promise of it for a
 * command that writes a file (`export`), a number for every other.
 */
export function main(argv: readonly string[], io: Io = processIo(), env: Environment = process.env): Exit {
  const wish = wishes(argv);
  const locale: Locale = wish.lang !== null && isLanguage(wish.lang) ? localeFor(wish.lang) : environmentLocale(env);
  const data = wish.data;
  const catalog = data === null ? defaultCatalog : () => catalogOfFolder(data);
  const context: Context = { io, locale, json: wish.json, catalog };
  try {
    const code = dispatch(argv, context, wish.help);
    return typeof code === "number" ? code : code.catch((error: unknown) => report(error, context));
  } catch (error) {
    return report(error, context);
  }
}
