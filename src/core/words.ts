/**
 * The words plans use around a figure, as data: what bounds it (以上, 突破, 左右, 以内…), what makes it an aspiration
 * (力争, 争取), and how its year is said (到2025年, “十四五”末, 2022年底前, 三年内, 每年). The curation checks read these
 * tables; the text extractor (src/extract) reads the same ones, and the extractor's own words at the end.
 */
import type { Bound, GROWTH_TYPES, RELATIVE_OPS, YearBasis } from "./schema";

/**
 * Bound words, by the bound they give. 达到 / 达 before a threshold on a counted thing means "at least" (see the
 * entity filter), but on a level it is a plain eq.
 */
export const BOUND_WORDS: Readonly<Record<Bound, readonly string[]>> = {
  ge: ["以上", "及以上", "不低于", "不少于", "至少", "级"],
  gt: ["突破", "超过", "超", "过", "高于", "多", "逾", "余"],
  approx: ["左右", "约", "近"],
  le: ["以内", "以下", "不超过", "不高于"],
  lt: ["低于", "小于", "不足"],
  eq: ["达到", "达", "实现", "形成", "建成", "提高到", "提升至", "提高至"],
};

/** Words that contain a bound word but are not one: 约束 is not 约, 突破性 is not a threshold. */
export const BOUND_FALSE_FRIENDS: readonly string[] = [
  "约束",
  "集约",
  "节约",
  "制约",
  "突破性",
  "多元",
  "多种",
  "超高",
  "超大",
];

/**
 * A magnitude written as a class, without digits: 千亿级, 百亿 (产业集群), 百万吨 (基地). Such a figure is a lower
 * bound ("of the hundred-billion class"), as if 级 were written.
 */
const MAGNITUDE_CLASS = /^[一二两三四五六七八九]?[十百千万亿]+[\p{Script=Han}]{0,2}?级?$/u;

export function isMagnitudeClass(valueText: string | null): boolean {
  // 百家 is a count of a hundred, not a class: a class names a scale of amounts (亿, 万吨) or says 级.
  return valueText !== null && MAGNITUDE_CLASS.test(valueText) && /[亿万]|级$/.test(valueText);
}

/** 力争 / 争取 govern a figure (their scope can run over a colon list): the figure is an aspiration. */
export const ASPIRATION_WORDS: readonly string[] = ["力争", "争取"];

/** Words that soften a figure without bounding it (原则上全部淘汰): kept as qualifiers, shown, not computed with. */
export const HEDGE_WORDS: readonly string[] = ["原则上", "基本", "基本上"];

/** Words that say a figure is to come down (降至1.25, 能耗下降13%): the target is reached from above. */
export const FALLING_WORDS: readonly string[] = [
  "降至",
  "降到",
  "降低",
  "下降",
  "减少",
  "压减",
  "削减",
  "减排",
  "压降",
];

/** Metrics that are better lower (数据中心PUE, 单位能耗): a target on them is a target to come down to. */
export const LOWER_IS_BETTER_METRICS: readonly string[] = [
  "PUE",
  "能耗",
  "煤耗",
  "水耗",
  "用水量",
  "排放",
  "碳排放强度",
];

/** The bound a qualifier word gives, or null when it is not a bound word. */
export function boundOfWord(word: string): Bound | null {
  for (const [bound, words] of Object.entries(BOUND_WORDS) as Array<[Bound, readonly string[]]>) {
    if (bound !== "eq" && words.includes(word)) return bound;
  }
  return null;
}

export function isAspirationWord(word: string): boolean {
  return ASPIRATION_WORDS.includes(word);
}

/** The Chinese digits one to nine (两 as well as 二), as counts and magnitudes are written (五百亿级). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to ten, as year counts are written (三年内, 用两年时间). */
const NUMERALS: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, 十: 10 };

export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return NUMERALS[text] ?? null;
}

/** A plan period, for phrases that name a year relative to it. */
export interface PeriodContext {
  readonly start: number;
  readonly end: number;
}

export interface YearPhrase {
  readonly basis: YearBasis;
  readonly pattern: RegExp;
  /** The year the phrase names; null for every year (每年). */
  year(match: RegExpExecArray, period: PeriodContext): number | null;
}

/** The Five-Year Plan periods, so “十四五”末 names 2025. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, PeriodContext>> = {
  十二五: { start: 2011, end: 2015 },
  十三五: { start: 2016, end: 2020 },
  十四五: { start: 2021, end: 2025 },
  十五五: { start: 2026, end: 2030 },
};

const FYP = '[“"‘]?(十[二三四五]五)[”"’]?';

/** Year phrases, most specific first: the first that matches a sentence decides. */
export const YEAR_PHRASES: readonly YearPhrase[] = [
  { basis: "deadline", pattern: /(\d{4})年(?:底|年底|末)?(?:以)?前/, year: (m) => Number(m[1]) },
  { basis: "stated", pattern: /(?:到|至|在|于)?(\d{4})年(?:底|末)?/, year: (m) => Number(m[1]) },
  { basis: "fyp_end", pattern: new RegExp(`${FYP}(?:末|期末)`), year: (m) => FIVE_YEAR_PLANS[m[1]!]?.end ?? null },
  { basis: "period", pattern: new RegExp(`${FYP}(?:期间|时期)`), year: (m) => FIVE_YEAR_PLANS[m[1]!]?.end ?? null },
  {
    basis: "relative",
    pattern: /(?:用|在)?([一二两三四五六七八九十\d]+)年(?:时间|内|左右时间)/,
    year: (m, period) => period.start - 1 + (smallNumber(m[1]!) ?? 0),
  },
  { basis: "recurring", pattern: /每年/, year: () => null },
  // A bare “十四五” leading a sentence (“十四五”新增鲜奶加工能力300万吨) names the period's end, as 末 does.
  { basis: "fyp_end", pattern: new RegExp(FYP), year: (m) => FIVE_YEAR_PLANS[m[1]!]?.end ?? null },
];

/** The first year phrase in a text, with the year it names. */
export function findYearPhrase(
  text: string,
  period: PeriodContext,
): { basis: YearBasis; year: number | null; index: number } | null {
  for (const phrase of YEAR_PHRASES) {
    const match = phrase.pattern.exec(text);
    if (match) return { basis: phrase.basis, year: phrase.year(match, period), index: match.index };
  }
  return null;
}

// ─── Words the text extractor reads (src/extract) ───────────────────────────────────────────────────────────────
// Longest words win wherever the extractor matches these tables, so 年均增长 beats 增长 and 新增产能 beats 产能. Long
// tables are written as one string of words separated by spaces.

function list(words: string): readonly string[] {
  return words.trim().split(/\s+/);
}

/**
 * Verbs that bring in a figure (产值达到350亿元, 培育30户龙头企业, 建成数字车间10个). They carry no bound of their own
 * (BOUND_WORDS does); the extractor strips them to find the subject and the thing counted.
 */
export const FIGURE_VERBS: readonly string[] = [
  ...BOUND_WORDS.eq,
  ...list(
    "达 提高 提升 增加到 增至 降至 降到 降低到 降低至 下降到 下降至 为 有 共有 " +
      "拥有 新增 新建 累计 培育 新培育 培育发展 培育认定 培育形成 建设 打造 创建 " +
      "组建 引进 研发 开发 推动 推进 支持 选择 遴选 筛选 实施 认定 完成 推广 " +
      "推广应用 发展 重点发展 规模化生产 生产 建 争创 新认定 引育 占有 制定 主持制定 " +
      "参与制定 修订 保持在 保持 稳定在",
  ),
];

/** Verbs that state a level rather than an act (产值达到, PUE值降至): before them stands the measure. */
export const LEVEL_VERBS: readonly string[] = list(
  "达到 达 实现 提高到 提高至 提升到 提升至 降至 降到 降低到 降低至 保持在 保持 稳定在",
);

/** Words that link a subject to its figure (为, 在, 的…); stripped from both ends of the words before a figure. */
export const LINK_WORDS: readonly string[] = list("的 为 在 到 至 了 是 之 对");

/** Prepositions that open the words before a figure (对44家化工园区开展…) and are not part of the subject. */
export const PREPOSITIONS: readonly string[] = list("对 在 将 把 从");

/** Connectives and modal words that open a clause and are not its subject (其中, 并, 确保, 预计). */
export const CONNECTIVES: readonly string[] = list(
  "其中 并且 并 且 同时 以及 和 及 与 另外 此外 还 使 将 总体 的 确保 努力 预计 全年 累计 已经 已",
);

/** Words that join the items of a list (A和B, A及B): after them a new item begins. */
export const LIST_JOINERS: readonly string[] = list("以及 和 及 与");

/** Quantities without a number (一批, 若干): they end a list item as a figure would. */
export const VAGUE_QUANTITIES: readonly string[] = list("一批 若干");

/** Bound words written after the number and its unit (350亿元以上, 2300亿元左右); the others come before it. */
export const TRAILING_BOUND_WORDS: readonly string[] = list("及以上 以上 以下 以内 左右 多 余");

/** Counted things that are organisations, places or actions (家, 个, 项), not products made (台, 辆, 吨). */
export const ENTITY_COUNT_UNITS: readonly string[] = list("个 家 户 项 所 名 人 位 条 种 批 次 件 人次");

/** A counted 所 is a count only after these (3所高校); 725所 is an institute's name. */
export const COUNT_LEADS: readonly string[] = list("等 、 和 约 共 有");

/** Verbs that also start a measure's name (生产设备联网率, 研发投入占比): kept when a ratio or a metric word follows. */
export const NOUN_FORMING_VERBS: readonly string[] = list("生产 研发 开发 推广 应用 建设 发展 引进");

/** Prefix verbs that make a quantity an increment: 新增产能 is not 产能. */
export const INCREMENT_VERBS: readonly string[] = list("新增 新培育 新认定");

/** Words that fan one list of subjects out over one list of figures: A、B产能分别为1、2万吨; A、B均达到100%. */
export const RESPECTIVELY_WORDS: readonly string[] = list("分别 依次");
export const EACH_WORDS: readonly string[] = list("均 都 各");

/**
 * Quantity words a plan measures a subject by. A subject phrase ending in one of them splits into subject and metric:
 * 稀土新材料产值 → 稀土新材料 + 产值.
 */
export const METRIC_WORDS: readonly string[] = list(
  "主营业务收入 营业收入 销售收入 业务收入 营收 工业增加值 增加值 产值 产量 " +
    "新增产能 产能 生产能力 加工能力 装机能力 装机容量 规模 利润总额 利润 利税 税收 " +
    "出口额 出口交货值 固定资产投资 投资额 投资 研发投入 研发经费 市场份额 市场占有率 " +
    "用水量 能耗 排放量 总量 数量 总数",
);

/** Words that make a subject phrase a ratio metric as a whole: 关键工序数控化率, 研发投入占销售收入比重. */
export const RATIO_SUFFIXES: readonly string[] = list("率 比重 占比 比例 份额 集中度 配比 指数 强度");

/** Quantities that name what a share measures (研发投入占销售收入比重, not a sector's share). */
export const SHARE_QUANTITIES: readonly string[] = [...METRIC_WORDS, ...list("支出 经费 投入")];

/** A measure per unit (单位增加值能耗, 万元工业增加值用水量) is one metric, not a subject and a metric. */
export const INTENSITY_WORDS: readonly string[] = list("单位 万元 每");

/** Words that end a count's subject but are not the thing counted: 重点实验室总数 counts 重点实验室. */
export const COUNT_METRIC_WORDS: readonly string[] = list("总数 数量 个数 家数");

/** Where a subject phrase names its scope, not its subject: 全区新材料产业 → 新材料产业. */
export const SCOPE_WORDS: readonly string[] = list(
  "全自治区 全区 全省 全市 全县 全州 全盟 我区 我省 我市 本省 本市 区内 省内 市内 其中",
);

/** Words that end a subject phrase without being part of it (稀土、铜材等, 有色金属领域, 产业总体). */
export const SUBJECT_TAIL_WORDS: readonly string[] = list("领域 方面 等 总体");

/** Scopes of enterprises (规模以上工业, 规上企业): part of a metric, never a sector of their own. */
export const ENTERPRISE_SCOPE_WORDS: readonly string[] = list("规模以上 规上");

/** Words that end a sector's name and may be dropped (新材料产业 is 新材料). */
export const INDUSTRY_SUFFIXES: readonly string[] = list("产业 行业");

/** Leading subjects that make a figure context for a provincial plan (全球市场, 全国产量). */
export const CONTEXT_SCOPE_WORDS: readonly string[] = list("全球 全世界 世界 国际 全国 我国");

/** A figure followed by 之一 counts a group the subject belongs to: 12个重点产业之一 is context. */
export const CONTEXT_TAIL_WORDS: readonly string[] = list("之一");

/** Words that mark a figure as already reached (2021年…已达到324亿元 is a baseline, not a target). */
export const PAST_MARKERS: readonly string[] = list("已达到 已达 已经 已 截至 截止 目前 现有 去年 上年");

/**
 * Words that mark a figure as still to be reached, overriding a past year in the same sentence (到2021年 is read from
 * the year phrase itself).
 */
export const FUTURE_MARKERS: readonly string[] = list("力争 争取 确保 预计 计划 目标");

/** Time spans are not figures: 5年来, 3个月内, 近3年, 用2年时间. */
export const TIME_SPAN_TAILS: readonly string[] = list("以内 以来 左右时间 时间 期间 内 来 间");
export const TIME_SPAN_LEADS: readonly string[] = list("今后 未来 近 用 前 后");

/** Growth phrases before a rate, most specific first: 年均增长8% is annual, 增长122% cumulative. */
export const GROWTH_PHRASES: ReadonlyArray<{
  readonly words: readonly string[];
  readonly type: (typeof GROWTH_TYPES)[number];
}> = [
  { words: ["年均复合增长率", "复合增长率", "年复合增长率", "复合增速"], type: "cagr" },
  { words: ["年均增长", "年均增速", "年平均增长", "年均增幅", "年均提高", "年均递增"], type: "annual_avg" },
  { words: ["同比增长", "同比增速", "比上年增长", "同比提高"], type: "yoy" },
  { words: ["增长", "增幅"], type: "cumulative" },
];

/** Doubling written without digits: 实现倍增 is ×2 (growth multiple), 翻两番 ×4. */
export const GROWTH_MULTIPLES: ReadonlyArray<{ readonly word: string; readonly factor: number }> = [
  { word: "翻两番", factor: 4 },
  { word: "翻一番", factor: 2 },
  { word: "翻番", factor: 2 },
  { word: "倍增", factor: 2 },
];

/** Words after a multiple that make it a name (倍增计划), not a figure. */
export const PROGRAMME_WORDS: readonly string[] = list("计划 行动 工程 专项 工作");

/**
 * A change against a reference (较2020年下降13%): the verb right before the figure and what it does. A level verb
 * (降至, 提高到) takes precedence, so 降至1.25 is a level, not a change.
 */
export const RELATIVE_PHRASES: ReadonlyArray<{
  readonly words: readonly string[];
  readonly op: (typeof RELATIVE_OPS)[number];
  /** The unit the change is written in: 个百分点 makes it a change in points. */
  readonly points: boolean;
}> = [
  { words: ["下降", "降低", "减少", "压减"], op: "decrease_pct", points: false },
  { words: ["提高", "提升", "增加", "上升"], op: "increase_pct", points: false },
  { words: ["下降", "降低", "减少"], op: "decrease_pp", points: true },
  { words: ["提高", "提升", "增加", "上升"], op: "increase_pp", points: true },
];

/** Words that name the reference of a change: 较2020年, 比2020年. */
export const REFERENCE_WORDS: readonly string[] = list("较 比 相比 相较");

/** An upper limit: 产能控制在1500万吨以内 is a cap. */
export const CAP_WORDS: readonly string[] = list("严格控制在 控制在 控制到 压减至 压减到 严控在");

/** Policy money and prices: 给予不低于3000万元支持, 0.26元/度的优惠电价. */
export const POLICY_WORDS: readonly string[] = list("给予 奖励 补助 补贴 奖补 贴息 资助 优惠电价 电价");

/** Words that make the figures of a sentence the sizes of named projects (推动80万吨…等项目建设). */
export const PROJECT_WORDS: readonly string[] = list("项目 生产线 中试 示范线 一期工程 二期工程");

/** Trailing words of a project's product that are not its name: 铝粉铝银浆项目达产达效 → 铝粉铝银浆. */
export const PROJECT_SUFFIXES: readonly string[] = list(
  "等项目建设 项目建设 等项目 项目 生产线 一期工程 二期工程 工程 中试 建设 达产达效",
);

/** A measurement that makes a figure a technical threshold, not a target (叶片长度不低于80米). */
export const SPEC_METRIC_WORDS: readonly string[] = list(
  "效率 密度 长度 高度 宽度 厚度 直径 尺寸 容量 寿命 循环次数 续航里程 里程 " +
    "载重 功率 纯度 细度 强度等级 精度 能量消耗量 消费量 温度 压力 速度 粒径",
);

/** Verbs that make a bounded figure before a product a capacity (形成年产800万千瓦以上风电整机), not a threshold. */
export const CAPACITY_VERBS: readonly string[] = list("形成 建成 新增 达到 达 产能 提高 扩大");

/** Yearly output written before a figure (年产20万吨铝粉, 年屠宰20万头肉牛): a capacity, of a project or a target. */
export const YEARLY_OUTPUT_WORDS: readonly string[] = list("年产 年屠宰 年加工 年处理");

/** What a magnitude class sizes (千亿级铝加工产业集群 → 产业集群规模), longest first where they overlap. */
export const ENTITY_HEADS: readonly string[] = list(
  "产业集群 集群 专业园区 园区 产业基地 基地 产业带 龙头企业 企业 项目 平台",
);

/** Counted things that are the plan's own structure, not targets: 22条重点任务, 6项工程. */
export const STRUCTURE_NOUNS: readonly string[] = list(
  "任务 工程 行动 举措 措施 方面 领域 原则 要求 政策 意见 章 节 部分 条款 环节 步骤 阶段 机制 体系",
);

/**
 * All-or-nothing targets (全覆盖, 全部淘汰): a whole set reaching a state, recorded as 100% (docs/curation.md). The
 * metric names what share it is.
 */
export const ALL_OR_NOTHING_WORDS: ReadonlyArray<{ readonly word: string; readonly metric: string }> = [
  { word: "全覆盖", metric: "覆盖率" },
  { word: "全面覆盖", metric: "覆盖率" },
  { word: "覆盖所有", metric: "覆盖率" },
  { word: "覆盖全行业", metric: "覆盖率" },
  { word: "全部淘汰", metric: "淘汰比例" },
  { word: "全面淘汰", metric: "淘汰比例" },
  { word: "全部退出", metric: "退出比例" },
  { word: "全部实现", metric: "比例" },
  { word: "全部建成", metric: "比例" },
];

/** What follows a label inside a paragraph (合金及粉体材料，重点发展…): a label names the sector being developed. */
export const LABEL_FOLLOWERS: readonly string[] = list(
  "重点发展 重点开发 重点推进 发展 大力发展 着力发展 主要发展 积极发展",
);

/** Verbs that start the next predicate after a counted thing: 对44家化工园区开展评估 counts 化工园区. */
export const PREDICATE_VERBS: readonly string[] = list("开展 实施 完成 进行 参与 纳入 落户 建设 达到 实现");

/** Heading words: a heading that starts with a task verb or names a part of the plan is not a sector. */
export const TASK_VERBS: readonly string[] = list(
  "促进 调整 依托 围绕 立足 提升 推进 加快 加强 完善 建设 打造 培育 实施 推动 " +
    "开展 强化 优化 发挥 健全 支持 创建 开发 提高 扩大 丰富 延伸 增加 严格 大力 " +
    "积极 深化 坚持 落实 构建 建立 拓展 拓宽 突破 聚焦 巩固 做大 做强 引进 推广 " +
    "研制 组建 创新 夯实 引导 鼓励 改造 开拓 统筹 着力 保障 加大 完成 淘汰",
);
export const NON_SECTOR_WORDS: readonly string[] = list(
  "要求 结构 条件 目标 任务 措施 举措 保障 政策 原则 思想 现状 形势 基础 环境 " +
    "布局 工程 机制 意义 思路 重点 效益 能力 水平 体系 建设 成效 规模 格局 方向 " +
    "组织 实施 附件 说明 概况 背景 范围 指标",
);

/** Headings whose sections state the base (发展基础) or the surroundings (面临形势): their figures are not targets. */
export const BASELINE_SECTION_WORDS: readonly string[] = list(
  "发展基础 发展现状 现状 基本情况 发展回顾 主要成就 取得成效",
);
export const CONTEXT_SECTION_WORDS: readonly string[] = list("面临形势 发展环境 形势分析 机遇与挑战 发展形势");
/** A heading naming the plan's goals (主要目标): a year said there holds for the section. */
export const TARGET_SECTION_WORDS: readonly string[] = list("目标");

/** The measure a threshold on a counted thing is written in (培育5家营业收入达到100亿元以上企业). */
export const THRESHOLD_MEASURES: readonly string[] = list("主营业务收入 营业收入 销售收入 产值 规模 产能 增加值");

/** Words around a plan's own sector in its title: 促进…产业高质量发展实施方案 → the sector in between. */
export const TITLE_PREFIX_WORDS: readonly string[] = list("关于 促进 加快 推动 推进 支持 发展");
export const TITLE_SUFFIX_WORDS: readonly string[] = list(
  "实施方案 行动计划 行动方案 工作方案 三年行动 方案 规划 计划 意见 纲要 若干措施 措施 高质量发展 转型升级 创新发展 " +
    "发展 建设 提升 行动 产业集群 集群",
);

/** Endings of province-level region names, longest first where they overlap (壮族自治区 before 自治区). */
export const REGION_SUFFIXES: readonly string[] = list("维吾尔自治区 壮族自治区 回族自治区 自治区 特别行政区 省");
export const MUNICIPALITIES: readonly string[] = list("北京市 上海市 天津市 重庆市");

/** A table's header cells that are not figures (类别, 指标, 单位) and what may follow a year column (2025年目标值). */
export const TABLE_HEADER_WORDS: readonly string[] = list("类别 指标 单位 序号 属性 指标名称 领域 项目 备注");
export const TABLE_YEAR_SUFFIXES: readonly string[] = list(
  "目标值 目标 基期值 基期 预期值 预期 实际值 实际 现状值 现状",
);
