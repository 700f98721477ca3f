/**
 * The assessment rules of src/core/assess.ts written as native Excel formulas, for sheets that must compute without
 * the add-in (static mode, exports): the same direction, caps, basis and path rules, over the block's own cells.
 * Tests compute these in a formula engine beside the PLAN.* functions and the core, and require the same answers.
 */
import { APPROX_TOLERANCE, isShare, ON_TRACK_TOLERANCE } from "../core/assess";
import type { Entry } from "../core/catalog";
import { fallsByWords } from "../core/direction";
import { KIND_TRAITS } from "../core/kinds";

/**
 * Every function the native formulas call (tests hold each exported formula to this list; the README and the
 * 说明 sheet print it). Each is in Excel 2007 and later, WPS and LibreOffice, and is stored without a prefix.
 */
export const NATIVE_FUNCTIONS = [
  "IF",
  "AND",
  "OR",
  "MIN",
  "ABS",
  "POWER",
  "SQRT",
  "VALUE",
  "NA",
  "COUNTIF",
  "COUNTIFS",
] as const;

/** A1 references of the cells an assessment reads (in the sheet's units: percentages as fractions). */
export interface AssessCells {
  readonly current: string;
  readonly currentYear: string;
  readonly base: string;
  readonly baseYear: string;
  readonly target: string;
  readonly targetYear: string;
}

/** The cells a layout names current, currentYear, baseline, baseYear, target and targetYear, as AssessCells. */
export function assessCellsAt(
  at: (cell: "current" | "currentYear" | "baseline" | "baseYear" | "target" | "targetYear") => string,
): AssessCells {
  return {
    current: at("current"),
    currentYear: at("currentYear"),
    base: at("baseline"),
    baseYear: at("baseYear"),
    target: at("target"),
    targetYear: at("targetYear"),
  };
}

/** Excel has no "raise #NUM!" or "raise #VALUE!": these give exactly those errors, as the PLAN functions do. */
const NUM_ERROR = "SQRT(-1)";
const VALUE_ERROR = 'VALUE("?")';

function facts(entry: Entry): { cap: boolean; falls: boolean } {
  return { cap: KIND_TRAITS[entry.record.kind].limit, falls: fallsByWords(entry) };
}

/** TRUE when the target is reached from above: by its words, or (no words) because the basis is above it. */
function fallingExpr(entry: Entry, c: AssessCells): string {
  return facts(entry).falls ? "TRUE" : `AND(${c.base}<>"",${c.base}>${c.target})`;
}

function reachedExpr(entry: Entry, c: AssessCells, direction: "up" | "down"): string {
  const { bound } = entry.record;
  const slack = `${APPROX_TOLERANCE}*ABS(${c.target})`;
  if (direction === "up") {
    if (bound === "gt") return `${c.current}>${c.target}`;
    return bound === "approx" ? `${c.current}>=${c.target}-${slack}` : `${c.current}>=${c.target}`;
  }
  if (bound === "lt") return `${c.current}<${c.target}`;
  return bound === "approx" ? `${c.current}<=${c.target}+${slack}` : `${c.current}<=${c.target}`;
}

/**
 * The rate still required, as PLAN.REQUIRED_CAGR: (target ÷ current)^(1 ÷ years) − 1, #NUM! unless the target year
 * is after the current year, the current value above 0 and the target not below 0 (the rule of core/growth.ts, and
 * Excel's RRI). Written with POWER, not RRI: Excel 2010 lacks RRI and other programs differ on its _xlfn. prefix,
 * while POWER computes in every spreadsheet program in use; one formula for the pane's sheets and the export.
 */
export function requiredRateFormula(c: AssessCells): string {
  const years = `(${c.targetYear}-${c.currentYear})`;
  return `IF(OR(${years}<=0,${c.current}<=0,${c.target}<0),${NUM_ERROR},POWER(${c.target}/${c.current},1/${years})-1)`;
}

/** As PLAN.PROGRESS: along the basis → target way; without a basis, the share of a rising target reached. */
export function progressFormula(entry: Entry, c: AssessCells): string {
  if (facts(entry).cap) return `${c.current}/${c.target}`;
  const withoutBasis = facts(entry).falls ? "NA()" : `${c.current}/${c.target}`;
  return `IF(${c.base}<>"",(${c.current}-${c.base})/(${c.target}-${c.base}),${withoutBasis})`;
}

/** As PLAN.GAP: what is still to go in the target's direction (for a cap, the room left under it). */
export function gapFormula(entry: Entry, c: AssessCells): string {
  if (facts(entry).cap) return `${c.target}-${c.current}`;
  if (facts(entry).falls) return `${c.current}-${c.target}`;
  return `IF(${fallingExpr(entry, c)},${c.current}-${c.target},${c.target}-${c.current})`;
}

/**
 * 时间进度: the share of the basis → target period elapsed at the current year, at most 100% (from the target year on
 * the period is over); #NUM! for a current year before the base year or a period of no length, as the core.
 */
export function elapsedFormula(c: AssessCells): string {
  const span = `(${c.targetYear}-${c.baseYear})`;
  return `IF(OR(${c.currentYear}<${c.baseYear},${span}<=0),${NUM_ERROR},MIN(1,(${c.currentYear}-${c.baseYear})/${span}))`;
}

/** As PLAN.ONTRACK: the status words, or the same errors. */
export function statusFormula(entry: Entry, c: AssessCells): string {
  const incomplete = `IF(AND(${c.base}="",${c.baseYear}<>""),${VALUE_ERROR},`;
  if (facts(entry).cap) return `${incomplete}IF(${reachedExpr(entry, c, "down")},"未超上限","超出上限"))`;
  const achieved = `IF(${fallingExpr(entry, c)},${reachedExpr(entry, c, "down")},${reachedExpr(entry, c, "up")})`;
  const elapsed = `((${c.currentYear}-${c.baseYear})/(${c.targetYear}-${c.baseYear}))`;
  const ratio = `(${c.target}/${c.base})`;
  const compound = `(${ratio}^${elapsed}-1)/(${ratio}-1)`;
  // A share moves along a straight line; a level compounds (when both ends are positive).
  const expected = isShare(entry) ? elapsed : `IF(AND(${c.base}>0,${c.target}>0),${compound},${elapsed})`;
  const share = `(${c.current}-${c.base})/(${c.target}-${c.base})`;
  const onPath = `IF(${share}>${expected}+0.000000000001,"超前",IF(${share}>=${expected}-${ON_TRACK_TOLERANCE},"正常","滞后"))`;
  return [
    incomplete,
    `IF(${c.currentYear}>=${c.targetYear},IF(${achieved},"已实现","未实现"),`,
    `IF(${c.base}="",NA(),IF(${c.baseYear}="",${VALUE_ERROR},`,
    `IF(${c.currentYear}<${c.baseYear},${NUM_ERROR},${onPath})))))`,
  ].join("");
}
