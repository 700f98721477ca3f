/**
 * The one mechanism behind every catalogue of words a user sees (core errors, CLI text, the pane's strings, the
 * workbook's words): a text is either fixed (`Bilingual`) or a `Message<A>` that both languages compute from the
 * same typed arguments, the two side by side in one entry so they cannot drift. `messageFor` shows either, or an
 * error, in one language; `inLanguage` turns a whole table into one language's accessors (`s.recordsOf(what, n)`).
 *
 * Arguments are positional (`Message<[what: string, n: number]>`): the pane's call sites stay `s.x(a, b)`, and a
 * catalogue that wants named parameters declares one object argument (`Message<[{ input: string }]>`, as the
 * error catalogue does).
 */
import type { Bilingual, Locale } from "./locale";

/** A text computed from typed arguments, in both languages. */
export interface Message<A extends readonly unknown[] = []> {
  readonly zh: (...args: A) => string;
  readonly en: (...args: A) => string;
}

/** A message: the Chinese and the English side by side, the same arguments for both. */
export function bilingual<A extends readonly unknown[] = []>(
  zh: (...args: A) => string,
  en: (...args: A) => string,
): Message<A> {
  return { zh, en };
}

/** A message's text in both languages, for its arguments (to keep in an error or a fault). */
export function inBoth<A extends readonly unknown[]>(text: Message<A>, ...args: A): Bilingual {
  return { zh: text.zh(...args), en: text.en(...args) };
}

/** What can be shown: a fixed text, or something that carries one (a PlanError, a DataFault). */
type Shown = Bilingual | { readonly message: Bilingual };

/** The one way to show a text in the user's language: a fixed text, an error, or a message with its arguments. */
export function messageFor(text: Shown, locale: Locale): string;
export function messageFor<A extends readonly unknown[]>(text: Message<A>, locale: Locale, ...args: A): string;
export function messageFor(text: Shown | Message<readonly unknown[]>, locale: Locale, ...args: unknown[]): string {
  if ("message" in text) return text.message[locale];
  const said = text[locale];
  return typeof said === "string" ? said : said(...args);
}

/** A table of texts: each entry fixed or computed, both languages in the entry. */
export type TextTable = Readonly<Record<string, Bilingual | Message<never>>>;

/** One language of a table: fixed texts become strings, messages functions of the same arguments. */
export type InLanguage<T> = {
  readonly [K in keyof T]: T[K] extends Message<infer A> ? (...args: A) => string : string;
};

/** One language's accessors of a table (`inLanguage(PANE_TEXT, "en").recordsOf("稀土", 3)`). */
export function inLanguage<T extends TextTable>(table: T, locale: Locale): InLanguage<T> {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key, text[locale]])) as InLanguage<T>;
}

/** Both languages of a table, built once: `stringsFor(locale)` of a room's catalogue. */
export function byLanguage<T extends TextTable>(table: T): Readonly<Record<Locale, InLanguage<T>>> {
  return { zh: inLanguage(table, "zh"), en: inLanguage(table, "en") };
}
