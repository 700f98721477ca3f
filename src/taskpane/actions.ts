/** What each button of the detail view means, as an insert plan or a clipboard text; no DOM, no Office. */
import type { Catalog, Entry } from "../core/catalog";
import type { Strings } from "./i18n";
import { analysisPlan, formulaPlan, pathChartPlan, sectorChartPlan, valuePlan, type FormulaMode, type InsertPlan } from "./insert/plans";
import { sourceCitation } from "../core/view";
import { recordArgs, recordFormula, targetReaches } from "./insert/record-formulas";
import type { Detail } from "./model/detail";
import type { CopyKind, CurrentValue, DetailInsert } from "./ui/detail-view";

/** The plan for a button; null when the record cannot give one (the message says why). */
export function planFor(
  kind: DetailInsert,
  catalog: Catalog,
  detail: Detail,
  mode: FormulaMode,
  strings: Strings,
  current: CurrentValue,
): { plan: InsertPlan } | { plan: null; reason: string } {
  const orReason = (plan: InsertPlan | null, reason: string) => (plan ? { plan } : { plan: null, reason });
  const currentPoint = current.value !== null && current.year !== null ? { value: current.value, year: current.year } : null;
  switch (kind) {
    case "value":
      return { plan: valuePlan(detail.entry, mode === "static") };
    case "formula":
      return { plan: formulaPlan(catalog, detail.entry, mode, "TARGET") };
    case "source":
      return { plan: formulaPlan(catalog, detail.entry, mode, "SOURCE") };
    case "analysis":
      return orReason(analysisPlan(catalog, detail, mode, strings, current), strings.notALevel);
    case "sectorChart":
      return orReason(sectorChartPlan(catalog, detail.entry, mode, strings), strings.chartNeedsSiblings);
    case "pathChart":
      return orReason(pathChartPlan(catalog, detail, mode, strings, currentPoint), strings.chartNeedsTwoPoints);
  }
}

/** The text a copy button puts on the clipboard; null when there is none (no formula reaches the record). */
export function copyTextFor(kind: CopyKind, catalog: Catalog, entry: Entry): string | null {
  switch (kind) {
    case "value":
      return entry.record.valueMax === null ? String(entry.record.value) : `${entry.record.value}—${entry.record.valueMax}`;
    case "formula":
      return targetReaches(catalog, entry) ? recordFormula("TARGET", recordArgs(entry)) : null;
    case "citation":
      return sourceCitation(entry);
  }
}
