/**
 * Held-out excerpts: written after the extractor's rules were in place, with the proposals a curator would make. Their
 * first score (91.2 % precision, 93.9 % recall, never tuned on) is the bench's estimate for unseen text. Its misses
 * then led to three general fixes (ranks such as 前10家 are not counts; 千克标准煤 and 芯公里 in the unit table), so
 * the bench's current figure for them is no longer an unseen one. The unit tests use extract-fixtures.ts.
 */
import type { ExtractFixture, Expected } from "./extract-fixtures";

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

/** 湖北-style: long paragraphs, numbered goals in one paragraph, a ratio of output per person. */
const HUBEI: ExtractFixture = {
  name: "湖北 新材料",
  context: { region: "湖北省", title: "湖北省新材料产业“十四五”发展规划" },
  text: [
    "二、发展目标", // 1
    "到2025年，全省新材料产业主营业务收入达到5500亿元，年均增长10%左右，新材料产业增加值占全省规模以上工业增加值比重提高到12%。培育年主营业务收入超100亿元的企业8家、超50亿元的企业15家，打造3个千亿级新材料产业基地。", // 2
    "创新能力明显增强，新增国家级企业技术中心10家，规模以上企业研发投入强度达到2.5%，新材料领域有效发明专利数量突破1.5万件。", // 3
    "绿色发展水平显著提升，单位工业增加值能耗较2020年下降15%，一般工业固体废物综合利用率达到85%以上。", // 4
    "三、重点领域", // 5
    "（一）光电子信息材料。依托武汉光谷，到2025年，光纤光缆产能达到1.2亿芯公里以上，光电子信息材料营业收入力争突破1000亿元。", // 6
    "（二）先进钢铁材料。严格控制粗钢产能，全省粗钢产量控制在3600万吨左右，高端钢材占比提高到50%以上。", // 7
  ].join("\n"),
  expected: [
    e(2, 5500, "亿元", "主营业务收入", { quote: "全省新材料产业主营业务收入达到5500亿元" }),
    e(2, 10, "%", "主营业务收入", {
      bound: "approx",
      kind: "growth_rate",
      growth: { type: "annual_avg" },
      quote: "年均增长10%左右",
    }),
    e(2, 12, "%", "新材料产业增加值占全省规模以上工业增加值比重", {
      quote: "新材料产业增加值占全省规模以上工业增加值比重提高到12%",
    }),
    e(2, 8, "家", "企业", {
      entityFilter: { measure: "主营业务收入", op: "gt", value: 100, valueMax: null, unit: "亿元" },
      quote: "培育年主营业务收入超100亿元的企业8家",
    }),
    e(2, 15, "家", "企业", {
      entityFilter: { measure: "主营业务收入", op: "gt", value: 50, valueMax: null, unit: "亿元" },
      quote: "超50亿元的企业15家",
    }),
    e(2, 3, "个", "新材料产业基地", {
      entityFilter: { measure: "规模", op: "ge", value: 1000, valueMax: null, unit: "亿元" },
      quote: "打造3个千亿级新材料产业基地",
    }),
    e(3, 10, "家", "国家级企业技术中心", { quote: "新增国家级企业技术中心10家" }),
    e(3, 2.5, "%", "规模以上企业研发投入强度", { quote: "规模以上企业研发投入强度达到2.5%" }),
    e(3, 1.5, "万件", "有效发明专利数量", { bound: "gt", quote: "新材料领域有效发明专利数量突破1.5万件" }),
    e(4, 15, "%", "单位工业增加值能耗", {
      kind: "relative_target",
      relative: { op: "decrease_pct", refYear: 2020 },
      quote: "单位工业增加值能耗较2020年下降15%",
    }),
    e(4, 85, "%", "一般工业固体废物综合利用率", { bound: "ge", quote: "一般工业固体废物综合利用率达到85%以上" }),
    e(6, 1.2, "亿芯公里", "产能", { bound: "ge", quote: "光纤光缆产能达到1.2亿芯公里以上" }),
    e(6, 1000, "亿元", "营业收入", { bound: "gt", aspiration: true, quote: "光电子信息材料营业收入力争突破1000亿元" }),
    e(7, 3600, "万吨", "产量", { bound: "approx", kind: "cap", quote: "全省粗钢产量控制在3600万吨左右" }),
    e(7, 50, "%", "高端钢材占比", { bound: "ge", quote: "高端钢材占比提高到50%以上" }),
  ],
  notProposed: [],
};

/** 山东-style: ASCII punctuation, a table with one row per line (tab-separated), 分别 with 和. */
const SHANDONG: ExtractFixture = {
  name: "山东 化工新材料",
  context: { region: "山东省", title: "山东省化工新材料产业发展行动方案(2023-2025年)" },
  text: [
    "一、主要目标", // 1
    "到2025年,全省化工新材料产业营业收入达到3000亿元,化工新材料自给率提高到75%。", // 2
    "高端聚烯烃、工程塑料产能分别达到500万吨和300万吨,培育营业收入过百亿元的化工新材料企业10家以上。", // 3
    "专栏1 主要指标", // 4
    "指标\t2022年\t2025年", // 5
    "化工新材料产值(亿元)\t2100\t3000", // 6
    "化工园区数量(家)\t84\t80", // 7
    "二、重点任务", // 8
    "(一)推动高端聚烯烃发展。建设裕龙岛炼化一体化项目,新增乙烯产能300万吨/年、聚乙烯产能200万吨/年。", // 9
  ].join("\n"),
  expected: [
    e(2, 3000, "亿元", "营业收入", { quote: "全省化工新材料产业营业收入达到3000亿元" }),
    e(2, 75, "%", "化工新材料自给率", { quote: "化工新材料自给率提高到75%" }),
    e(3, 500, "万吨", "产能", { quote: "高端聚烯烃、工程塑料产能分别达到500万吨和300万吨" }),
    e(3, 300, "万吨", "产能", { quote: "高端聚烯烃、工程塑料产能分别达到500万吨和300万吨" }),
    e(3, 10, "家", "化工新材料企业", {
      bound: "ge",
      entityFilter: { measure: "营业收入", op: "gt", value: 100, valueMax: null, unit: "亿元" },
      quote: "培育营业收入过百亿元的化工新材料企业10家以上",
    }),
    e(6, 2100, "亿元", "化工新材料产值", { year: 2022, kind: "baseline", quote: "2100" }),
    e(6, 3000, "亿元", "化工新材料产值", { quote: "3000" }),
    e(7, 84, "家", "化工园区数量", { year: 2022, kind: "baseline", quote: "84" }),
    e(7, 80, "家", "化工园区数量", { quote: "80" }),
    e(9, 300, "万吨/年", "新增产能", { kind: "project", quote: "新增乙烯产能300万吨/年" }),
    e(9, 200, "万吨/年", "新增产能", { kind: "project", quote: "聚乙烯产能200万吨/年" }),
  ],
  notProposed: [],
};

/** 河北-style: 十四五 wording, past figures in a base paragraph, a deadline, a count of a named thing. */
const HEBEI: ExtractFixture = {
  name: "河北 钢铁",
  context: { region: "河北省", title: "河北省钢铁产业高质量发展实施方案", period: { start: 2021, end: 2025 } },
  text: [
    "（一）发展现状", // 1
    "“十三五”期间，全省累计压减炼钢产能8212万吨，2020年全省钢铁产业营业收入达到1.2万亿元。", // 2
    "（二）发展目标", // 3
    "“十四五”末，全省钢铁产能控制在2亿吨以内，前10家钢铁企业产能占全省比重达到80%以上。", // 4
    "2023年底前，全部完成超低排放改造，吨钢综合能耗降低到540千克标准煤以下。", // 5
    "建成5个国家级智能制造示范工厂，关键工序数控化率达到80%。", // 6
  ].join("\n"),
  expected: [
    e(2, 8212, "万吨", "压减炼钢产能", { year: 2020, kind: "baseline", quote: "全省累计压减炼钢产能8212万吨" }),
    e(2, 1.2, "万亿元", "营业收入", { year: 2020, kind: "baseline", quote: "2020年全省钢铁产业营业收入达到1.2万亿元" }),
    e(4, 2, "亿吨", "产能", { bound: "le", kind: "cap", quote: "全省钢铁产能控制在2亿吨以内" }),
    e(4, 80, "%", "产能占全省比重", { bound: "ge", quote: "前10家钢铁企业产能占全省比重达到80%以上" }),
    e(5, 540, "千克标准煤", "吨钢综合能耗", { year: 2023, bound: "le", quote: "吨钢综合能耗降低到540千克标准煤以下" }),
    e(6, 5, "个", "国家级智能制造示范工厂", { quote: "建成5个国家级智能制造示范工厂" }),
    e(6, 80, "%", "关键工序数控化率", { quote: "关键工序数控化率达到80%" }),
  ],
  notProposed: [{ line: 4, text: "前10家" }],
};

export const HELD_OUT: readonly ExtractFixture[] = [HUBEI, SHANDONG, HEBEI];
