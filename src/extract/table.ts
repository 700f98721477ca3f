/**
 * Tables pasted from Word arrive one cell per line (or one row per line, cells split by tabs): a header of years
 * (2021年, 2025年), then rows of a label (规模以上工业企业生产设备数字化率（%）) and one number per year. The first of
 * several year columns is the base (a baseline), the others targets; the year comes from the column header.
 */
import { lookupUnit } from "../core/units";
import { TABLE_HEADER_WORDS, TABLE_YEAR_SUFFIXES } from "../core/words";
import { foldLine, restore } from "./fold";

export interface TableCell {
  /** Offsets of the number in the line. */
  readonly start: number;
  readonly end: number;
  /** End of the cell as written (with its %). */
  readonly quoteEnd: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly metric: string;
  /** The row's group label (数字化水平), a sector below the plan's. */
  readonly category: string | null;
  readonly year: number;
  readonly baseline: boolean;
  readonly label: string;
  readonly column: string;
}

const YEAR_CELL = new RegExp(`^(\\d{4})\\s*年(?:底|末)?(?:${TABLE_YEAR_SUFFIXES.join("|")})?$`);
/** An outline heading (三、重点任务, （二）…, 第三章) ends a table. */
const HEADING = /^(?:第[一二三四五六七八九十百]+[章节部分]|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;
const HEADER_WORDS = new Set(TABLE_HEADER_WORDS);
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const NUMERIC_CELL = new RegExp(String.raw`^${NUMBER}(?:\s*[-—~]\s*${NUMBER})?\s*(%)?$`);
const CELL_SPLIT = /\t+|\s{2,}|\|/;
const LATIN_WORD = /[A-Za-z]+/g;

/** A label's unit: （%）, （万座）, （无人驾驶/辆）, or a unit word inside it (数据中心PUE值 → PUE). */
function labelUnit(label: string): { unit: string | null; metric: string } {
  const bracket = /[（(]([^（()）]*)[)）]\s*$/.exec(label);
  if (bracket) {
    const parts = bracket[1]!.split("/");
    const unit = parts[parts.length - 1]!.trim();
    if (lookupUnit(unit)) {
      const rest = parts.slice(0, -1).join("/");
      const open = label[bracket.index]!;
      const close = open === "(" ? ")" : "）";
      const metric = label.slice(0, bracket.index) + (rest ? `${open}${rest}${close}` : "");
      return { unit, metric: metric.trim() };
    }
  }
  for (const word of label.match(LATIN_WORD) ?? []) {
    if (lookupUnit(word)) return { unit: word, metric: label.trim() };
  }
  return { unit: null, metric: label.trim() };
}

export class TableReader {
  private years: number[] = [];
  private headerYears: number[] = [];
  private row: { label: string; unit: string | null; metric: string; category: string | null; cells: number } | null =
    null;

  get active(): boolean {
    return this.years.length >= 2;
  }

  /** Cells of a table line; [] for a header or label line; null when the line is not part of a table. */
  read(raw: string): TableCell[] | null {
    const folded = foldLine(raw);
    const text = folded.trim();
    const offset = folded.indexOf(text);
    const yearCell = YEAR_CELL.exec(text);
    if (yearCell) {
      // A line holding only a year is a header cell: kept until a second one makes a table.
      this.headerYears.push(Number(yearCell[1]));
      if (this.headerYears.length >= 2) this.start(this.headerYears);
      return [];
    }
    const parts = text.split(CELL_SPLIT).map((p) => p.trim());
    const rowYears = parts.map((p) => YEAR_CELL.exec(p)).filter((m) => m !== null);
    if (rowYears.length >= 2 && rowYears.length >= parts.length - 2) {
      this.start(rowYears.map((m) => Number(m[1])));
      return [];
    }
    this.headerYears = [];
    if (!this.active) return null;
    if (HEADER_WORDS.has(text.replace(/\s+/g, ""))) {
      this.row = null;
      return [];
    }
    const numeric = NUMERIC_CELL.exec(text);
    if (numeric) return this.cell(numeric, offset);
    if (parts.length >= 2 && parts.slice(1).every((p) => NUMERIC_CELL.test(p))) {
      this.label(restore(raw, folded, parts[0]!, offset));
      const cells: TableCell[] = [];
      let at = offset;
      for (const part of parts.slice(1)) {
        at = folded.indexOf(part, at + 1);
        for (const cell of this.cell(NUMERIC_CELL.exec(part)!, at)) cells.push(cell);
      }
      return cells;
    }
    // Prose, a heading, a sentence or a long line ends the table.
    if (text.length > 40 || /[。;,]/.test(text) || HEADING.test(text)) {
      this.years = [];
      this.row = null;
      return null;
    }
    this.label(raw.slice(offset, offset + text.length));
    return [];
  }

  private start(years: number[]): void {
    this.years = [...years];
    this.headerYears = [];
    this.row = null;
  }

  /** A label line: a row's label, or (when a second label follows before any number) the group of the rows below. */
  private label(text: string): void {
    const previous = this.row;
    const category = previous && previous.cells === 0 ? previous.label : (previous?.category ?? null);
    const { unit, metric } = labelUnit(text);
    this.row = { label: text, unit, metric, category, cells: 0 };
  }

  private cell(match: RegExpExecArray, at: number): TableCell[] {
    const row = this.row;
    if (!row || row.cells >= this.years.length) return [];
    const column = row.cells++;
    const unit = match[3] ?? row.unit;
    if (unit === null) return [];
    const first = Number(match[1]);
    const second = match[2] === undefined ? null : Number(match[2]);
    const year = this.years[column]!;
    const end = at + match[0].replace(/\s*%$/, "").length;
    return [
      {
        start: at,
        end,
        quoteEnd: at + match[0].length,
        value: second === null ? first : Math.min(first, second),
        valueMax: second === null || second === first ? null : Math.max(first, second),
        unit,
        metric: row.metric,
        category: row.category,
        year,
        baseline: column === 0 && this.years.length > 1 && year < this.years[this.years.length - 1]!,
        label: row.label,
        column: `${year}年`,
      },
    ];
  }
}
