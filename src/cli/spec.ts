/**
 * The shape of the command table (commands/index.ts): what a command accepts, in words for both languages.
 * The parser (args.ts), the usage lines and `--help` (help.ts) all read these declarations, so they cannot
 * disagree with each other.
 */
import type { Catalog } from "../core/catalog";
import type { Bilingual, Locale } from "../core/locale";
import type { Io } from "./io";

/** A flag (`--json`), an option with one value (`--plan 000`), or one that may be given again (`--kind`). */
export type OptionKind = "flag" | "value" | "repeatable";

export interface OptionSpec {
  readonly name: string;
  /** A one-letter form (`o` for `-o`), shown in usage lines instead of the long name. */
  readonly short?: string;
  readonly kind: OptionKind;
  /** The value's placeholder in usage lines: `--plan <规划>`. */
  readonly placeholder?: Bilingual;
  readonly help: Bilingual;
}

export interface PositionalSpec {
  readonly name: Bilingual;
  readonly optional?: boolean;
  readonly help: Bilingual;
}

/**
 * One way of calling a command. A command with several (progress: look the target up, or give it with
 * `--target`) picks the form whose `selectedBy` option is present, else the form without one.
 */
export interface FormSpec {
  readonly positionals: readonly PositionalSpec[];
  /** The options this form takes (names of the command's options). */
  readonly options: readonly string[];
  readonly selectedBy?: string;
  /** Options this form cannot do without. */
  readonly required?: readonly string[];
}

/** How many positional arguments a form takes. */
export function arity(form: FormSpec): { min: number; max: number } {
  return { min: form.positionals.filter((p) => !p.optional).length, max: form.positionals.length };
}

/** What the parser hands a command: its form, positional arguments and options, all checked. */
export interface Args {
  readonly form: FormSpec;
  readonly positional: readonly string[];
  /** The value of a one-value option, or null when it was not given. */
  value(name: string): string | null;
  /** Every value of a repeatable option, in order. */
  values(name: string): readonly string[];
  has(name: string): boolean;
}

/** Where a command writes, in which language, and the data it answers from. */
export interface Context {
  readonly io: Io;
  readonly locale: Locale;
  readonly json: boolean;
  readonly catalog: () => Catalog;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: Bilingual;
  /** Lines of `--help` after the arguments and options. */
  readonly details: readonly Bilingual[];
  /** Every option the command takes (the forms pick among them); --lang and --help are added to all. */
  readonly options: readonly OptionSpec[];
  readonly forms: readonly FormSpec[];
  /**
   * Runs the command; returns the exit code, or a promise of it for a command that writes a file (export).
   * Failures are thrown or rejected (ResultError, UsageError) and reported once.
   */
  run(args: Args, context: Context): number | Promise<number>;
}
