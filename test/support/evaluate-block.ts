/**
 * A written block, computed by a real formula engine: the grid the taskpane wrote goes into a HyperFormula sheet at
 * the same address (PLAN.* registered over the real implementations, RRI and IF native), so tests assert what the
 * cells show rather than how the formulas are spelt.
 */
import type { HyperFormula } from "hyperformula";
import { isFormulaCell } from "../../src/sheet/block";
import { parseTopLeft } from "../../src/sheet/cells";
import { planEngine, unregisterPlan } from "./hyperformula-plan";

export interface ComputedBlock {
  /** The value a cell shows, by A1 address ("C8") or by its position in the block (row, col). */
  at(ref: string): unknown;
  cell(row: number, col: number): unknown;
  /** Error cells come back as { error: "#N/A", message }. */
  readonly errors: ReadonlyArray<{ ref: string; error: string; message: string }>;
}

function shown(engine: HyperFormula, row: number, col: number): unknown {
  const value = engine.getCellValue({ sheet: 0, row, col });
  if (value !== null && typeof value === "object" && "type" in value) {
    const error = value as { value: string; message: string };
    return { error: error.value, message: error.message };
  }
  return value;
}

/** Computes `contents` written at `address` (Sheet1!B2 or B2). */
export function computeBlock(contents: ReadonlyArray<ReadonlyArray<unknown>>, address: string): ComputedBlock {
  const origin = parseTopLeft(address);
  if (!origin) throw new Error(`not a cell address: ${address}`);
  const grid: unknown[][] = [];
  contents.forEach((row, i) => {
    grid[origin.row + i] = [];
    row.forEach((value, j) => {
      grid[origin.row + i]![origin.col + j] = value === "" ? null : isFormulaCell(value) ? value.formula : value;
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  const engine = planEngine(grid);
  try {
    const values = contents.map((row, i) => row.map((_, j) => shown(engine, origin.row + i, origin.col + j)));
    const errors: Array<{ ref: string; error: string; message: string }> = [];
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value && typeof value === "object" && "error" in value) {
          const { error, message } = value as { error: string; message: string };
          errors.push({ ref: `${i},${j}`, error, message });
        }
      }),
    );
    return {
      at(ref) {
        const at = parseTopLeft(ref);
        if (!at) throw new Error(`not a cell address: ${ref}`);
        return values[at.row - origin.row]?.[at.col - origin.col];
      },
      cell: (row, col) => values[row]?.[col],
      errors,
    };
  } finally {
    engine.destroy();
    unregisterPlan();
  }
}
