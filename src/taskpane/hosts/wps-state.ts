/**
 * The WPS workbook's state the add-in keeps: a full recalculation after the data changed, and the version of the
 * data it was computed with, as a hidden defined name (docs/wps.md says why a name and not a document property).
 * Small on purpose: the shared runtime (functions and pane) loads it.
 */
import type { WpsApplication } from "./wps-workbook";

/** The hidden defined name that keeps the data version in the workbook (saved in .xlsx and .et alike). */
export const DATA_VERSION_NAME = "PlanTargets_DataVersion";

/** The data version the workbook remembers (its hidden name), or null. */
export function wpsDataVersion(app: WpsApplication): string | null {
  try {
    const refersTo = app.ActiveWorkbook.Names.Item(DATA_VERSION_NAME).RefersTo;
    const match = typeof refersTo === "string" ? /^="(.*)"$/s.exec(refersTo) : null;
    return match ? match[1]!.replace(/""/g, '"') : null;
  } catch {
    return null; // no such name: never recorded
  }
}

/** Recalculates every formula (PLAN functions are not volatile), then records `version` in the workbook. */
export function wpsRecalculate(app: WpsApplication, version: string): boolean {
  try {
    app.CalculateFull();
  } catch {
    return false;
  }
  try {
    app.ActiveWorkbook.Names.Add(DATA_VERSION_NAME, `="${version.replace(/"/g, '""')}"`, false);
  } catch {
    // The workbook refused the name (protected): the data is in use all the same.
  }
  return true;
}

/** WPS's application object when the page runs inside WPS 表格 (its `wps` global), else null. */
export function wpsApplication(): WpsApplication | null {
  const wps = (globalThis as { wps?: { Application?: unknown } }).wps;
  const app = wps?.Application as Partial<WpsApplication> | undefined;
  return app && typeof app.CalculateFull === "function" ? (app as WpsApplication) : null;
}
