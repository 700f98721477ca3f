/**
 * The strict parser: reads a command's arguments against its declaration (spec.ts) and refuses anything it does
 * not declare, with a usage error naming the offending word. `--opt value` and `--opt=value`; a value option
 * never swallows the next option (`--plan --json` is an error); `--` ends the options; a negative number
 * (`-5`, `-0.5`, `-8%`) is a value, not an option.
 */
import { editDistance } from "../core/suggest";
import { UsageError } from "./failures";
import { GLOBAL_OPTIONS, SHORT_OPTIONS } from "./options";
import { arity, type Args, type CommandSpec, type FormSpec, type OptionSpec } from "./spec";
import { messageFor } from "../core/messages";
import { USAGE } from "./text";
import { usageLine } from "./usage";

/** A word that is an option rather than a value: `--name`, `-h`. `-`, `-5`, `-.5` and `-8%` are values. */
export function isOptionLike(word: string): boolean {
  return word.startsWith("-") && word !== "-" && !/^-[\d.]/.test(word);
}

/** zh, en, zh-CN, en_US… */
export function isLanguage(value: string): boolean {
  return /^(zh|en)(?:[-_][\w.@-]*)?$/i.test(value);
}

function both<T>(render: (locale: "zh" | "en") => T): { zh: T; en: T } {
  return { zh: render("zh"), en: render("en") };
}

class Options {
  readonly given: string[] = [];
  private readonly flags = new Set<string>();
  private readonly lists = new Map<string, string[]>();

  constructor(private readonly specs: ReadonlyMap<string, OptionSpec>) {}

  spec(name: string): OptionSpec | undefined {
    return this.specs.get(name);
  }

  setFlag(name: string): void {
    this.flags.add(name);
    this.given.push(name);
  }

  addValue(option: OptionSpec, value: string): void {
    const list = this.lists.get(option.name) ?? [];
    if (option.kind === "value" && list.length > 0)
      throw UsageError.of(USAGE.repeatedOption, { option: `--${option.name}` });
    if (option.name === "lang" && !isLanguage(value)) throw UsageError.of(USAGE.badLanguage, { value });
    list.push(value);
    this.lists.set(option.name, list);
    this.given.push(option.name);
  }

  has(name: string): boolean {
    return this.flags.has(name) || this.lists.has(name);
  }

  values(name: string): readonly string[] {
    return this.lists.get(name) ?? [];
  }
}

/**
 * Command and option names close to a mistyped one (`--regin` → `--region`, `tagret` → `target`): a typo's edit
 * distance, stricter than the core's suggestions for data names, which also match on shared characters.
 */
export function closeWords(input: string, words: readonly string[]): string[] {
  const typed = input.toLowerCase();
  const limit = Math.max(1, Math.floor(typed.length / 3));
  return words
    .map((word) => ({ word, distance: editDistance(typed, word) }))
    .filter((w) => w.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .map((w) => w.word);
}

function unknownOption(word: string, specs: ReadonlyMap<string, OptionSpec>): UsageError {
  const option = word.split("=", 1)[0]!;
  const suggestions = closeWords(
    option,
    [...specs.keys()].map((name) => `--${name}`),
  );
  return UsageError.of(USAGE.unknownOption, { option, suggestions }, suggestions);
}

function chooseForm(command: CommandSpec, options: Options): FormSpec {
  const selected = command.forms.find((form) => form.selectedBy !== undefined && options.has(form.selectedBy));
  return selected ?? command.forms.find((form) => form.selectedBy === undefined) ?? command.forms[0]!;
}

function checkForm(command: CommandSpec, form: FormSpec, options: Options): void {
  const global = new Set(GLOBAL_OPTIONS.map((o) => o.name));
  for (const name of options.given) {
    if (global.has(name) || form.options.includes(name)) continue;
    const home = command.forms.find((f) => f.options.includes(name)) ?? form;
    throw new UsageError(
      both((locale) =>
        messageFor(USAGE.optionNotHere, locale, { option: `--${name}`, usage: usageLine(command, home, locale) }),
      ),
    );
  }
  for (const name of form.required ?? []) {
    if (!options.has(name)) throw UsageError.of(USAGE.missingOption, { option: `--${name}` });
  }
}

function checkArity(form: FormSpec, positional: readonly string[]): void {
  const { min, max } = arity(form);
  if (positional.length < min) {
    const missing = form.positionals[positional.length]!;
    throw new UsageError(both((locale) => messageFor(USAGE.missingArgument, locale, { name: missing.name[locale] })));
  }
  if (positional.length > max) {
    const surplus = positional.slice(max);
    const word = surplus[0]!;
    const hint = form.options.includes("plan") && surplus.length === 1;
    throw new UsageError(
      both(
        (locale) =>
          messageFor(USAGE.surplusArgument, locale, { word, count: surplus.length }) +
          (hint ? messageFor(USAGE.usePlanOption, locale, { word }) : ""),
      ),
      hint ? [`--plan ${word}`] : [],
    );
  }
}

/** The command's arguments, checked against its declaration; a UsageError names the first thing wrong. */
export function parseArgs(command: CommandSpec, argv: readonly string[]): Args {
  const specs = new Map([...command.options, ...GLOBAL_OPTIONS].map((o) => [o.name, o] as const));
  const options = new Options(specs);
  const positional: string[] = [];
  let onlyValues = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (onlyValues || !isOptionLike(word)) {
      positional.push(word);
      continue;
    }
    if (word === "--") {
      onlyValues = true;
      continue;
    }
    let name: string;
    let inline: string | null = null;
    if (!word.startsWith("--")) {
      // -h anywhere; -o only where the command takes --output.
      const long = SHORT_OPTIONS.get(word);
      if (long === undefined || !options.spec(long)) throw unknownOption(word, specs);
      name = long;
    } else {
      const equals = word.indexOf("=");
      name = equals < 0 ? word.slice(2) : word.slice(2, equals);
      inline = equals < 0 ? null : word.slice(equals + 1);
    }
    const option = options.spec(name);
    if (!option) throw unknownOption(word, specs);
    if (option.kind === "flag") {
      if (inline !== null) throw UsageError.of(USAGE.flagWithValue, { option: `--${name}` });
      options.setFlag(name);
      continue;
    }
    let value = inline;
    if (value === null) {
      const next = argv[i + 1];
      if (next !== undefined && !isOptionLike(next)) {
        value = next;
        i++;
      }
    }
    if (value === null || value.trim() === "") throw UsageError.of(USAGE.missingValue, { option: `--${name}` });
    options.addValue(option, value);
  }
  const form = chooseForm(command, options);
  checkForm(command, form, options);
  checkArity(form, positional);
  return {
    form,
    positional,
    value: (name) => options.values(name)[0] ?? null,
    values: (name) => options.values(name),
    has: (name) => options.has(name),
  };
}
