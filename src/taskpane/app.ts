/**
 * The taskpane: browse, search, detail, insert and copy, wired together. It holds a catalogue store (not the
 * webpack-bundled one: the entry passes it in) and re-renders whenever the store swaps its dataset.
 */
import type { Catalog, Entry } from "../core/catalog";
import { localeFor, type Locale } from "../core/locale";
import { columnHeaders, sourceCitation, TARGET_COLUMNS } from "../core/present";
import type { FormulaMode, SheetBlock } from "../sheet/blocks";
import type { CopyAction, CurrentValue, InsertAction } from "./detail/actions";
import type * as OnDemandModule from "./detail/on-demand";
import { copyText } from "./kit/clipboard";
import { defaultExcelRun, NoCellsSelected, type ExcelRun } from "./kit/excel-writer";
import { officeWorkbookHost, type WorkbookHost } from "./hosts/workbook-host";
import { wpsApplication } from "./hosts/wps-state";
import type { HostMode } from "./host";
import { stringsFor, type Strings } from "./kit/i18n";
import { ALL, browseTree, entriesUnder, myPlansTree, type BrowseSelection } from "./browse/browse";
import { tableSource, type PinyinTable } from "./search/pinyin-table";
import {
  passesFilters,
  SearchIndex,
  WITHOUT_PINYIN,
  type PinyinSource,
  type SearchFilters,
} from "./search/search-index";
import { BrowseTree } from "./browse/browse-tree";
import { DataPanel, type DataLink } from "./data/data-panel";
import { el, replaceChildren } from "./kit/dom";
import { ImportPanel } from "./import/import-panel";
import { RecordList } from "./browse/record-list";
import { messageFor } from "../core/errors";
import { SearchBar } from "./search/search-bar";
import { NationHint } from "./search/nation-hint";
import { nationMatches } from "./search/nation";
import type { NamesTable } from "../data/names";
import { WorkbookActions } from "./workbooks/workbooks";

/** The part of the live catalogue (CatalogHolder) the taskpane needs. */
export interface CatalogSource {
  readonly catalog: Catalog;
  subscribe(listener: (catalog: Catalog) => void): () => void;
}

export interface AppOptions {
  readonly root: HTMLElement;
  readonly source: CatalogSource;
  readonly mode: HostMode;
  readonly excelRun?: ExcelRun;
  /** The workbook the pane writes into; by default the host `mode` names (Office.js, or WPS's object model). */
  readonly host?: WorkbookHost;
  /** The data lifecycle (refresh, restore, documents); without it the pane only browses the data it was given. */
  readonly data?: DataLink;
}

type OnDemand = typeof OnDemandModule;

const NOTICE_DISMISSED_KEY = "plan-targets.notice-dismissed";

/** Beside taskpane.html: written by the build for the bundled data (build/datasets.cjs). */
const PINYIN_TABLE_URL = "pinyin.json";

export class App {
  private readonly strings: Strings;
  private readonly locale: Locale;
  private readonly mode: HostMode;
  private readonly host: WorkbookHost;
  private readonly data: DataLink | null;
  private catalog: Catalog;
  /** Set by load(), which the constructor calls before anything can search. */
  private index!: SearchIndex;
  /** null until pinyin.json has been asked for; then the table (empty if there was none). */
  private pinyinTable: PinyinTable | null = null;
  private pinyinPro: PinyinSource | null = null;
  private query = "";
  private filters: SearchFilters = {};
  private selection: BrowseSelection = ALL;
  private listed: readonly Entry[] = [];
  private opened: Entry | null = null;
  /** The record last asked for, shown once the detail's chunk is at hand (a later click wins). */
  private opening: Entry | null = null;
  private onDemand: Promise<OnDemand> | null = null;
  private pending = 0;

  private readonly searchBar: SearchBar;
  private readonly tree: BrowseTree;
  private readonly list: RecordList;
  private readonly listHeading = el("h2", { class: "list-heading", attrs: { id: "list-heading" } });
  private readonly nationHint: NationHint;
  /** The nation's names (regions not loaded), fetched at the first search while some region is not loaded. */
  private names: NamesTable | null = null;
  private readonly tableButton: HTMLElement;
  private readonly workbooks: WorkbookActions;
  private readonly browsePanel: HTMLElement;
  private readonly listPanel: HTMLElement;
  private readonly detailPanel = el("div", { class: "detail-panel", attrs: { hidden: true } });
  private readonly status = el("div", { class: "app-status", attrs: { role: "status", "aria-live": "polite" } });

  constructor(options: AppOptions) {
    this.mode = options.mode;
    this.locale = localeFor(options.mode.displayLanguage);
    this.strings = stringsFor(this.locale, options.mode.kind);
    this.host = options.host ?? defaultHost(options.mode, options.excelRun ?? defaultExcelRun);
    this.data = options.data ?? null;
    this.catalog = options.source.catalog;
    const s = this.strings;

    this.searchBar = new SearchBar(s, {
      query: (text) => {
        this.query = text;
        this.schedule();
      },
      filters: (filters) => {
        this.filters = filters;
        this.schedule();
      },
      toResults: () => this.list.focus(),
    });
    this.tree = new BrowseTree(s, (selection) => {
      this.selection = selection;
      // A region published but not loaded: opening it loads its shard (the list says so until it is there).
      if (selection.kind === "region" && this.catalog.dataset.absent?.get(selection.region)?.state === "loading")
        void this.data?.live.loadRegion(selection.region);
      this.schedule();
    });
    this.list = new RecordList(s, s.records, {
      open: (entry) => this.openDetail(entry),
      ticked: () => this.updateTableButton(),
    });
    // In Excel the ticked (or listed) records go in as a table; elsewhere they are copied as one.
    this.tableButton = el("fluent-button", {
      class: this.canInsert ? "insert-table" : "copy-table",
      attrs: { appearance: "primary", size: "small", "data-action": this.canInsert ? "insert-table" : "copy-table" },
      on: { click: () => void (this.canInsert ? this.insertTable() : this.copyTable()) },
    });
    this.workbooks = new WorkbookActions({
      locale: this.locale,
      inExcel: this.canInsert,
      host: this.host,
      catalog: () => this.catalog,
      entries: () => this.tableEntries(),
      listLabel: () => (this.query.trim() ? `“${this.query.trim()}”` : this.selectionLabel()),
      ticked: () => this.list.ticked.size,
      formulaMode: () => this.formulaMode,
      say: (message, error) => this.say(message, error),
    });
    this.nationHint = new NationHint(s, (region) => void this.data?.live.loadRegion(region));
    this.browsePanel = el("section", { class: "browse", attrs: { "aria-label": s.browse } }, [this.tree.element]);
    this.listPanel = el("section", { class: "list-panel", attrs: { "aria-labelledby": "list-heading" } }, [
      el("div", { class: "list-header" }, [this.listHeading, this.tableButton]),
      this.nationHint.element,
      this.workbooks.element,
      this.list.element,
    ]);

    document.documentElement.lang = this.locale === "zh" ? "zh-CN" : "en";
    document.title = s.appTitle;
    replaceChildren(options.root, [
      el("header", { class: "app-header" }, [el("h1", { text: s.appTitle })]),
      this.notice(),
      this.data ? new DataPanel(s, this.data).element : null,
      this.data?.live.canImport ? this.importPanel(this.data).element : null,
      this.searchBar.element,
      el("main", { class: "panels" }, [this.browsePanel, this.listPanel, this.detailPanel]),
      this.status,
    ]);
    options.root.removeAttribute("aria-busy");
    this.load(this.catalog);
    void this.loadPinyin();
    void this.detailChunk().catch(() => undefined); // at hand by the first click; a failure is said then
    options.source.subscribe((catalog) => {
      this.load(catalog);
      this.say(s.dataRefreshed);
    });
    document.addEventListener("keydown", (e) => {
      const target = e.target as Element | null;
      const typing = target?.closest("input, select, textarea, fluent-text-input");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        this.searchBar.focus();
      }
    });
  }

  /** 导入规划: the user's own plans, added through the data lifecycle (its body loads when first opened). */
  private importPanel(data: DataLink): ImportPanel {
    return new ImportPanel({
      live: data.live,
      strings: this.strings,
      host: this.host,
      inExcel: this.canInsert,
      catalog: () => this.catalog,
    });
  }

  private get canInsert(): boolean {
    return this.mode.kind !== "browser";
  }

  private get formulaMode(): FormulaMode {
    return this.mode.kind !== "browser" && this.mode.customFunctions ? "live" : "static";
  }

  /** A new catalogue (start-up or refresh): rebuild the index and the tree, keep what the user was looking at. */
  private load(catalog: Catalog): void {
    this.catalog = catalog;
    this.index = this.buildIndex(catalog);
    this.searchBar.setFacets(this.index.facets);
    this.filters = this.searchBar.filters;
    this.tree.show(browseTree(catalog), myPlansTree(catalog));
    this.render();
    if (this.opened) {
      const again = catalog.record(this.opened.record.id);
      if (again.ok) this.openDetail(again.value);
      else this.closeDetail();
    }
  }

  /**
   * Pinyin arrives after the first paint: the build's table for the bundled data (pinyin.json, about 20 KB gzip),
   * then pinyin-pro (a chunk of about 136 KB gzip) only if the data holds texts the table lacks. Until then the
   * search finds characters, numbers and ids; each arrival builds the index again.
   */
  private async loadPinyin(): Promise<void> {
    try {
      const response = await fetch(PINYIN_TABLE_URL);
      this.pinyinTable = response.ok ? ((await response.json()) as PinyinTable) : {};
    } catch {
      this.pinyinTable = {}; // No table (an older deployment): pinyin-pro answers every text.
    }
    this.index = this.buildIndex(this.catalog);
    this.render();
  }

  /** The search index with the pinyin at hand; fetches pinyin-pro when the table lacks some of the texts. */
  private buildIndex(catalog: Catalog): SearchIndex {
    if (this.pinyinTable === null) return new SearchIndex(catalog, WITHOUT_PINYIN);
    const pinyin = tableSource(this.pinyinTable, this.pinyinPro);
    const index = new SearchIndex(catalog, pinyin.source);
    if (pinyin.missed() === 0)
      document.documentElement.dataset.pinyin = "ready"; // what tests wait for
    else void this.loadPinyinPro();
    return index;
  }

  private async loadPinyinPro(): Promise<void> {
    if (this.pinyinPro) return;
    try {
      const { pinyinSource } = await import(/* webpackChunkName: "pinyin" */ "./search/pinyin-pro.js");
      this.pinyinPro ??= pinyinSource();
    } catch {
      return; // The chunk did not load (the server went away): the table's texts and characters still search.
    }
    this.index = this.buildIndex(this.catalog);
    this.render();
  }

  /** Coalesces keystrokes: one render per animation frame. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.render();
    });
  }

  private render(): void {
    const s = this.strings;
    const searching = this.query.trim().length > 0;
    this.browsePanel.hidden = searching || this.opened !== null;
    if (searching) {
      const hits = this.index.search(this.query, this.filters);
      this.listed = hits.map((h) => h.entry);
      this.listHeading.textContent = s.results(hits.length);
      this.showNation();
    } else {
      this.nationHint.show([]);
      const under = entriesUnder(this.catalog, this.selection);
      this.listed = under.filter((e) => passesFilters(e, this.filters));
      const waiting = this.selection.kind === "region" ? this.catalog.list({ region: this.selection.region }) : null;
      this.listHeading.textContent =
        waiting && !waiting.ok
          ? messageFor(waiting.error, this.locale)
          : s.recordsOf(this.selectionLabel(), this.listed.length);
      if (waiting && !waiting.ok) {
        this.list.show([]);
        this.updateTableButton();
        return;
      }
    }
    this.list.show(this.listed);
    if (this.listed.length === 0) this.listHeading.textContent += ` — ${s.noResults}`;
    this.updateTableButton();
  }

  /** Under the results, the regions not loaded whose names match; the names table is fetched the first time. */
  private showNation(): void {
    const absent = this.catalog.dataset.absent;
    const query = this.query.trim();
    if (!absent || absent.size === 0 || !query) return this.nationHint.show([]);
    if (!this.names) {
      void this.data?.live.namesTable().then((got) => {
        if (got.ok && got.value) {
          this.names = got.value;
          this.render();
        }
      });
      return this.nationHint.show([]);
    }
    const loading = new Set([...absent].filter(([, why]) => why.state === "loading").map(([region]) => region));
    this.nationHint.show(nationMatches(this.names, query, loading));
  }

  private selectionLabel(): string {
    const sel = this.selection;
    switch (sel.kind) {
      case "all":
        return this.strings.allRecords;
      case "mine":
        return this.strings.myPlans;
      case "region":
        return sel.region;
      case "plan":
        return `${sel.region} › ${this.planTitle(sel.plan)}`;
      case "sector":
        return `${this.planTitle(sel.plan)} › ${sel.sector}`;
    }
  }

  /** Plans are named by their title (the id alone means nothing to a reader). */
  private planTitle(id: string): string {
    return this.catalog.dataset.plans.find((p) => p.id === id)?.title ?? id;
  }

  private tableEntries(): Entry[] {
    const ticked = this.list.ticked;
    return ticked.size > 0 ? this.listed.filter((e) => ticked.has(e.record.id)) : [...this.listed];
  }

  private updateTableButton(): void {
    const n = this.tableEntries().length;
    this.tableButton.textContent = this.canInsert ? this.strings.insertTable(n) : this.strings.copyTable(n);
    this.tableButton.toggleAttribute("disabled", n === 0);
    this.workbooks.update(n);
  }

  /**
   * The detail and the sheet blocks (detail.js): fetched after the first paint, so the start path does not carry
   * them. A failure is kept only until the next use, which tries again.
   */
  private detailChunk(): Promise<OnDemand> {
    this.onDemand ??= import(/* webpackChunkName: "detail" */ "./detail/on-demand.js").catch((error: unknown) => {
      this.onDemand = null;
      throw error;
    });
    return this.onDemand;
  }

  /** The chunk, or null once its failure is said. */
  private async onDemandOrSay(): Promise<OnDemand | null> {
    try {
      return await this.detailChunk();
    } catch (error) {
      this.say(this.strings.onDemandLoadFailed(error instanceof Error ? error.message : String(error)), true);
      return null;
    }
  }

  private openDetail(entry: Entry): void {
    this.opening = entry;
    void this.onDemandOrSay().then((chunk) => {
      if (chunk && this.opening === entry) this.showDetail(chunk, entry);
    });
  }

  private showDetail({ detailOf, detailStrings, renderDetail }: OnDemand, entry: Entry): void {
    this.opened = entry;
    const detail = detailOf(this.catalog, entry);
    const view = renderDetail(
      {
        catalog: this.catalog,
        strings: detailStrings(this.strings),
        canInsert: this.canInsert,
        mode: this.formulaMode,
        back: () => this.closeDetail(),
        open: (other) => this.openDetail(other),
        insert: (action, current) => void this.insertFromDetail(action, entry, current),
        copy: (action) => void this.copy(action, entry),
        ...(this.data ? { documentLines: (e: Entry) => this.data!.live.documentLines(e.plan) } : {}),
      },
      detail,
      new Date().getFullYear() - 1,
    );
    replaceChildren(this.detailPanel, [view]);
    this.detailPanel.hidden = false;
    this.listPanel.hidden = true;
    this.browsePanel.hidden = true;
    this.detailPanel.scrollIntoView({ block: "start" });
    view.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
    view.querySelector<HTMLElement>("h2")?.focus();
  }

  private closeDetail(): void {
    const id = this.opened?.record.id;
    this.opened = null;
    this.opening = null;
    this.detailPanel.hidden = true;
    this.detailPanel.replaceChildren();
    this.listPanel.hidden = false;
    this.browsePanel.hidden = this.query.trim().length > 0;
    const row = id ? this.list.element.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) : null;
    row?.focus();
  }

  private async insertFromDetail(action: InsertAction, entry: Entry, current: CurrentValue): Promise<void> {
    const chunk = await this.onDemandOrSay();
    if (!chunk) return;
    const detail = chunk.detailOf(this.catalog, entry);
    const strings = chunk.detailStrings(this.strings);
    const block = action.block({
      catalog: this.catalog,
      detail,
      mode: this.formulaMode,
      strings,
      current,
    });
    if ("reason" in block) {
      this.say(block.reason);
      return;
    }
    await this.insert(block, action.what(strings, this.formulaMode));
  }

  private async insertTable(): Promise<void> {
    const entries = this.tableEntries();
    if (entries.length === 0) return;
    const chunk = await this.onDemandOrSay();
    if (!chunk) return;
    await this.insert(chunk.tableBlock(this.catalog, entries, this.formulaMode, this.locale), this.strings.whatTable);
  }

  /** The records as tab-separated text with a header row: Excel and WPS paste it as a table. */
  private async copyTable(): Promise<void> {
    const entries = this.tableEntries();
    if (entries.length === 0) return;
    const cell = (value: string | number): string => String(value).replace(/[\t\r\n]+/g, " ");
    const rows = [
      columnHeaders(this.locale),
      ...entries.map((e) =>
        TARGET_COLUMNS.map((c) => cell(c.key === "source" ? sourceCitation(e, this.locale) : c.cell(e, this.locale))),
      ),
    ];
    const copied = await copyText(rows.map((row) => row.join("\t")).join("\n"));
    this.say(copied ? this.strings.copiedTable(entries.length) : this.strings.copyFailed, !copied);
  }

  private async insert(block: SheetBlock, what: string): Promise<void> {
    const s = this.strings;
    try {
      const outcome = await this.host.insertAtSelection(block);
      const note = outcome.staticFallbacks > 0 ? s.staticFallbacks(outcome.staticFallbacks) : "";
      this.say(`${s.inserted(what, outcome.address)}${note}${outcome.chartLeftOut ? s.chartLeftOut : ""}`);
    } catch (error) {
      if (error instanceof NoCellsSelected) this.say(s.noCellsSelected, true);
      else this.say(s.insertFailed(error instanceof Error ? error.message : String(error)), true);
    }
  }

  private async copy(action: CopyAction, entry: Entry): Promise<void> {
    const text = action.text(this.catalog, entry, this.locale);
    if (text === null) return;
    const copied = await copyText(text);
    this.say(copied ? this.strings.copied(text) : this.strings.copyFailed, !copied);
  }

  private say(message: string, error = false): void {
    this.status.textContent = message;
    this.status.classList.toggle("error", error);
  }

  /** The one-time notice for static or read-only modes; dismissing it is remembered. */
  private notice(): HTMLElement | null {
    const s = this.strings;
    if (this.mode.kind === "wps") return null;
    const text =
      this.mode.kind === "excel"
        ? this.mode.customFunctions
          ? null
          : s.staticNotice
        : this.mode.reason === "other-host"
          ? s.otherHostNotice
          : s.browserNotice;
    if (!text) return null;
    const key = `${NOTICE_DISMISSED_KEY}.${this.mode.kind}`;
    if (readFlag(key)) return null;
    const bar = el(
      "fluent-message-bar",
      { class: "notice", attrs: { intent: this.mode.kind === "excel" ? "warning" : "info", layout: "multiline" } },
      [
        text,
        el("fluent-button", {
          attrs: { slot: "actions", size: "small", appearance: "subtle" },
          text: s.dismiss,
          on: {
            click: () => {
              writeFlag(key);
              bar.remove();
            },
          },
        }),
      ],
    );
    return bar;
  }
}

/**
 * WPS's object model inside WPS 表格; Office.js elsewhere (outside a host the pane never writes). The WPS host is a
 * chunk of its own, loaded on the first write in WPS: Excel's start path does not carry it.
 */
function defaultHost(mode: HostMode, run: ExcelRun): WorkbookHost {
  if (mode.kind !== "wps") return officeWorkbookHost(run);
  const application = () => {
    const app = wpsApplication();
    if (!app) throw new Error("WPS");
    return app;
  };
  let loaded: Promise<WorkbookHost> | null = null;
  const host = (): Promise<WorkbookHost> =>
    (loaded ??= import(/* webpackChunkName: "wps-workbook" */ "./hosts/wps-workbook.js").then((m) =>
      m.wpsWorkbookHost(application),
    ));
  return {
    kind: "wps",
    insertAtSelection: async (block) => (await host()).insertAtSelection(block),
    writeNewSheet: async (layout) => (await host()).writeNewSheet(layout),
    convertToValues: async (catalog, locale, when) => (await host()).convertToValues(catalog, locale, when),
    readSelection: async () => (await host()).readSelection(),
  };
}

function readFlag(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    window.localStorage.setItem(key, "1");
  } catch {
    // storage may be unavailable in some webviews; the notice then shows again next time
  }
}
