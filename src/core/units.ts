/**
 * The unit table: every unit spelling the plans use, its canonical form, dimension and scale.
 * Two units convert into each other only when they share a base (万吨 ↔ 吨, 亿元 ↔ 万元); 个 and 家 do not.
 */
import { fail, ok, type Result } from "./errors";
import type { Bilingual } from "./locale";
import { normalizeText } from "./text";
import { nearest } from "./suggest";

export type Dimension =
  | "mass"
  | "money"
  | "ratio"
  | "count"
  | "energy"
  | "power"
  | "area"
  | "volume"
  | "length"
  | "capacity"
  | "specific"
  | "time";

export const DIMENSION_LABELS: Record<Dimension, Bilingual> = {
  mass: { zh: "质量", en: "mass" },
  money: { zh: "金额", en: "money" },
  ratio: { zh: "比例", en: "ratio" },
  count: { zh: "数量", en: "count" },
  energy: { zh: "能量", en: "energy" },
  power: { zh: "功率", en: "power" },
  area: { zh: "面积", en: "area" },
  volume: { zh: "体积", en: "volume" },
  length: { zh: "长度", en: "length" },
  capacity: { zh: "容量", en: "capacity" },
  specific: { zh: "比率指标", en: "specific measure" },
  time: { zh: "时间", en: "time" },
};

export interface UnitInfo {
  /** Canonical spelling: 亿平方米, 台套, %. */
  readonly canonical: string;
  readonly dimension: Dimension;
  /** What it counts or weighs in: 吨, 元, 个, 家, 台套…; conversion needs equal bases. */
  readonly base: string;
  /** How many `base` one of this unit is. */
  readonly factor: number;
}

interface UnitRow {
  canonical: string;
  dimension: Dimension;
  base: string;
  factor: number;
  spellings?: string[];
}

const SCALES: Array<[prefix: string, factor: number]> = [
  ["", 1],
  ["万", 1e4],
  ["百万", 1e6],
  ["千万", 1e7],
  ["亿", 1e8],
  ["万亿", 1e12],
];

/** A count unit with its 万/亿 multiples: 辆, 万辆. */
function counted(base: string, spellings: Record<string, string[]> = {}): UnitRow[] {
  return SCALES.map(([prefix, factor]) => ({
    canonical: prefix + base,
    dimension: "count" as const,
    base,
    factor,
    spellings: spellings[prefix + base] ?? [],
  }));
}

function scaled(
  base: string,
  dimension: Dimension,
  prefixes: string[],
  spellings: Record<string, string[]> = {},
): UnitRow[] {
  return SCALES.filter(([prefix]) => prefixes.includes(prefix)).map(([prefix, factor]) => ({
    canonical: prefix + base,
    dimension,
    base,
    factor,
    spellings: spellings[prefix + base] ?? [],
  }));
}

const ROWS: UnitRow[] = [
  // money: 亿 without 元 is how the plans write 产值达到40亿
  ...scaled("元", "money", ["", "万", "亿", "万亿"], { 亿元: ["亿"], 万亿元: ["万亿"] }),
  { canonical: "千元", dimension: "money", base: "元", factor: 1e3 },
  ...scaled("美元", "money", ["", "万", "亿", "万亿"]),
  // mass
  ...scaled("吨", "mass", ["", "万", "百万", "千万", "亿"], { 万吨: ["万吨/年"] }),
  { canonical: "千克", dimension: "mass", base: "吨", factor: 1e-3, spellings: ["公斤", "kg"] },
  ...scaled("吨标准煤", "mass", ["", "万", "亿"], { 吨标准煤: ["吨标煤"], 万吨标准煤: ["万吨标煤"] }),
  { canonical: "千克标准煤", dimension: "mass", base: "吨标准煤", factor: 1e-3, spellings: ["千克标煤", "kgce"] },
  ...scaled("克拉", "mass", ["", "万", "亿"]),
  // ratio
  { canonical: "%", dimension: "ratio", base: "%", factor: 1, spellings: ["％", "百分比"] },
  { canonical: "个百分点", dimension: "ratio", base: "个百分点", factor: 1, spellings: ["百分点"] },
  { canonical: "倍", dimension: "ratio", base: "倍", factor: 1 },
  // power and energy
  { canonical: "瓦", dimension: "power", base: "瓦", factor: 1, spellings: ["W"] },
  { canonical: "千瓦", dimension: "power", base: "瓦", factor: 1e3, spellings: ["kW", "KW"] },
  { canonical: "万千瓦", dimension: "power", base: "瓦", factor: 1e7 },
  { canonical: "兆瓦", dimension: "power", base: "瓦", factor: 1e6, spellings: ["MW"] },
  { canonical: "吉瓦", dimension: "power", base: "瓦", factor: 1e9, spellings: ["GW"] },
  { canonical: "千伏安", dimension: "power", base: "伏安", factor: 1e3, spellings: ["KVA", "kVA"] },
  { canonical: "瓦时", dimension: "energy", base: "瓦时", factor: 1, spellings: ["Wh"] },
  { canonical: "千瓦时", dimension: "energy", base: "瓦时", factor: 1e3, spellings: ["kWh", "度"] },
  { canonical: "兆瓦时", dimension: "energy", base: "瓦时", factor: 1e6, spellings: ["MWh"] },
  { canonical: "万千瓦时", dimension: "energy", base: "瓦时", factor: 1e7 },
  { canonical: "吉瓦时", dimension: "energy", base: "瓦时", factor: 1e9, spellings: ["GWh"] },
  { canonical: "亿千瓦时", dimension: "energy", base: "瓦时", factor: 1e11 },
  { canonical: "安时", dimension: "capacity", base: "安时", factor: 1, spellings: ["Ah"] },
  // area, volume, length
  ...scaled("平方米", "area", ["", "万", "亿"], { 亿平方米: ["亿平米"], 万平方米: ["万平米"], 平方米: ["平米"] }),
  { canonical: "平方公里", dimension: "area", base: "平方米", factor: 1e6, spellings: ["平方千米"] },
  { canonical: "公顷", dimension: "area", base: "平方米", factor: 1e4 },
  { canonical: "亩", dimension: "area", base: "亩", factor: 1 },
  { canonical: "万亩", dimension: "area", base: "亩", factor: 1e4 },
  ...scaled("立方米", "volume", ["", "万", "亿"], { 亿立方米: ["亿方"], 万立方米: ["万方"] }),
  { canonical: "米", dimension: "length", base: "米", factor: 1 },
  { canonical: "公里", dimension: "length", base: "米", factor: 1e3, spellings: ["千米", "km"] },
  { canonical: "微米", dimension: "length", base: "米", factor: 1e-6 },
  { canonical: "纳米", dimension: "length", base: "米", factor: 1e-9, spellings: ["nm"] },
  { canonical: "英寸", dimension: "length", base: "米", factor: 0.0254 },
  { canonical: "毫米", dimension: "length", base: "米", factor: 1e-3, spellings: ["mm"] },
  // optical fibre is counted in core-kilometres (芯公里): its own base
  ...scaled("芯公里", "length", ["", "万", "亿"]),
  // specific measures: kept as their own bases
  { canonical: "元/度", dimension: "specific", base: "元/度", factor: 1, spellings: ["元/千瓦时"] },
  { canonical: "瓦时/升", dimension: "specific", base: "瓦时/升", factor: 1, spellings: ["Wh/L"] },
  { canonical: "千瓦/升", dimension: "specific", base: "千瓦/升", factor: 1, spellings: ["kW/L"] },
  { canonical: "瓦/千克", dimension: "specific", base: "瓦/千克", factor: 1, spellings: ["W/kg"] },
  { canonical: "瓦时/千克", dimension: "specific", base: "瓦时/千克", factor: 1, spellings: ["Wh/kg"] },
  {
    canonical: "瓦时/(公里·千克)",
    dimension: "specific",
    base: "瓦时/(公里·千克)",
    factor: 1,
    spellings: ["Wh/km·kg"],
  },
  { canonical: "千克/立方米", dimension: "specific", base: "千克/立方米", factor: 1 },
  { canonical: "等级", dimension: "specific", base: "等级", factor: 1 },
  { canonical: "PUE", dimension: "specific", base: "PUE", factor: 1 },
  { canonical: "年", dimension: "time", base: "年", factor: 1 },
  { canonical: "天", dimension: "time", base: "天", factor: 1, spellings: ["日"] },
  // counts: each thing counted is its own base
  ...counted("个"),
  ...counted("家"),
  ...counted("户"),
  ...counted("项"),
  ...counted("支"),
  ...counted("台套", { 台套: ["台（套）", "套（台）"] }),
  ...counted("台"),
  ...counted("套"),
  ...counted("辆"),
  ...counted("座"),
  ...counted("头"),
  ...counted("只"),
  ...counted("次"),
  ...counted("件"),
  ...counted("条"),
  ...counted("种"),
  ...counted("所"),
  ...counted("名"),
  ...counted("人"),
  ...counted("人次"),
  ...counted("位"),
  ...counted("片"),
  ...counted("块"),
  ...counted("重量箱"),
  ...counted("批"),
];

/** Every spelling the table knows (canonical forms included), as written: what a text scanner looks for. */
export const UNIT_SPELLINGS: readonly string[] = [
  ...new Set(ROWS.flatMap((row) => [row.canonical, ...(row.spellings ?? [])])),
];

function buildTable(rows: UnitRow[]): ReadonlyMap<string, UnitInfo> {
  const table = new Map<string, UnitInfo>();
  for (const row of rows) {
    const info: UnitInfo = { canonical: row.canonical, dimension: row.dimension, base: row.base, factor: row.factor };
    for (const spelling of [row.canonical, ...(row.spellings ?? [])]) {
      const key = normalizeText(spelling);
      const existing = table.get(key);
      // Spellings that fold together under normalisation (％ and %, kW and KW) must mean the same unit.
      if (existing && existing.canonical !== info.canonical) throw new Error(`unit spelling ${spelling} is ambiguous`);
      table.set(key, info);
    }
  }
  return table;
}

const TABLE = buildTable(ROWS);

/** All canonical units, for documentation and suggestions. */
export const CANONICAL_UNITS: readonly string[] = [...new Set([...TABLE.values()].map((u) => u.canonical))];

/**
 * A rate written as two known units (万元/人 output per person, 台/万人 robots per 10,000 workers, 元/吨): its own
 * base, so it converts only into the same rate at another scale (元/人 ↔ 万元/人). Table rows win (万吨/年, 元/度).
 */
function compoundUnit(key: string): UnitInfo | undefined {
  const parts = key.split("/");
  if (parts.length !== 2) return undefined;
  const [top, bottom] = [TABLE.get(parts[0]!), TABLE.get(parts[1]!)];
  if (!top || !bottom || top.dimension === "ratio" || bottom.dimension === "ratio") return undefined;
  return {
    canonical: `${top.canonical}/${bottom.canonical}`,
    dimension: "specific",
    base: `${top.base}/${bottom.base}`,
    factor: top.factor / bottom.factor,
  };
}

export function lookupUnit(spelling: string): UnitInfo | undefined {
  const key = normalizeText(spelling);
  return TABLE.get(key) ?? compoundUnit(key);
}

export function resolveUnit(spelling: string): Result<UnitInfo> {
  const info = lookupUnit(spelling);
  if (info) return ok(info);
  return fail("UNKNOWN_UNIT", { input: spelling, suggestions: nearest(normalizeText(spelling), CANONICAL_UNITS) });
}

/** Converts `value` from one unit to another of the same base: convert(1, "亿元", "万元") = 10000. */
export function convert(value: number, from: string, to: string): Result<number> {
  const source = resolveUnit(from);
  if (!source.ok) return source;
  const target = resolveUnit(to);
  if (!target.ok) return target;
  const a = source.value;
  const b = target.value;
  if (a.base !== b.base) {
    // Same dimension, different bases (个 and 家): name the bases; else the dimensions.
    const sameDimension = a.dimension === b.dimension;
    return fail("UNIT_MISMATCH", {
      from,
      to,
      fromDim: sameDimension ? { zh: a.base, en: a.base } : DIMENSION_LABELS[a.dimension],
      toDim: sameDimension ? { zh: b.base, en: b.base } : DIMENSION_LABELS[b.dimension],
    });
  }
  // Divide by the ratio computed from exact powers of ten to keep 1亿元 → 10000万元 exact.
  const ratio = a.factor / b.factor;
  const result = value * ratio;
  return Number.isFinite(result) ? ok(result) : fail("RESULT_NOT_FINITE");
}

/**
 * How a figure is held in a spreadsheet cell: a percentage as the fraction Excel uses (45% is 0.45), everything
 * else as written. Multiply a record's value by this to get the cell value; divide a cell value to compare.
 */
export function sheetScale(unit: UnitInfo): number {
  return unit.canonical === "%" ? 0.01 : 1;
}
