/** The CLI's language: --lang, else the POSIX locale variables, read with the core's rule (`localeFor`). */
import { localeFor, type Locale } from "../core/locale";

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; the first that is set decides. Only the language
 * part counts ("en_US.UTF-8" → en_US, "C.UTF-8" → C), so unset, C and POSIX are Chinese, zh_* is Chinese, and
 * any other language is English.
 */
export function environmentLocale(env: Environment): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "") ?? "";
  return localeFor(value.split(/[.@]/)[0]);
}
