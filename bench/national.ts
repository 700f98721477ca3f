/**
 * A deterministic synthetic national dataset: the seeds copied over the 31 provinces, `scale` times (1×, 100×, 1000×),
 * every copy a valid plan under the schema (ids, lines, quotes verbatim in the seed documents, links remapped) and
 * every name distinct (sector nodes and titles carry the copy's number), so lookups behave as they would over 31
 * provinces' real plans. Each copy of a seed region lands in one province: about 16,800 records per province at
 * 1000×. Used by the benchmarks; a test checks it validates.
 */
import type { RawDataset } from "../src/data/validate";
import { readSeeds } from "../src/node/seeds";

const LETTERS = ["", "A", "B", "C", "D", "E", "F", "G", "H", "I"];

type Json = Record<string, unknown>;

/** Plan n (0-based) of the national dataset gets id 000, 000A … 000I, 001 …: the schema's id shape. */
function planId(n: number): string {
  return `${String(Math.floor(n / 10)).padStart(3, "0")}${LETTERS[n % 10]}`;
}

/** The seeds `scale` times over the 31 provinces. Scale 1 is the seeds as they are. */
export function nationalDataset(scale: number): RawDataset {
  const seeds = readSeeds();
  if (scale === 1) return seeds;
  // The 31 provincial-level regions of seeds/regions.json.
  const provinces = (seeds.regions as { regions: Array<{ name: string }> }).regions.map((r) => r.name);
  const plans: Array<{ file: string; content: unknown }> = [];
  const seedRegions = [...new Set(seeds.plans.map(({ content }) => (content as Json).region as string))];
  let n = 0;
  for (let copy = 0; copy < scale; copy++) {
    const ids = new Map<string, string>();
    for (const { content } of seeds.plans) ids.set((content as Json).id as string, planId(n + ids.size));
    const recordId = (id: string): string => {
      const [plan, ...rest] = id.split("-");
      return [ids.get(plan!) ?? plan, ...rest].join("-");
    };
    for (const { content } of seeds.plans) {
      const plan = structuredClone(content) as Json & { records: Json[]; sectorAliases?: Record<string, string[]> };
      const id = ids.get(plan.id as string)!;
      // Each copy of a seed region lands whole in one province (its plans link each other: versions, sameAs, one
      // document's bundle), so a province's shard verifies alone, as a real province's would.
      const region =
        provinces[(copy * seedRegions.length + seedRegions.indexOf(plan.region as string)) % provinces.length]!;
      const rename = (name: string): string => `${name}${copy}`;
      plan.id = id;
      plan.title = `${plan.title as string}（${region}第${copy}份）`;
      if (typeof plan.bundle === "string") plan.bundle = `${plan.bundle}（${copy}）`;
      plan.region = region;
      plan.supersedes = ((plan.supersedes as string[] | undefined) ?? []).map((s) => ids.get(s) ?? s);
      plan.sectorAliases = Object.fromEntries(
        Object.entries(plan.sectorAliases ?? {}).map(([name, aliases]) => [rename(name), aliases.map(rename)]),
      );
      for (const record of plan.records) {
        record.id = recordId(record.id as string);
        record.sector = (record.sector as string[]).map(rename);
        record.subRegion = null;
        record.sameAs = ((record.sameAs as string[] | undefined) ?? []).map(recordId);
      }
      plans.push({ file: `${id}.json`, content: plan });
      n++;
    }
  }
  return { ...seeds, version: `national-${scale}x`, plans };
}
