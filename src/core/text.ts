/** Text normalisation for matching what people type against the plans' names. */

/**
 * NFKC folds full-width letters, digits and brackets to half-width (（→(, ２→2, ％→%);
 * then every kind of space (ideographic, NBSP, tabs) goes, and Latin letters are lower-cased.
 */
export function normalizeText(input: string): string {
  // Most names are CJK ideographs and ASCII letters and digits, which NFKC leaves as they are: skip it for them.
  if (STABLE.test(input)) return input.toLowerCase();
  return input
    .normalize("NFKC")
    .replace(/[\s\u3000\u00a0\u200b]+/g, "")
    .toLowerCase();
}

/** Text NFKC does not change and that holds no space: CJK unified ideographs, printable ASCII but the space. */
const STABLE = /^[\u4e00-\u9fff\u0021-\u007e]*$/;

/**
 * Separators people use between levels of a sector path: 新材料›稀土新材料, 新材料/稀土新材料, 新材料>稀土新材料.
 * No sector name may hold one (test/core/sector-path.test.ts checks the seeds).
 */
export const PATH_SEPARATOR = /[›>/／\\|]|->|＞|》/;

/**
 * The separator tables and templates write: ASCII, so it survives every encoding a CSV is saved in (GBK has no ›,
 * which Excel on Chinese Windows saves as ?).
 */
export const PLAIN_PATH_SEPARATOR = "/";

export function splitPath(input: string): string[] {
  return input
    .split(PATH_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * How many lines a document has, numbered as the extractor and the verifier number them (split at LF or CRLF):
 * a line break at the very end ends the last line, it does not start one. An empty text has none.
 */
export function lineCount(text: string): number {
  if (text === "") return 0;
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return text.endsWith("\n") ? count - 1 : count;
}
