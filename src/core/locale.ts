/** Chinese first, English where the user's Office display language or LANG is not Chinese. */

export type Locale = "zh" | "en";

/** A text a user sees, in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** zh, zh-CN, zh-TW, zh_CN.UTF-8 → zh; anything else that is set → en; unset → zh. */
export function localeFor(languageTag: string | null | undefined): Locale {
  const tag = (languageTag ?? "").trim().toLowerCase();
  if (tag === "" || tag === "c" || tag === "posix") return "zh";
  return tag.startsWith("zh") ? "zh" : "en";
}
