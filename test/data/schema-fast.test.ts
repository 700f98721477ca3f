import { expect } from "chai";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { AliasesFileSchema, PlanSchema, RegionsFileSchema } from "../../src/core/schema";
import { fastParsersSource, UnmodelledSchemaError } from "../../src/core/schema-codegen";
import { NOT_SURE, safeParseFast, type FastParser } from "../../src/core/schema-fast";
import { fastAliasesFile, fastPlan, fastRegionsFile } from "../../src/core/schema-fast.generated";
import { buildDataset } from "../../src/data/validate";
import { readSeeds } from "../../src/node/seeds";
import { formattedFastParsers, GENERATED_PATH } from "../../scripts/schema-fast";

type Json = unknown;

const seeds = readSeeds();
const plans = seeds.plans.map((p) => p.content);

/** Values a broken file may hold where another belongs: wrong types, empty or padded text, out-of-range numbers. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    " ",
    "\u3000",
    " 产值 ",
    "\uD800",
    "𠀀",
    "x",
    0,
    -1,
    1.5,
    1948,
    1949,
    2100,
    2101,
    2 ** 53,
    Number.NaN,
    Infinity,
    "2025",
    true,
    false,
    [],
    [""],
    ["新材料"],
    {},
    { type: "cagr" },
    { from: 2021, to: 2025 },
    "000-L17-1",
    "001D-L285-1",
    "U001-L3-2",
    "0001-L1-1",
    "000-17-1",
    "00-L17-1",
    "000-L17-1 ",
    "000",
    "U001",
    "001J",
    "000_7fb2c2560672e87d.txt",
    "2025-01-31",
    "2025-1-31",
    "亿元",
    "万吨",
    "%",
    "台（套）",
    "gigawatts",
    "eq",
    "ge",
    "approx",
    "target",
    "growth_rate",
    "relative_target",
    "recurring",
    "by_year",
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One change at a place in a plan: a field dropped, retyped or replaced, a key added, text padded. */
type Change =
  | { readonly kind: "drop" }
  | { readonly kind: "set"; readonly value: unknown }
  | { readonly kind: "add"; readonly key: string; readonly value: unknown }
  | { readonly kind: "pad"; readonly padding: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.constant<Change>({ kind: "drop" }),
  oddValue.map((value): Change => ({ kind: "set", value })),
  fc
    .tuple(fc.constantFrom("extra", "id", "note", "valueMax", "__proto__", "constructor"), oddValue)
    .map(([key, value]): Change => ({ kind: "add", key, value })),
  fc.constantFrom(" ", "\t", "\u3000", "\n").map((padding): Change => ({ kind: "pad", padding })),
);

/** A path into a plan: each step picks a key or an index of what is there (modulo its size). */
const walk = fc.array(fc.nat(), { minLength: 0, maxLength: 5 });

function apply(plan: Json, steps: readonly number[], what: Change): Json {
  const copy = structuredClone(plan) as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] | null = null;
  let key: string | number | null = null;
  let here: unknown = copy;
  for (const step of steps) {
    if (Array.isArray(here)) {
      if (here.length === 0) break;
      parent = here;
      key = step % here.length;
    } else if (typeof here === "object" && here !== null && Object.keys(here).length > 0) {
      const keys = Object.keys(here);
      parent = here as Record<string, unknown>;
      key = keys[step % keys.length]!;
    } else break;
    here = (parent as Record<string | number, unknown>)[key];
  }
  const target = parent as Record<string | number, unknown> | null;
  if (what.kind === "add") {
    const into = typeof here === "object" && here !== null ? (here as Record<string, unknown>) : copy;
    if (typeof into !== "object" || into === null) return copy;
    Object.defineProperty(into, what.key, { value: what.value, enumerable: true, writable: true, configurable: true });
  } else if (target === null || key === null) {
    return what.kind === "set" ? what.value : copy;
  } else if (what.kind === "drop") {
    // copyWithin, not splice: an array given an own `constructor` must not make the change itself throw.
    if (Array.isArray(target) && typeof key === "number") target.copyWithin(key, key + 1).length -= 1;
    else delete target[key];
  } else if (what.kind === "set") {
    target[key] = what.value;
  } else if (typeof here === "string") {
    target[key] = `${what.padding}${here}${what.padding}`;
  }
  return copy;
}

/** The fast parser agrees with zod: it accepts exactly what zod accepts, with the same value, keys in the same order. */
function agrees<S extends z.ZodType>(schema: S, fast: FastParser<z.output<S>>, input: unknown): boolean {
  const parsed = fast(input);
  let expected: z.ZodSafeParseResult<z.output<S>>;
  try {
    expected = schema.safeParse(input);
  } catch {
    // zod itself throws on some odd inputs (an array whose constructor is null): the fast path must not accept them,
    // so safeParseFast asks zod and throws as before.
    expect(parsed).to.equal(NOT_SURE);
    return false;
  }
  expect(
    parsed !== NOT_SURE,
    `fast ${parsed === NOT_SURE ? "refused" : "accepted"} what zod ${expected.success ? "accepts" : "refuses"}`,
  ).to.equal(expected.success);
  if (parsed !== NOT_SURE && expected.success) {
    expect(parsed).to.deep.equal(expected.data);
    expect(JSON.stringify(parsed)).to.equal(JSON.stringify(expected.data));
  }
  return expected.success;
}

describe("the schema's fast path (schema-fast.generated.ts, derived from the zod schema)", () => {
  it("is the code the schema generates today (npm run schema:fast rewrites it)", async () => {
    const stale = "src/core/schema-fast.generated.ts is not what the schema generates: run npm run schema:fast";
    expect(readFileSync(GENERATED_PATH, "utf8"), stale).to.equal(await formattedFastParsers());
  });

  it("accepts every seed file as zod does, filling in the same defaults, keys in the same order", () => {
    for (const plan of plans) expect(agrees(PlanSchema, fastPlan, plan)).to.equal(true);
    expect(agrees(RegionsFileSchema, fastRegionsFile, seeds.regions)).to.equal(true);
    expect(agrees(AliasesFileSchema, fastAliasesFile, seeds.aliases)).to.equal(true);
  });

  it("accepts exactly what zod accepts among mutated plans (property test), with the same parsed value", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: plans.length - 1 }),
        fc.array(fc.tuple(walk, change), { minLength: 1, maxLength: 3 }),
        (which, changes) => {
          let plan: Json = plans[which];
          for (const [steps, what] of changes) plan = apply(plan, steps, what);
          if (agrees(PlanSchema, fastPlan, plan)) accepted++;
          else refused++;
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    );
    // Both sides were exercised: some changes keep a plan valid (a default dropped, a note set), most break it.
    expect(accepted).to.be.greaterThan(50);
    expect(refused).to.be.greaterThan(500);
  });

  it("accepts exactly what zod accepts among mutated region and alias tables (property test)", () => {
    fc.assert(
      fc.property(walk, change, walk, change, (regionSteps, regionChange, aliasSteps, aliasChange) => {
        agrees(RegionsFileSchema, fastRegionsFile, apply(seeds.regions, regionSteps, regionChange));
        agrees(AliasesFileSchema, fastAliasesFile, apply(seeds.aliases, aliasSteps, aliasChange));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves the issues to zod: safeParseFast returns zod's own result, issue for issue", () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), walk, change, (which, steps, what) => {
        const plan = apply(plans[which], steps, what);
        const params = { reportInput: true } as const;
        expect(safeParseFast(PlanSchema, fastPlan, plan, params)).to.deep.equal(PlanSchema.safeParse(plan, params));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps buildDataset's issues: a wrong type, a bad id and an unknown unit are reported as before", () => {
    const plan = structuredClone(plans[0]) as { records: Array<Record<string, unknown>> };
    plan.records[0]!.line = "7";
    plan.records[1]!.id = "bad id";
    const result = buildDataset({ ...seeds, plans: [{ file: "000.json", content: plan }] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const expected = PlanSchema.safeParse(plan, { reportInput: true });
    expect(result.issues.map((issue) => issue.field)).to.deep.equal(
      expected.error!.issues.map((issue) => issue.path.slice(2).join(".")),
    );
    const unit = structuredClone(plans[0]) as { records: Array<Record<string, unknown>> };
    unit.records[0]!.unit = "gigawatts";
    const units = buildDataset({ ...seeds, plans: [{ file: "000.json", content: unit }] });
    expect(units.ok).to.equal(false);
    if (!units.ok) expect(units.issues.map((issue) => issue.code)).to.include("UNKNOWN_UNIT");
  });

  it("refuses to generate for a kind it does not model, instead of guessing", () => {
    for (const schema of [
      z.strictObject({ a: z.union([z.string(), z.number()]) }),
      z.strictObject({ a: z.string().optional() }),
      z.strictObject({ a: z.string().transform((s) => s.length) }),
      z.object({ a: z.string() }).passthrough(),
      z.strictObject({ a: z.coerce.number() }),
    ]) {
      expect(() => fastParsersSource({ Odd: schema })).to.throw(UnmodelledSchemaError);
    }
  });
});

describe("buildDataset's record id checks (the id's plan and line, read without splitting it)", () => {
  it('reports ID_PLAN_PREFIX and ID_LINE exactly where id.split("-") disagrees with the plan and the line', () => {
    const base = plans[0] as { id: string; records: Array<Record<string, unknown>> };
    fc.assert(
      fc.property(
        fc.constantFrom(base.id, "000", "001", "000A", "0000", "U001", `${base.id}0`),
        fc.integer({ min: 1, max: 40 }),
        fc.nat({ max: 9 }),
        (planPart, linePart, n) => {
          const plan = structuredClone(base);
          const record = plan.records[0]!;
          const id = `${planPart}-L${linePart}-${n + 1}`;
          record.id = id;
          const built = buildDataset({ ...seeds, plans: [{ file: "000.json", content: plan }] });
          const codes = built.ok ? [] : built.issues.filter((issue) => issue.record === id).map((issue) => issue.code);
          const [planId, lineTag] = id.split("-");
          expect(codes.includes("ID_PLAN_PREFIX"), id).to.equal(planId !== plan.id);
          expect(codes.includes("ID_LINE"), id).to.equal(lineTag !== `L${String(record.line)}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
