/**
 * The search box and the year / metric / kind filters. The filters are native selects styled with Fluent tokens:
 * 190 metrics want the platform's own type-ahead picker, and they work the same in every Office webview.
 */
import type { RecordKind } from "../../core/schema";
import type { Strings } from "../kit/i18n";
import type { Facets, SearchFilters } from "./search-index";
import { el } from "../kit/dom";

export interface SearchBarEvents {
  query(text: string): void;
  filters(filters: SearchFilters): void;
  /** ↓ in the search box: go to the results. */
  toResults(): void;
}

export class SearchBar {
  readonly element: HTMLElement;
  private readonly input: HTMLElement & { value: string };
  private readonly year: HTMLSelectElement;
  private readonly metric: HTMLSelectElement;
  private readonly kind: HTMLSelectElement;

  constructor(
    private readonly strings: Strings,
    private readonly events: SearchBarEvents,
  ) {
    this.input = el(
      "fluent-text-input",
      {
        class: "search",
        attrs: {
          type: "search",
          placeholder: strings.searchPlaceholder,
          autocomplete: "off",
          spellcheck: "false",
          "control-size": "medium",
        },
        on: {
          input: () => this.events.query(this.input.value),
          keydown: (e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              this.events.toResults();
            }
          },
        },
      },
      [el("span", { class: "visually-hidden", text: strings.searchLabel })],
    ) as HTMLElement & { value: string };
    const select = (label: string, cls: string): HTMLSelectElement =>
      el("select", {
        class: `filter ${cls}`,
        attrs: { "aria-label": label, title: label },
        on: { change: () => this.emitFilters() },
      });
    this.year = select(strings.filterYear, "filter-year");
    this.metric = select(strings.filterMetric, "filter-metric");
    this.kind = select(strings.filterKind, "filter-kind");
    this.element = el("div", { class: "search-bar", attrs: { role: "search" } }, [
      this.input,
      el("div", { class: "filters", attrs: { role: "group", "aria-label": strings.filters } }, [
        this.year,
        this.kind,
        this.metric,
      ]),
    ]);
  }

  /** Fills the filter options from the catalogue's facets, keeping current choices that still exist. */
  setFacets(facets: Facets): void {
    const s = this.strings;
    fill(
      this.year,
      s.filterYear,
      s.any,
      facets.years.map((y) => [String(y), String(y)]),
    );
    fill(
      this.kind,
      s.filterKind,
      s.any,
      facets.kinds.map((k) => [k, s.kindLabel(k)]),
    );
    fill(
      this.metric,
      s.filterMetric,
      s.any,
      facets.metrics.map((m) => [m, m]),
    );
  }

  /** Focuses the text field itself (the host element does not delegate focus to it). */
  focus(): void {
    const control = (this.input as { control?: HTMLInputElement }).control;
    (control ?? this.input).focus();
  }

  get filters(): SearchFilters {
    return {
      year: this.year.value ? Number(this.year.value) : null,
      metric: this.metric.value || null,
      kind: (this.kind.value || null) as RecordKind | null,
    };
  }

  private emitFilters(): void {
    this.events.filters(this.filters);
  }
}

function fill(
  select: HTMLSelectElement,
  label: string,
  any: string,
  options: ReadonlyArray<readonly [string, string]>,
): void {
  const keep = select.value;
  select.replaceChildren(
    el("option", { attrs: { value: "" }, text: `${label}：${any}` }),
    ...options.map(([value, text]) => el("option", { attrs: { value }, text })),
  );
  select.value = options.some(([value]) => value === keep) ? keep : "";
}
