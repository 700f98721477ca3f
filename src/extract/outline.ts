/**
 * The outline of a plan: numbered headings (第一章, 一、, （一）, 1., （1）, ①, 专栏1), paragraph labels (高性能板材。,
 * 发电机。, ——规模效益。) and labels inside a paragraph (合金及粉体材料，重点发展…). Their titles carry the subject of
 * the figures below them (the sector path) and sometimes their year (主要目标); numbers in the markers are numbering.
 */
import {
  BASELINE_SECTION_WORDS,
  CONTEXT_SECTION_WORDS,
  FIGURE_VERBS,
  FIVE_YEAR_PLANS,
  INDUSTRY_SUFFIXES,
  LABEL_FOLLOWERS,
  MUNICIPALITIES,
  NON_SECTOR_WORDS,
  REGION_SUFFIXES,
  TARGET_SECTION_WORDS,
  TASK_VERBS,
  TITLE_PREFIX_WORDS,
  TITLE_SUFFIX_WORDS,
} from "../core/words";
import { containsAny, prefixOf } from "./lexicon";

/** Heading levels, outermost first; labels hold for their own line only. */
const OUTLINE: ReadonlyArray<readonly [RegExp, number]> = [
  [/^第[一二三四五六七八九十百零〇\d]+(?:章|篇|部分)\s*/, 1],
  [/^第[一二三四五六七八九十百零〇\d]+节\s*/, 2],
  [/^[一二三四五六七八九十]+\s*[、.]\s*/, 3],
  [/^\(\s*[一二三四五六七八九十]+\s*\)\s*/, 4],
  [/^专栏\s*\d*\s*[:.、]?\s*/, 5],
  [/^\d{1,2}\s*[、.](?!\d)\s*/, 6],
  [/^\(\s*\d{1,2}\s*\)\s*/, 7],
  [/^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/, 8],
];
export const LABEL_LEVEL = 9;
const SECTOR_BREAKING_VERBS = FIGURE_VERBS.filter((verb) => verb.length >= 2);
const BULLET = /^(?:——|--|－－|[•·●■◆▲★▪◇○□>-]\s*)/;
const LABEL = /^([^。:,;、!?()\d]{2,14})[。:]/;
const SUB_LABEL = /^([^。:,;、!?()\d]{2,12}),/;

export type Section = "baseline" | "context" | "target" | null;

export interface Heading {
  readonly level: number;
  readonly title: string;
  /** Offset after the outline marker (the title starts there). */
  readonly markerEnd: number;
  /** Offset after the title and its 。 or ：. */
  readonly titleEnd: number;
  /** The title names a sector (稀土新材料), not a task (促进集聚发展) or a part of the plan (主要目标). */
  readonly sector: boolean;
  readonly section: Section;
  readonly box: boolean;
}

function stripBrackets(text: string): string {
  return text.replace(/\([^()]*\)/g, "").replace(/[“”"‘’]/g, "");
}

/** A title that names a sector: short, no task verb first, no word that names a part of the plan. */
export function isSectorTitle(title: string): boolean {
  const text = stripBrackets(title).trim();
  if (text.length < 2 || text.length > 16 || /[,;:。]/.test(text)) return false;
  if (prefixOf(text, TASK_VERBS) !== null || prefixOf(text, FIGURE_VERBS) !== null) return false;
  // 企业梯队不断完善, 绿色发展: a goal or a task phrased around a verb, not a sector.
  if (containsAny(text, TASK_VERBS) || containsAny(text, SECTOR_BREAKING_VERBS)) return false;
  return !containsAny(text, NON_SECTOR_WORDS);
}

function sectionOf(title: string): Section {
  if (containsAny(title, BASELINE_SECTION_WORDS)) return "baseline";
  if (containsAny(title, CONTEXT_SECTION_WORDS)) return "context";
  if (containsAny(title, TARGET_SECTION_WORDS)) return "target";
  return null;
}

function heading(level: number, folded: string, markerEnd: number, box: boolean): Heading {
  const rest = folded.slice(markerEnd);
  const stop = rest.search(/[。:]/);
  let title: string;
  let titleEnd: number;
  if (stop >= 0 && stop <= 30) {
    title = rest.slice(0, stop);
    titleEnd = markerEnd + stop + 1;
  } else if (rest.trim().length <= 30 && !/[,;]/.test(rest)) {
    title = rest;
    titleEnd = folded.length;
  } else {
    title = "";
    titleEnd = markerEnd;
  }
  title = title.trim();
  return { level, title, markerEnd, titleEnd, sector: !box && isSectorTitle(title), section: sectionOf(title), box };
}

/** The heading or label a line starts with, if any (`folded` is the folded line). */
export function readHeading(folded: string): Heading | null {
  const lead = folded.length - folded.trimStart().length;
  let text = folded.slice(lead);
  let offset = lead;
  const bullet = BULLET.exec(text);
  if (bullet && !/^-\d/.test(text)) {
    offset += bullet[0].length;
    text = text.slice(bullet[0].length);
  }
  if (!bullet) {
    for (const [pattern, level] of OUTLINE) {
      const match = pattern.exec(text);
      if (match) return heading(level, folded, offset + match[0].length, level === 5);
    }
  }
  const label = LABEL.exec(text);
  if (label) {
    const title = label[1]!.trim();
    return {
      level: LABEL_LEVEL,
      title,
      markerEnd: offset,
      titleEnd: offset + label[0].length,
      sector: isSectorTitle(title),
      section: null,
      box: false,
    };
  }
  return bullet ? { ...heading(LABEL_LEVEL, folded, offset, false), title: "", sector: false } : null;
}

/**
 * A label opening a sentence inside a paragraph: "合金及粉体材料，重点发展…" names the subject of what follows.
 * Only a sector-like phrase followed by a development verb (LABEL_FOLLOWERS) counts.
 */
export function readSubLabel(sentence: string): string | null {
  const match = SUB_LABEL.exec(sentence.trimStart());
  if (!match) return null;
  const title = match[1]!.trim();
  const rest = sentence.trimStart().slice(match[0].length).trimStart();
  return prefixOf(rest, LABEL_FOLLOWERS) !== null && isSectorTitle(title) ? title : null;
}

const TITLE_PREFIXES = new RegExp(`^(?:${TITLE_PREFIX_WORDS.join("|")})+`);
const TITLE_SUFFIXES = new RegExp(`(?:${TITLE_SUFFIX_WORDS.join("|")})$`);
const PROVINCE = new RegExp(
  `^[\\u4e00-\\u9fff]{2,8}?(?:${REGION_SUFFIXES.join("|")})|^(?:${MUNICIPALITIES.join("|")})`,
);
const REGION_SUFFIX = new RegExp(`(?:${[...REGION_SUFFIXES, "市"].join("|")})$`);
const INDUSTRY_SUFFIX = new RegExp(`(?:${INDUSTRY_SUFFIXES.join("|")})$`);

/** The plan's own sector from its title: 内蒙古自治区新材料产业高质量发展方案（2021-2025） → 新材料. */
export function sectorFromTitle(title: string, region?: string): string {
  let text = stripBrackets(title.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, "")
    .replace(/\(.*$/, "");
  if (region) {
    const short = region.replace(REGION_SUFFIX, "");
    for (const name of [region, short]) if (name.length >= 2 && text.startsWith(name)) text = text.slice(name.length);
  }
  text = text.replace(PROVINCE, "");
  for (const fyp of Object.keys(FIVE_YEAR_PLANS)) text = text.replace(new RegExp(`${fyp}(?:时期)?`, "g"), "");
  text = text.replace(TITLE_PREFIXES, "");
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(TITLE_SUFFIXES, "");
  }
  text = text.replace(INDUSTRY_SUFFIX, "");
  return text.length >= 2 ? text : "";
}
