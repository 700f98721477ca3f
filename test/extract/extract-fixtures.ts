/**
 * Short plan excerpts in the styles of other provinces (written for these tests, not taken from the seeds), with the
 * proposals a curator would make, written by hand before the extractor was tuned. ASCII punctuation, one sentence per
 * line, bullets, 分别 lists, a table, growth, caps, thresholds and things that are not targets. The extractor's tests
 * and its bench (bench/extract.bench.ts, "own excerpts") read them.
 */
import type { ExtractContext } from "../../src/extract";
import type { PlanRecord } from "../../src/core/schema";

export type Expected = Pick<
  PlanRecord,
  "line" | "value" | "valueMax" | "unit" | "metric" | "year" | "bound" | "aspiration" | "kind" | "quote"
> &
  Partial<Pick<PlanRecord, "valueText" | "entityFilter" | "growth" | "relative">>;

export interface ExtractFixture {
  readonly name: string;
  readonly context: ExtractContext;
  readonly text: string;
  readonly expected: readonly Expected[];
  /** Text on a line whose digits must not be proposed (task counts, labels, codes, model numbers). */
  readonly notProposed: ReadonlyArray<{ readonly line: number; readonly text: string }>;
}

function e(
  line: number,
  value: number,
  unit: string,
  metric: string,
  rest: Partial<Expected> & Pick<Expected, "quote">,
): Expected {
  return {
    line,
    value,
    valueMax: null,
    unit,
    metric,
    year: 2025,
    bound: "eq",
    aspiration: false,
    kind: "target",
    ...rest,
  };
}

/** 广东-style: ASCII commas and colons, a colon lead-in with 力争 over bullet lines, thresholds, a baseline. */
const GUANGDONG: ExtractFixture = {
  name: "广东 前沿新材料",
  context: { region: "广东省", title: "广东省发展前沿新材料产业集群行动计划(2021—2025年)" },
  text: [
    "一、发展目标", // 1
    "到2025年,力争实现以下目标:", // 2
    "——产业规模持续壮大。前沿新材料产业营业收入超过1000亿元,年均增长15%以上。", // 3
    "——创新能力显著提升。建设国家级创新平台5个以上、省级创新平台20个左右。", // 4
    "——企业梯队不断完善。培育产值超10亿元企业10家,产值十亿级的龙头企业2家以上。", // 5
    "2020年,全省前沿新材料产业营业收入达到480亿元。", // 6
    "二、重点任务", // 7
    "(一)石墨烯材料。重点发展石墨烯粉体、薄膜及复合材料,到2025年,石墨烯材料产值达到150亿元,建成3—5个石墨烯产业化基地。", // 8
    "实施22条重点任务和6项工程,构建“1+N”政策体系。", // 9
    "推动符合GB/T 30544标准的产品研发,支持企业开发T800级碳纤维。", // 10
  ].join("\n"),
  expected: [
    e(3, 1000, "亿元", "营业收入", { bound: "gt", aspiration: true, quote: "前沿新材料产业营业收入超过1000亿元" }),
    e(3, 15, "%", "营业收入", {
      bound: "ge",
      aspiration: true,
      kind: "growth_rate",
      growth: { type: "annual_avg" },
      quote: "年均增长15%以上",
    }),
    e(4, 5, "个", "国家级创新平台", { bound: "ge", aspiration: true, quote: "建设国家级创新平台5个以上" }),
    e(4, 20, "个", "省级创新平台", { bound: "approx", aspiration: true, quote: "省级创新平台20个左右" }),
    e(5, 10, "家", "企业", {
      aspiration: true,
      entityFilter: { measure: "产值", op: "gt", value: 10, valueMax: null, unit: "亿元" },
      quote: "培育产值超10亿元企业10家",
    }),
    e(5, 2, "家", "龙头企业", {
      bound: "ge",
      aspiration: true,
      entityFilter: { measure: "产值", op: "ge", value: 10, valueMax: null, unit: "亿元" },
      quote: "产值十亿级的龙头企业2家以上",
    }),
    e(6, 480, "亿元", "营业收入", { year: 2020, kind: "baseline", quote: "全省前沿新材料产业营业收入达到480亿元" }),
    e(8, 150, "亿元", "产值", { quote: "石墨烯材料产值达到150亿元" }),
    e(8, 3, "个", "石墨烯产业化基地", { valueMax: 5, quote: "建成3—5个石墨烯产业化基地" }),
  ],
  notProposed: [
    { line: 9, text: "22" },
    { line: 9, text: "6" },
    { line: 9, text: "1+N" },
    { line: 10, text: "30544" },
    { line: 10, text: "800" },
  ],
};

/** 江苏-style: a goals section whose year holds below, implicit subjects, compound and large units, a change. */
const JIANGSU: ExtractFixture = {
  name: "江苏 制造业",
  context: { region: "江苏省", title: "江苏省“十四五”制造业高质量发展规划", period: { start: 2021, end: 2025 } },
  text: [
    "(三)主要目标", // 1
    "到2025年,全省制造业增加值超过4.6万亿元,占地区生产总值比重保持在35%左右。", // 2
    "规模以上工业企业研发经费支出占营业收入比重达到2%以上,全员劳动生产率达到35万元/人。", // 3
    "工业机器人密度达到260台/万人,数字化研发设计工具普及率达到90%。", // 4
    "规模以上工业单位增加值能耗较2020年下降17%,培育形成“2+(3+6)+(4+5)”的现代产业体系。", // 5
    "新增国家级专精特新“小巨人”企业300家以上,营业收入超百亿元企业达到150家。", // 6
  ].join("\n"),
  expected: [
    e(2, 4.6, "万亿元", "增加值", { bound: "gt", quote: "全省制造业增加值超过4.6万亿元" }),
    e(2, 35, "%", "占地区生产总值比重", { bound: "approx", quote: "占地区生产总值比重保持在35%左右" }),
    e(3, 2, "%", "规模以上工业企业研发经费支出占营业收入比重", {
      bound: "ge",
      quote: "规模以上工业企业研发经费支出占营业收入比重达到2%以上",
    }),
    e(3, 35, "万元/人", "全员劳动生产率", { quote: "全员劳动生产率达到35万元/人" }),
    e(4, 260, "台/万人", "工业机器人密度", { quote: "工业机器人密度达到260台/万人" }),
    e(4, 90, "%", "数字化研发设计工具普及率", { quote: "数字化研发设计工具普及率达到90%" }),
    e(5, 17, "%", "规模以上工业单位增加值能耗", {
      kind: "relative_target",
      relative: { op: "decrease_pct", refYear: 2020 },
      quote: "规模以上工业单位增加值能耗较2020年下降17%",
    }),
    e(6, 300, "家", "国家级专精特新“小巨人”企业", { bound: "ge", quote: "新增国家级专精特新“小巨人”企业300家以上" }),
    e(6, 150, "家", "企业", {
      entityFilter: { measure: "营业收入", op: "gt", value: 100, valueMax: null, unit: "亿元" },
      quote: "营业收入超百亿元企业达到150家",
    }),
  ],
  notProposed: [
    { line: 5, text: "2+(3+6)+(4+5)" },
    { line: 5, text: "2020" },
  ],
};

/** 四川-style: a base section, a table one cell per line, a cap, a project, doubling, a range with a threshold. */
const SICHUAN: ExtractFixture = {
  name: "四川 先进材料",
  context: { region: "四川省", title: "四川省先进材料产业提升行动计划（2022—2025年）" },
  text: [
    "四川省先进材料产业提升行动计划（2022—2025年）", // 1
    "一、发展基础", // 2
    "2021年，全省先进材料产业实现营业收入3560亿元，同比增长12.5%，拥有国家级企业技术中心23家。", // 3
    "二、发展目标", // 4
    "到2025年，全省先进材料产业营业收入达到6000亿元，年均增长14%。", // 5
    "其中，钒钛材料产业营业收入达到1200亿元，晶硅光伏材料产业营业收入突破2000亿元，锂电材料产业实现倍增。", // 6
    "主要指标", // 7
    "指标", // 8
    "2021年", // 9
    "2025年", // 10
    "规上企业数（家）", // 11
    "1850", // 12
    "2500", // 13
    "研发投入强度（%）", // 14
    "1.3", // 15
    "2", // 16
    "三、重点任务", // 17
    "（一）钒钛材料。依托攀西战略资源创新开发试验区，推动100万吨钒钛磁铁矿综合利用项目建设，钒制品产能控制在5万吨以内。", // 18
    "（二）锂电材料。培育3—5户营业收入超50亿元的龙头企业，新增正极材料产能20万吨。", // 19
  ].join("\n"),
  expected: [
    e(3, 3560, "亿元", "营业收入", { year: 2021, kind: "baseline", quote: "全省先进材料产业实现营业收入3560亿元" }),
    e(3, 12.5, "%", "营业收入", { year: 2021, kind: "growth_rate", growth: { type: "yoy" }, quote: "同比增长12.5%" }),
    e(3, 23, "家", "国家级企业技术中心", { year: 2021, kind: "baseline", quote: "拥有国家级企业技术中心23家" }),
    e(5, 6000, "亿元", "营业收入", { quote: "全省先进材料产业营业收入达到6000亿元" }),
    e(5, 14, "%", "营业收入", { kind: "growth_rate", growth: { type: "annual_avg" }, quote: "年均增长14%" }),
    e(6, 1200, "亿元", "营业收入", { quote: "钒钛材料产业营业收入达到1200亿元" }),
    e(6, 2000, "亿元", "营业收入", { bound: "gt", quote: "晶硅光伏材料产业营业收入突破2000亿元" }),
    e(6, 2, "倍", "营业收入", {
      kind: "growth_rate",
      growth: { type: "multiple" },
      valueText: "倍增",
      quote: "锂电材料产业实现倍增",
    }),
    e(12, 1850, "家", "规上企业数", { year: 2021, kind: "baseline", quote: "1850" }),
    e(13, 2500, "家", "规上企业数", { quote: "2500" }),
    e(15, 1.3, "%", "研发投入强度", { year: 2021, kind: "baseline", quote: "1.3" }),
    e(16, 2, "%", "研发投入强度", { quote: "2" }),
    e(18, 100, "万吨", "产能", { kind: "project", quote: "推动100万吨钒钛磁铁矿综合利用项目建设" }),
    e(18, 5, "万吨", "产能", { bound: "le", kind: "cap", quote: "钒制品产能控制在5万吨以内" }),
    e(19, 3, "户", "龙头企业", {
      valueMax: 5,
      entityFilter: { measure: "营业收入", op: "gt", value: 50, valueMax: null, unit: "亿元" },
      quote: "培育3—5户营业收入超50亿元的龙头企业",
    }),
    e(19, 20, "万吨", "新增产能", { quote: "新增正极材料产能20万吨" }),
  ],
  notProposed: [
    { line: 9, text: "2021" },
    { line: 1, text: "2022" },
  ],
};

/** 浙江-style: full-width numbering (1．), 分别 over three and two figures, all-or-nothing, a change without reference. */
const ZHEJIANG: ExtractFixture = {
  name: "浙江 新材料",
  context: { region: "浙江省", title: "浙江省新材料产业发展“十四五”规划" },
  text: [
    "（二）发展目标", // 1
    "到2025年，新材料产业实现以下目标：", // 2
    "1．产业规模。新材料产业总产值达到1.2万亿元，其中化工新材料、金属新材料、电子信息材料产值分别达到5000亿元、3000亿元、2000亿元。", // 3
    "2．创新能力。新建省级以上重点实验室、工程研究中心分别为15家、20家，主持制定国家标准30项以上。", // 4
    "3．绿色发展。规上企业绿色工厂覆盖率达到60%，主要产品单位能耗下降10%，重点企业清洁生产审核实现全覆盖。", // 5
    "专栏1 重点工程", // 6
    "实施5大工程，包括年产30万吨高端聚烯烃项目、20万吨/年锂电隔膜项目。", // 7
  ].join("\n"),
  expected: [
    e(3, 1.2, "万亿元", "总产值", { quote: "新材料产业总产值达到1.2万亿元" }),
    e(3, 5000, "亿元", "产值", {
      quote: "其中化工新材料、金属新材料、电子信息材料产值分别达到5000亿元、3000亿元、2000亿元",
    }),
    e(3, 3000, "亿元", "产值", {
      quote: "其中化工新材料、金属新材料、电子信息材料产值分别达到5000亿元、3000亿元、2000亿元",
    }),
    e(3, 2000, "亿元", "产值", {
      quote: "其中化工新材料、金属新材料、电子信息材料产值分别达到5000亿元、3000亿元、2000亿元",
    }),
    e(4, 15, "家", "省级以上重点实验室", { quote: "新建省级以上重点实验室、工程研究中心分别为15家、20家" }),
    e(4, 20, "家", "工程研究中心", { quote: "新建省级以上重点实验室、工程研究中心分别为15家、20家" }),
    e(4, 30, "项", "国家标准", { bound: "ge", quote: "主持制定国家标准30项以上" }),
    e(5, 60, "%", "规上企业绿色工厂覆盖率", { quote: "规上企业绿色工厂覆盖率达到60%" }),
    e(5, 10, "%", "主要产品单位能耗", {
      kind: "relative_target",
      relative: { op: "decrease_pct", refYear: null },
      quote: "主要产品单位能耗下降10%",
    }),
    e(5, 100, "%", "重点企业清洁生产审核覆盖率", { valueText: "全覆盖", quote: "重点企业清洁生产审核实现全覆盖" }),
    e(7, 30, "万吨", "产能", { kind: "project", quote: "年产30万吨高端聚烯烃项目" }),
    e(7, 20, "万吨/年", "产能", { kind: "project", quote: "20万吨/年锂电隔膜项目" }),
  ],
  notProposed: [
    { line: 7, text: "5" },
    { line: 3, text: "1．" },
  ],
};

export const FIXTURES: readonly ExtractFixture[] = [GUANGDONG, JIANGSU, SICHUAN, ZHEJIANG];
