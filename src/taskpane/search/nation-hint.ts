/**
 * Under the search results: the regions not loaded whose names match the query (nation.ts), each a button that
 * loads the region; once loaded, its records are found by the search itself.
 */
import { el } from "../kit/dom";
import type { Strings } from "../kit/i18n";
import type { NationMatch } from "./nation";

export class NationHint {
  readonly element: HTMLElement = el("div", { class: "nation-hint", attrs: { hidden: true, role: "group" } });

  constructor(
    private readonly strings: Strings,
    private readonly load: (region: string) => void,
  ) {}

  show(matches: readonly NationMatch[]): void {
    this.element.hidden = matches.length === 0;
    this.element.replaceChildren(
      ...(matches.length === 0
        ? []
        : [
            el("span", { text: this.strings.nationMatches }),
            ...matches.map((m) =>
              el("fluent-button", {
                attrs: { size: "small", appearance: "subtle", "data-load-region": m.region },
                text: this.strings.nationMatch(m.region, m.plans, m.sectors, m.metrics),
                on: { click: () => this.load(m.region) },
              }),
            ),
          ]),
    );
  }
}
