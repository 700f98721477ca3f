/**
 * Evaluates the PLAN.* calls in a formula the taskpane wrote, with the real function bodies of
 * src/functions/functions.ts (over the seeds the test stand-in installs). Enough of a formula reader for what the
 * taskpane writes: string and number literals, A1 references into the written block, and IF(…,"",PLAN.X(…)).
 */
import {
  baseline,
  baseyear,
  ontrack,
  progressFunction,
  qualifier,
  requiredCagrFunction,
  source,
  target,
  unit,
} from "../../src/functions/functions";

type Fn = (...args: unknown[]) => unknown;

const FUNCTIONS: Record<string, Fn> = {
  TARGET: target as Fn,
  UNIT: unit as Fn,
  QUALIFIER: qualifier as Fn,
  SOURCE: source as Fn,
  BASELINE: baseline as Fn,
  BASEYEAR: baseyear as Fn,
  REQUIRED_CAGR: requiredCagrFunction as Fn,
  PROGRESS: progressFunction as Fn,
  ONTRACK: ontrack as Fn,
};

/** The arguments of a call, split at top-level commas. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.length > 0 || args.length > 0) args.push(current);
  return args;
}

function literal(arg: string, cell: (ref: string) => unknown): unknown {
  if (arg === "") return null;
  if (arg.startsWith('"')) return arg.slice(1, -1).replace(/""/g, '"');
  if (/^-?[0-9.]+$/.test(arg)) return Number(arg);
  if (/^[A-Z]+[0-9]+$/.test(arg)) return cell(arg);
  throw new Error(`cannot read argument ${arg}`);
}

/** The first PLAN.X(…) call in the formula, evaluated; `cell` answers A1 references. */
export function evaluatePlanCall(formula: string, cell: (ref: string) => unknown = () => null): { name: string; value: unknown } {
  const start = formula.indexOf("PLAN.");
  if (start < 0) throw new Error(`no PLAN call in ${formula}`);
  const open = formula.indexOf("(", start);
  const name = formula.slice(start + 5, open);
  let depth = 0;
  let quoted = false;
  let close = open;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(") depth++;
    if (ch === ")" && --depth === 0) {
      close = i;
      break;
    }
  }
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`unknown function PLAN.${name}`);
  const args = splitArgs(formula.slice(open + 1, close)).map((a) => literal(a, cell));
  return { name, value: fn(...args) };
}
