/**
 * The review table of 粘贴文本: one card per proposal (a 320 px pane has no room for eleven columns) with its line,
 * its sentence and the figure highlighted, what was read (sector, metric, year, amount, kind), 采用 / 不采用 as
 * toggle buttons, and the fields to edit behind 修改. The edit fields are native inputs and selects styled with
 * Fluent's tokens, as the search filters are: a long plan has hundreds of them, and they work alike in every
 * webview. Cards are rendered a page at a time; 全部采用 decides for every proposal, shown or not.
 */
import { dataFault, type DataFault } from "../../core/errors";
import type { Extraction, Proposal } from "../../extract/types";
import { formatAmount } from "../../core/present";
import { lookupUnit } from "../../core/units";
import { BOUNDS, RECORD_KINDS, type Bound, type RecordKind } from "../../core/vocabulary";
import type { Strings } from "../kit/i18n";
import { el } from "../kit/dom";
import type { ImportStrings } from "./import-strings";
import {
  applyFields,
  fieldsOf,
  highlight,
  type Decision,
  type FieldName,
  type ReviewFields,
} from "../../import/review-model";

const PAGE = 50;
/** Below this confidence a card says 请核对. */
const LOW_CONFIDENCE = 0.6;

interface Item {
  readonly proposal: Proposal;
  fields: ReviewFields;
  decision: Decision;
  card: HTMLElement | null;
}

export class ReviewView {
  readonly element = el("section", { class: "review", attrs: { hidden: true, "aria-labelledby": "review-heading" } });
  private readonly count = el("p", { class: "review-count", attrs: { "aria-live": "polite" } });
  private readonly list = el("ol", { class: "review-list" });
  private readonly more: HTMLElement;
  private items: Item[] = [];
  private lines: readonly string[] = [];
  private shown = 0;

  constructor(
    private readonly s: Strings,
    private readonly t: ImportStrings,
  ) {
    this.more = el("fluent-button", {
      class: "review-more",
      attrs: { size: "small", appearance: "subtle" },
      on: { click: () => this.showPage() },
    });
    this.element.append(
      el("div", { class: "review-header" }, [
        el("h3", { attrs: { id: "review-heading" }, text: this.t.review }),
        el("fluent-button", {
          attrs: { size: "small", appearance: "outline", "data-import-action": "accept-all" },
          text: this.t.acceptAll,
          on: { click: () => this.decideAll("accepted") },
        }),
      ]),
      this.count,
      this.list,
      this.more,
    );
  }

  get total(): number {
    return this.items.length;
  }

  show(extraction: Extraction, text: string): void {
    this.lines = text.split(/\r?\n/);
    this.items = extraction.proposals.map((proposal) => ({
      proposal,
      fields: fieldsOf(proposal),
      decision: "pending",
      card: null,
    }));
    this.shown = 0;
    this.list.replaceChildren();
    this.showPage();
    this.updateCount();
    this.element.hidden = false;
  }

  clear(): void {
    this.items = [];
    this.list.replaceChildren();
    this.element.hidden = true;
  }

  /** The accepted proposals with their edits, in text order; or the first field that cannot be read. */
  accepted(): { ok: true; proposals: Proposal[] } | { ok: false; fault: DataFault; index: number } {
    const proposals: Proposal[] = [];
    for (const [index, item] of this.items.entries()) {
      if (item.decision !== "accepted") continue;
      const applied = applyFields(item.proposal, item.fields);
      if (!applied.ok) {
        const field = this.fieldLabel(applied.field);
        return {
          ok: false,
          index,
          fault: dataFault("REVIEW_FIELD", { item: index + 1, field, problem: applied.problem }),
        };
      }
      proposals.push(applied.proposal);
    }
    if (proposals.length === 0) return { ok: false, fault: dataFault("NOTHING_ACCEPTED"), index: -1 };
    return { ok: true, proposals };
  }

  /** Opens the card of item `index` at its edit fields (after a field failed), rendering pages up to it. */
  reveal(index: number): void {
    while (this.shown <= index && this.shown < this.items.length) this.showPage();
    const card = this.items[index]?.card;
    if (!card) return;
    const details = card.querySelector("details");
    if (details) details.open = true;
    card.scrollIntoView({ block: "nearest" });
    card.querySelector<HTMLElement>("input, select")?.focus();
  }

  private fieldLabel(field: FieldName): string {
    const { s, t } = this;
    const labels: Record<FieldName, string> = {
      sector: s.sector,
      metric: s.metric,
      year: s.year,
      value: s.value,
      valueMax: t.valueMaxField,
      unit: s.unit,
      bound: s.bound,
      aspiration: s.aspiration,
      kind: s.kind,
    };
    return labels[field];
  }

  private showPage(): void {
    const next = this.items.slice(this.shown, this.shown + PAGE);
    for (const [offset, item] of next.entries()) {
      item.card = this.card(item, this.shown + offset);
      this.list.appendChild(item.card);
    }
    this.shown += next.length;
    const rest = this.items.length - this.shown;
    this.more.hidden = rest <= 0;
    this.more.textContent = this.t.showMore(Math.min(PAGE, rest));
  }

  private decideAll(decision: Decision): void {
    for (const item of this.items) {
      item.decision = decision;
      if (item.card) this.paintDecision(item);
    }
    this.updateCount();
  }

  private updateCount(): void {
    const accepted = this.items.filter((i) => i.decision === "accepted").length;
    const rejected = this.items.filter((i) => i.decision === "rejected").length;
    this.count.textContent = this.t.reviewCount(accepted, rejected, this.items.length);
  }

  private paintDecision(item: Item): void {
    const card = item.card!;
    card.dataset.decision = item.decision;
    for (const button of card.querySelectorAll<HTMLElement>("[data-decision]")) {
      const pressed = button.dataset.decision === item.decision;
      button.setAttribute("aria-pressed", String(pressed));
      button.setAttribute("appearance", pressed ? "primary" : "outline");
    }
  }

  private summary(item: Item): string {
    const p = applyFields(item.proposal, item.fields);
    const shown = p.ok ? p.proposal : item.proposal;
    const unit = lookupUnit(shown.unit)?.canonical ?? shown.unit;
    return [
      shown.sector.join("›"),
      shown.metric,
      shown.year === null ? this.s.recurring : String(shown.year),
      `${shown.aspiration ? `${this.s.aspiration} ` : ""}${formatAmount(shown, unit, true)}`,
      this.s.kindLabel(shown.kind),
    ].join(" · ");
  }

  private card(item: Item, index: number): HTMLElement {
    const { t } = this;
    const p = item.proposal;
    const cut = highlight(this.lines[p.line - 1] ?? p.quote, p);
    const summary = el("p", { class: "proposal-summary", text: this.summary(item) });
    const decide = (decision: Decision, label: string): HTMLElement =>
      el("fluent-button", {
        attrs: { size: "small", appearance: "outline", "aria-pressed": "false", "data-decision": decision },
        text: label,
        on: {
          click: () => {
            item.decision = item.decision === decision ? "pending" : decision;
            this.paintDecision(item);
            this.updateCount();
          },
        },
      });
    // A field that cannot be read is said at once on its card (saving would refuse it with the same words).
    const problem = el("p", { class: "proposal-problem", attrs: { role: "alert", hidden: true } });
    const changed = (): void => {
      summary.textContent = this.summary(item);
      const applied = applyFields(item.proposal, item.fields);
      problem.hidden = applied.ok;
      problem.textContent = applied.ok
        ? ""
        : dataFault("REVIEW_FIELD", {
            item: index + 1,
            field: this.fieldLabel(applied.field),
            problem: applied.problem,
          }).message[this.s.locale];
    };
    const card = el("li", { class: "proposal", attrs: { "data-index": index } }, [
      el("p", { class: "proposal-source" }, [
        el("span", { class: "proposal-line", text: t.lineOf(p.line) }),
        " ",
        el("q", { class: "proposal-quote" }, [cut.before, el("mark", { text: cut.figure }), cut.after]),
        p.confidence < LOW_CONFIDENCE
          ? el("span", { class: "proposal-check", attrs: { title: t.lowConfidenceHint }, text: t.lowConfidence })
          : null,
      ]),
      summary,
      problem,
      el("div", { class: "proposal-actions", attrs: { role: "group", "aria-label": t.decisionGroup(index + 1) } }, [
        decide("accepted", t.accept),
        decide("rejected", t.reject),
      ]),
      el("details", { class: "proposal-edit" }, [
        el("summary", { text: t.edit }),
        el("div", { class: "proposal-fields" }, this.fields(item, index, changed)),
      ]),
    ]);
    item.card = card;
    this.paintDecision(item);
    return card;
  }

  private fields(item: Item, index: number, changed: () => void): HTMLElement[] {
    const { s, t } = this;
    const id = (field: FieldName): string => `proposal-${index}-${field}`;
    const set = <K extends FieldName>(field: K, value: ReviewFields[K]): void => {
      item.fields = { ...item.fields, [field]: value };
      changed();
    };
    const text = (
      field: "sector" | "metric" | "year" | "value" | "valueMax" | "unit",
      label: string,
    ): HTMLElement[] => [
      el("label", { attrs: { for: id(field) }, text: label }),
      el("input", {
        attrs: { id: id(field), type: "text", value: item.fields[field], autocomplete: "off", "data-field": field },
        on: { input: (e) => set(field, (e.target as HTMLInputElement).value) },
      }),
    ];
    const choice = <V extends string>(
      field: "bound" | "kind",
      label: string,
      values: readonly V[],
      name: (v: V) => string,
    ): HTMLElement[] => {
      const select = el(
        "select",
        {
          attrs: { id: id(field), "data-field": field },
          on: { change: (e) => set(field, (e.target as HTMLSelectElement).value as ReviewFields[typeof field]) },
        },
        values.map((v) => el("option", { attrs: { value: v }, text: name(v) })),
      );
      select.value = item.fields[field];
      return [el("label", { attrs: { for: id(field) }, text: label }), select];
    };
    const aspiration = el("input", {
      attrs: { id: id("aspiration"), type: "checkbox", "data-field": "aspiration" },
      on: { change: (e) => set("aspiration", (e.target as HTMLInputElement).checked) },
    });
    aspiration.checked = item.fields.aspiration;
    return [
      ...text("sector", t.sectorField),
      ...text("metric", s.metric),
      ...text("year", t.yearField),
      ...text("value", s.value),
      ...text("valueMax", t.valueMaxField),
      ...text("unit", s.unit),
      ...choice<Bound>("bound", s.bound, BOUNDS, (b) => s.boundLabel(b)),
      ...choice<RecordKind>("kind", s.kind, RECORD_KINDS, (k) => s.kindLabel(k)),
      el("label", { class: "checkbox", attrs: { for: id("aspiration") } }, [aspiration, ` ${s.aspiration}`]),
    ];
  }
}
