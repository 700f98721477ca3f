/**
 * How a cell's content goes into a sheet through Office.js (`range.formulas`, `range.values`), where Excel reads a
 * string as if it were typed: `=…`, `+…`, `-…` and `@…` become formulas, `3-5` a date, `TRUE` a boolean. A formula
 * of ours goes in as its text; a text goes in so that Excel keeps it as the very text, whatever it starts with:
 *
 * - in a cell formatted as text ("@", set before the contents) as it is: Excel stores what is entered there as text;
 * - anywhere else behind an apostrophe, Excel's text prefix: it is not part of the value (reading the cell back
 *   gives the text unchanged) and the cell keeps its number format, so a number typed there later is a number.
 *
 * The .xlsx writer needs neither: it writes a text as a string cell and only a FormulaCell as a formula.
 */
import { isFormulaCell, type CellContent } from "./block";
import { TEXT_FORMAT } from "./cells";

/** Excel's text prefix: `'=1+1` is the text "=1+1". */
export const TEXT_PREFIX = "'";

/** A text as Excel must receive it to keep it text in a cell of any format. */
export function officeText(text: string): string {
  return text === "" ? "" : `${TEXT_PREFIX}${text}`;
}

/** Excel's error values as `range.values` reports them; written back, each is the error again. */
export const EXCEL_ERROR_TEXTS: readonly string[] = [
  "#N/A",
  "#NUM!",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
];

/**
 * A value a cell showed, to write back into `range.values` as a constant: a text stays that text (a quote that
 * starts with "=" too), an error stays that error, a number or boolean stays as it is.
 */
export function officeValue(value: unknown): unknown {
  if (typeof value !== "string" || EXCEL_ERROR_TEXTS.includes(value)) return value;
  return officeText(value);
}

/** What a writer puts into `range.formulas` for a cell of the given number format. */
export function officeInput(content: CellContent, format: string): string | number {
  if (typeof content === "number") return content;
  if (isFormulaCell(content)) return content.formula;
  return format === TEXT_FORMAT ? content : officeText(content);
}

/** A grid's contents as `range.formulas` takes them (formats: the same grid's number formats). */
export function officeInputs(
  contents: readonly (readonly CellContent[])[],
  formats: readonly (readonly string[])[],
): (string | number)[][] {
  return contents.map((row, r) => row.map((content, c) => officeInput(content, formats[r]?.[c] ?? "")));
}
