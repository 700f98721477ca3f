/**
 * The dataset schema: the one definition of what a plan file in `seeds/plans/` holds.
 * Types are inferred from it, so the files, the validator and the code cannot drift apart.
 */
import { z } from "zod";
import { BOUNDS, GROWTH_TYPES, RECORD_KINDS, RELATIVE_OPS, YEAR_BASES } from "./vocabulary";

// No runtime code generation: zod otherwise probes `new Function` once, which the taskpane's
// Content-Security-Policy (no unsafe-eval) rightly refuses.
z.config({ jitless: true });

// The record vocabularies live apart from zod (vocabulary.ts), so code that only reads them does not load zod.
export * from "./vocabulary";

const nonEmpty = z.string().trim().min(1);

/**
 * Plan ids: the seeds' "000", "001D" (three digits, a letter for a plan inside a bundle), and "U" + digits for the
 * plans a user adds (导入规划: U001, U002…), which can never collide with a seed. Records and documents follow.
 */
const PLAN_ID = "(?:[0-9]{3,4}[A-I]?|U[0-9]{3,})";
const year = z.number().int().min(1949).max(2100);

/**
 * A threshold on a counted thing: "5户企业产值达到10亿元以上" → {measure:产值, op:ge, value:10, unit:亿元}.
 * 达到 / 达 before a threshold means "at least", so it is ge too; 超 is gt.
 */
export const EntityFilterSchema = z.strictObject({
  measure: nonEmpty,
  op: z.enum(["ge", "gt", "approx", "range"]),
  value: z.number().finite(),
  valueMax: z.number().finite().nullable().default(null),
  unit: nonEmpty,
});

export const RecordSchema = z
  .strictObject({
    /** "<planId>-L<line>-<n>", e.g. "000-L17-7" (the 7th figure of line 17): unique in the dataset. */
    id: z.string().regex(new RegExp(`^${PLAN_ID}-L[0-9]+-[0-9]+$`), "id must look like 000-L17-1 or 001D-L285-1"),
    /** 1-based line in the plan's source document. */
    line: z.number().int().positive(),
    /** Verbatim substring of that line that states the figure. */
    quote: nonEmpty,
    /** How the value is written in the quote when it is not the digits of `value` (千亿级, 倍增, 两). */
    valueText: nonEmpty.nullable().default(null),
    /** From the plan's top industry down to the leaf: ["新材料","先进有色金属材料","高性能铝材","合金及粉体材料"]. */
    sector: z.array(nonEmpty).min(1),
    /** A place below the province the figure belongs to (济源), or null for the whole region. */
    subRegion: nonEmpty.nullable().default(null),
    /** The measure in the plan's own words: 产值, 产能, 新增产能, 主营业务收入, 规模, 占比, 企业数量… */
    metric: nonEmpty,
    kind: z.enum(RECORD_KINDS),
    /** The year the value refers to; null only for recurring figures. */
    year: year.nullable(),
    yearBasis: z.enum(YEAR_BASES),
    /** For growth rates and cumulative figures: the period they cover. */
    period: z.strictObject({ from: year, to: year }).nullable().default(null),
    /** The number as written, in `unit`; for a range the lower end. */
    value: z.number().finite(),
    /** The upper end of a range (2-3个 → 3; 1.3—1.25 → 1.3), else null. */
    valueMax: z.number().finite().nullable().default(null),
    /** Unit as written (亿元, 亿, 万吨, %, 台（套）); canonical form comes from the unit table. */
    unit: nonEmpty,
    bound: z.enum(BOUNDS).default("eq"),
    /** 力争 / 争取 governs the figure (its scope can run over a colon list). */
    aspiration: z.boolean().default(false),
    /** The qualifier words as found, for display: ["力争","以上"]. */
    qualifiers: z.array(nonEmpty).default([]),
    entityFilter: EntityFilterSchema.nullable().default(null),
    growth: z
      .strictObject({ type: z.enum(GROWTH_TYPES) })
      .nullable()
      .default(null),
    relative: z
      .strictObject({ op: z.enum(RELATIVE_OPS), refYear: year.nullable() })
      .nullable()
      .default(null),
    /** Ids of records (usually in another version of the plan) that state the same fact. */
    sameAs: z.array(z.string()).default([]),
    /** Scope remarks a reader needs: 包括铝后和铜后加工; subject taken from a heading. */
    note: nonEmpty.nullable().default(null),
  })
  .superRefine((record, ctx) => {
    if (record.valueMax !== null && record.valueMax === record.value) {
      ctx.addIssue({ code: "custom", path: ["valueMax"], message: "valueMax equals value: not a range" });
    }
    if (record.year === null && record.yearBasis !== "recurring") {
      ctx.addIssue({ code: "custom", path: ["year"], message: "year may be null only when yearBasis is recurring" });
    }
    if (record.kind === "growth_rate" && record.growth === null) {
      ctx.addIssue({ code: "custom", path: ["growth"], message: "a growth_rate record needs growth.type" });
    }
    if (record.kind === "relative_target" && record.relative === null) {
      ctx.addIssue({ code: "custom", path: ["relative"], message: "a relative_target record needs relative" });
    }
  });

/** A number in a line that is deliberately not a record, and why (a date, a year span, a name like 5G). */
export const ExclusionSchema = z.strictObject({
  line: z.number().int().positive(),
  /** Verbatim substring of the line that covers the excluded number(s). */
  text: nonEmpty,
  reason: z.enum([
    "date",
    "year_span",
    "name",
    "standard_code",
    "ordinal",
    "heading_number",
    "restated_in_quote",
    "other",
  ]),
  note: nonEmpty.nullable().default(null),
});

export const PlanSchema = z.strictObject({
  /** "000", "002", "001A".."001I"; user plans "U001"…. */
  id: z.string().regex(new RegExp(`^${PLAN_ID}$`)),
  title: nonEmpty,
  /** For a plan inside a bundle: the bundle's heading line (制造业高端化发展行动计划方案四). */
  bundle: nonEmpty.nullable().default(null),
  /** Seed file name in seeds/documents/ ("000_7fb2c2560672e87d.txt"); a user plan's text is "U001_<16 hex>.txt". */
  document: z.string().regex(/^(?:[0-9]{3}|U[0-9]{3,})_[0-9a-f]{16}\.txt$/),
  /** First and last line of the plan in its document. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Canonical region name, as in seeds/regions.json. */
  region: nonEmpty,
  issuer: nonEmpty.nullable().default(null),
  /** ISO date when the document states it. */
  issued: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  period: z.strictObject({ start: year, end: year }),
  /** The base year of the plan's comparisons (stated, or the year before the period starts). */
  baseYear: year,
  /** Ids of plans this one replaces (curated, with evidence in `note`). */
  supersedes: z.array(z.string()).default([]),
  /** Other names for sector nodes: { "石墨烯": ["石黑烯"] } (typos, renamings between versions). */
  sectorAliases: z.record(z.string(), z.array(nonEmpty)).default({}),
  note: nonEmpty.nullable().default(null),
  records: z.array(RecordSchema),
  exclusions: z.array(ExclusionSchema).default([]),
});

export const RegionSchema = z.strictObject({
  name: nonEmpty,
  code: z.string().regex(/^\d{6}$/),
  iso: z.string().regex(/^CN-[A-Z]{2}$/),
  /** What people type: 内蒙古, 内蒙, Inner Mongolia. Never single characters extracted from text. */
  aliases: z.array(nonEmpty),
  subRegions: z.array(nonEmpty).default([]),
});

export const RegionsFileSchema = z.strictObject({ regions: z.array(RegionSchema).min(1) });

/** Name synonyms that hold across plans: metric synonyms (true synonyms only) and sector aliases. */
export const AliasesFileSchema = z.strictObject({
  metrics: z.record(z.string(), z.array(nonEmpty)),
  sectors: z.record(z.string(), z.array(nonEmpty)),
});

export type EntityFilter = z.infer<typeof EntityFilterSchema>;
export type PlanRecord = z.infer<typeof RecordSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Aliases = z.infer<typeof AliasesFileSchema>;
