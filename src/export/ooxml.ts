/**
 * Formula text as an .xlsx file stores it. Excel writes functions newer than Excel 2007 with a prefix in the file
 * (`RRI(…)` is stored as `_xlfn.RRI(…)`) and shows them without it; a file holding a bare `RRI(` opens as #NAME?
 * in LibreOffice and older Excel. The leading "=" is not stored either.
 */

/** Functions of Excel 2010 and later that the file format stores with the _xlfn. prefix (those we may write). */
export const PREFIXED_FUNCTIONS: readonly string[] = [
  "RRI",
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
];

const CALL = new RegExp(`(?<![A-Za-z0-9_.])(${PREFIXED_FUNCTIONS.join("|")})\\(`, "gi");

/** `=IF(A1="","",RRI(…))` → `IF(A1="","",_xlfn.RRI(…))`; text inside "…" is left as it is. */
export function ooxmlFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Split into string literals ("…" with "" for a quote) and the code between them; prefix calls in the code only.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CALL, (_, name: string) => `_xlfn.${name.toUpperCase()}(`)))
    .join("");
}
