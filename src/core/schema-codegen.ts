/**
 * Writes the schema's fast parsers (schema-fast.generated.ts) from the zod schema objects themselves: schema.ts stays
 * the one declaration, and this walks its definitions into plain JavaScript, one straight function per object, so a
 * dataset of 50,000 records is checked at the speed of a hand-written loop. Plain code in a module, not code made at
 * run time: it runs under the add-in's Content-Security-Policy (no eval).
 *
 * Each kind of node follows zod's own parse of that kind (the type test, defaults, the output built in the shape's
 * order); the common checks are inlined only where passing them here means zod's check passes too (a length at
 * least twice the minimum, a pattern, a bound, a safe integer), and every other check, or an uncertain case, runs
 * the check's own function (runCheck). A parser accepts or says NOT_SURE; only acceptance has to be exact.
 * A kind it does not model (unions, optional fields, transforms…) refuses to generate: teach it here first, with a
 * case in test/data/schema-fast.test.ts.
 */
import type { z } from "zod";
import type { $ZodCheck, $ZodType, $ZodTypes } from "zod/v4/core";
import * as schemas from "./schema";

/** The schemas that get a fast parser (the files a dataset is made of), by their names in schema.ts. */
export const FAST_SCHEMAS = {
  PlanSchema: schemas.PlanSchema,
  RegionsFileSchema: schemas.RegionsFileSchema,
  AliasesFileSchema: schemas.AliasesFileSchema,
} as const;

export const GENERATED_FILE = "src/core/schema-fast.generated.ts";

/** Refused while generating, for a schema kind the fast path does not model. */
export class UnmodelledSchemaError extends Error {
  constructor(what: string) {
    super(`schema-codegen: ${what} is not modelled; teach schema-codegen.ts before using it in the schema`);
    this.name = "UnmodelledSchemaError";
  }
}

interface Emitted {
  readonly lines: string[];
  /** The variable holding the parsed value. */
  readonly out: string;
}

class Emitter {
  readonly constants: string[] = [];
  readonly functions: string[] = [];
  private count = 0;

  name(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  /** A value taken from the schema objects once, when the module loads. */
  constant(expression: string): string {
    const name = this.name("k");
    this.constants.push(`const ${name} = ${expression};`);
    return name;
  }
}

type NodeOf<T extends string> = Extract<$ZodTypes, { _zod: { def: { type: T } } }>;

const FAIL = "return NOT_SURE;";

/** A field of an object or an item of a tuple must be one zod requires or fills in (never left out). */
function requiredOrDefaulted(schema: $ZodType, where: string): void {
  const { optin, optout } = schema._zod;
  if (optout !== undefined || (optin !== undefined && optin !== "defaulted")) {
    throw new UnmodelledSchemaError(`an optional ${where}`);
  }
}

/** The statements of one check on `out`: inlined when passing here means zod passes, else the check's own run. */
function checkLines(e: Emitter, check: $ZodCheck, path: string, out: string): string[] {
  const def = check._zod.def as { check: string; [key: string]: unknown };
  const viaZod = (): string[] => {
    const k = e.constant(path);
    return [`${out} = runCheck(${k}, ${out});`, `if (${out} === NOT_SURE) ${FAIL}`];
  };
  switch (def.check) {
    case "overwrite":
      return [`${out} = ${e.constant(`${path}._zod.def.tx`)}(${out});`];
    case "min_length": {
      if (typeof def.minimum !== "number") return viaZod();
      // zod counts a string's code points (one or two units each), so only between min and 2×min units is it in doubt.
      return [
        `if (${out}.length < ${def.minimum * 2}) {`,
        `if (${out}.length < ${def.minimum}) ${FAIL}`,
        ...viaZod(),
        `}`,
      ];
    }
    case "string_format":
      return def.format === "regex" ? regexLines(e, path, out) : viaZod();
    case "greater_than":
    case "less_than": {
      if (typeof def.value !== "number" || !Number.isFinite(def.value)) return viaZod();
      const op = def.check === "greater_than" ? (def.inclusive ? ">=" : ">") : def.inclusive ? "<=" : "<";
      return [`if (!(${out} ${op} ${def.value})) ${FAIL}`];
    }
    case "number_format":
      return def.format === "safeint" ? [`if (!Number.isSafeInteger(${out})) ${FAIL}`] : viaZod();
    default:
      return viaZod();
  }
}

function regexLines(e: Emitter, path: string, out: string): string[] {
  const pattern = e.constant(`${path}._zod.def.pattern`);
  return [`${pattern}.lastIndex = 0;`, `if (!${pattern}.test(${out})) ${FAIL}`];
}

/** The checks zod runs after a value's type passed: the schema itself when it is a check (formats), then its own. */
function checksLines(e: Emitter, schema: $ZodType, path: string, out: string): string[] {
  const lines: string[] = [];
  if (schema._zod.traits.has("$ZodCheck")) lines.push(...checkLines(e, schema as unknown as $ZodCheck, path, out));
  (schema._zod.def.checks ?? []).forEach((check, i) => {
    lines.push(...checkLines(e, check, `${path}._zod.def.checks[${i}]`, out));
  });
  return lines;
}

function objectFunction(e: Emitter, node: NodeOf<"object">, path: string): string {
  const { shape, catchall } = node._zod.def;
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new UnmodelledSchemaError("a symbol key");
  const strict = catchall?._zod.def.type === "never";
  if (catchall !== undefined && !strict) throw new UnmodelledSchemaError(`a ${catchall._zod.def.type} catchall`);
  const name = e.name("object");
  const lines = [`function ${name}(input: any): any {`];
  lines.push(`if (typeof input !== "object" || input === null || Array.isArray(input)) ${FAIL}`);
  const fields: string[] = [];
  for (const key of Object.keys(shape)) {
    if (key === "__proto__") throw new UnmodelledSchemaError("a __proto__ key");
    const field = shape[key]!;
    requiredOrDefaulted(field, `field (${key})`);
    const value = e.name("f");
    lines.push(`const ${value} = input[${JSON.stringify(key)}];`);
    const parsed = emit(e, field, `${path}._zod.def.shape[${JSON.stringify(key)}]`, value);
    lines.push(...parsed.lines);
    // undefined: a field that accepted nothing, where zod tells an absent key from an undefined one; let zod decide.
    lines.push(`if (${parsed.out} === undefined) ${FAIL}`);
    fields.push(`${JSON.stringify(key)}: ${parsed.out}`);
  }
  if (strict) {
    // A switch over the shape's keys: property keys are interned, so each case is one comparison (a Set hashes).
    const cases = Object.keys(shape).map((key) => `case ${JSON.stringify(key)}:`);
    lines.push(`for (const key in input) {`, `switch (key) {`, ...cases, `continue;`, `default:`, FAIL, `}`, `}`);
  }
  lines.push(`return { ${fields.join(", ")} };`, `}`);
  e.functions.push(lines.join("\n"));
  return name;
}

function recordFunction(e: Emitter, node: NodeOf<"record">, path: string): string {
  const { keyType, valueType } = node._zod.def;
  if (keyType._zod.def.type !== "string" || keyType._zod.values) throw new UnmodelledSchemaError("a record's key");
  const name = e.name("record");
  const key = emit(e, keyType, `${path}._zod.def.keyType`, "key");
  const value = emit(e, valueType, `${path}._zod.def.valueType`, "item");
  e.functions.push(
    [
      `function ${name}(input: any): any {`,
      `if (!isPlainObject(input)) ${FAIL}`,
      `const out: any = {};`,
      `for (const key of Reflect.ownKeys(input)) {`,
      `if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;`,
      `if (typeof key !== "string") ${FAIL}`,
      ...key.lines,
      // A key schema that rewrote the key: let zod decide.
      `if (${key.out} !== key) ${FAIL}`,
      `const item = input[key];`,
      ...value.lines,
      `out[key] = ${value.out};`,
      `}`,
      `return out;`,
      `}`,
    ].join("\n"),
  );
  return name;
}

/** The statements that parse `input` (an expression without effects) as `schema`, the value left in `out`. */
function emit(e: Emitter, schema: $ZodType, path: string, input: string): Emitted {
  const node = schema as $ZodTypes;
  const def = node._zod.def;
  if ("coerce" in def && def.coerce) throw new UnmodelledSchemaError(`a coerced ${def.type}`);
  const out = e.name("v");
  const lines: string[] = [];
  switch (def.type) {
    case "string":
    case "boolean":
      lines.push(`if (typeof ${input} !== "${def.type}") ${FAIL}`, `let ${out}: any = ${input};`);
      break;
    case "number":
      // zod's number refuses NaN and ±Infinity.
      lines.push(`if (typeof ${input} !== "number" || !Number.isFinite(${input})) ${FAIL}`);
      lines.push(`let ${out}: any = ${input};`);
      break;
    case "enum":
      lines.push(`if (!${e.constant(`${path}._zod.values`)}.has(${input})) ${FAIL}`, `let ${out}: any = ${input};`);
      break;
    case "nullable": {
      const inner = emit(e, def.innerType, `${path}._zod.def.innerType`, input);
      lines.push(`let ${out}: any = null;`, `if (${input} !== null) {`, ...inner.lines, `${out} = ${inner.out};`, `}`);
      break;
    }
    case "default": {
      // The def's defaultValue is a getter: a fresh copy of the default each time, as zod hands it out.
      const holder = e.constant(`${path}._zod.def`);
      const inner = emit(e, def.innerType, `${path}._zod.def.innerType`, input);
      lines.push(`let ${out}: any = undefined;`, `if (${input} === undefined) ${out} = ${holder}.defaultValue;`);
      lines.push(`else {`, ...inner.lines);
      lines.push(`${out} = ${inner.out} === undefined ? ${holder}.defaultValue : ${inner.out};`, `}`);
      break;
    }
    case "array": {
      const index = e.name("i");
      const item = e.name("item");
      const element = emit(e, def.element, `${path}._zod.def.element`, item);
      lines.push(`if (!Array.isArray(${input})) ${FAIL}`, `let ${out}: any = new Array(${input}.length);`);
      lines.push(`for (let ${index} = 0; ${index} < ${input}.length; ${index}++) {`);
      lines.push(`const ${item} = ${input}[${index}];`, ...element.lines, `${out}[${index}] = ${element.out};`, `}`);
      break;
    }
    case "tuple": {
      if (def.rest) throw new UnmodelledSchemaError("a tuple's rest");
      lines.push(`if (!Array.isArray(${input}) || ${input}.length !== ${def.items.length}) ${FAIL}`);
      const items = def.items.map((itemSchema, i) => {
        requiredOrDefaulted(itemSchema, `tuple item (${i})`);
        const item = e.name("item");
        lines.push(`const ${item} = ${input}[${i}];`);
        const parsed = emit(e, itemSchema, `${path}._zod.def.items[${i}]`, item);
        lines.push(...parsed.lines);
        return parsed.out;
      });
      lines.push(`let ${out}: any = [${items.join(", ")}];`);
      break;
    }
    case "object":
    case "record": {
      const fn =
        def.type === "object"
          ? objectFunction(e, node as NodeOf<"object">, path)
          : recordFunction(e, node as NodeOf<"record">, path);
      lines.push(`let ${out}: any = ${fn}(${input});`, `if (${out} === NOT_SURE) ${FAIL}`);
      break;
    }
    default:
      throw new UnmodelledSchemaError(`a ${def.type}`);
  }
  lines.push(...checksLines(e, schema, path, out));
  return { lines, out };
}

/**
 * The generated module's source (before prettier): one fast parser per schema, each named as schema.ts exports it
 * (PlanSchema → fastPlan). Throws UnmodelledSchemaError for a schema holding a kind it does not model.
 */
export function fastParsersSource(named: Readonly<Record<string, z.ZodType>> = FAST_SCHEMAS): string {
  const e = new Emitter();
  const exported: string[] = [];
  for (const [name, schema] of Object.entries(named)) {
    const parsed = emit(e, schema, `S.${name}`, "input");
    const parse = e.name("parse");
    e.functions.push(
      [`function ${parse}(input: any): any {`, ...parsed.lines, `return ${parsed.out};`, `}`].join("\n"),
    );
    exported.push(
      `/** ${name}'s fast parser. */`,
      `export const fast${name.replace(/Schema$/, "")}: FastParser<z.output<typeof schemas.${name}>> = (input) => {`,
      // A check that throws (a refinement's own fault) is NOT_SURE here; zod then throws as it would.
      `try { return ${parse}(input); } catch { return NOT_SURE; }`,
      `};`,
    );
  }
  return [
    `// Generated from the zod schema (schema.ts) by schema-codegen.ts: \`npm run schema:fast\` rewrites it, and`,
    `// test/data/schema-fast.test.ts checks that it is current. Do not edit.`,
    `/* eslint-disable */`,
    `import type { z } from "zod";`,
    `import * as schemas from "./schema";`,
    `import { isPlainObject, NOT_SURE, runCheck, type FastParser } from "./schema-fast";`,
    ``,
    `const S: any = schemas;`,
    ...e.constants,
    ``,
    ...e.functions,
    ``,
    ...exported,
    ``,
  ].join("\n");
}
