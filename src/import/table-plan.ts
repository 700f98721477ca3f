/**
 * A table of targets (a CSV or XLSX file, or the selected range of a sheet) laid out like the template, read into
 * one plan in the seeds schema. Row 1 (the first row that is not empty) holds the headers, in any order; each row
 * below is one record whose quote is its 原文 cell; the plan's document is the title, then each distinct 原文 as a
 * line. 地区, 规划标题 and 规划期 may be left blank below the first row (they carry down); every row must name the
 * same plan. A cell that cannot be read is named by its row (as the sheet numbers it) and its column.
 *
 * The columns are one table (TEMPLATE_COLUMNS): the parser, the template to download and the README read it.
 */
import { valueTexts } from "../core/dataset";
import { dataFault, importProblem, type DataFault } from "../core/errors";
import { inferPeriod, periodOfText } from "../extract/period";
import type { Bilingual } from "../core/locale";
import type { PlanInput } from "../core/schema";
import { PLAIN_PATH_SEPARATOR } from "../core/text";
import { lookupUnit } from "../core/units";
import type { PeriodContext } from "../core/words";
import { userDocumentName } from "../data/user-plan-id";
import {
  BOUND_CHOICES,
  growthOf,
  KIND_CHOICES,
  qualifiersFor,
  readBound,
  readKind,
  readNumber,
  readYear,
  readYesNo,
  relativeOf,
} from "./record-words";
import { writeCsv } from "./csv";
import { readSectorPath } from "./review-model";

export type ColumnKey =
  | "region"
  | "title"
  | "period"
  | "sector"
  | "metric"
  | "kind"
  | "year"
  | "value"
  | "valueMax"
  | "unit"
  | "bound"
  | "aspiration"
  | "valueText"
  | "quote"
  | "note";

export interface TemplateColumn {
  readonly key: ColumnKey;
  /** The header as the template writes it. */
  readonly header: string;
  /** Other headers read as this column (English ones too). */
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** What goes in it, for the README and the template's example. */
  readonly help: Bilingual;
  /** The template's two example rows. */
  readonly examples: readonly [string, string];
}

const column = (
  key: ColumnKey,
  header: string,
  aliases: readonly string[],
  required: boolean,
  help: Bilingual,
  examples: readonly [string, string],
): TemplateColumn => ({ key, header, aliases: [...aliases, key], required, help, examples });

const EXAMPLE_TITLE = "浙江省高端装备制造业发展规划（2021-2025年）";

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column(
    "region",
    "地区",
    ["省份", "省", "region"],
    true,
    {
      zh: "省级地区（广东、广东省均可）；下面的行可留空",
      en: "the province (广东 or 广东省); blank below the first row",
    },
    ["浙江省", ""],
  ),
  column(
    "title",
    "规划标题",
    ["规划", "规划名称", "标题", "title"],
    true,
    { zh: "规划的标题；下面的行可留空", en: "the plan's title; blank below the first row" },
    [EXAMPLE_TITLE, ""],
  ),
  column(
    "period",
    "规划期",
    ["规划期限", "期限", "period"],
    false,
    { zh: "如 2021-2025；不填则从标题读取", en: "such as 2021-2025; read from the title when blank" },
    ["2021-2025", ""],
  ),
  column(
    "sector",
    "行业",
    ["行业路径", "产业", "sector"],
    true,
    {
      zh: `行业路径，上下级用 ${PLAIN_PATH_SEPARATOR} 分隔（以 GBK 保存的 CSV 中 › 会变成 ?）`,
      en: `the sector path, levels split by ${PLAIN_PATH_SEPARATOR} (a CSV saved in GBK turns › into ?)`,
    },
    [`高端装备${PLAIN_PATH_SEPARATOR}机器人`, `高端装备${PLAIN_PATH_SEPARATOR}数控机床`],
  ),
  column(
    "metric",
    "指标",
    ["指标名称", "metric"],
    true,
    {
      zh: "如 产值、营业收入、产能；计数填所数的事物",
      en: "such as 产值, 营业收入, 产能; for a count, the thing counted",
    },
    ["产值", "龙头企业"],
  ),
  column(
    "kind",
    "类型",
    ["记录类型", "kind"],
    false,
    { zh: `${KIND_CHOICES.join("、")}；不填为“目标”`, en: `${KIND_CHOICES.join(", ")}; blank is 目标 (target)` },
    ["目标", "目标"],
  ),
  column(
    "year",
    "年份",
    ["目标年份", "year"],
    true,
    { zh: "如 2025；每年的目标填“每年”", en: "such as 2025; 每年 for a figure of every year" },
    ["2025", "2025"],
  ),
  column(
    "value",
    "目标值",
    ["数值", "值", "value"],
    true,
    { zh: "数字，按原文的单位；范围填下限", en: "a number in the text's unit; a range's lower end" },
    ["500", "3"],
  ),
  column(
    "valueMax",
    "范围上限",
    ["上限", "最大值", "valueMax"],
    false,
    { zh: "范围的上限（3-5家 填 5）；不是范围留空", en: "a range's upper end (3-5家: 5); blank otherwise" },
    ["", "5"],
  ),
  column(
    "unit",
    "单位",
    ["unit"],
    true,
    { zh: "原文的单位：亿元、万吨、%、家…", en: "the text's unit: 亿元, 万吨, %, 家…" },
    ["亿元", "家"],
  ),
  column(
    "bound",
    "限定",
    ["限定词", "bound"],
    false,
    {
      zh: `${BOUND_CHOICES.join("、")}（或 ≥ ＞ ≈ ≤ ＜）；不填为“达到”`,
      en: `${BOUND_CHOICES.join(", ")} (or ≥ > ≈ ≤ <); blank is 达到`,
    },
    ["以上", ""],
  ),
  column(
    "aspiration",
    "力争",
    ["aspiration"],
    false,
    { zh: "是 / 否（原文说“力争”“争取”）；不填为否", en: "是 / 否 (the text says 力争 or 争取); blank is 否" },
    ["否", "是"],
  ),
  column(
    "valueText",
    "数值写法",
    ["valueText"],
    false,
    {
      zh: "原文不写数字时的写法（千亿级、倍增）；一般留空",
      en: "how the text writes a figure without digits (千亿级); usually blank",
    },
    ["", ""],
  ),
  column(
    "quote",
    "原文",
    ["原文句子", "引文", "quote"],
    true,
    { zh: "写出该数值的原句，逐字照抄", en: "the sentence that states the figure, verbatim" },
    ["到2025年，机器人产业产值达到500亿元以上", "力争培育3-5家数控机床龙头企业"],
  ),
  column(
    "note",
    "说明",
    ["备注", "note"],
    false,
    { zh: "给读者的说明；可留空", en: "a remark for readers; may be blank" },
    ["", ""],
  ),
];

const BY_KEY = new Map(TEMPLATE_COLUMNS.map((c) => [c.key, c]));

/** The template as CSV (through the one CSV writer): headers, two examples. */
export function templateCsv(): string {
  return writeCsv([
    TEMPLATE_COLUMNS.map((c) => c.header),
    TEMPLATE_COLUMNS.map((c) => c.examples[0]),
    TEMPLATE_COLUMNS.map((c) => c.examples[1]),
  ]);
}

export const TEMPLATE_FILE = "规划目标导入模板.csv";

export interface TableSource {
  /** Names the table in messages: a file name, or 所选区域. */
  readonly source: string;
  /** The cells, row by row: text, numbers (XLSX, Excel) or empty. */
  readonly rows: readonly (readonly unknown[])[];
  /** The row number of rows[0] in its sheet (1 for a file; the selection's first row). */
  readonly firstRow: number;
  /** The id the plan gets (the caller's next user plan id). */
  readonly id: string;
  /** A region as typed → its name in the region table, or null when it is not there. */
  resolveRegion(name: string): string | null;
}

export type TableRead =
  | { readonly ok: true; readonly plan: PlanInput; readonly text: string; readonly rows: number }
  | { readonly ok: false; readonly fault: DataFault };

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (typeof cell === "string") return cell.trim();
  return "";
}

/** A cell that spans lines (Alt+Enter in Excel) is one line of the document: its breaks are dropped. */
function oneLine(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, "");
}

class CellError extends Error {
  constructor(
    readonly key: ColumnKey,
    readonly problem: Bilingual,
  ) {
    super(problem.en);
  }
}

/** A row's cells by column, with the header as the file writes it (for messages). */
interface Row {
  readonly number: number;
  get(key: ColumnKey): unknown;
}

interface ReadRow {
  readonly region: string;
  readonly title: string;
  readonly period: string;
  readonly quote: string;
  readonly record: Omit<PlanInput["records"][number], "id" | "line">;
}

/**
 * What an encoding leaves where it lost a character: Excel saving a CSV in GBK writes ? for what GBK lacks (›, some
 * symbols), a decoder writes U+FFFD. A cell holding either would import quietly wrong (有色金属?钨产业), so it is refused.
 */
const LOST_CHARACTER = /[?\uFFFD]/;

function refuseLostCharacters(row: Row): void {
  for (const { key } of TEMPLATE_COLUMNS) {
    const value = row.get(key);
    if (typeof value !== "string") continue;
    const lost = LOST_CHARACTER.exec(value);
    if (lost) throw new CellError(key, importProblem("LOST_CHARACTER", { input: value.trim(), character: lost[0] }));
  }
}

function readRow(row: Row, carried: { region: string; title: string; period: string }, source: TableSource): ReadRow {
  refuseLostCharacters(row);
  const cell = (key: ColumnKey): string => text(row.get(key));
  const need = (key: ColumnKey): string => {
    const value = cell(key);
    if (value === "") throw new CellError(key, importProblem("EMPTY"));
    return value;
  };
  const regionText = cell("region") || carried.region;
  if (regionText === "") throw new CellError("region", importProblem("EMPTY"));
  const region = carried.region && cell("region") === "" ? carried.region : source.resolveRegion(regionText);
  if (region === null) throw new CellError("region", importProblem("UNKNOWN_REGION", { input: regionText }));
  const title = cell("title") || carried.title;
  if (title === "") throw new CellError("title", importProblem("EMPTY"));
  const period = cell("period") || carried.period;

  const sectorText = need("sector");
  const sector = readSectorPath(sectorText);
  if (!sector) throw new CellError("sector", importProblem("EMPTY_PATH", { input: sectorText }));
  const metric = need("metric");
  const kind = readKind(cell("kind"));
  if (kind === null)
    throw new CellError("kind", importProblem("UNKNOWN_WORD", { input: cell("kind"), allowed: KIND_CHOICES }));
  const yearText = need("year");
  const year = readYear(row.get("year"));
  if (year === undefined) throw new CellError("year", importProblem("NOT_YEAR", { input: yearText }));
  const quote = oneLine(need("quote"));
  const valueCell = need("value");
  const value = readNumber(typeof row.get("value") === "number" ? row.get("value") : valueCell);
  if (!value) throw new CellError("value", importProblem("NOT_NUMBER", { input: valueCell }));
  let valueMax: number | null = null;
  if (cell("valueMax") !== "") {
    const read = readNumber(typeof row.get("valueMax") === "number" ? row.get("valueMax") : cell("valueMax"));
    if (!read) throw new CellError("valueMax", importProblem("NOT_NUMBER", { input: cell("valueMax") }));
    if (read.value <= value.value) throw new CellError("valueMax", importProblem("RANGE_REVERSED"));
    valueMax = read.value;
  }
  const unit = cell("unit") || (value.percent ? "%" : "");
  if (unit === "") throw new CellError("unit", importProblem("EMPTY"));
  if (!lookupUnit(unit)) throw new CellError("unit", importProblem("UNKNOWN_UNIT", { input: unit }));
  const bound = readBound(cell("bound"));
  if (!bound)
    throw new CellError("bound", importProblem("UNKNOWN_WORD", { input: cell("bound"), allowed: BOUND_CHOICES }));
  if (valueMax !== null && bound.bound !== "eq" && bound.bound !== "approx") {
    throw new CellError("bound", importProblem("RANGE_BOUND", { bound: { zh: cell("bound"), en: cell("bound") } }));
  }
  const aspiration = readYesNo(row.get("aspiration"));
  if (aspiration === null)
    throw new CellError("aspiration", importProblem("NOT_YES_NO", { input: cell("aspiration") }));
  const valueText = cell("valueText") || null;

  // Excel holds 45% as 0.45: a percentage whose sentence shows 45 is read as 45.
  const scale = unit === "%" && percentAsFraction(quote, value.value, valueMax) ? 100 : 1;
  const amount = { value: round(value.value * scale), valueMax: valueMax === null ? null : round(valueMax * scale) };
  for (const shown of valueTexts({ ...amount, valueText })) {
    if (!quote.includes(shown)) {
      const key = valueText !== null ? "valueText" : shown === String(amount.valueMax) ? "valueMax" : "value";
      throw new CellError(key, importProblem("VALUE_NOT_IN_QUOTE", { shown }));
    }
  }
  return {
    region,
    title,
    period,
    quote,
    record: {
      quote,
      valueText,
      sector,
      subRegion: null,
      metric,
      kind,
      year,
      yearBasis: year === null ? "recurring" : "stated",
      period: null,
      value: amount.value,
      valueMax: amount.valueMax,
      unit,
      bound: bound.bound,
      aspiration,
      qualifiers: qualifiersFor(quote, bound.bound, aspiration, [], bound.word),
      entityFilter: null,
      growth: kind === "growth_rate" ? growthOf(quote) : null,
      relative: kind === "relative_target" ? relativeOf(quote, unit) : null,
      sameAs: [],
      note: cell("note") || null,
    },
  };
}

/** Rounds away binary noise (0.45 × 100 = 45.00000000000001). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

function percentAsFraction(quote: string, value: number, valueMax: number | null): boolean {
  const shows = (n: number): boolean => quote.includes(String(n));
  return Math.abs(value) <= 1 && !shows(value) && shows(round(value * 100)) && (valueMax === null || valueMax <= 1);
}

/** The plan a table lays out, with its document's text; or the first problem, by row and column. */
export function tableToPlan(table: TableSource): TableRead {
  const fail = (fault: DataFault): TableRead => ({ ok: false, fault });
  const blank = (row: readonly unknown[]): boolean => row.every((cell) => text(cell) === "");
  const headerAt = table.rows.findIndex((row) => !blank(row));
  if (headerAt === -1) return fail(dataFault("TABLE_NO_ROWS", { file: table.source }));
  const headers = table.rows[headerAt]!.map((cell) => text(cell).replace(/\s+/g, ""));
  const index = new Map<ColumnKey, number>();
  headers.forEach((header, at) => {
    const found = TEMPLATE_COLUMNS.find(
      (c) => c.header === header || c.aliases.some((a) => a.toLowerCase() === header.toLowerCase()),
    );
    if (found && !index.has(found.key)) index.set(found.key, at);
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => c.header);
  if (missing.length > 0) return fail(dataFault("TABLE_COLUMNS_MISSING", { file: table.source, columns: missing }));
  const headerOf = (key: ColumnKey): string => headers[index.get(key) ?? -1] ?? BY_KEY.get(key)!.header;

  const read: Array<ReadRow & { number: number }> = [];
  const carried = { region: "", title: "", period: "" };
  let first: (ReadRow & { number: number }) | null = null;
  for (let i = headerAt + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (blank(cells)) continue;
    const number = table.firstRow + i;
    const row: Row = { number, get: (key) => (index.has(key) ? cells[index.get(key)!] : undefined) };
    const cellFault = (key: ColumnKey, problem: Bilingual): TableRead =>
      fail(dataFault("TABLE_CELL", { file: table.source, row: number, column: headerOf(key), problem }));
    let parsed: ReadRow;
    try {
      parsed = readRow(row, carried, table);
    } catch (error) {
      if (error instanceof CellError) return cellFault(error.key, error.problem);
      throw error;
    }
    if (first) {
      for (const key of ["region", "title"] as const) {
        if (parsed[key] !== first[key]) {
          return cellFault(
            key,
            importProblem("OTHER_PLAN", { found: parsed[key], first: first[key], row: first.number }),
          );
        }
      }
    }
    Object.assign(carried, { region: parsed.region, title: parsed.title, period: parsed.period });
    first ??= { ...parsed, number };
    read.push({ ...parsed, number });
  }
  if (!first) return fail(dataFault("TABLE_NO_ROWS", { file: table.source }));

  // The document: the title, then each distinct 原文 as one line.
  const quotes = [...new Set(read.map((r) => r.quote))];
  const lines = [oneLine(first.title), ...quotes];
  let period: PeriodContext;
  if (first.period !== "") {
    const stated = periodOfText(first.period);
    if (!stated)
      return cellFaultAt(table, first.number, headerOf("period"), importProblem("BAD_PERIOD", { input: first.period }));
    period = stated;
  } else {
    period = inferPeriod(first.title, lines);
  }
  const documentText = lines.join("\n");
  const counts = new Map<number, number>();
  const records = read.map(({ quote, record }) => {
    const line = quotes.indexOf(quote) + 2;
    const n = (counts.get(line) ?? 0) + 1;
    counts.set(line, n);
    return { ...record, id: `${table.id}-L${line}-${n}`, line };
  });
  const plan: PlanInput = {
    id: table.id,
    title: oneLine(first.title),
    bundle: null,
    document: userDocumentName(table.id, documentText),
    lines: [1, lines.length],
    region: first.region,
    issuer: null,
    issued: null,
    period: { start: period.start, end: period.end },
    baseYear: period.start - 1,
    supersedes: [],
    sectorAliases: {},
    note: null,
    records,
    exclusions: [],
  };
  return { ok: true, plan, text: documentText, rows: records.length };
}

function cellFaultAt(table: TableSource, row: number, column: string, problem: Bilingual): TableRead {
  return { ok: false, fault: dataFault("TABLE_CELL", { file: table.source, row, column, problem }) };
}
