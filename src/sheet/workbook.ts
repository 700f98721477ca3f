/**
 * The exported workbook as data, the same for the CLI (`plan-targets export`) and the taskpane (导出工作簿):
 * 记录 (every record of the selection with its quote and source), 监测 (the monitoring sheet with native formulas
 * only, so it computes in any spreadsheet program) and 说明 (plans, periods, the dataset version, the formulas'
 * definitions, the status colours). src/export writes it as .xlsx.
 */
import { TRACK_STATUSES } from "../core/assess";
import type { Catalog, Entry } from "../core/catalog";
import { KIND_LABELS } from "../core/labels";
import type { Locale } from "../core/locale";
import { messageFor } from "../core/messages";
import { TARGET_COLUMNS } from "../core/present";
import { sheetScale } from "../core/units";
import type { CurrentInput } from "./analysis-block";
import type { CellContent } from "./block";
import { amountFormat, decimalsOf, GENERAL_FORMAT, TEXT_FORMAT, YEAR_FORMAT } from "./cells";
import { Grid, type Area, type SheetLayout, type WorkbookLayout } from "./layout";
import { monitoringSheet, STATUS_TONES, type MonitoringSheet } from "./monitoring";
import { formulaDefinitions, PROVENANCE_LINE, sheetNotes, STATUS_MEANINGS, WORKBOOK_TEXT } from "./workbook-texts";

export interface ExportOptions {
  readonly locale: Locale;
  /** What the selection is, in words: 内蒙古自治区 · 新材料产业高质量发展方案… */
  readonly scope: string;
  /** When it was exported, as the reader should see it (2025-06-30 10:00). */
  readonly exported: string;
  /** Current values to fill into the monitoring sheet, by record id, in the record's unit. */
  readonly current?: ReadonlyMap<string, CurrentInput>;
}

export interface ExportWorkbook extends WorkbookLayout {
  readonly records: number;
  /** The monitoring sheet, or null when the selection holds no level target. */
  readonly monitoring: MonitoringSheet | null;
}

/** The columns of 记录: the table of targets' columns, with the kind after the metric and the quote before the source. */
const RECORD_COLUMNS = [
  ...TARGET_COLUMNS.slice(0, 4).map((c) => ({ key: c.key, label: c.label, column: c })),
  { key: "kind", label: WORKBOOK_TEXT.kind, column: null },
  ...TARGET_COLUMNS.slice(4, 9).map((c) => ({ key: c.key, label: c.label, column: c })),
  { key: "quote", label: WORKBOOK_TEXT.quote, column: null },
  ...TARGET_COLUMNS.slice(9).map((c) => ({ key: c.key, label: c.label, column: c })),
] as const;

const RECORD_WIDTHS: Readonly<Record<(typeof RECORD_COLUMNS)[number]["key"], number>> = {
  region: 13,
  plan: 30,
  sector: 26,
  metric: 18,
  kind: 9,
  year: 7,
  value: 10,
  valueMax: 9,
  unit: 8,
  qualifier: 9,
  quote: 50,
  source: 32,
};

function recordsSheet(entries: readonly Entry[], locale: Locale): SheetLayout {
  const grid = new Grid();
  grid.putRow(
    0,
    0,
    RECORD_COLUMNS.map((c) => c.label[locale]),
    TEXT_FORMAT,
  );
  entries.forEach((entry, i) => {
    const r = entry.record;
    const decimals = Math.max(decimalsOf(r.value), r.valueMax === null ? 0 : decimalsOf(r.valueMax));
    const amount = amountFormat(decimals, r.unit, false);
    const cells = RECORD_COLUMNS.map((c): [CellContent, string] => {
      if (c.key === "kind") return [KIND_LABELS[r.kind][locale], TEXT_FORMAT];
      if (c.key === "quote") return [r.quote, TEXT_FORMAT];
      const content = c.column.cell(entry, locale);
      if (c.column.amount && typeof content === "number") return [content * sheetScale(entry.unit), amount];
      if (c.key === "year") return [content, typeof content === "number" ? YEAR_FORMAT : TEXT_FORMAT];
      return [content, TEXT_FORMAT];
    });
    grid.putRow(
      1 + i,
      0,
      cells.map((cell) => cell[0]),
      cells.map((cell) => cell[1]),
    );
  });
  const area: Area = { row: 0, col: 0, rows: entries.length + 1, cols: RECORD_COLUMNS.length };
  return {
    name: WORKBOOK_TEXT.recordsSheet[locale],
    ...grid.rows(),
    columns: RECORD_COLUMNS.map((c) => ({
      width: RECORD_WIDTHS[c.key],
      ...(c.key === "quote" || c.key === "plan" ? { wrap: true } : {}),
    })),
    boldRows: [0],
    titleRow: null,
    inputCells: [],
    table: { name: "Records", area },
    frozenRows: 1,
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: { first: 0, last: 0 },
      area,
      fitToWidth: true,
    },
    highlights: [],
    dropdowns: [],
  };
}

function notesSheet(
  catalog: Catalog,
  entries: readonly Entry[],
  monitoring: MonitoringSheet | null,
  options: ExportOptions,
): SheetLayout {
  const { locale } = options;
  const t = (key: keyof typeof WORKBOOK_TEXT): string => WORKBOOK_TEXT[key][locale];
  const grid = new Grid();
  const bold: number[] = [];
  let row = 0;
  const heading = (text: string): void => {
    row++;
    grid.put(row, 0, text, TEXT_FORMAT);
    bold.push(row);
    row++;
  };
  grid.put(row++, 0, t("notesTitle"), TEXT_FORMAT);
  grid.put(
    row++,
    0,
    messageFor(PROVENANCE_LINE, locale, catalog.dataset.version, options.exported, options.scope),
    TEXT_FORMAT,
  );

  heading(t("plansHeading"));
  bold.push(row);
  grid.putRow(
    row++,
    0,
    ["planId", "title", "region", "period", "baseYear", "document", "records", "targets"].map((key) =>
      t(key as keyof typeof WORKBOOK_TEXT),
    ),
    TEXT_FORMAT,
  );
  for (const plan of catalog.dataset.plans) {
    const count = entries.filter((e) => e.plan.id === plan.id).length;
    if (count === 0) continue;
    const targets = monitoring?.targets.filter((e) => e.plan.id === plan.id).length ?? 0;
    grid.putRow(
      row++,
      0,
      [
        plan.id,
        plan.title,
        plan.region,
        `${plan.period.start}—${plan.period.end}`,
        plan.baseYear,
        plan.document,
        count,
        targets,
      ],
      [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, YEAR_FORMAT, TEXT_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT],
    );
  }

  heading(t("sheetsHeading"));
  for (const [name, text] of sheetNotes(locale)) grid.putRow(row++, 0, [name, text], TEXT_FORMAT);

  heading(t("formulasHeading"));
  bold.push(row);
  grid.putRow(row++, 0, [t("column"), t("definition")], TEXT_FORMAT);
  for (const [name, text] of formulaDefinitions(locale)) grid.putRow(row++, 0, [name, text], TEXT_FORMAT);

  heading(t("coloursHeading"));
  bold.push(row);
  grid.putRow(row++, 0, [t("status"), t("meaning")], TEXT_FORMAT);
  const legend: Area = { row, col: 0, rows: TRACK_STATUSES.length, cols: 1 };
  for (const status of TRACK_STATUSES) grid.putRow(row++, 0, [status, STATUS_MEANINGS[status][locale]], TEXT_FORMAT);

  return {
    name: t("notesSheet"),
    ...grid.rows(),
    columns: [12, 64, 13, 11, 9, 26, 8, 11].map((width, i) => ({ width, ...(i === 1 ? { wrap: true } : {}) })),
    boldRows: bold,
    titleRow: 0,
    inputCells: [],
    table: null,
    frozenRows: 0,
    print: {
      orientation: "portrait",
      paper: "A4",
      titleRows: null,
      area: { row: 0, col: 0, rows: row, cols: 8 },
      fitToWidth: true,
    },
    highlights: TRACK_STATUSES.map((status) => ({ area: legend, text: status, tone: STATUS_TONES[status] })),
    dropdowns: [],
  };
}

/** The workbook of `entries`: 记录, 监测 (native formulas, when there are level targets) and 说明. */
export function exportWorkbook(catalog: Catalog, entries: readonly Entry[], options: ExportOptions): ExportWorkbook {
  const monitoring = monitoringSheet(catalog, entries, {
    mode: "native",
    locale: options.locale,
    scope: options.scope,
    version: catalog.dataset.version,
    ...(options.current ? { current: options.current } : {}),
  });
  const sheets = [recordsSheet(entries, options.locale), ...(monitoring ? [monitoring] : [])];
  return {
    title: `plan-targets · ${options.scope}`,
    sheets: [...sheets, notesSheet(catalog, entries, monitoring, options)],
    records: entries.length,
    monitoring,
  };
}
