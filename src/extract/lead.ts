/**
 * The words before a figure, read as subject + metric + verb: 稀土新材料产值达到 → subject 稀土新材料, metric 产值;
 * 其中国家级重点实验室 → the counted thing; 新增有机硅材料、单（多）晶硅产能 → two subjects sharing 新增产能;
 * 新型材料业占原材料工业比重达 → subject 新型材料业, metric 占原材料工业比重.
 */
import {
  ASPIRATION_WORDS,
  BOUND_WORDS,
  CAP_WORDS,
  CONNECTIVES,
  COUNT_METRIC_WORDS,
  EACH_WORDS,
  FIGURE_VERBS,
  GROWTH_PHRASES,
  HEDGE_WORDS,
  INCREMENT_VERBS,
  INTENSITY_WORDS,
  LINK_WORDS,
  METRIC_WORDS,
  NOUN_FORMING_VERBS,
  PREPOSITIONS,
  RATIO_SUFFIXES,
  REFERENCE_WORDS,
  RELATIVE_PHRASES,
  RESPECTIVELY_WORDS,
  SCOPE_WORDS,
  SHARE_QUANTITIES,
  SUBJECT_TAIL_WORDS,
  TASK_VERBS,
  TRAILING_BOUND_WORDS,
  YEARLY_OUTPUT_WORDS,
} from "../core/words";
import { containsAny, prefixOf, stripPrefixes, stripSuffixes, suffixOf } from "./lexicon";

export interface Lead {
  /** The subject phrase (sector or thing), "" when the clause does not name one. */
  readonly subject: string;
  /** The parts of a subject list: 有机硅材料、单（多）晶硅 → two. */
  readonly subjects: readonly string[];
  /** The measure (产值, 就地转化率, 占原材料工业比重), or null. */
  readonly metric: string | null;
  /** The metrics of a list of ratios: 镁冶炼矿渣处置利用率、镁合金回收和处置利用率均达到100%. */
  readonly metrics: readonly string[];
  /** The subject is what is counted (重点实验室总数, 国家级重点实验室): a count's metric. */
  readonly counted: string | null;
  /** 新增: the figure is an increment. */
  readonly increment: boolean;
  /** 分别 / 均: how a list of subjects meets its figures. */
  readonly respectively: boolean;
  readonly each: boolean;
  /** A verb was seen (达到, 培育, 突破): the figure is stated, not merely mentioned. */
  readonly verb: boolean;
}

const BEFORE_BOUND_WORDS = Object.values(BOUND_WORDS)
  .flat()
  .filter((word) => !TRAILING_BOUND_WORDS.includes(word) && word !== "级");
/** Words opening a lead that are not its subject: connectives, 力争, 原则上. */
const NOISE = [...CONNECTIVES, ...ASPIRATION_WORDS, ...HEDGE_WORDS];
const CHANGE_WORDS = [...GROWTH_PHRASES.flatMap((g) => g.words), ...RELATIVE_PHRASES.flatMap((r) => r.words)];
/** Words closing a lead that are not its subject: bounds, verbs, 分别, 控制在, links, change words, 力争. */
const TRAILING = [
  ...BEFORE_BOUND_WORDS,
  ...FIGURE_VERBS,
  ...RESPECTIVELY_WORDS,
  ...EACH_WORDS,
  ...CAP_WORDS,
  ...LINK_WORDS,
  ...CHANGE_WORDS,
  ...ASPIRATION_WORDS,
  ...HEDGE_WORDS,
];
/** Verbs stripped from the start of a lead; one-character verbs (有, 建) would cut 有机硅, 建材. */
const LEADING_VERBS = [...FIGURE_VERBS, ...TASK_VERBS, ...YEARLY_OUTPUT_WORDS].filter((verb) => verb.length >= 2);
/** 较2020年 before a change names its reference, not its subject. */
const REFERENCE = new RegExp(`(?:${REFERENCE_WORDS.join("|")})(?:\\d{4}年|上年|去年)(?:末|底)?$`);
const SUBJECT_TAILS = [...SUBJECT_TAIL_WORDS, ...FIGURE_VERBS.filter((verb) => verb.length >= 2)];
const PUNCTUATION = /^[\s、,:;。()\-—]+|[\s、,:;()\-—]+$/g;

function clean(text: string): string {
  return text.replace(PUNCTUATION, "");
}

function splitList(text: string): string[] {
  return text
    .split("、")
    .map((part) => clean(part))
    .filter((part) => part.length > 0);
}

/** Reads `text`, the words between the previous figure (or the clause start) and this figure. */
export function readLead(text: string): Lead {
  // Brackets with figures or closing the phrase are asides (（2021—2022年）, （包钢）); 单（多）晶硅 keeps its own.
  let rest = clean(text.replace(/\([^()]*\d[^()]*\)|\([^()]*\)\s*$/g, ""));
  rest = stripPrefixes(stripPrefixes(rest, NOISE), PREPOSITIONS);
  const before = rest;
  for (let previous = ""; previous !== rest;) {
    previous = rest;
    rest = clean(stripSuffixes(rest, TRAILING).replace(REFERENCE, ""));
  }
  const verb = rest !== before || /[达超突为占]/.test(before.slice(-3));
  const respectively = RESPECTIVELY_WORDS.some((w) => before.includes(w));
  const each = EACH_WORDS.some((w) => before.endsWith(w) || before.includes(`${w}达`) || before.includes(`${w}为`));
  let increment = false;
  const verbs = LEADING_VERBS;
  // 研发投入占比, 生产设备联网率: a verb that starts the measure's own name stays.
  const named = (text: string, verb: string): boolean =>
    NOUN_FORMING_VERBS.includes(verb) &&
    (prefixOf(text, METRIC_WORDS) !== null || suffixOf(text, RATIO_SUFFIXES) !== null);
  for (let verbWord = prefixOf(rest, verbs); verbWord && !named(rest, verbWord);) {
    if (INCREMENT_VERBS.includes(verbWord)) increment = true;
    rest = clean(rest.slice(verbWord.length));
    rest = stripPrefixes(rest, NOISE);
    verbWord = prefixOf(rest, verbs);
    if (verbWord && named(rest, verbWord)) break;
  }
  rest = clean(stripPrefixes(rest, SCOPE_WORDS));
  let subject = rest;
  let metric: string | null = null;
  let counted: string | null = null;
  const share = rest.indexOf("占");
  const metricWord = suffixOf(rest, METRIC_WORDS);
  if (share >= 0 && share < rest.length - 1) {
    subject = rest.slice(0, share);
    metric = rest.slice(share).replace(/的$/, "");
    // 研发投入占销售收入比重 measures the quantity before 占; 新型材料业占原材料工业比重 measures a sector's share.
    if (suffixOf(subject, SHARE_QUANTITIES) !== null) {
      metric = subject + metric;
      subject = "";
    }
  } else if (metricWord !== null) {
    subject = clean(rest.slice(0, rest.length - metricWord.length).replace(/的$/, ""));
    if (COUNT_METRIC_WORDS.includes(metricWord)) {
      counted = subject || null;
      subject = "";
    } else if (containsAny(subject, INTENSITY_WORDS)) {
      // 单位增加值能耗, 万元工业增加值用水量: an intensity is one measure.
      metric = subject + metricWord;
      subject = "";
    } else {
      metric = increment && !metricWord.startsWith("新增") ? `新增${metricWord}` : metricWord;
    }
  } else if (suffixOf(rest, RATIO_SUFFIXES) !== null && rest.length > 1) {
    metric = rest;
    subject = "";
  }
  subject = clean(stripSuffixes(clean(stripPrefixes(subject, SCOPE_WORDS)), SUBJECT_TAILS));
  if (subject === "总") subject = "";
  const metrics = metric !== null && metric.includes("、") ? splitList(metric) : metric !== null ? [metric] : [];
  return {
    subject,
    subjects: subject.includes("、") ? splitList(subject) : subject ? [subject] : [],
    metric: metrics.length > 1 ? null : metric,
    metrics,
    counted,
    increment,
    respectively,
    each,
    verb,
  };
}
