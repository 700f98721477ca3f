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

/**
 * A text as an .xlsx string cell must hold it (ECMA-376 ST_Xstring): a control character as `_x000D_` — written raw,
 * an XML reader turns a CR into a line feed and exceljs drops the others — and a `_xHHHH_` of the text itself escaped
 * as `_x005F_xHHHH_`, so it reads back as written. Tab and line feed stay as they are.
 */
export function ooxmlText(text: string): string {
  const escaped = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  let out = "";
  for (const ch of escaped) {
    const code = ch.charCodeAt(0);
    const control = (code < 32 && ch !== "\t" && ch !== "\n") || code === 127;
    out += control ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return out;
}
