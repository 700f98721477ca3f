/**
 * The workbook buttons of the pane — 生成监测表, 导出工作簿, 转为数值 — and what they run: the monitoring sheet of
 * the listed (or ticked) records as a new worksheet (live PLAN.* formulas where custom functions run, Excel's own
 * elsewhere), the .xlsx download, and the conversion of PLAN formulas to values with their sources. One piece the
 * app mounts beside its record list; it reads the app's state through the callbacks it is given.
 */
import type { Catalog, Entry } from "../../core/catalog";
import type { Locale } from "../../core/locale";
import type { FormulaMode } from "../../sheet/block";
import type { SheetLayout } from "../../sheet/layout";
import type { NewSheetOutcome } from "./sheet-writer";
import type { ToValuesOutcome } from "./to-values";
import { el } from "../kit/dom";
import type * as WorkbookActionsModule from "./workbook-actions";
import { workbookStrings, type WorkbookStrings } from "./workbook-strings";

/** What the buttons need of the open workbook (the pane's WorkbookHost has it, on Excel and WPS). */
export interface SheetHost {
  readonly kind: "excel" | "wps";
  writeNewSheet(layout: SheetLayout): Promise<NewSheetOutcome>;
  convertToValues(catalog: Catalog, locale: Locale, when: string): Promise<ToValuesOutcome>;
}

export interface WorkbookContext {
  readonly locale: Locale;
  /** In Excel (the sheet buttons write into the open workbook); elsewhere only the download is offered. */
  readonly inExcel: boolean;
  /** The open workbook (Office.js or WPS). */
  readonly host: SheetHost;
  catalog(): Catalog;
  /** The records the buttons act on: the ticked ones, else the listed ones. */
  entries(): readonly Entry[];
  /** What is listed, in words (a region, a plan, a search), for the sheet's title and the file name. */
  listLabel(): string;
  /** How many records are ticked (0: the buttons act on every listed record). */
  ticked(): number;
  formulaMode(): FormulaMode;
  say(message: string, error?: boolean): void;
}

/** 2025-06-30 and 10:00, local time. */
/** The buttons' work, fetched on the first click. */
function loadActions(): Promise<typeof WorkbookActionsModule> {
  return import(/* webpackChunkName: "workbook-actions" */ "./workbook-actions.js");
}

function today(): { day: string; time: string } {
  const d = new Date();
  const two = (n: number): string => String(n).padStart(2, "0");
  return {
    day: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
    time: `${two(d.getHours())}:${two(d.getMinutes())}`,
  };
}

export class WorkbookActions {
  readonly element: HTMLElement;
  private readonly strings: WorkbookStrings;
  private readonly buttons: HTMLElement[] = [];
  private readonly needRecords: HTMLElement[] = [];
  private busy = false;

  constructor(private readonly context: WorkbookContext) {
    const s = (this.strings = workbookStrings(context.locale));
    const button = (action: string, label: string, hint: string, run: () => Promise<void>, needsRecords: boolean) => {
      const node = el("fluent-button", {
        class: "workbook-action",
        attrs: { size: "small", "data-action": action, title: hint, "aria-description": hint },
        text: label,
        on: { click: () => void this.guarded(run) },
      });
      this.buttons.push(node);
      if (needsRecords) this.needRecords.push(node);
      return node;
    };
    const buttons = [
      ...(context.inExcel
        ? [button("make-monitoring", s.monitoring, s.monitoringHint, () => this.makeMonitoring(), true)]
        : []),
      button("export-workbook", s.export, s.exportHint, () => this.exportWorkbook(), true),
      ...(context.inExcel ? [button("to-values", s.toValues, s.toValuesHint, () => this.toValues(), false)] : []),
    ];
    this.element = el("div", { class: "workbook-actions", attrs: { role: "group", "aria-label": s.group } }, buttons);
  }

  /** Enables the buttons that need records when there are some. */
  update(count: number): void {
    for (const node of this.needRecords) node.toggleAttribute("disabled", count === 0 || this.busy);
  }

  private scope(): string {
    const ticked = this.context.ticked();
    return ticked > 0 ? `${this.context.listLabel()} · ${this.strings.ticked(ticked)}` : this.context.listLabel();
  }

  private async guarded(run: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    for (const node of this.buttons) node.toggleAttribute("disabled", true);
    this.context.say(this.strings.working);
    try {
      await run();
    } catch (error) {
      this.context.say(this.strings.failed(error instanceof Error ? error.message : String(error)), true);
    } finally {
      this.busy = false;
      for (const node of this.buttons) node.toggleAttribute("disabled", false);
      this.update(this.context.entries().length);
    }
  }

  private async makeMonitoring(): Promise<void> {
    const { monitoringMode, monitoringSheet, workbookOutcomes } = await loadActions();
    const s = workbookOutcomes(this.context.locale, this.context.host.kind);
    const mode = monitoringMode(this.context.formulaMode());
    const catalog = this.context.catalog();
    const sheet = monitoringSheet(catalog, this.context.entries(), {
      mode,
      locale: this.context.locale,
      scope: this.scope(),
      version: catalog.dataset.version,
    });
    if (!sheet) {
      this.context.say(s.noTargets, true);
      return;
    }
    const outcome = await this.context.host.writeNewSheet(sheet);
    this.context.say(
      s.monitoringDone(outcome.sheet, sheet.targets.length, sheet.leftOut, mode === "live") +
        (sheet.staticFallbacks > 0 ? s.staticRows(sheet.staticFallbacks) : "") +
        (outcome.leftOut.length > 0 ? s.partsLeftOut(outcome.leftOut) : ""),
    );
  }

  private async exportWorkbook(): Promise<void> {
    const { downloadWorkbook, workbookOutcomes } = await loadActions();
    const { file, workbook } = await downloadWorkbook(
      this.context.catalog(),
      this.context.entries(),
      this.scope(),
      this.context.locale,
      today(),
    );
    const s = workbookOutcomes(this.context.locale, this.context.host.kind);
    this.context.say(s.exportDone(file, workbook.records, workbook.monitoring?.targets.length ?? 0));
  }

  private async toValues(): Promise<void> {
    const s = (await loadActions()).workbookOutcomes(this.context.locale, this.context.host.kind);
    const outcome = await this.context.host.convertToValues(this.context.catalog(), this.context.locale, today().day);
    if (outcome.converted === 0) {
      this.context.say(s.nothingToConvert(outcome.scope));
      return;
    }
    this.context.say(
      s.converted(outcome.converted, outcome.cited, outcome.scope, outcome.sources === "notes") +
        (outcome.sources === "listed" ? s.notesUnsupported : ""),
    );
  }
}
