/**
 * The user's plans (导入规划) as a second layer over the published dataset: the catalogue in use is the bundled or
 * refreshed dataset plus the plans the user imported. Pure, and free of zod (the add-in's start path re-applies the
 * stored plans): the full verification of a new plan is user-plan-verify.ts, loaded with the verifier.
 *
 * A user plan is kept verified and compiled (every default written out) with its document's text; it is stored in
 * one value beside the stored dataset, re-checked at start (sha256s, ids, units, the document's name) and laid over
 * whatever dataset is in use: after a refresh, after 恢复内置数据 and at start. A plan that no longer fits the data
 * under it (its region gone, its id taken by a published plan, a link that no longer resolves) stays stored but
 * unused, and the pane says why.
 */
import { Catalog } from "../core/catalog";
import type { Dataset } from "../core/dataset";
import { dataFault, importProblem, type DataFault } from "../core/errors";
import type { Bilingual } from "../core/locale";
import type { Plan } from "../core/schema";
import { lookupUnit } from "../core/units";
import { sha256Hex, utf8 } from "./digest";
import { isUserPlanId, userDocumentName } from "./user-plan-id";
import { fingerprint } from "./version";

/** How a user's plan came in. */
export type ImportOrigin = "paste" | "json" | "csv" | "xlsx" | "selection";

export const IMPORT_ORIGINS: readonly ImportOrigin[] = ["paste", "json", "csv", "xlsx", "selection"];

/** A user's plan as the add-in keeps it: verified, every default written out, with its document's text. */
export interface UserPlan {
  readonly plan: Plan;
  /** The text of the plan's document (named `plan.document`): every quote stands on one of its lines. */
  readonly text: string;
  readonly origin: ImportOrigin;
  /** ISO timestamp of the import. */
  readonly added: string;
}

/** What the pane hands in to be added: a plan in the seeds schema, not yet verified, and its document's text. */
export interface PlanCandidate {
  /** What to name in messages: the file name, or 粘贴的文本 / 所选区域. */
  readonly source: string;
  readonly plan: unknown;
  readonly text: string;
  readonly origin: ImportOrigin;
}

/** One user plan as stored: the compiled plan file and its document, each with its sha256. */
export interface StoredUserPlan {
  readonly plan: string;
  readonly planSha256: string;
  readonly text: string;
  readonly textSha256: string;
  readonly origin: ImportOrigin;
  readonly added: string;
}

export const USER_PLANS_FORMAT = 1;

/** What the storage keeps: every user plan, in import order. */
export interface StoredUserPlans {
  readonly format: typeof USER_PLANS_FORMAT;
  readonly plans: readonly StoredUserPlan[];
}

/** Where the user's plans are kept across restarts (IndexedDB in the add-in, memory in tests). */
export interface UserPlanStorage {
  /** The stored value as found (anything: it is checked before use), or null when nothing is stored. */
  load(): Promise<unknown>;
  /** Replaces the stored list in one step: either all of it is kept, or it fails and nothing changed. */
  save(stored: StoredUserPlans): Promise<void>;
}

/** A user plan laid over a dataset, or set aside with the reason it does not fit. */
export interface UserPlanState {
  readonly userPlan: UserPlan;
  /** Null when it is in use; else why not (its region is not in the tables, its id is taken…). */
  readonly fault: DataFault | null;
}

export interface Layered {
  readonly dataset: Dataset;
  readonly catalog: Catalog;
  readonly states: readonly UserPlanState[];
}

/** The next free user plan id after every id taken (U001, U002…; U1000 after U999). */
export function nextUserPlanId(taken: Iterable<string>): string {
  let highest = 0;
  for (const id of taken) if (isUserPlanId(id)) highest = Math.max(highest, Number(id.slice(1)));
  return `U${String(highest + 1).padStart(3, "0")}`;
}

/** The plan under another id: its records' ids, its links to its own records and its document's name follow. */
export function renumberPlan(plan: Plan, id: string, text: string): Plan {
  if (plan.id === id && plan.document === userDocumentName(id, text)) return plan;
  const prefix = `${plan.id}-`;
  const rename = (recordId: string): string =>
    recordId.startsWith(prefix) ? `${id}-${recordId.slice(prefix.length)}` : recordId;
  return {
    ...plan,
    id,
    document: userDocumentName(id, text),
    records: plan.records.map((record) => ({ ...record, id: rename(record.id), sameAs: record.sameAs.map(rename) })),
  };
}

/**
 * The version of the data in use: the published dataset's, and when user plans are laid over it, a tag of them
 * (`2026.11.29-c9f78ee0+u1a2b3c4d`), so a workbook computed with other plans of one's own says so.
 */
export function layeredVersion(baseVersion: string, plans: readonly UserPlan[]): string {
  if (plans.length === 0) return baseVersion;
  return `${baseVersion}+u${fingerprint(plans.map((p) => JSON.stringify(p.plan)))}`;
}

/**
 * Lays the user's plans over `base`, each checked against what is under it (and the plans before it): its region
 * in the tables, its id free, its links resolving. Those that do not fit are kept out, with the reason.
 */
export function layerUserPlans(base: Dataset, plans: readonly UserPlan[]): Layered {
  const regions = new Set(base.regions.map((r) => r.name));
  const planIds = new Set(base.plans.map((p) => p.id));
  const recordIds = new Set(base.plans.flatMap((p) => p.records.map((r) => r.id)));
  const states: UserPlanState[] = [];
  const used: UserPlan[] = [];
  for (const userPlan of plans) {
    const { plan } = userPlan;
    const own = new Set(plan.records.map((r) => r.id));
    const unknownLink =
      plan.supersedes.find((id) => !planIds.has(id)) ??
      plan.records.flatMap((r) => r.sameAs).find((id) => !own.has(id) && !recordIds.has(id));
    const why = !regions.has(plan.region)
      ? importProblem("REGION_GONE", { region: plan.region })
      : planIds.has(plan.id)
        ? importProblem("ID_TAKEN", { plan: plan.id })
        : unknownLink !== undefined
          ? importProblem("LINK_GONE", { link: unknownLink })
          : null;
    if (why) {
      states.push({ userPlan, fault: dataFault("USER_PLAN_INACTIVE", { plan: plan.id, reason: why }) });
      continue;
    }
    planIds.add(plan.id);
    for (const id of own) recordIds.add(id);
    used.push(userPlan);
    states.push({ userPlan, fault: null });
  }
  const dataset: Dataset = {
    ...base,
    version: layeredVersion(base.version, used),
    plans: [...base.plans, ...used.map((u) => u.plan)].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { dataset, catalog: used.length === 0 ? new Catalog(base) : new Catalog(dataset), states };
}

/** The stored form of the user's plans: each plan file compact, each text verbatim, each with its sha256. */
export async function storedUserPlans(plans: readonly UserPlan[]): Promise<StoredUserPlans> {
  const stored: StoredUserPlan[] = [];
  for (const { plan, text, origin, added } of plans) {
    const planText = JSON.stringify(plan);
    stored.push({
      plan: planText,
      planSha256: await sha256Hex(utf8(planText)),
      text,
      textSha256: await sha256Hex(utf8(text)),
      origin,
      added,
    });
  }
  return { format: USER_PLANS_FORMAT, plans: stored };
}

export interface StoredRead {
  readonly plans: readonly UserPlan[];
  /** One fault per stored plan that was damaged (and is dropped). */
  readonly damaged: readonly DataFault[];
}

/**
 * The stored user plans, checked as the start path can afford (no schema): the shape, every sha256, the ids, the
 * units, the document's name against its text. A damaged plan is dropped and named; the others are kept.
 */
export async function readStoredUserPlans(value: unknown): Promise<StoredRead> {
  if (value === null || value === undefined) return { plans: [], damaged: [] };
  const stored = value as Partial<StoredUserPlans>;
  if (typeof stored !== "object" || stored.format !== USER_PLANS_FORMAT || !Array.isArray(stored.plans)) {
    const detail = importProblem("STORED_SHAPE", { field: "format" });
    return { plans: [], damaged: [dataFault("STORED_USER_PLAN_CORRUPT", { plan: "?", detail })] };
  }
  const plans: UserPlan[] = [];
  const damaged: DataFault[] = [];
  for (const [index, entry] of (stored.plans as unknown[]).entries()) {
    const read = await readOne(entry);
    if (read.ok) plans.push(read.userPlan);
    else damaged.push(dataFault("STORED_USER_PLAN_CORRUPT", { plan: read.id ?? `#${index + 1}`, detail: read.detail }));
  }
  return { plans, damaged };
}

type OneRead = { ok: true; userPlan: UserPlan } | { ok: false; id: string | null; detail: Bilingual };

async function readOne(value: unknown): Promise<OneRead> {
  const shape = (id: string | null, field: string): OneRead => ({
    ok: false,
    id,
    detail: importProblem("STORED_SHAPE", { field }),
  });
  const entry = value as Partial<StoredUserPlan> | null;
  if (typeof entry !== "object" || entry === null) return shape(null, "(root)");
  const { plan: planText, text } = entry;
  if (typeof planText !== "string") return shape(null, "plan");
  if (typeof text !== "string") return shape(null, "text");
  if (!IMPORT_ORIGINS.includes(entry.origin as ImportOrigin)) return shape(null, "origin");
  if (typeof entry.added !== "string") return shape(null, "added");
  for (const [field, content, sha256] of [
    ["plan", planText, entry.planSha256],
    ["text", text, entry.textSha256],
  ] as const) {
    if ((await sha256Hex(utf8(content))) !== sha256) {
      return { ok: false, id: null, detail: importProblem("STORED_HASH", { field }) };
    }
  }
  let plan: Plan;
  try {
    plan = JSON.parse(planText) as Plan;
  } catch {
    return shape(null, "plan");
  }
  const id = typeof plan?.id === "string" ? plan.id : null;
  if (id === null || !isUserPlanId(id)) return shape(id, "id");
  if (plan.document !== userDocumentName(id, text)) {
    return { ok: false, id, detail: importProblem("STORED_DOCUMENT") };
  }
  for (const field of ["records", "exclusions", "supersedes"] as const) {
    if (!Array.isArray(plan[field])) return shape(id, field);
  }
  if (typeof plan.region !== "string") return shape(id, "region");
  for (const record of plan.records) {
    if (typeof record?.id !== "string" || !record.id.startsWith(`${id}-`)) return shape(id, "records.id");
    if (!Array.isArray(record.sameAs)) return shape(id, `${record.id}.sameAs`);
    if (!lookupUnit(String(record.unit))) {
      return { ok: false, id, detail: importProblem("UNKNOWN_UNIT", { input: String(record.unit) }) };
    }
  }
  return { ok: true, userPlan: { plan, text, origin: entry.origin as ImportOrigin, added: entry.added } };
}

/** A user plan as files a maintainer drops into seeds/: plans/<id>.json and documents/<document>. */
export interface ExportedPlan {
  readonly planFile: string;
  readonly planText: string;
  readonly documentFile: string;
  readonly documentText: string;
}

/** The plan file as seeds/plans/ holds it (indented, every field written) and its document, verbatim. */
export function exportUserPlan(userPlan: UserPlan): ExportedPlan {
  return {
    planFile: `${userPlan.plan.id}.json`,
    planText: `${JSON.stringify(userPlan.plan, null, 2)}\n`,
    documentFile: userPlan.plan.document,
    documentText: userPlan.text,
  };
}
