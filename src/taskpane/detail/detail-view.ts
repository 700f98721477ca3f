/**
 * The detail of one record: value, range, unit, bound and 力争, year and how it was obtained, baseline, plan, the
 * source sentence with the figure marked, other plans' differing figures side by side, the path chart with live
 * required-CAGR and progress, and the insert and copy buttons.
 */
import { isShare } from "../../core/assess";
import type { Catalog, Entry } from "../../core/catalog";
import type { PlanError } from "../../core/errors";
import { ARG, type ArgumentName } from "../../core/input";
import { citation, formatValue, lineRef } from "../../core/present";
import type { Outcome } from "../../data/refresh";
import type { FormulaMode } from "../../sheet/blocks";
import { COPY_ACTIONS, INSERT_ACTIONS, type CopyAction, type CurrentValue, type InsertAction } from "./actions";
import type { DetailStrings } from "./detail-strings";
import type { Detail } from "./detail";
import { el, replaceChildren } from "../kit/dom";
import { renderPathChart } from "./path-chart";
import { readAmount, readYearText, whatIf } from "./what-if";

export interface DetailContext {
  readonly catalog: Catalog;
  readonly strings: DetailStrings;
  /** Insert buttons are shown (Excel); otherwise only copy. */
  readonly canInsert: boolean;
  /** PLAN formulas (live) or values with their source (static). */
  readonly mode: FormulaMode;
  back(): void;
  open(entry: Entry): void;
  insert(action: InsertAction, current: CurrentValue): void;
  copy(action: CopyAction): void;
  /** The lines of the record's document, fetched on demand (the source view shows the full line when it has them). */
  documentLines?(entry: Entry): Promise<Outcome<readonly string[]>>;
}

export function renderDetail(ctx: DetailContext, detail: Detail, initialYear: number): HTMLElement {
  const s = ctx.strings;
  const { entry } = detail;
  const r = entry.record;
  const stated = detail.baseline;
  const current = { value: null as number | null, year: initialYear as number | null };
  const basis: { value: number | null; year: number | null } = {
    value: stated?.record.value ?? null,
    year: stated?.record.year ?? null,
  };
  const chartBox = el("div", { class: "chart-box" });
  const outputs = el("dl", { class: "assessment", attrs: { "aria-live": "polite" } });
  const update = (): void => {
    const refusal = [...refused.values()][0] ?? null;
    const shown = whatIf(ctx.catalog, detail, { current, basis, refusal }, s);
    if (shown.path === null) {
      replaceChildren(chartBox, [el("p", { class: "hint path-needs-basis", text: s.pathNeedsBasis })]);
    } else {
      const { points, shape, label } = shown.path;
      replaceChildren(chartBox, [renderPathChart(points, shape, label, (v) => String(Number(v.toPrecision(4))))]);
    }
    replaceChildren(
      outputs,
      shown.rows.flatMap((line) => row(line.term, el("output", { class: line.className, text: line.text }))),
    );
  };

  // An amount typed as the cells, the CLI and the library read it (the share rule, src/core/input.ts); a refused
  // one is said in the status row until it is corrected.
  const refused = new Map<ArgumentName, PlanError>();
  const amountInput = (
    label: string,
    arg: ArgumentName,
    value: number | null,
    set: (v: number | null) => void,
  ): HTMLElement =>
    textInput(label, value === null ? "" : `${value}${isShare(entry) ? "%" : ""}`, "decimal", (text) => {
      const read = readAmount(text, detail, arg);
      set(read.ok ? read.value : null);
      if (read.ok) refused.delete(arg);
      else refused.set(arg, read.error);
      update();
    });
  const yearInputOf = (label: string, value: number | null, set: (v: number | null) => void): HTMLElement =>
    textInput(label, value === null ? "" : String(value), "numeric", (text) => {
      set(readYearText(text));
      update();
    });
  const valueInput = amountInput(s.currentValue, ARG.current, null, (v) => (current.value = v));
  const yearInput = yearInputOf(s.currentYear, initialYear, (v) => (current.year = v));
  const baseInput = amountInput(s.baseValue, ARG.base, basis.value, (v) => (basis.value = v));
  const baseYearInput = yearInputOf(s.baseYear, basis.year, (v) => (basis.year = v));
  valueInput.classList.add("current-value");
  yearInput.classList.add("current-year");
  baseInput.classList.add("base-value");
  baseYearInput.classList.add("base-year");
  update();

  const view = el("article", { class: "detail", attrs: { "aria-labelledby": "detail-heading" } }, [
    el("fluent-button", {
      class: "back",
      attrs: { appearance: "subtle", size: "small" },
      text: `‹ ${s.back}`,
      on: { click: () => ctx.back() },
    }),
    el("h2", {
      attrs: { id: "detail-heading" },
      text: `${entry.metricLabel} · ${r.sector.at(-1) ?? entry.sectorLabel}`,
    }),
    el("p", { class: "big-value" }, [
      el("span", { class: "figure", text: detail.valueText }),
      r.aspiration
        ? el("fluent-badge", { attrs: { appearance: "tint", color: "warning", size: "small" }, text: s.aspiration })
        : null,
      el("fluent-badge", { attrs: { appearance: "outline", size: "small" }, text: s.kindLabel(r.kind) }),
    ]),
    facts(ctx, detail),
    sourceBlock(ctx, detail),
    differingBlock(ctx, detail),
    agreeingBlock(ctx, detail),
    detail.level
      ? el("section", { class: "path", attrs: { "aria-label": s.pathChart } }, [
          el("h3", { text: s.pathChart }),
          chartBox,
          el("div", { class: "inputs" }, [valueInput, yearInput, baseInput, baseYearInput]),
          el("p", { class: "hint", text: s.assessHint }),
          outputs,
        ])
      : el("p", { class: "hint", text: s.notALevel }),
    actionsBlock(ctx, detail, current),
  ]);
  view.addEventListener("keydown", (e) => {
    if (e.key === "Escape") ctx.back();
  });
  return view;
}

function textInput(label: string, value: string, inputmode: string, onInput: (text: string) => void): HTMLElement {
  const input = el(
    "fluent-text-input",
    {
      attrs: { "control-size": "small", value, inputmode, autocomplete: "off" },
      on: { input: () => onInput((input as HTMLElement & { value: string }).value) },
    },
    [el("span", { text: label })],
  );
  return input;
}

function row(term: string, ...details: Array<Node | string | null>): HTMLElement[] {
  return [el("dt", { text: term }), el("dd", {}, details)];
}

function facts(ctx: DetailContext, detail: Detail): HTMLElement {
  const s = ctx.strings;
  const { entry, baseline } = detail;
  const r = entry.record;
  const year = r.year === null ? s.recurring : String(r.year);
  return el("dl", { class: "facts" }, [
    ...(r.valueMax !== null ? row(s.range, `${r.value} — ${r.valueMax}`) : []),
    ...row(s.unit, r.unit),
    // The plan's own words once (力争、以上); the bound's name only where the plan used none.
    ...row(s.bound, r.qualifiers.length > 0 ? r.qualifiers.join("、") : s.boundLabel(r.bound)),
    ...row(s.aspiration, r.aspiration ? s.aspirationYes : "—"),
    ...row(s.year, `${year}（${s.yearBasisLabel(r.yearBasis)}）`),
    ...row(s.baseline, baseline ? `${formatValue(baseline)}（${baseline.record.year}）` : s.noBaseline),
    ...row(s.plan, `${entry.plan.id} ${entry.plan.title}`),
    ...row(s.sector, entry.sectorLabel),
    ...row(s.region, r.subRegion ? `${entry.region.name} · ${r.subRegion}` : entry.region.name),
    ...(r.note ? row(s.note, r.note) : []),
  ]);
}

function sourceBlock(ctx: DetailContext, detail: Detail): HTMLElement {
  const s = ctx.strings;
  const { entry } = detail;
  return el("section", { class: "source", attrs: { "aria-label": s.source } }, [
    el("h3", { text: s.source }),
    el(
      "blockquote",
      { class: "quote" },
      detail.quote.map((segment) => (segment.highlight ? el("mark", { text: segment.text }) : segment.text)),
    ),
    el("p", { class: "cite", text: lineRef(entry, s.locale) }),
    fullLine(ctx, entry),
  ]);
}

/**
 * The whole line the quote stands on, from the plan's document (fetched when a record is opened, not at start);
 * the quote above is always there without it.
 */
function fullLine(ctx: DetailContext, entry: Entry): HTMLElement | null {
  if (!ctx.documentLines) return null;
  const s = ctx.strings;
  const box = el("div", { class: "full-line", attrs: { "aria-live": "polite" } }, [
    el("p", { class: "hint", text: s.fullLineLoading }),
  ]);
  void ctx.documentLines(entry).then((got) => {
    const text = got.ok ? got.value[entry.record.line - 1] : undefined;
    if (!got.ok || text === undefined) {
      const why = got.ok ? lineRef(entry, s.locale) : got.fault.message[s.locale];
      replaceChildren(box, [el("p", { class: "hint", text: s.fullLineFailed(why) })]);
      return;
    }
    const at = text.indexOf(entry.record.quote);
    const parts =
      at < 0
        ? [text]
        : [text.slice(0, at), el("mark", { text: entry.record.quote }), text.slice(at + entry.record.quote.length)];
    replaceChildren(box, [el("h4", { text: s.fullLine }), el("blockquote", { class: "line" }, parts)]);
  });
  return box;
}

/** This record and every differing figure, one row each: plan, value, line and quote side by side. */
function differingBlock(ctx: DetailContext, detail: Detail): HTMLElement | null {
  if (detail.differing.length === 0) return null;
  const s = ctx.strings;
  const line = (entry: Entry, self: boolean): HTMLElement =>
    el("tr", { class: self ? "self" : "other" }, [
      el("th", { attrs: { scope: "row" } }, [
        self
          ? `${entry.plan.id}（${s.thisRecord}）`
          : el("button", {
              class: "link",
              text: entry.plan.id,
              attrs: { type: "button", title: entry.plan.title },
              on: { click: () => ctx.open(entry) },
            }),
      ]),
      el("td", { class: "num", text: formatValue(entry, true) }),
      el("td", { class: "quote-cell", text: citation(entry, s.locale) }),
    ]);
  return el("section", { class: "differing", attrs: { "aria-label": s.otherFigures } }, [
    el("h3", { text: s.otherFigures }),
    el("p", { class: "hint", text: s.otherFiguresHint }),
    el("table", {}, [
      el("thead", {}, [
        el("tr", {}, [el("th", { text: s.plan }), el("th", { text: s.value }), el("th", { text: s.source })]),
      ]),
      el("tbody", {}, [line(detail.entry, true), ...detail.differing.map((e) => line(e, false))]),
    ]),
  ]);
}

/** Where else the same figure is stated (another version of the plan): links to those records. */
function agreeingBlock(ctx: DetailContext, detail: Detail): HTMLElement | null {
  if (detail.agreeing.length === 0) return null;
  const s = ctx.strings;
  return el("section", { class: "agreeing", attrs: { "aria-label": s.sameElsewhere } }, [
    el("h3", { text: s.sameElsewhere }),
    el(
      "ul",
      {},
      detail.agreeing.map((entry) =>
        el("li", {}, [
          el("button", {
            class: "link",
            text: `${entry.plan.id} ${entry.plan.title}`,
            attrs: { type: "button" },
            on: { click: () => ctx.open(entry) },
          }),
          el("span", { class: "cite", text: ` ${lineRef(entry, s.locale)}` }),
        ]),
      ),
    ),
  ]);
}

function actionsBlock(ctx: DetailContext, detail: Detail, current: CurrentValue): HTMLElement {
  const s = ctx.strings;
  const button = (
    id: string,
    label: string,
    onClick: () => void,
    disabled: string | null,
    primary = false,
  ): HTMLElement =>
    el("fluent-button", {
      attrs: {
        appearance: primary ? "primary" : "outline",
        size: "small",
        disabled: disabled ? true : null,
        title: disabled,
        "data-action": id,
      },
      text: label,
      on: { click: onClick },
    });
  const situation = { catalog: ctx.catalog, detail, mode: ctx.mode, strings: s };
  const inserts = ctx.canInsert
    ? el("section", { class: "actions", attrs: { "aria-label": s.insert } }, [
        el("h3", { text: s.insert }),
        el(
          "div",
          { class: "buttons" },
          INSERT_ACTIONS.map((action) =>
            button(
              action.id,
              action.label(s, ctx.mode),
              () => ctx.insert(action, { ...current }),
              action.unavailable(situation),
              action.primary,
            ),
          ),
        ),
      ])
    : null;
  const copies = el("section", { class: "actions copy", attrs: { "aria-label": s.copy } }, [
    el("h3", { text: s.copy }),
    el(
      "div",
      { class: "buttons" },
      COPY_ACTIONS.map((action) =>
        button(action.id, action.label(s), () => ctx.copy(action), action.unavailable(ctx.catalog, detail.entry, s)),
      ),
    ),
  ]);
  return el("div", { class: "action-blocks" }, [inserts, copies]);
}
