/**
 * Which record a cell's PLAN.* formula reaches, read from the formula itself: a small parser finds the PLAN calls
 * and their arguments (text, numbers, cell references, empty), the function table says which parameter is the
 * region, sector, metric, year and plan, and the catalogue answers as the functions would. 转为数值 writes the
 * answer's citation beside the value it leaves in place of the formula.
 */
import type { Catalog, TargetQuery } from "../core/catalog";
import { ARG, toOptionalText, toLookupYear, toText } from "../core/input";
import type { Bilingual, Locale } from "../core/locale";
import { bilingual, messageFor } from "../core/messages";
import { answerCitation, sourceCitation } from "../core/present";
import { parseTopLeft } from "./cells";
import { FUNCTION_TABLE, NAMESPACE, type FunctionId } from "./function-table";

/** An argument as written: a literal, a reference to one cell of the same sheet, nothing, or anything else. */
export type FormulaArg =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "ref"; readonly ref: string }
  | { readonly kind: "empty" }
  | { readonly kind: "other"; readonly text: string };

export interface PlanCall {
  readonly id: FunctionId;
  readonly args: readonly FormulaArg[];
}

const IDS = new Set<string>(FUNCTION_TABLE.map((f) => f.id));
const CALL_START = new RegExp(`(?<![A-Za-z0-9_.])${NAMESPACE}\\.([A-Z_]+)\\(`, "gi");

/** Whether a cell's formula calls a PLAN function (text inside "…" does not count). */
export function callsPlan(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && planCalls(formula).length > 0;
}

function codeOnly(formula: string): string {
  // Blank out string literals (keeping their length) so a quoted "PLAN.X(" or comma is not read as code.
  return formula.replace(/"(?:[^"]|"")*"/g, (literal) => `"${" ".repeat(literal.length - 2)}"`);
}

/** The text between the parentheses of the call opening at `open`, split at its top-level commas. */
function argumentsAt(formula: string, code: string, open: number): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === "," && depth === 0) {
      parts.push(formula.slice(start, i));
      start = i + 1;
    } else if (ch === ")" && depth === 0) {
      parts.push(formula.slice(start, i));
      return parts.length === 1 && parts[0]!.trim() === "" ? [] : parts;
    }
  }
  return null;
}

function parseArg(text: string): FormulaArg {
  const t = text.trim();
  if (t === "") return { kind: "empty" };
  if (/^"(?:[^"]|"")*"$/.test(t)) return { kind: "text", value: t.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { kind: "number", value: Number(t) };
  if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(t)) return { kind: "ref", ref: t.replace(/\$/g, "").toUpperCase() };
  return { kind: "other", text: t };
}

/** Every PLAN.* call of a formula, outermost first, with its arguments. */
export function planCalls(formula: string): PlanCall[] {
  const code = codeOnly(formula);
  const calls: PlanCall[] = [];
  for (const match of code.matchAll(CALL_START)) {
    const id = match[1]!.toUpperCase();
    if (!IDS.has(id)) continue;
    const open = match.index + match[0].length - 1;
    const args = argumentsAt(formula, code, open);
    if (args) calls.push({ id: id as FunctionId, args: args.map(parseArg) });
  }
  return calls;
}

/** What a cell holds, by A1 reference on the same sheet (undefined when it is not known). */
export type CellLookup = (ref: string) => unknown;

/** The value of an argument, as the function would receive it; undefined when it cannot be known from the formula. */
function argValue(arg: FormulaArg | undefined, cell: CellLookup): unknown {
  if (arg === undefined) return null;
  switch (arg.kind) {
    case "text":
    case "number":
      return arg.value;
    case "empty":
      return null;
    case "ref":
      return cell(arg.ref);
    case "other":
      return undefined;
  }
}

/** The query a call asks: region, sector, metric, year, plan by the function table's parameters. */
function queryOf(call: PlanCall, cell: CellLookup): TargetQuery | null {
  const spec = FUNCTION_TABLE.find((f) => f.id === call.id)!;
  const at = (arg: (typeof ARG)[keyof typeof ARG]): unknown => {
    const i = spec.parameters.findIndex((p) => p.arg === arg);
    return i < 0 ? null : argValue(call.args[i], cell);
  };
  const figure = [at(ARG.region), at(ARG.sector), at(ARG.metric), at(ARG.year), at(ARG.plan)];
  if (figure.some((v) => v === undefined)) return null;
  const [region, sector, metric, year, plan] = figure;
  const r = toText(region, ARG.region);
  const s = toText(sector, ARG.sector);
  const m = toText(metric, ARG.metric);
  const y = toLookupYear(year, ARG.year);
  const p = toOptionalText(plan, ARG.plan);
  if (!r.ok || !s.ok || !m.ok || !y.ok || !p.ok) return null;
  return { region: r.value, sector: s.value, metric: m.value, year: y.value, plan: p.value };
}

/** Functions whose answer is one record's figure: their citation is that record's. */
function reachesRecord(id: FunctionId): "target" | "baseline" | null {
  const spec = FUNCTION_TABLE.find((f) => f.id === id)!;
  const names = new Set(spec.parameters.map((p) => p.arg));
  if (!names.has(ARG.region) || !names.has(ARG.sector) || !names.has(ARG.metric)) return null;
  if (spec.family === "list") return null;
  return id === "BASELINE" || id === "BASEYEAR" ? "baseline" : "target";
}

/** The citations of the records a formula's PLAN calls reach (each once), in the order they appear. */
export function formulaCitations(catalog: Catalog, formula: string, cell: CellLookup, locale: Locale): string[] {
  const citations: string[] = [];
  for (const call of planCalls(formula)) {
    const reaches = reachesRecord(call.id);
    const query = reaches ? queryOf(call, cell) : null;
    if (!query) continue;
    if (reaches === "baseline") {
      const found = catalog.baseline(query);
      if (found.ok) citations.push(sourceCitation(found.value, locale));
    } else {
      const found = catalog.target(query);
      if (found.ok) citations.push(answerCitation(found.value, locale));
    }
  }
  return [...new Set(citations)];
}

const NOTE_WORDS = {
  source: { zh: "出处：", en: "Source: " },
  noSource: { zh: "（此公式不取自某一条记录）", en: "(this formula reads no single record)" },
  formula: { zh: "原公式：", en: "Formula: " },
  version: { zh: "数据版本：", en: "Data version: " },
} as const satisfies Record<string, Bilingual>;

/** The note 转为数值 puts on a cell: where the value comes from, the formula it replaced, the data version. */
export function valueNote(citations: readonly string[], formula: string, version: string, locale: Locale): string {
  const source =
    citations.length > 0
      ? citations.map((c) => `${NOTE_WORDS.source[locale]}${c}`).join("\n")
      : `${NOTE_WORDS.source[locale]}${NOTE_WORDS.noSource[locale]}`;
  return `${source}\n${NOTE_WORDS.formula[locale]}${formula}\n${NOTE_WORDS.version[locale]}${version}`;
}

/** A lookup over a grid of values whose top-left cell is at `address` (Excel's address of a loaded range). */
export function gridLookup(address: string, values: readonly (readonly unknown[])[]): CellLookup {
  const origin = parseTopLeft(address);
  return (ref) => {
    const at = parseTopLeft(ref);
    if (!origin || !at) return undefined;
    const value = values[at.row - origin.row]?.[at.col - origin.col];
    return value === "" ? null : value;
  };
}

/** Where the sources went: on each cell as a note or comment, or listed under the values. */
export type SourcesPlace = "notes" | "listed";

/** The words 转为数值 writes beside the values, both languages in each entry. */
export const VALUES_TEXT = {
  /** The line under the values: the dataset version, when, and where the sources are. */
  stamp: bilingual(
    (version: string, when: string, place: SourcesPlace) =>
      `以上 PLAN 公式已于 ${when} 转为数值（plan-targets 数据版本 ${version}）；${place === "notes" ? "出处见各单元格的批注" : "出处列于下方"}。`,
    (version, when, place) =>
      `The PLAN formulas above were turned into values on ${when} (plan-targets data version ${version}); ${place === "notes" ? "each cell's note gives its source" : "the sources are listed below"}.`,
  ),
  /** B2：出处…；原公式…: one line of the sources listed under the values (where a host cannot add notes). */
  listed: bilingual(
    (ref: string, note: string) => `${ref}：${note.replace(/\n/g, "；")}`,
    (ref, note) => `${ref}: ${note.replace(/\n/g, "; ")}`,
  ),
};

/** The line 转为数值 writes under the values. */
export function valuesStamp(locale: Locale, version: string, when: string, place: SourcesPlace): string {
  return messageFor(VALUES_TEXT.stamp, locale, version, when, place);
}

/** One line of the sources listed under the values. */
export function listedSource(locale: Locale, ref: string, note: string): string {
  return messageFor(VALUES_TEXT.listed, locale, ref, note);
}
