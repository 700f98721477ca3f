/**
 * The buttons of a record's detail, declared once: what each inserts or copies, its label, when it is unavailable
 * and why. The detail view draws them from here and the app runs them from here. No DOM, no Office.
 */
import type { Catalog, Entry } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import { sourceCitation } from "../../core/present";
import {
  analysisBlock,
  formulaBlock,
  pathChartBlock,
  sectorChartBlock,
  sectorChartEntries,
  valueBlock,
  type FormulaMode,
  type SheetBlock,
} from "../../sheet/blocks";
import { recordArgs, recordFormula, targetReaches } from "../../sheet/record-formulas";
import type { DetailStrings } from "./detail-strings";
import type { Detail } from "./detail";

/** A current value and year typed in the detail (either may be missing). */
export interface CurrentValue {
  readonly value: number | null;
  readonly year: number | null;
}

/** What an action sees when it runs or decides whether it can. */
export interface ActionContext {
  readonly catalog: Catalog;
  readonly detail: Detail;
  readonly mode: FormulaMode;
  readonly strings: DetailStrings;
  readonly current: CurrentValue;
}

export interface InsertAction {
  /** data-action of its button (tests and CSS find it by this). */
  readonly id: string;
  readonly primary?: boolean;
  label(strings: DetailStrings, mode: FormulaMode): string;
  /** The word for the status line: 已插入{what}. */
  what(strings: DetailStrings, mode: FormulaMode): string;
  /** Why the button is disabled, or null when it can run. */
  unavailable(context: Omit<ActionContext, "current">): string | null;
  /** The block to write, or why there is none for this input. */
  block(context: ActionContext): SheetBlock | { readonly reason: string };
}

function orReason(block: SheetBlock | null, reason: string): SheetBlock | { reason: string } {
  return block ?? { reason };
}

const notALevel = (c: Omit<ActionContext, "current">): string | null => (c.detail.level ? null : c.strings.notALevel);

export const INSERT_ACTIONS: readonly InsertAction[] = [
  {
    id: "insert-value",
    label: (s) => s.insertValue,
    what: (s) => s.whatValue,
    unavailable: () => null,
    block: (c) => valueBlock(c.detail.entry, c.mode === "static"),
  },
  {
    id: "insert-formula",
    primary: true,
    label: (s, mode) => (mode === "live" ? s.insertFormula : s.insertValueWithSource),
    what: (s, mode) => (mode === "live" ? s.whatFormula : s.whatValueWithSource),
    unavailable: () => null,
    block: (c) => formulaBlock(c.catalog, c.detail.entry, c.mode, "TARGET"),
  },
  {
    id: "insert-source",
    label: (s, mode) => (mode === "live" ? s.insertSource : s.insertSourceText),
    what: (s, mode) => (mode === "live" ? s.whatFormula : s.whatSource),
    unavailable: () => null,
    block: (c) => formulaBlock(c.catalog, c.detail.entry, c.mode, "SOURCE"),
  },
  {
    id: "insert-analysis",
    label: (s) => s.insertAnalysis,
    what: (s) => s.whatAnalysis,
    unavailable: notALevel,
    block: (c) =>
      orReason(analysisBlock(c.catalog, c.detail, c.mode, c.strings.locale, c.current), c.strings.notALevel),
  },
  {
    id: "insert-sector-chart",
    label: (s) => s.insertSectorChart,
    what: (s) => s.whatChart,
    unavailable: (c) =>
      sectorChartEntries(c.catalog, c.detail.entry).entries.length >= 2 ? null : c.strings.chartNeedsSiblings,
    block: (c) =>
      orReason(sectorChartBlock(c.catalog, c.detail.entry, c.mode, c.strings.locale), c.strings.chartNeedsSiblings),
  },
  {
    id: "insert-path-chart",
    label: (s) => s.insertPathChart,
    what: (s) => s.whatChart,
    unavailable: notALevel,
    block: (c) => {
      const { value, year } = c.current;
      const point = value !== null && year !== null ? { value, year } : null;
      return orReason(
        pathChartBlock(c.catalog, c.detail, c.mode, c.strings.locale, point),
        c.strings.chartNeedsTwoPoints,
      );
    },
  },
];

export interface CopyAction {
  readonly id: string;
  label(strings: DetailStrings): string;
  unavailable(catalog: Catalog, entry: Entry, strings: DetailStrings): string | null;
  /** The text put on the clipboard; null when there is none. */
  text(catalog: Catalog, entry: Entry, locale: Locale): string | null;
}

export const COPY_ACTIONS: readonly CopyAction[] = [
  {
    id: "copy-value",
    label: (s) => s.copyValue,
    unavailable: () => null,
    text: (_catalog, entry) =>
      entry.record.valueMax === null ? String(entry.record.value) : `${entry.record.value}—${entry.record.valueMax}`,
  },
  {
    id: "copy-formula",
    label: (s) => s.copyFormula,
    unavailable: (catalog, entry, s) => (targetReaches(catalog, entry) ? null : s.staticFallbackNote),
    text: (catalog, entry) =>
      targetReaches(catalog, entry) ? recordFormula("TARGET", recordArgs(entry)).formula : null,
  },
  {
    id: "copy-citation",
    label: (s) => s.copyCitation,
    unavailable: () => null,
    text: (_catalog, entry, locale) => sourceCitation(entry, locale),
  },
];

export function insertAction(id: string): InsertAction | undefined {
  return INSERT_ACTIONS.find((a) => a.id === id);
}

export function copyAction(id: string): CopyAction | undefined {
  return COPY_ACTIONS.find((a) => a.id === id);
}
