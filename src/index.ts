/**
 * plan-targets as a library: `import { target, cagr } from "plan-targets"`.
 * The free functions answer over the bundled seeds (or the folder PLAN_TARGETS_DATA names); `Catalog`,
 * `buildDataset`, `catalogFrom` and `catalogFromDir` take any dataset.
 *
 * The free functions keep the library's promise: any JavaScript value in, a Result out, never an exception. They
 * read their arguments with the coercions the cells and the CLI use (src/core/input.ts): "2025年" is a year,
 * "1,200" a number, 0.08 or "8%" a rate, 0.35 or "35%" a percentage metric's value; a missing name is an error.
 * They are declared here, after the core's re-export, so they take the place of the core's plain-number maths of
 * the same names (cagr, convert…), which stay inside the core.
 */
import { assess, type Assessment } from "./core/assess";
import type { Catalog, Entry, SectorNode, TargetAnswer, TargetQuery } from "./core/catalog";
import { fail, type Result } from "./core/errors";
import * as growth from "./core/growth";
import {
  ARG,
  toAmount,
  toKinds,
  toNumber,
  toOptionalAmount,
  toOptionalNumber,
  toOptionalText,
  toLookupYear,
  toOptionalYear,
  toOptions,
  toRate,
  toText,
  toYear,
} from "./core/input";
import * as units from "./core/units";
import { formatIssue } from "./data/issues";
import { defaultCatalog, DATA_ENV } from "./node/default-catalog";
import { SeedFilesError, SEEDS_DIR } from "./node/seeds";

import { onDemand } from "./node/on-demand";
import type * as SchemaModule from "./core/schema";
import type * as ValidateModule from "./data/validate";
import type * as CatalogFromModule from "./data/catalog-from";
import type * as StoreModule from "./data/store";
import type * as ExtractModule from "./extract/index";
import type * as DatasetDirModule from "./node/dataset-dir";
import type * as PublishModule from "./node/publish";

export * from "./core/index";
export * from "./data/index";
export type * from "./extract/index";
export { DATA_ENV, defaultCatalog, useCatalog } from "./node/default-catalog";
export type { DatasetDirResult, DatasetLayout } from "./node/dataset-dir";
export type { PublishResult } from "./node/publish";
export { loadSeeds, readSeeds, SeedFilesError, SEEDS_DIR, type SeedsRead } from "./node/seeds";

/*
 * Loaded on first use: zod with the schema and the verifier, publishing, the extractor and dataset folders. `require("plan-targets")`
 * and a first answer (from the compiled seeds snapshot) need none of them. Each value is a getter on the exports,
 * written out so that Node finds the names for `import { … } from "plan-targets"` (cjs-module-lexer reads
 * `Object.defineProperty(exports, "name", { get() { return x.y; } })`); its type is the module's own.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand, as above */
const schema = onDemand(() => require("./core/schema") as typeof SchemaModule);
const validate = onDemand(() => require("./data/validate") as typeof ValidateModule);
const catalogFromModule = onDemand(() => require("./data/catalog-from") as typeof CatalogFromModule);
const store = onDemand(() => require("./data/store") as typeof StoreModule);
const extract = onDemand(() => require("./extract/index") as typeof ExtractModule);
const publish = onDemand(() => require("./node/publish") as typeof PublishModule);
const datasetDir = onDemand(() => require("./node/dataset-dir") as typeof DatasetDirModule);
/* eslint-enable @typescript-eslint/no-require-imports */

export declare const EntityFilterSchema: typeof SchemaModule.EntityFilterSchema;
export declare const RecordSchema: typeof SchemaModule.RecordSchema;
export declare const ExclusionSchema: typeof SchemaModule.ExclusionSchema;
export declare const PlanSchema: typeof SchemaModule.PlanSchema;
export declare const RegionSchema: typeof SchemaModule.RegionSchema;
export declare const RegionsFileSchema: typeof SchemaModule.RegionsFileSchema;
export declare const AliasesFileSchema: typeof SchemaModule.AliasesFileSchema;
export declare const buildDataset: typeof ValidateModule.buildDataset;
export declare const verifyDataset: typeof ValidateModule.verifyDataset;
export declare const catalogFrom: typeof CatalogFromModule.catalogFrom;
export declare const shippedCatalog: typeof CatalogFromModule.shippedCatalog;
export declare const CatalogStore: typeof StoreModule.CatalogStore;
export type CatalogStore = StoreModule.CatalogStore;
export declare const extractProposals: typeof ExtractModule.extractProposals;
export declare const inferPeriod: typeof ExtractModule.inferPeriod;
export declare const checkText: typeof ExtractModule.checkText;
export declare const MAX_EXTRACT_CHARS: typeof ExtractModule.MAX_EXTRACT_CHARS;
export declare const proposalsToPlan: typeof ExtractModule.proposalsToPlan;
export declare const publishFailure: typeof PublishModule.publishFailure;
export declare const publishSeeds: typeof PublishModule.publishSeeds;
export declare const writePublished: typeof PublishModule.writePublished;
export declare const catalogFromDir: typeof DatasetDirModule.catalogFromDir;
export declare const readDatasetDir: typeof DatasetDirModule.readDatasetDir;
/** A published folder's index.json, and some of its shards (a region's) read and checked against it. */
export declare const readPublishedIndex: typeof DatasetDirModule.readPublishedIndex;
export declare const readPublishedShards: typeof DatasetDirModule.readPublishedShards;

Object.defineProperty(exports as object, "EntityFilterSchema", {
  enumerable: true,
  get() {
    return schema.EntityFilterSchema;
  },
});
Object.defineProperty(exports as object, "RecordSchema", {
  enumerable: true,
  get() {
    return schema.RecordSchema;
  },
});
Object.defineProperty(exports as object, "ExclusionSchema", {
  enumerable: true,
  get() {
    return schema.ExclusionSchema;
  },
});
Object.defineProperty(exports as object, "PlanSchema", {
  enumerable: true,
  get() {
    return schema.PlanSchema;
  },
});
Object.defineProperty(exports as object, "RegionSchema", {
  enumerable: true,
  get() {
    return schema.RegionSchema;
  },
});
Object.defineProperty(exports as object, "RegionsFileSchema", {
  enumerable: true,
  get() {
    return schema.RegionsFileSchema;
  },
});
Object.defineProperty(exports as object, "AliasesFileSchema", {
  enumerable: true,
  get() {
    return schema.AliasesFileSchema;
  },
});
Object.defineProperty(exports as object, "buildDataset", {
  enumerable: true,
  get() {
    return validate.buildDataset;
  },
});
Object.defineProperty(exports as object, "verifyDataset", {
  enumerable: true,
  get() {
    return validate.verifyDataset;
  },
});
Object.defineProperty(exports as object, "catalogFrom", {
  enumerable: true,
  get() {
    return catalogFromModule.catalogFrom;
  },
});
Object.defineProperty(exports as object, "shippedCatalog", {
  enumerable: true,
  get() {
    return catalogFromModule.shippedCatalog;
  },
});
Object.defineProperty(exports as object, "CatalogStore", {
  enumerable: true,
  get() {
    return store.CatalogStore;
  },
});
Object.defineProperty(exports as object, "extractProposals", {
  enumerable: true,
  get() {
    return extract.extractProposals;
  },
});
Object.defineProperty(exports as object, "inferPeriod", {
  enumerable: true,
  get() {
    return extract.inferPeriod;
  },
});
Object.defineProperty(exports as object, "checkText", {
  enumerable: true,
  get() {
    return extract.checkText;
  },
});
Object.defineProperty(exports as object, "MAX_EXTRACT_CHARS", {
  enumerable: true,
  get() {
    return extract.MAX_EXTRACT_CHARS;
  },
});
Object.defineProperty(exports as object, "proposalsToPlan", {
  enumerable: true,
  get() {
    return extract.proposalsToPlan;
  },
});
Object.defineProperty(exports as object, "publishFailure", {
  enumerable: true,
  get() {
    return publish.publishFailure;
  },
});
Object.defineProperty(exports as object, "publishSeeds", {
  enumerable: true,
  get() {
    return publish.publishSeeds;
  },
});
Object.defineProperty(exports as object, "writePublished", {
  enumerable: true,
  get() {
    return publish.writePublished;
  },
});
Object.defineProperty(exports as object, "catalogFromDir", {
  enumerable: true,
  get() {
    return datasetDir.catalogFromDir;
  },
});
Object.defineProperty(exports as object, "readDatasetDir", {
  enumerable: true,
  get() {
    return datasetDir.readDatasetDir;
  },
});
Object.defineProperty(exports as object, "readPublishedIndex", {
  enumerable: true,
  get() {
    return datasetDir.readPublishedIndex;
  },
});
Object.defineProperty(exports as object, "readPublishedShards", {
  enumerable: true,
  get() {
    return datasetDir.readPublishedShards;
  },
});
// A loader that replaces module.exports (tsx running src/, in the tests) gets the same getters there.
if (module.exports !== exports) {
  const getters = Object.getOwnPropertyDescriptors(exports as object);
  for (const [name, getter] of Object.entries(getters)) {
    if (!(name in (module.exports as object))) Object.defineProperty(module.exports, name, getter);
  }
}

/** The one early exit of a free function: a failed step, returned as the function's Result. */
class Refusal {
  constructor(readonly result: Result<never>) {}
}

function take<T>(result: Result<T>): T {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught by `total` only
  if (!result.ok) throw new Refusal(result);
  return result.value;
}

/** The catalogue, or why the data cannot be read (a broken PLAN_TARGETS_DATA folder names itself). */
function catalog(): Catalog {
  try {
    return defaultCatalog();
  } catch (error) {
    if (!(error instanceof SeedFilesError)) throw error;
    // The first few problems, each naming its file (formatIssue), and how many there are in all.
    const shown = error.issues.slice(0, 3);
    return take(
      fail("DATA_UNREADABLE", {
        folder: process.env[DATA_ENV] || SEEDS_DIR,
        problem: {
          zh: shown.map((issue) => formatIssue(issue, "zh")).join("；"),
          en: shown.map((issue) => formatIssue(issue, "en")).join("; "),
        },
        count: error.issues.length,
      }),
    );
  }
}

/** Runs a free function's body: its Result, a refused argument as a failed Result, and never a throw. */
function total<T>(body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch (thrown) {
    if (thrown instanceof Refusal) return thrown.result;
    return fail("UNEXPECTED", { detail: thrown instanceof Error ? thrown.message : String(thrown) });
  }
}

function targetQuery(region: unknown, sector: unknown, metric: unknown, year: unknown, plan: unknown): TargetQuery {
  return {
    region: take(toText(region, ARG.region)),
    sector: take(toText(sector, ARG.sector)),
    metric: take(toText(metric, ARG.metric)),
    year: take(toLookupYear(year, ARG.year)),
    plan: take(toOptionalText(plan, ARG.plan)),
  };
}

/**
 * The target for a region, sector and metric; year defaults to the plan's end year (EVERY_YEAR or 每年 asks for a
 * recurring target), plan pins a plan.
 */
export function target(
  region: string | number,
  sector: string,
  metric: string,
  year?: number | string | null,
  plan?: string | null,
): Result<TargetAnswer> {
  return total(() => {
    const query = targetQuery(region, sector, metric, year, plan);
    return catalog().target(query);
  });
}

/** What `list` and `sectors` take; every field optional, a year may be text ("2025年"). */
export interface ListFilter {
  readonly region?: string | number | null;
  readonly plan?: string | null;
  readonly sector?: string | null;
  readonly metric?: string | null;
  readonly year?: number | string | null;
  /** Ids (target, cap…) or labels (目标, 上限…). */
  readonly kinds?: readonly string[] | string | null;
}

/** Records matching a filter (every field optional). */
export function list(filter: ListFilter | null = {}): Result<Entry[]> {
  return total(() => {
    const f = take(toOptions(filter, ARG.filter, '{ region: "内蒙古" }'));
    return catalog().list({
      region: take(toOptionalText(f.region, ARG.region)),
      plan: take(toOptionalText(f.plan, ARG.plan)),
      sector: take(toOptionalText(f.sector, ARG.sector)),
      metric: take(toOptionalText(f.metric, ARG.metric)),
      year: take(toLookupYear(f.year, ARG.year)),
      kinds: take(toKinds(f.kinds, ARG.kind)),
    });
  });
}

/** The sector tree, for a region or a plan or all. */
export function sectors(filter: Pick<ListFilter, "region" | "plan"> | null = {}): Result<SectorNode[]> {
  return total(() => {
    const f = take(toOptions(filter, ARG.filter, '{ region: "内蒙古" }'));
    return catalog().sectorTree({
      region: take(toOptionalText(f.region, ARG.region)),
      plan: take(toOptionalText(f.plan, ARG.plan)),
    });
  });
}

/**
 * Progress, gap, required rate and on-track status of a current value against a plan's target, as
 * `plan-targets progress` and PLAN.ONTRACK judge it. The current value and a base are in the target's unit, a
 * percentage metric's as Excel holds it (0.35 or "35%"; 35 is refused); the answer keeps the plan's numbers (35).
 */
export function assessTarget(
  current: number | string,
  currentYear: number | string,
  region: string | number,
  sector: string,
  metric: string,
  year?: number | string | null,
  plan?: string | null,
  base?: number | string | null,
  baseYear?: number | string | null,
): Result<Assessment> {
  return total(() => {
    const nowYear = take(toYear(currentYear, ARG.currentYear));
    const query = targetQuery(region, sector, metric, year, plan);
    const active = catalog();
    const { entry } = take(active.target(query));
    const now = take(toAmount(current, entry.unit, ARG.current));
    const given = {
      value: take(toOptionalAmount(base, entry.unit, ARG.base)),
      year: take(toOptionalYear(baseYear, ARG.baseYear)),
    };
    return assess(active, entry, now, nowYear, given);
  });
}

type Amount = number | string;

/** (end / start)^(1 / years) − 1, as Excel's RRI. */
export function cagr(start: Amount, end: Amount, years: Amount): Result<number> {
  return total(() =>
    growth.cagr(take(toNumber(start, ARG.start)), take(toNumber(end, ARG.end)), take(toNumber(years, ARG.years))),
  );
}

/** The yearly rate from the current value to a target. */
export function requiredCagr(current: Amount, currentYear: Amount, target: Amount, targetYear: Amount): Result<number> {
  return total(() =>
    growth.requiredCagr(
      take(toNumber(current, ARG.current)),
      take(toYear(currentYear, ARG.currentYear)),
      take(toNumber(target, ARG.target)),
      take(toYear(targetYear, ARG.year)),
    ),
  );
}

/** value × (1 + rate)^years; the rate 0.08 or "8%" (8 is refused). */
export function project(value: Amount, rate: Amount, years: Amount): Result<number> {
  return total(() =>
    growth.project(take(toNumber(value, ARG.value)), take(toRate(rate, ARG.rate)), take(toNumber(years, ARG.years))),
  );
}

/** Years until the current value reaches the target at a rate (0.08 or "8%"). */
export function yearsToTarget(current: Amount, rate: Amount, target: Amount): Result<number> {
  return total(() =>
    growth.yearsToTarget(
      take(toNumber(current, ARG.current)),
      take(toRate(rate, ARG.rate)),
      take(toNumber(target, ARG.target)),
    ),
  );
}

/** (current − base) / (target − base), or current / target without a base. */
export function progress(current: Amount, target: Amount, base?: Amount | null): Result<number> {
  return total(() => {
    const from = take(toOptionalNumber(base, ARG.base));
    return growth.progress(take(toNumber(current, ARG.current)), take(toNumber(target, ARG.target)), from);
  });
}

/** target − current. */
export function gap(current: Amount, target: Amount): Result<number> {
  return total(() => growth.gap(take(toNumber(current, ARG.current)), take(toNumber(target, ARG.target))));
}

/** A value from one unit to another of the same dimension: 亿元 → 万元. */
export function convert(value: Amount, from: string, to: string): Result<number> {
  return total(() =>
    units.convert(take(toNumber(value, ARG.value)), take(toText(from, ARG.fromUnit)), take(toText(to, ARG.toUnit))),
  );
}

/** The free functions that keep the promise (any value in, a Result out); the tests hold them to it. */
export const FREE_FUNCTIONS = {
  target,
  list,
  sectors,
  assessTarget,
  cagr,
  requiredCagr,
  project,
  yearsToTarget,
  progress,
  gap,
  convert,
} as const;
