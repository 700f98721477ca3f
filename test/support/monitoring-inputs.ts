/**
 * Inputs for a monitoring sheet's rows, and what the core says about them: the sheet tests (HyperFormula, the
 * mocked Office host, LibreOffice) fill the input cells with these and require the formulas to show the same.
 *
 * Every target gets a basis (the plan's, or one made up where the plan states none), a current year inside the
 * basis → target period and a current value placed ahead of, on or behind the plan's path by turns, so the
 * statuses 超前 / 正常 / 滞后 (and 未超上限 / 超出上限 for caps) all occur and no cell needs to be an error.
 */
import { assess, levelOf, type Assessment } from "../../src/core/assess";
import type { Catalog, Entry } from "../../src/core/catalog";
import { fallsByWords } from "../../src/core/direction";
import type { Result } from "../../src/core/errors";
import { sheetScale } from "../../src/core/units";
import type { CurrentInput } from "../../src/sheet/analysis-block";
import { isFormulaCell, type CellContent } from "../../src/sheet/block";
import { monitoringCell, type MonitoringColumn, type MonitoringSheet } from "../../src/sheet/monitoring";
import { value } from "./seeds";

export interface RowInput {
  readonly entry: Entry;
  readonly current: CurrentInput & { value: number; year: number };
  /** A basis typed into the row (the plan states none), in the record's unit; null when the plan's is used. */
  readonly base: { value: number; year: number } | null;
}

/** What a cell should show: a number (in the sheet's units), text, or an Excel error code. */
export type Shown = number | string | { error: string };

export interface Expected {
  readonly requiredCagr: Shown;
  readonly progress: Shown;
  readonly elapsed: Shown;
  readonly gap: Shown;
  readonly status: Shown;
}

const EXCEL_ERRORS: Record<string, string> = { not_found: "#N/A", invalid: "#VALUE!", num: "#NUM!" };

function shown<T extends number | string>(result: Result<T>): Shown {
  return result.ok ? result.value : { error: EXCEL_ERRORS[result.error.category] ?? "#VALUE!" };
}

/** Inputs for each target: the i-th lands ahead, on (within the band) or behind the path, in turn. */
export function rowInputs(catalog: Catalog, targets: readonly Entry[]): RowInput[] {
  return targets.map((entry, i) => {
    const level = value(levelOf(entry));
    const stated = catalog.baselineOf(entry);
    const falls = fallsByWords(entry);
    const base =
      stated && stated.record.year !== null
        ? null
        : {
            value: level.value === 0 ? 10 : level.value * (falls ? 1.4 : 0.6),
            year: Math.min(entry.plan.baseYear, level.year - 2),
          };
    const basis = base ?? { value: stated!.record.value, year: stated!.record.year! };
    const year = basis.year + Math.max(1, Math.floor((level.year - basis.year) / 2));
    const along = (year - basis.year) / (level.year - basis.year);
    const share = [along + 0.2, along - 0.02, along - 0.3][i % 3]!;
    const current = basis.value + share * (level.value - basis.value);
    return { entry, current: { value: current > 0 ? current : basis.value / 2, year }, base };
  });
}

/** 时间进度 by its rule: blank without a base year, at most 100%. */
function elapsedOf(a: Assessment, input: RowInput, catalog: Catalog): Shown {
  const baseYear = input.base?.year ?? catalog.baselineOf(input.entry)?.record.year ?? null;
  if (baseYear === null) return "";
  if (input.current.year < baseYear) return { error: "#NUM!" };
  return a.elapsed ?? Math.min(1, (input.current.year - baseYear) / (a.targetYear - baseYear));
}

/** What the core computes for a row, in the sheet's units (percentages as fractions). */
export function expectedRow(catalog: Catalog, input: RowInput): Expected {
  const { entry, current, base } = input;
  const a = value(assess(catalog, entry, current.value, current.year, base));
  const scale = sheetScale(entry.unit);
  return {
    requiredCagr: shown(a.requiredCagr),
    progress: shown(a.progress),
    elapsed: elapsedOf(a, input, catalog),
    gap: a.gap * scale,
    status: shown(a.status),
  };
}

/**
 * A layout's grid as a formula engine must receive it: our formulas as their text, every text behind an apostrophe
 * (HyperFormula reads raw "002" as the number 2 and "=…" as a formula; Excel keeps both text under the writers'
 * "@" format or their apostrophe).
 */
export function typedForEngine(grid: CellContent[][]): (string | number)[][] {
  return grid.map((row) =>
    row.map((content) => {
      if (isFormulaCell(content)) return content.formula;
      return typeof content === "string" && content !== "" ? `'${content}` : content;
    }),
  );
}

/** The layout's grid with the inputs typed into their cells (current value and year; a basis where one is typed). */
export function withInputs(sheet: MonitoringSheet, inputs: readonly RowInput[]): CellContent[][] {
  const grid = sheet.contents.map((row) => [...row]);
  inputs.forEach((input) => {
    const row = sheet.firstDataRow + sheet.targets.indexOf(input.entry);
    if (row < sheet.firstDataRow) throw new Error(`${input.entry.record.id} has no row`);
    const scale = sheetScale(input.entry.unit);
    const put = (column: MonitoringColumn, content: CellContent): void => {
      const at = monitoringCell(row, column);
      grid[at.row]![at.col] = content;
    };
    put("current", input.current.value * scale);
    put("currentYear", input.current.year);
    if (input.base) {
      put("baseline", input.base.value * scale);
      put("baseYear", input.base.year);
    }
  });
  return grid;
}
