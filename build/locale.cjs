// @ts-check
/**
 * The language of the build and `npm start` messages, by the CLI's rule (src/cli/locale.ts over
 * src/core/locale.ts): LC_ALL, then LC_MESSAGES, then LANG; unset, C and POSIX are Chinese, zh_* is Chinese, any
 * other language English. Plain JavaScript because webpack.config.js and scripts/*.mjs load it without a
 * compiler; test/addin/build-messages.test.ts checks that it agrees with the TypeScript rule.
 */

/** @param {Readonly<Record<string, string | undefined>>} env @returns {"zh" | "en"} */
function environmentLocale(env) {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "") ?? "";
  const tag = value.split(/[.@]/)[0].trim().toLowerCase();
  if (tag === "" || tag === "c" || tag === "posix") return "zh";
  return tag.startsWith("zh") ? "zh" : "en";
}

module.exports = { environmentLocale };
