/**
 * 转为数值: replaces the PLAN.* formulas of the selection (or, when one cell is selected, of the sheet's used range)
 * by the values they show, and puts each value's source on its cell — as a note (ExcelApi 1.18) or a comment
 * (1.10); where neither can be added, the sources are listed under the values. The dataset version goes into the
 * sheet under the converted range. A recipient without the add-in then sees numbers and sources, not #NAME?.
 *
 * Only PLAN cells are written, one by one: other formulas (and their spills) are never touched. A spilled PLAN
 * result (PLAN.TARGETS) is written whole where the host can report the spill (ExcelApi 1.12).
 */
import type { Catalog } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import { officeText, officeValue } from "../../sheet/cell-input";
import { a1, parseTopLeft } from "../../sheet/cells";
import {
  callsPlan,
  formulaCitations,
  gridLookup,
  listedSource,
  valueNote,
  valuesStamp,
  type SourcesPlace,
} from "../../sheet/formula-sources";
import { defaultExcelRun, type ExcelRun } from "../kit/excel-writer";
import { excelApiSupport, type ApiSupport } from "../kit/requirements";

export interface ToValuesOutcome {
  readonly scope: "selection" | "sheet";
  /** The range looked at (Sheet1!A1:K20); null when the sheet is empty. */
  readonly address: string | null;
  readonly converted: number;
  /** Of them, how many reach a record (the others, PLAN.CAGR and the like, compute from their arguments). */
  readonly cited: number;
  /** Where the sources went: notes/comments on the cells, or listed under the values; null when nothing changed. */
  readonly sources: SourcesPlace | null;
  /** The cell holding the version line. */
  readonly stamp: string | null;
}

export interface ToValuesOptions {
  readonly run?: ExcelRun;
  readonly supports?: ApiSupport;
  /** When, as the stamp says it (2025-06-30). */
  readonly when: string;
}

interface Found {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly value: unknown;
  readonly note: string;
  readonly cited: boolean;
}

export async function convertToValues(
  catalog: Catalog,
  locale: Locale,
  options: ToValuesOptions,
): Promise<ToValuesOutcome> {
  const run = options.run ?? defaultExcelRun;
  const supports = options.supports ?? excelApiSupport;
  return run(async (context) => {
    const selection = context.workbook.getSelectedRange();
    selection.load("address,cellCount");
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject();
    used.load("address,values,rowCount");
    await context.sync();
    const scope = selection.cellCount > 1 ? "selection" : "sheet";
    if (used.isNullObject) return { scope, address: null, converted: 0, cited: 0, sources: null, stamp: null };
    // Only the used part of a selection is read: a whole column selected must not load a million cells.
    const target = scope === "selection" ? selection.getIntersectionOrNullObject(used) : used;
    target.load("address,formulas,values");
    await context.sync();
    if (target.isNullObject) return { scope, address: null, converted: 0, cited: 0, sources: null, stamp: null };

    const origin = parseTopLeft(target.address);
    const usedOrigin = parseTopLeft(used.address);
    if (!origin || !usedOrigin) throw new Error(target.address);
    const lookup = gridLookup(used.address, used.values);
    const found: Found[] = [];
    target.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!callsPlan(formula)) return;
        const text = formula as string;
        const citations = formulaCitations(catalog, text, lookup, locale);
        found.push({
          row: origin.row + r,
          col: origin.col + c,
          formula: text,
          value: target.values[r]?.[c],
          note: valueNote(citations, text, catalog.dataset.version, locale),
          cited: citations.length > 0,
        });
      }),
    );
    if (found.length === 0) {
      return { scope, address: target.address, converted: 0, cited: 0, sources: null, stamp: null };
    }

    // A spilled result is written whole, or it would shrink to its first cell.
    const spills = supports("1.12")
      ? found.map((cell) => {
          const spill = sheet.getRange(a1(cell)).getSpillingToRangeOrNullObject();
          spill.load("address,values");
          return spill;
        })
      : null;
    if (spills) await context.sync();
    found.forEach((cell, i) => {
      const spill = spills?.[i];
      if (spill && !spill.isNullObject)
        sheet.getRange(spill.address).values = spill.values.map((row) => row.map(officeValue));
      else sheet.getRange(a1(cell)).values = [[officeValue(cell.value)]];
    });
    await context.sync();

    const sources = await addNotes(context, sheet, found, supports);
    const stampAt = { row: usedOrigin.row + used.rowCount + 1, col: usedOrigin.col };
    const lines = [valuesStamp(locale, catalog.dataset.version, options.when, sources)];
    if (sources === "listed") for (const cell of found) lines.push(listedSource(locale, a1(cell), cell.note));
    sheet.getRange(a1(stampAt)).getResizedRange(lines.length - 1, 0).values = lines.map((line) => [officeText(line)]);
    await context.sync();
    return {
      scope,
      address: target.address,
      converted: found.length,
      cited: found.filter((cell) => cell.cited).length,
      sources,
      stamp: a1(stampAt),
    };
  });
}

/** Notes (1.18), else comments (1.10); "listed" when the host has neither or refuses (a cell already has one). */
async function addNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  found: readonly Found[],
  supports: ApiSupport,
): Promise<SourcesPlace> {
  const attempt = async (add: (range: Excel.Range, text: string) => void): Promise<boolean> => {
    try {
      for (const cell of found) add(sheet.getRange(a1(cell)), cell.note);
      await context.sync();
      return true;
    } catch {
      // Refused part way (a cell already has one): the sources are listed below instead; duplicates are harmless.
      return false;
    }
  };
  if (supports("1.18") && (await attempt((range, text) => sheet.notes.add(range, text)))) return "notes";
  if (supports("1.10") && (await attempt((range, text) => context.workbook.comments.add(range, text)))) return "notes";
  return "listed";
}
