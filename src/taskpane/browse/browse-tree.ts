/**
 * The browse tree: region → plan → sector nodes, each with its record count, as a Fluent tree (arrow keys,
 * Enter and Space come with it). Selecting a node lists its records below.
 */
import type { SectorNode } from "../../core/catalog";
import type { Strings } from "../kit/i18n";
import type { BrowsePlan, BrowseRegion, BrowseSelection } from "./browse";
import { el } from "../kit/dom";

export class BrowseTree {
  readonly element: HTMLElement;
  private readonly selections = new WeakMap<Element, BrowseSelection>();

  constructor(
    private readonly strings: Strings,
    private readonly onSelect: (selection: BrowseSelection) => void,
  ) {
    this.element = el("fluent-tree", {
      class: "browse-tree",
      attrs: { "aria-label": strings.browseTree, size: "small" },
      on: { change: (e) => this.changed(e) },
    });
  }

  /** The regions with their plans, then (when there are any) the user's own plans apart, under 我的规划. */
  show(regions: readonly BrowseRegion[], mine: readonly BrowsePlan[] = []): void {
    const plan = (p: BrowsePlan, label: string): HTMLElement =>
      this.item(
        label,
        p.count,
        { kind: "plan", region: p.plan.region, plan: p.plan.id },
        p.sectors.map((s) => this.sector(p.plan.region, p.plan.id, s)),
      );
    this.element.replaceChildren(
      ...regions.map((r) =>
        this.item(
          r.absent ? this.strings.regionNotLoaded(r.region.name, r.absent.state === "failed") : r.region.name,
          r.count,
          { kind: "region", region: r.region.name },
          r.plans.map((p) => plan(p, `${p.plan.id} ${p.plan.title}`)),
        ),
      ),
      ...(mine.length === 0
        ? []
        : [
            this.item(
              this.strings.myPlans,
              mine.reduce((sum, p) => sum + p.count, 0),
              { kind: "mine" },
              mine.map((p) => plan(p, `${p.plan.id} ${p.plan.title}（${p.plan.region}）`)),
            ),
          ]),
    );
  }

  private sector(region: string, plan: string, node: SectorNode): HTMLElement {
    return this.item(
      node.name,
      node.count,
      { kind: "sector", region, plan, sector: node.label },
      node.children.map((child) => this.sector(region, plan, child)),
    );
  }

  private item(
    label: string,
    count: number,
    selection: BrowseSelection,
    children: readonly HTMLElement[],
  ): HTMLElement {
    const item = el(
      "fluent-tree-item",
      { attrs: { "aria-label": this.strings.treeItemAria(label, count), title: label } },
      [
        el("span", { class: "tree-label", text: label }),
        el("fluent-badge", {
          attrs: { slot: "aside", appearance: "tint", color: "informative", size: "small", "aria-hidden": "true" },
          text: String(count),
        }),
        ...children.map((child) => {
          child.setAttribute("slot", "item");
          return child;
        }),
      ],
    );
    this.selections.set(item, selection);
    return item;
  }

  private changed(event: Event): void {
    const item = event.target as Element & { selected?: boolean };
    const selection = this.selections.get(item);
    if (selection && item.selected) this.onSelect(selection);
  }
}
