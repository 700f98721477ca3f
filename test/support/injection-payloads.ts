/** Data texts that a spreadsheet would read as a formula (or a CSV reader act on): every writer must keep them text. */
export const LINK = '=HYPERLINK("http://evil.example/?q=1","点此")';
export const DDE = "=cmd|' /C calc'!A0";
/** Every way a text can start that a spreadsheet reads as a formula, or that a CSV-style reader acts on. */
export const PAYLOADS = [
  LINK,
  DDE,
  "=1+1",
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  "-",
  "=",
  "'=1+1",
  '"=1+1',
];
