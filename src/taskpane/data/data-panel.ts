/**
 * The 数据 section: which dataset is in use (version, date, source), the data address, 检查更新 / 刷新数据 /
 * 恢复内置数据, what a refresh changed (every moved figure old → new with its citation), a damaged store
 * discarded, and a workbook computed with another version (数据版本不同… with 重新计算).
 */
import type { DataFault } from "../../core/errors";
import type { ActiveDataset, DatasetSource, LiveData } from "../../data/live-data";
import type { DatasetDiff } from "../../data/diff";
import type { Outcome, UpdateCheck } from "../../data/refresh";
import type { Strings } from "../kit/i18n";
import { changeSummary } from "./changes";
import { el, replaceChildren } from "../kit/dom";

/** What the workbook side offers (Excel only): its remembered data version and a full recalculation. */
export interface WorkbookLink {
  recordedVersion(): Promise<string | null>;
  recalculate(version: string): Promise<boolean>;
}

/** The data lifecycle as the composition root (src/addin) hands it to the pane. */
export interface DataLink {
  readonly live: LiveData;
  /** datasets/index.json beside the add-in, or the address named at build time. */
  readonly defaultUrl: string;
  readonly workbook: WorkbookLink | null;
}

const URL_KEY = "plan-targets.data-url";

export class DataPanel {
  readonly element: HTMLDetailsElement;
  private readonly summary = el("summary", { class: "data-summary" });
  private readonly facts = el("dl", { class: "data-facts" });
  private readonly notices = el("div", { class: "data-notices" });
  private readonly status = el("p", { class: "data-status", attrs: { role: "status", "aria-live": "polite" } });
  private readonly changes = el("section", { class: "data-changes", attrs: { hidden: true } });
  private readonly urlInput: HTMLElement & { value: string };

  constructor(
    private readonly s: Strings,
    private readonly link: DataLink,
  ) {
    this.urlInput = el(
      "fluent-text-input",
      {
        class: "data-url",
        attrs: { "control-size": "small", type: "url", value: readUrl() ?? link.defaultUrl, autocomplete: "off" },
      },
      [el("span", { text: s.dataUrl })],
    ) as HTMLElement & { value: string };
    const button = (action: string, label: string, run: () => Promise<void>): HTMLElement =>
      el("fluent-button", {
        attrs: { size: "small", appearance: action === "refresh" ? "primary" : "outline", "data-data-action": action },
        text: label,
        on: { click: () => void run() },
      });
    this.element = el("details", { class: "data-panel" }, [
      this.summary,
      this.facts,
      this.notices,
      this.urlInput,
      el("p", { class: "hint data-url-hint", text: s.dataUrlHint(new URL(link.defaultUrl, location.href).href) }),
      el("div", { class: "buttons" }, [
        button("check", s.checkUpdate, () => this.check()),
        button("refresh", s.refreshData, () => this.refresh()),
        button("restore", s.restoreBundled, () => this.restore()),
      ]),
      this.status,
      this.changes,
    ]);
    this.showActive(link.live.active);
    if (link.live.notice) this.showFault(link.live.notice);
    link.live.subscribe((event) => {
      if (event.kind === "swapped") {
        this.showActive(event.active);
        void this.checkWorkbook();
      } else if (event.kind === "notice") {
        this.showFault(event.fault);
      } else {
        this.element.setAttribute("aria-busy", String(event.busy));
      }
    });
    void this.checkWorkbook();
  }

  private showActive(active: ActiveDataset): void {
    const s = this.s;
    const { index } = active.snapshot;
    const source = sourceLabel(active.source, s);
    this.summary.textContent = s.dataSummary(index.version, source);
    replaceChildren(this.facts, [
      el("dt", { text: s.dataVersion }),
      el("dd", { class: "data-version", text: index.version }),
      el("dt", { text: s.dataPublished }),
      el("dd", { text: index.generated.slice(0, 10) }),
      el("dt", { text: s.dataSource }),
      el("dd", { class: "data-source", text: source }),
    ]);
  }

  /** The address in the field, checked (https, or http on this computer; allowed by the page's policy). */
  private url(): string | null {
    const text = this.urlInput.value.trim() || this.link.defaultUrl;
    const resolved = this.link.live.resolveUrl(text);
    if (!resolved.ok) {
      this.say(this.s.failed(resolved.fault.message[this.s.locale]), true);
      return null;
    }
    writeUrl(resolved.value === new URL(this.link.defaultUrl, location.href).href ? null : resolved.value);
    return resolved.value;
  }

  private async check(): Promise<void> {
    const url = this.url();
    if (!url) return;
    this.say(this.s.checking);
    const checked = await this.link.live.check(url);
    if (!this.succeeded(checked)) return;
    const c = checked.value;
    if (c.older) {
      this.say(this.olderText(c));
      return;
    }
    this.say(
      c.current
        ? this.s.upToDate(c.index.version)
        : this.s.updateAvailable(c.index.version, c.added.length, c.changed.length, c.removed.length, c.tables.length),
    );
  }

  private olderText(c: UpdateCheck): string {
    const day = (iso: string): string => iso.slice(0, 10);
    return this.s.olderOnServer(c.index.version, day(c.index.generated), c.inUse.version, day(c.inUse.generated));
  }

  private async refresh(): Promise<void> {
    const url = this.url();
    if (!url) return;
    const before = this.link.live.active.snapshot.index.version;
    this.say(this.s.refreshing);
    const refreshed = await this.link.live.refresh(url);
    if (!this.succeeded(refreshed)) return;
    const r = refreshed.value;
    if (r.older) {
      this.say(this.olderText(r.older));
      return;
    }
    if (r.current || !r.diff || !r.active) {
      this.say(this.s.upToDate(before));
      return;
    }
    const version = r.active.snapshot.index.version;
    const recalc = this.link.workbook
      ? `${this.s.also}${r.recalculated ? this.s.recalculated : this.s.notRecalculated}`
      : "";
    this.say(`${this.s.refreshed(version, r.downloaded.length)}${recalc}`);
    this.showChanges(r.diff, before, version);
  }

  private async restore(): Promise<void> {
    const before = this.link.live.active.snapshot.index.version;
    this.say(this.s.restoring);
    const restored = await this.link.live.restoreBundled();
    if (!this.succeeded(restored)) return;
    const version = this.link.live.bundled.snapshot.index.version;
    if (!restored.value) {
      this.say(this.s.alreadyBundled);
      return;
    }
    const recalc = this.link.workbook
      ? `${this.s.also}${restored.value.recalculated ? this.s.recalculated : this.s.notRecalculated}`
      : "";
    this.say(`${this.s.restored(version)}${recalc}`);
    this.showChanges(restored.value.diff, before, version);
  }

  private succeeded<T>(outcome: Outcome<T>): outcome is { ok: true; value: T } {
    if (!outcome.ok) this.say(this.s.failed(outcome.fault.message[this.s.locale]), true);
    return outcome.ok;
  }

  private showChanges(diff: DatasetDiff, from: string, to: string): void {
    const s = this.s;
    const summary = changeSummary(diff, s);
    const list = (title: string, items: readonly string[], className: string): HTMLElement | null =>
      items.length === 0
        ? null
        : el("div", { class: className }, [
            el("h4", { text: title }),
            el(
              "ul",
              {},
              items.map((item) => el("li", { text: item })),
            ),
          ]);
    replaceChildren(this.changes, [
      el("h3", { text: s.changesHeading(from, to) }),
      summary.empty ? el("p", { text: s.noChanges }) : null,
      list(s.plansAdded, summary.added, "plans-added"),
      list(s.plansRemoved, summary.removed, "plans-removed"),
      summary.changed.length > 0
        ? el("div", { class: "plans-changed" }, [
            el("h4", { text: s.plansChanged }),
            el(
              "ul",
              {},
              summary.changed.map((plan) =>
                el("li", { class: "plan-change" }, [
                  el("span", { class: "plan", text: plan.plan }),
                  el(
                    "ul",
                    {},
                    plan.figures.map((f) =>
                      el("li", { class: "figure-change" }, [
                        el("span", { class: "what", text: `${f.what}：` }),
                        el("span", { class: "before", text: f.before }),
                        " → ",
                        el("span", { class: "after", text: f.after }),
                        el("span", { class: "cite", text: f.citation }),
                      ]),
                    ),
                  ),
                  ...plan.notes.map((note) => el("p", { class: "hint", text: note })),
                ]),
              ),
            ),
          ])
        : null,
      summary.tablesChanged ? el("p", { text: s.tablesChanged }) : null,
    ]);
    this.changes.hidden = false;
  }

  /** A workbook computed with another dataset: say so, and offer the recalculation. */
  private async checkWorkbook(): Promise<void> {
    const workbook = this.link.workbook;
    this.notices.querySelector(".workbook-version")?.remove();
    if (!workbook) return;
    const recorded = await workbook.recordedVersion();
    // The version the functions answer from: the dataset's, tagged when the user's own plans lie over it.
    const active = this.link.live.version;
    if (recorded === null || recorded === active) return;
    const bar = el(
      "fluent-message-bar",
      { class: "workbook-version", attrs: { intent: "warning", layout: "multiline" } },
      [
        this.s.workbookVersionDiffers(recorded, active),
        el("fluent-button", {
          attrs: { slot: "actions", size: "small", "data-data-action": "recalculate" },
          text: this.s.recalculate,
          on: {
            click: () => {
              void workbook.recalculate(this.link.live.version).then((done) => {
                if (done) bar.remove();
                this.say(done ? this.s.recalculated : this.s.notRecalculated, !done);
              });
            },
          },
        }),
      ],
    );
    this.notices.appendChild(bar);
    this.element.open = true;
  }

  private showFault(fault: DataFault): void {
    this.notices.appendChild(
      el("fluent-message-bar", {
        class: "store-discarded",
        attrs: { intent: "error", layout: "multiline" },
        text: fault.message[this.s.locale],
      }),
    );
    this.element.open = true;
  }

  private say(message: string, error = false): void {
    this.status.textContent = message;
    this.status.classList.toggle("error", error);
  }
}

function sourceLabel(source: DatasetSource, s: Strings): string {
  return { bundled: s.sourceBundled, stored: s.sourceStored, refreshed: s.sourceRefreshed }[source];
}

function readUrl(): string | null {
  try {
    return window.localStorage.getItem(URL_KEY);
  } catch {
    return null;
  }
}

/** Remembers the address typed (null: the default again). */
function writeUrl(url: string | null): void {
  try {
    if (url === null) window.localStorage.removeItem(URL_KEY);
    else window.localStorage.setItem(URL_KEY, url);
  } catch {
    // storage may be unavailable in some webviews; the default address is used next time
  }
}
