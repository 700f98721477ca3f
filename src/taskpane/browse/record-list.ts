/**
 * A list of records (browse or search results): metric, sector, year, value, unit and qualifier per row.
 * Keyboard: ↑/↓/Home/End move, Enter opens the record, Space ticks it for a table. One tab stop (roving tabindex).
 * Renders a page at a time so typing stays within a frame on long lists.
 */
import type { Entry } from "../../core/catalog";
import { formatValue } from "../../core/present";
import type { Strings } from "../kit/i18n";
import { el, replaceChildren } from "../kit/dom";

const PAGE = 100;

export interface RecordListEvents {
  open(entry: Entry): void;
  /** The ticked records changed. */
  ticked(ids: ReadonlySet<string>): void;
}

export class RecordList {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLElement;
  private entries: readonly Entry[] = [];
  private shown = 0;
  private readonly tickedIds = new Set<string>();
  private focusIndex = 0;

  constructor(
    private readonly strings: Strings,
    label: string,
    private readonly events: RecordListEvents,
  ) {
    this.list = el("ul", {
      class: "record-list",
      attrs: { role: "listbox", "aria-label": label, "aria-multiselectable": "true" },
      on: { keydown: (e) => this.onKey(e) },
    });
    this.more = el("div", { class: "more" });
    this.element = el("div", { class: "record-list-wrap" }, [this.list, this.more]);
  }

  get ticked(): ReadonlySet<string> {
    return this.tickedIds;
  }

  /** Shows `entries` (first page); ticks of records no longer listed are dropped. */
  show(entries: readonly Entry[]): void {
    this.entries = entries;
    const present = new Set(entries.map((e) => e.record.id));
    let changed = false;
    for (const id of [...this.tickedIds]) {
      if (!present.has(id)) {
        this.tickedIds.delete(id);
        changed = true;
      }
    }
    const hadFocus = this.list.contains(document.activeElement);
    this.shown = 0;
    this.focusIndex = 0;
    this.list.replaceChildren();
    this.renderMore();
    // A late keystroke's results replace the rows: keep keyboard focus in the list rather than lose it to <body>.
    if (hadFocus) this.focus();
    if (changed) this.events.ticked(this.tickedIds);
  }

  /** Moves keyboard focus into the list (from the search box's ↓). */
  focus(): void {
    this.rows()[this.focusIndex]?.focus();
  }

  private rows(): HTMLElement[] {
    return [...this.list.children] as HTMLElement[];
  }

  private renderMore(): void {
    const next = this.entries.slice(this.shown, this.shown + PAGE);
    const start = this.shown;
    this.list.append(...next.map((entry, i) => this.row(entry, start + i)));
    this.shown += next.length;
    const left = this.entries.length - this.shown;
    replaceChildren(this.more, [
      left > 0
        ? el("fluent-button", {
            attrs: { appearance: "subtle", size: "small" },
            text: this.strings.showMore(Math.min(PAGE, left)),
            on: { click: () => this.renderMore() },
          })
        : null,
    ]);
  }

  private row(entry: Entry, index: number): HTMLElement {
    const r = entry.record;
    const year = r.year === null ? this.strings.recurring : String(r.year);
    const value = formatValue(entry, true);
    const qualifier = r.qualifiers.join("、");
    const ticked = this.tickedIds.has(r.id);
    const leaf = r.sector.at(-1) ?? entry.sectorLabel;
    const node = el(
      "li",
      {
        class: "record",
        attrs: {
          role: "option",
          tabindex: index === this.focusIndex ? 0 : -1,
          "aria-selected": ticked ? "true" : "false",
          "aria-label": this.strings.recordAria(`${entry.metricLabel}，${leaf}`, year, value, qualifier),
          "data-id": r.id,
        },
        on: {
          click: (e) => {
            if ((e.target as Element).closest(".tick") || e.ctrlKey || e.metaKey) this.toggle(node, entry);
            else this.events.open(entry);
          },
          focus: () => this.moveFocus(index, false),
        },
      },
      [
        el("span", { class: "tick", attrs: { "aria-hidden": "true" } }),
        el("span", { class: "main" }, [
          el("span", { class: "line1" }, [
            el("span", { class: "metric", text: entry.metricLabel }),
            el("span", { class: "sector", text: leaf }),
          ]),
          el("span", {
            class: "line2",
            text: [year, entry.plan.id, r.subRegion, qualifier].filter(Boolean).join(" · "),
            attrs: { title: entry.plan.title },
          }),
        ]),
        el("span", { class: "value", text: value }),
      ],
    );
    return node;
  }

  private toggle(node: HTMLElement, entry: Entry): void {
    const id = entry.record.id;
    if (this.tickedIds.has(id)) this.tickedIds.delete(id);
    else this.tickedIds.add(id);
    node.setAttribute("aria-selected", this.tickedIds.has(id) ? "true" : "false");
    this.events.ticked(this.tickedIds);
  }

  private moveFocus(index: number, focus: boolean): void {
    const rows = this.rows();
    if (rows.length === 0) return;
    const bounded = Math.max(0, Math.min(index, rows.length - 1));
    rows[this.focusIndex]?.setAttribute("tabindex", "-1");
    this.focusIndex = bounded;
    const row = rows[bounded]!;
    row.setAttribute("tabindex", "0");
    if (focus) {
      row.focus();
      row.scrollIntoView({ block: "nearest" });
    }
  }

  private onKey(event: KeyboardEvent): void {
    const rows = this.rows();
    const current = this.focusIndex;
    switch (event.key) {
      case "ArrowDown":
        if (current === rows.length - 1 && this.shown < this.entries.length) this.renderMore();
        this.moveFocus(current + 1, true);
        break;
      case "ArrowUp":
        this.moveFocus(current - 1, true);
        break;
      case "Home":
        this.moveFocus(0, true);
        break;
      case "End":
        this.moveFocus(rows.length - 1, true);
        break;
      case "Enter": {
        const entry = this.entries[current];
        if (entry) this.events.open(entry);
        break;
      }
      case " ": {
        const entry = this.entries[current];
        if (entry && rows[current]) this.toggle(rows[current], entry);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }
}
