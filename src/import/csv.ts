/**
 * CSV as Excel and WPS write it (RFC 4180): fields split by commas — or by tabs when the header has tabs and no
 * comma (Excel's "text" export) —, quoted fields holding commas, quotes ("") and line breaks, CRLF or LF rows.
 *
 * The one writer of CSV (the template, any table the pane offers) guards every cell Excel would read as a formula:
 * a cell starting with = + - @, a tab or a CR (OWASP's list; DDE such as =cmd|' /C calc'!A0 included) gets a
 * leading ', Excel's own mark for "this is text" — quoting does not help, Excel evaluates "=1+1" too. A tab, the
 * other usual prefix, is trimmed by readers (this one too) and would not come back. The reader removes exactly the
 * ' the writer adds, so what was written reads back as it was.
 */

/** A cell Excel would evaluate; leading 's count, so that a text starting with ' comes back whole. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A plain number (-5, -0.5) is no formula: it stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as written: a text Excel would evaluate gets a leading '. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The cell as it was before guardCell. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * Rows as CSV text, every cell guarded, quoted when it holds a separator, a quote or a line break; CRLF rows.
 * With `bom` (the default) it starts with UTF-8's byte order mark, which Excel needs to read it as UTF-8.
 */
export function writeCsv(rows: readonly (readonly string[])[], { bom = true } = {}): string {
  const field = (text: string): string => {
    const cell = guardCell(text);
    return /[",\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  };
  return `${bom ? "\uFEFF" : ""}${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/** The separator of a table: a tab when the first line has tabs and no comma (outside quotes), else a comma. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const unquoted = first.replace(/"[^"]*"/g, "");
  return unquoted.includes("\t") && !unquoted.includes(",") ? "\t" : ",";
}

/**
 * The rows of a CSV text, each a list of cells as written (quotes and writeCsv's guard removed); a last empty line
 * is no row.
 */
export function parseCsv(text: string): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === separator) {
      row.push(unguardCell(cell));
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(unguardCell(cell));
      rows.push(row);
      row = [];
      cell = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(unguardCell(cell));
    rows.push(row);
  }
  return rows;
}
