/**
 * Publishing the seeds (Node): verify them completely (verifyDataset, as a refresh does: schema, quotes verbatim on
 * their lines, links, every number of every document claimed, the qualifier words), then compile them into the published
 * format (src/data/publish.ts) with sha256s, each plan's last-change date from git and the dataset version. The
 * build (build/datasets.cjs) and `npm run publish:data` call this; any issue fails them, naming file, record and
 * field in Chinese.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { datasetIssue, formatIssue, type DatasetIssue } from "../data/issues";
import { regionKey } from "../core/names";
import type { Region } from "../core/schema";
import { compileDataset, publishedFiles, snapshotOf, type PublishedDataset } from "../data/publish";
import { verifyDataset } from "../data/validate";
import type { DatasetSnapshot } from "../data/compiled";
import { readSeeds, SEEDS_DIR } from "./seeds";

export interface PublishOptions {
  readonly seedsDir?: string;
  /**
   * The regions the add-in's snapshot embeds (names or aliases: 内蒙古, 安徽); the others load on first use. Default
   * every region of the data.
   */
  readonly embed?: readonly string[];
  /** ISO timestamp of the publication; default now. */
  readonly generated?: string;
}

export type PublishResult =
  | { readonly ok: true; readonly published: PublishedDataset; readonly snapshot: DatasetSnapshot }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** The region names `embed` names (by name or alias), or the first word that names no region. */
export function embeddedRegions(
  regions: readonly Region[],
  embed: readonly string[],
): { ok: true; names: Set<string> } | { ok: false; unknown: string } {
  const names = new Set<string>();
  for (const word of embed) {
    const key = regionKey(word);
    const region = regions.find((r) => [r.name, ...r.aliases].some((n) => regionKey(n) === key));
    if (!region) return { ok: false, unknown: word };
    names.add(region.name);
  }
  return { ok: true, names };
}

/** Every issue of the seeds: the verification every dataset passes (verifyDataset). */
export function seedIssues(seedsDir: string = SEEDS_DIR): {
  issues: readonly DatasetIssue[];
  built: ReturnType<typeof verifyDataset>;
  raw: ReturnType<typeof readSeeds>;
} {
  const raw = readSeeds(seedsDir);
  const built = verifyDataset(raw);
  return { issues: built.ok ? [] : built.issues, built, raw };
}

export function publishSeeds(options: PublishOptions = {}): PublishResult {
  const seedsDir = options.seedsDir ?? SEEDS_DIR;
  const { issues, built, raw } = seedIssues(seedsDir);
  if (!built.ok || issues.length > 0) return { ok: false, issues };
  const generated = options.generated ?? new Date().toISOString();
  const today = generated.slice(0, 10);
  const fileOf = new Map(raw.plans.map((p) => [(p.content as { id?: string }).id, p.file]));
  const published = compileDataset({
    dataset: built.dataset,
    documents: raw.documents ?? {},
    generated,
    updated: (planId) => lastChange(join(seedsDir, "plans", fileOf.get(planId) ?? `${planId}.json`)) ?? today,
    sha256: (bytes) => createHash("sha256").update(bytes).digest("hex"),
  });
  if (!options.embed) return { ok: true, published, snapshot: snapshotOf(published) };
  const embedded = embeddedRegions(built.dataset.regions, options.embed);
  if (!embedded.ok) {
    const issue = datasetIssue("REGION_UNKNOWN", { file: "--env embed" }, { region: embedded.unknown });
    return { ok: false, issues: [issue] };
  }
  return { ok: true, published, snapshot: snapshotOf(published, (region) => embedded.names.has(region)) };
}

/** The failure message of a publication: every issue, one per line, in Chinese. */
export function publishFailure(issues: readonly DatasetIssue[]): string {
  return [
    `数据校验未通过（${issues.length} 处问题），未发布：`,
    ...issues.map((issue) => formatIssue(issue, "zh")),
  ].join("\n");
}

/** Writes every file of a published dataset (index.json included) into `dir`. */
export function writePublished(published: PublishedDataset, dir: string): string[] {
  const files = publishedFiles(published);
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return Object.keys(files);
}

/**
 * git's date (YYYY-MM-DD) of the last commit that touched `file`, or null when git cannot say (no git, not in a
 * repository, never committed) or the file has uncommitted changes (then the data changed today).
 */
export function lastChange(file: string): string | null {
  const git = (args: string[]): string | null => {
    try {
      return execFileSync("git", args, { cwd: dirname(file), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      return null;
    }
  };
  const status = git(["status", "--porcelain", "--", file]);
  if (status === null || status.trim() !== "") return null;
  const date = git(["log", "-1", "--format=%cs", "--", file])?.trim();
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
