/**
 * A deterministic synthetic national dataset: the seeds copied over the 31 provinces, `scale` times (1×, 10×, 100×),
 * every copy a valid plan under the schema (ids, lines, quotes verbatim in the seed documents, links remapped) and
 * every name distinct (sector nodes and titles carry the copy's number), so lookups behave as they would over 31
 * provinces' real plans. Used by the benchmarks; a test checks it validates.
 */
import type { RawDataset } from "../src/data/validate";
import { readSeeds } from "../src/node/seeds";

/** The 31 provincial-level regions: name, statistical code, ISO 3166-2, what people type. */
export const PROVINCES: ReadonlyArray<readonly [string, string, string, string]> = [
  ["北京市", "110000", "CN-BJ", "北京"],
  ["天津市", "120000", "CN-TJ", "天津"],
  ["河北省", "130000", "CN-HE", "河北"],
  ["山西省", "140000", "CN-SX", "山西"],
  ["内蒙古自治区", "150000", "CN-NM", "内蒙古"],
  ["辽宁省", "210000", "CN-LN", "辽宁"],
  ["吉林省", "220000", "CN-JL", "吉林"],
  ["黑龙江省", "230000", "CN-HL", "黑龙江"],
  ["上海市", "310000", "CN-SH", "上海"],
  ["江苏省", "320000", "CN-JS", "江苏"],
  ["浙江省", "330000", "CN-ZJ", "浙江"],
  ["安徽省", "340000", "CN-AH", "安徽"],
  ["福建省", "350000", "CN-FJ", "福建"],
  ["江西省", "360000", "CN-JX", "江西"],
  ["山东省", "370000", "CN-SD", "山东"],
  ["河南省", "410000", "CN-HA", "河南"],
  ["湖北省", "420000", "CN-HB", "湖北"],
  ["湖南省", "430000", "CN-HN", "湖南"],
  ["广东省", "440000", "CN-GD", "广东"],
  ["广西壮族自治区", "450000", "CN-GX", "广西"],
  ["海南省", "460000", "CN-HI", "海南"],
  ["重庆市", "500000", "CN-CQ", "重庆"],
  ["四川省", "510000", "CN-SC", "四川"],
  ["贵州省", "520000", "CN-GZ", "贵州"],
  ["云南省", "530000", "CN-YN", "云南"],
  ["西藏自治区", "540000", "CN-XZ", "西藏"],
  ["陕西省", "610000", "CN-SN", "陕西"],
  ["甘肃省", "620000", "CN-GS", "甘肃"],
  ["青海省", "630000", "CN-QH", "青海"],
  ["宁夏回族自治区", "640000", "CN-NX", "宁夏"],
  ["新疆维吾尔自治区", "650000", "CN-XJ", "新疆"],
];

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
  const regions = {
    regions: PROVINCES.map(([name, code, iso, short]) => ({ name, code, iso, aliases: [short] })),
  };
  const plans: Array<{ file: string; content: unknown }> = [];
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
      const region = PROVINCES[(copy * seeds.plans.length + n) % PROVINCES.length]![0];
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
  return { ...seeds, version: `national-${scale}x`, regions, aliases: seeds.aliases, plans };
}
