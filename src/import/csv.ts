/**
 * CSV as Excel and WPS write it (RFC 4180): fields split by commas — or by tabs when the header has tabs and no
 * comma (Excel's "text" export) —, quoted fields holding commas, quotes ("") and line breaks, CRLF or LF rows.
 */

/** The separator of a table: a tab when the first line has tabs and no comma (outside quotes), else a comma. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const unquoted = first.replace(/"[^"]*"/g, "");
  return unquoted.includes("\t") && !unquoted.includes(",") ? "\t" : ",";
}

/** The rows of a CSV text, each a list of cells as written (quotes removed); a last empty line is no row. */
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
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
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
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
