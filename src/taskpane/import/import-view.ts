/**
 * 导入规划, the body of the section (loaded when the section is first opened: its own chunk, with the Fluent
 * components only it uses). Three ways in, as tabs:
 *
 * - 粘贴文本: the text, its region, title and period; 提取目标 runs the extractor in a Web Worker with a progress bar
 *   and 取消; the review table (review-view.ts); 保存为我的规划 makes the accepted proposals a plan whose document is
 *   the pasted text.
 * - 文件: a plan JSON with its document, a CSV or .xlsx table like the template (下载模板), or a .txt to extract from.
 * - 所选区域: the selected range of a sheet laid out like the template (Excel only).
 *
 * Each plan goes through LiveData.importPlan (verified like a refresh, kept, swapped in, the workbook recalculated)
 * and appears in 我的规划 above, with 导出 and 删除. Every failure is said in one status line; nothing is kept.
 */
import {
  ProgressBar,
  ProgressBarDefinition,
  Tab,
  TabDefinition,
  Tablist,
  TablistDefinition,
  TextArea,
  TextAreaDefinition,
} from "@fluentui/web-components";
import type { Catalog } from "../../core/catalog";
import { lineCount } from "../../core/text";
import { dataFault, type DataFault } from "../../core/errors";
import { periodOfText } from "../../extract/period";
import { proposalsToPlan } from "../../extract/plan";
import type { ExtractContext, Extraction } from "../../extract/types";
import type { PeriodContext } from "../../core/words";
import type { LiveData } from "../../data/live-data";
import { userDocumentName } from "../../data/user-plan-id";
import type { PlanCandidate } from "../../data/user-plans";
import type { SelectionSource } from "./selection";
import { NoCellsSelected } from "../kit/excel-writer";
import type { Strings } from "../kit/i18n";
import styles from "./import.css";
import { adoptStyles } from "../kit/fluent";
import { el } from "../kit/dom";
import { downloadFile } from "./download";
import { runExtraction, startWorker, type ExtractionRun, type WorkerStarter } from "./extraction";
import { readImportFiles, type PickedFile } from "../../import/import-files";
import { IMPORT_STRINGS, type ImportStrings } from "./import-strings";
import { MyPlansView } from "./my-plans-view";
import { ReviewView } from "./review-view";
import { tableToPlan, TEMPLATE_FILE, templateCsv } from "../../import/table-plan";

export interface ImportViewOptions {
  readonly live: LiveData;
  readonly strings: Strings;
  readonly host: SelectionSource;
  /** In Excel: the selection can be read, and the workbook is recalculated after each change. */
  readonly inExcel: boolean;
  /** The catalogue in use (its regions for the dropdown and for names typed in tables). */
  readonly catalog: () => Catalog;
  readonly startWorker?: WorkerStarter;
}

type TextControl = HTMLElement & { value: string };

let defined = false;

function defineComponents(): void {
  if (defined) return;
  defined = true;
  for (const [element, definition] of [
    [ProgressBar, ProgressBarDefinition],
    [Tab, TabDefinition],
    [Tablist, TablistDefinition],
    [TextArea, TextAreaDefinition],
  ] as const) {
    void element.define(definition);
  }
  adoptStyles(styles);
}

export class ImportView {
  readonly element: HTMLElement;
  private readonly s: Strings;
  private readonly t: ImportStrings;
  private readonly status = el("p", { class: "import-status", attrs: { role: "status", "aria-live": "polite" } });
  private readonly myPlans: MyPlansView;
  private readonly text: TextControl;
  private readonly region: HTMLSelectElement;
  private readonly title: TextControl;
  private readonly period: TextControl;
  private readonly extractButton: HTMLElement;
  private readonly cancelButton: HTMLElement;
  private readonly saveButton: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly review: ReviewView;
  private readonly fileInput: HTMLInputElement;
  private running: ExtractionRun | null = null;
  private extracted: { text: string; extraction: Extraction } | null = null;
  /** The period field was typed by the user: an extraction does not overwrite it. */
  private periodTyped = false;

  constructor(private readonly options: ImportViewOptions) {
    defineComponents();
    this.s = options.strings;
    this.t = IMPORT_STRINGS[this.s.locale];
    const { s, t } = this;
    const say = (message: string, error?: boolean): void => this.say(message, error);
    this.myPlans = new MyPlansView(s, t, options.live, say, (done) => this.recalcNote(done));

    this.text = el("fluent-textarea", {
      class: "import-text",
      attrs: { resize: "vertical", placeholder: t.pastePlaceholder, spellcheck: "false", block: true },
    }) as TextControl;
    // Into the label slot: fluent-textarea, like <textarea>, takes its default slot's content as its first value.
    this.text.append(el("span", { attrs: { slot: "label" }, text: t.pasteLabel }));
    this.region = el("select", { class: "import-region", attrs: { id: "import-region" } }, this.regionOptions());
    this.title = this.input("import-title", t.title, t.titleHint);
    this.period = this.input("import-period", t.period, t.periodHint);
    this.period.addEventListener("input", () => (this.periodTyped = this.period.value.trim() !== ""));
    this.extractButton = this.button("extract", t.extract, "primary", () => this.extract());
    this.cancelButton = this.button("cancel", t.cancel, "outline", () => this.running?.cancel());
    this.cancelButton.hidden = true;
    this.saveButton = this.button("save", t.save, "primary", () => void this.save());
    this.progress = el("fluent-progress-bar", {
      class: "import-progress",
      attrs: { max: 100, value: 0, hidden: true, "aria-label": t.progressLabel },
    });
    this.review = new ReviewView(s, t);
    this.review.element.append(el("div", { class: "buttons" }, [this.saveButton]));

    this.fileInput = el("input", {
      class: "visually-hidden import-files",
      attrs: {
        type: "file",
        multiple: true,
        accept: ".json,.txt,.csv,.tsv,.xlsx",
        tabindex: -1,
        "aria-hidden": "true",
      },
      on: { change: () => void this.readFiles() },
    });

    const tab = (id: string, label: string): HTMLElement =>
      el("fluent-tab", { attrs: { id: `import-tab-${id}`, "aria-controls": `import-way-${id}` }, text: label });
    const panel = (id: string, children: Array<Node | null>): HTMLElement =>
      el(
        "div",
        {
          class: "import-way",
          attrs: { id: `import-way-${id}`, role: "tabpanel", "aria-labelledby": `import-tab-${id}` },
        },
        children,
      );

    this.element = el("div", { class: "import-view" }, [
      this.myPlans.element,
      el(
        "fluent-tablist",
        { class: "import-ways", attrs: { "aria-label": t.ways, size: "small", activeid: "import-tab-paste" } },
        [tab("paste", t.wayPaste), tab("file", t.wayFile), tab("selection", t.waySelection)],
      ),
      panel("paste", [
        this.text,
        el("label", { class: "field-label", attrs: { for: "import-region" }, text: t.region }),
        this.region,
        this.title,
        this.period,
        el("div", { class: "buttons" }, [this.extractButton, this.cancelButton]),
        this.progress,
        this.review.element,
      ]),
      panel("file", [
        el("p", { class: "hint", text: t.filesHint }),
        this.fileInput,
        el("div", { class: "buttons" }, [
          this.button("choose-files", t.chooseFiles, "primary", () => this.fileInput.click()),
          this.button("template", t.downloadTemplate, "outline", () => this.downloadTemplate()),
        ]),
      ]),
      panel("selection", [
        el("p", { class: "hint", text: options.inExcel ? t.selectionHint : t.selectionOnlyInExcel }),
        options.inExcel
          ? el("div", { class: "buttons" }, [
              this.button("read-selection", t.readSelection, "primary", () => void this.importSelection()),
            ])
          : null,
      ]),
      this.status,
    ]);
    options.live.subscribe((event) => {
      if (event.kind === "swapped") this.myPlans.render();
      if (event.kind === "busy") this.element.setAttribute("aria-busy", String(event.busy));
    });
  }

  private regionOptions(): HTMLElement[] {
    return [
      el("option", { attrs: { value: "" }, text: this.t.chooseRegion }),
      ...this.options.catalog().regions.map((r) => el("option", { attrs: { value: r.name }, text: r.name })),
    ];
  }

  private input(cls: string, label: string, hint: string): TextControl {
    return el(
      "fluent-text-input",
      // An empty value attribute: without one, Fluent's input reads as undefined until typed in.
      { class: cls, attrs: { "control-size": "small", placeholder: hint, autocomplete: "off", value: "" } },
      [el("span", { text: label })],
    ) as TextControl;
  }

  private button(action: string, label: string, appearance: string, run: () => void): HTMLElement {
    return el("fluent-button", {
      attrs: { size: "small", appearance, "data-import-action": action },
      text: label,
      on: { click: run },
    });
  }

  private resolveRegion(name: string): string | null {
    const found = this.options.catalog().resolveRegion(name);
    return found.ok ? found.value.name : null;
  }

  private recalcNote(recalculated: boolean): string {
    if (!this.options.inExcel) return "";
    return `${this.s.also}${recalculated ? this.s.recalculated : this.s.notRecalculated}`;
  }

  private say(message: string, error = false): void {
    this.status.textContent = message;
    this.status.classList.toggle("error", error);
  }

  private fail(fault: DataFault): void {
    this.say(this.s.failed(fault.message[this.s.locale]), true);
  }

  private typedPeriod(): PeriodContext | null {
    const text = this.period.value.trim();
    return text === "" ? null : periodOfText(text);
  }

  // 粘贴文本 ---------------------------------------------------------------------------------------------------

  private extract(): void {
    if (this.running) return;
    const text = this.text.value;
    const lines = lineCount(text);
    const context: ExtractContext = {
      ...(this.region.value ? { region: this.region.value } : {}),
      ...(this.title.value.trim() ? { title: this.title.value.trim() } : {}),
      ...(this.periodTyped && this.typedPeriod() ? { period: this.typedPeriod()! } : {}),
    };
    this.review.clear();
    this.extracted = null;
    this.progress.setAttribute("value", "0");
    this.progress.hidden = false;
    this.extractButton.toggleAttribute("disabled", true);
    this.cancelButton.hidden = false;
    this.say(this.t.extracting);
    const run = runExtraction(
      text,
      context,
      // The extractor also reads the empty piece after a last line break; the pane counts lines as people do.
      (done, total) => {
        this.progress.setAttribute("value", String(Math.round((done / Math.max(1, total)) * 100)));
        this.say(this.t.progress(Math.min(done, lines), lines));
      },
      this.options.startWorker ?? startWorker,
    );
    this.running = run;
    void run.result.then((outcome) => {
      this.running = null;
      this.progress.hidden = true;
      this.cancelButton.hidden = true;
      this.extractButton.toggleAttribute("disabled", false);
      if (!outcome.ok) {
        this.say(
          outcome.cancelled ? outcome.message[this.s.locale] : this.s.failed(outcome.message[this.s.locale]),
          !outcome.cancelled,
        );
        return;
      }
      const extraction = outcome.value;
      this.extracted = { text, extraction };
      if (this.title.value.trim() === "") this.title.value = extraction.title;
      if (!this.periodTyped) this.period.value = `${extraction.period.start}-${extraction.period.end}`;
      this.review.show(extraction, text);
      this.say(this.t.extracted(extraction.proposals.length, lines));
    });
  }

  private async save(): Promise<void> {
    const extracted = this.extracted;
    if (!extracted) return;
    if (this.text.value !== extracted.text) return this.fail(dataFault("IMPORT_TEXT_CHANGED"));
    const region = this.region.value;
    if (!region) return this.fail(dataFault("REGION_MISSING"));
    const title = this.title.value.trim();
    if (!title) return this.fail(dataFault("TITLE_MISSING"));
    const period = this.typedPeriod();
    if (!period) return this.fail(dataFault("PERIOD_INVALID", { input: this.period.value }));
    const accepted = this.review.accepted();
    if (!accepted.ok) {
      this.fail(accepted.fault);
      if (accepted.index >= 0) this.review.reveal(accepted.index);
      return;
    }
    const { live } = this.options;
    const id = live.nextUserPlanId();
    const { text } = extracted;
    const plan = proposalsToPlan(accepted.proposals, {
      id,
      title,
      region,
      period,
      document: userDocumentName(id, text),
      text,
    });
    this.say(this.t.saving);
    this.saveButton.toggleAttribute("disabled", true);
    const saved = await this.add({ source: this.t.wayPaste, plan, text, origin: "paste" });
    this.saveButton.toggleAttribute("disabled", false);
    if (!saved) return;
    this.say(`${this.t.saved(saved.id, saved.records, saved.setAside)}${this.recalcNote(saved.recalculated)}`);
    this.review.clear();
    this.extracted = null;
    this.text.value = "";
    this.title.value = "";
    this.period.value = "";
    this.periodTyped = false;
  }

  /** Adds a plan through the data lifecycle; says why not when it fails. */
  private async add(
    candidate: PlanCandidate,
  ): Promise<{ id: string; records: number; setAside: number; recalculated: boolean } | null> {
    const outcome = await this.options.live.importPlan(candidate);
    if (!outcome.ok) {
      this.fail(outcome.fault);
      return null;
    }
    this.myPlans.render();
    const { userPlan, setAside, recalculated } = outcome.value;
    return { id: userPlan.plan.id, records: userPlan.plan.records.length, setAside, recalculated };
  }

  // 文件 -------------------------------------------------------------------------------------------------------

  private async readFiles(): Promise<void> {
    const chosen = [...(this.fileInput.files ?? [])];
    this.fileInput.value = "";
    if (chosen.length === 0) return;
    const names = chosen.map((f) => f.name).join("、");
    this.say(this.t.reading(names));
    const files: PickedFile[] = await Promise.all(
      chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const read = await readImportFiles(files, {
      id: this.options.live.nextUserPlanId(),
      resolveRegion: (name) => this.resolveRegion(name),
    });
    if (!read.ok) return this.fail(read.fault);
    if (read.kind === "text") {
      this.text.value = read.text;
      this.review.clear();
      this.extracted = null;
      this.element.querySelector<HTMLElement & { activeid: string }>("fluent-tablist")!.activeid = "import-tab-paste";
      this.say(this.t.textLoaded(read.file, read.encoding));
      return;
    }
    const saved = await this.add(read.candidate);
    if (!saved) return;
    this.say(
      `${this.t.imported(names, saved.id, saved.records, saved.setAside)}${this.recalcNote(saved.recalculated)}`,
    );
  }

  private downloadTemplate(): void {
    downloadFile(TEMPLATE_FILE, templateCsv(), "text/csv");
    this.say(this.t.templateDownloaded(TEMPLATE_FILE));
  }

  // 所选区域 ---------------------------------------------------------------------------------------------------

  private async importSelection(): Promise<void> {
    this.say(this.t.readingSelection);
    let selection;
    try {
      selection = await this.options.host.readSelection();
    } catch (error) {
      return this.fail(
        dataFault("SELECTION_FAILED", {
          detail:
            error instanceof NoCellsSelected ? this.t.notCells : error instanceof Error ? error.message : String(error),
        }),
      );
    }
    const read = tableToPlan({
      source: this.t.selectionSource,
      rows: selection.rows,
      firstRow: selection.firstRow,
      id: this.options.live.nextUserPlanId(),
      resolveRegion: (name) => this.resolveRegion(name),
    });
    if (!read.ok) return this.fail(read.fault);
    const saved = await this.add({
      source: this.t.selectionSource,
      plan: read.plan,
      text: read.text,
      origin: "selection",
    });
    if (!saved) return;
    this.say(
      `${this.t.imported(selection.address, saved.id, saved.records, saved.setAside)}${this.recalcNote(saved.recalculated)}`,
    );
  }
}
