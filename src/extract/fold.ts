/**
 * Full-width ASCII (，：；（）％０-９) to half-width and the ideographic and no-break spaces to a space, one code unit
 * for one: offsets in the folded line are offsets in the original, so quotes are cut from the original verbatim.
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u301c\u2013]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === "\u301c") return "~";
  if (ch === "\u2013") return "-";
  return " ";
}

export function foldLine(line: string): string {
  return line.replace(FOLDABLE, foldChar);
}

/**
 * A phrase read in the folded line, as the original line writes it (单(多)晶硅 → 单（多）晶硅): found near `near`
 * (a bounded search), else left as read.
 */
export function restore(original: string, folded: string, phrase: string, near: number): string {
  if (phrase === "" || original === folded) return phrase;
  const from = Math.max(0, near - 120);
  const at = folded.slice(from, near + 120).indexOf(phrase);
  return at >= 0 ? original.slice(from + at, from + at + phrase.length) : phrase;
}
