/**
 * Held-out REPORTED texts: what a bureau also pastes into 导入规划 besides a clean plan — news restatements of a
 * government work report (政府工作报告), press-conference write-ups, project news. They mix what was achieved with
 * what is planned. Each is a verbatim excerpt of a public page (source and date in its header; the search tool's
 * stored copy), trimmed to whole paragraphs, one paragraph a line. Two pages were stored only in a traditional-script
 * mirror of a simplified original; they are transcribed to simplified characters (said in their header).
 *
 * Every figure was annotated BEFORE the extractor was run on these texts (commit "held-out reported texts +
 * annotations"): target (a figure the text sets out to reach), baseline (an achievement, with its year where the text
 * gives one), context (another place's figure, a count of the text's own structure, a national task) or project (a
 * project announcement: how many, how much invested). A figure stated again is annotated once, at its first statement;
 * `restated` names the lines that repeat it (a proposal there is a duplicate).
 *
 * None of these texts is a development text: the rules were not written on them. Their first run (before any tuning)
 * is recorded in docs/extractor.md.
 */
import type { ExtractContext } from "../../src/extract";

export type AnnotatedKind = "target" | "baseline" | "context" | "project";

export interface Annotated {
  readonly line: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly kind: AnnotatedKind;
  /** The year the figure is of (a baseline's year; a target's year); null when the text does not say. */
  readonly year: number | null;
  /** The words around the figure, as written (to find it; not scored). */
  readonly quote: string;
  /** Later lines that state the same figure again. */
  readonly restated: readonly number[];
}

export interface ReportedText {
  readonly name: string;
  readonly source: string;
  readonly published: string;
  readonly form: "work report" | "press conference" | "news";
  readonly context: ExtractContext;
  readonly text: string;
  readonly figures: readonly Annotated[];
}

function f(
  line: number,
  quote: string,
  value: number,
  unit: string,
  kind: AnnotatedKind,
  year: number | null,
  more: { valueMax?: number; restated?: number[] } = {},
): Annotated {
  return { line, quote, value, unit, kind, year, valueMax: more.valueMax ?? null, restated: more.restated ?? [] };
}

/** 广东 2024 work report, as a WeChat news account restated it: 2023's results, then 2024's expected goals. */
const GUANGDONG_2024: ReportedText = {
  name: "广东 2024年政府工作报告（新闻转述）",
  source: "https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1",
  published: "2024-01-23",
  form: "work report",
  context: { region: "广东省", title: "广东省2024年政府工作报告", period: { start: 2024, end: 2024 } },
  text: [
    "1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。", // 1
    "报告指出:", // 2
    "●2023年广东地区生产总值达到13.57万亿元、增长4.8%,是全国首个突破13万亿元的省份,总量连续35年居全国首位;", // 3
    "●广州经济总量突破3万亿元;", // 4
    "●地方一般公共预算收入达1.39万亿元、增长4.3%;", // 5
    "●社会消费品零售总额达4.7万亿元、增长5.8%,深圳成为广东第二个万亿元消费城市;", // 6
    "●进出口顶住压力、逆势实现正增长;", // 7
    "●规模以上工业增加值突破4万亿元、增长4.4%,工业投资连续36个月保持两位数增长,佛山成为广东第二个规模以上工业总产值突破3万亿元的城市。", // 8
    "2024年广东经济社会发展", // 9
    "有这些目标", // 10
    "报告提出,今年广东经济社会发展的主要预期目标是:", // 11
    "◆地区生产总值增长5%;", // 12
    "◆固定资产投资增长4%,社会消费品零售总额增长6%,进出口总额增长1%;", // 13
    "◆规模以上工业增加值增长5%;", // 14
    "◆地方一般公共预算收入增长3%;", // 15
    "◆居民人均可支配收入增长与经济增长同步,居民消费价格指数上涨3%左右;", // 16
    "◆城镇调查失业率5.5%左右,城镇新增就业人数110万人以上;", // 17
    "◆粮食产量1270万吨。", // 18
  ].join("\n"),
  figures: [
    f(3, "地区生产总值达到13.57万亿元", 13.57, "万亿元", "baseline", 2023),
    f(3, "增长4.8%", 4.8, "%", "baseline", 2023),
    f(3, "全国首个突破13万亿元的省份", 13, "万亿元", "context", 2023),
    f(4, "广州经济总量突破3万亿元", 3, "万亿元", "context", 2023),
    f(5, "地方一般公共预算收入达1.39万亿元", 1.39, "万亿元", "baseline", 2023),
    f(5, "增长4.3%", 4.3, "%", "baseline", 2023),
    f(6, "社会消费品零售总额达4.7万亿元", 4.7, "万亿元", "baseline", 2023),
    f(6, "增长5.8%", 5.8, "%", "baseline", 2023),
    f(8, "规模以上工业增加值突破4万亿元", 4, "万亿元", "baseline", 2023),
    f(8, "增长4.4%", 4.4, "%", "baseline", 2023),
    f(8, "规模以上工业总产值突破3万亿元的城市", 3, "万亿元", "context", 2023),
    f(12, "地区生产总值增长5%", 5, "%", "target", 2024),
    f(13, "固定资产投资增长4%", 4, "%", "target", 2024),
    f(13, "社会消费品零售总额增长6%", 6, "%", "target", 2024),
    f(13, "进出口总额增长1%", 1, "%", "target", 2024),
    f(14, "规模以上工业增加值增长5%", 5, "%", "target", 2024),
    f(15, "地方一般公共预算收入增长3%", 3, "%", "target", 2024),
    f(16, "居民消费价格指数上涨3%左右", 3, "%", "target", 2024),
    f(17, "城镇调查失业率5.5%左右", 5.5, "%", "target", 2024),
    f(17, "城镇新增就业人数110万人以上", 110, "万人", "target", 2024),
    f(18, "粮食产量1270万吨", 1270, "万吨", "target", 2024),
  ],
};

/** 广东 2025 work report, as 新快报 restated it: 2024's results only (预计 here estimates a year just ended). */
const GUANGDONG_2025: ReportedText = {
  name: "广东 2025年政府工作报告（新快报）",
  source: "https://cj.sina.com.cn/articles/view/1652484947/627eeb5302001nple",
  published: "2025-01-15",
  form: "work report",
  context: { region: "广东省", title: "广东省2025年政府工作报告", period: { start: 2025, end: 2025 } },
  text: [
    "新快报讯 1月15日,广东省十四届人大三次会议开幕,广东省省长王伟中向大会作政府工作报告。报告回顾了2024年的工作成果,并为2025年广东发展描绘新蓝图。", // 1
    "报告指出,2024年是中华人民共和国成立75周年,是广东改革发展历程上具有重要意义的一年。面对外部压力加大、内部困难增多的复杂严峻形势,广东迎难而上、顶压前行,坚定扛起经济大省挑大梁的责任担当,全力推动经济运行总体平稳、稳中有进。预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位。", // 2
    "广东经济综合实力稳步提升,展现出强大韧性和蓬勃生机。进出口总额突破9万亿元、增长9.8%,总量连续39年居全国首位,贡献了全国38.7%的贸易增量。规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家。地方一般公共预算收入1.35万亿元,连续34年居全国首位。旅游总收入突破万亿元,海洋生产总值突破2万亿元。经营主体净增98万户、突破1900万户,其中企业超830万户,总量均居全国第一。城镇调查失业率平均为5%,城镇新增就业超143万人、超额完成国家下达的110万人年度任务。", // 3
  ].join("\n"),
  figures: [
    f(2, "预计全省地区生产总值迈上14万亿元新台阶", 14, "万亿元", "baseline", 2024),
    f(3, "进出口总额突破9万亿元", 9, "万亿元", "baseline", 2024),
    f(3, "增长9.8%", 9.8, "%", "baseline", 2024),
    f(3, "贡献了全国38.7%的贸易增量", 38.7, "%", "baseline", 2024),
    f(3, "规模以上工业增加值增长4.2%", 4.2, "%", "baseline", 2024),
    f(3, "规模以上工业企业约7.4万家", 7.4, "万家", "baseline", 2024),
    f(3, "地方一般公共预算收入1.35万亿元", 1.35, "万亿元", "baseline", 2024),
    f(3, "旅游总收入突破万亿元", 1, "万亿元", "baseline", 2024),
    f(3, "海洋生产总值突破2万亿元", 2, "万亿元", "baseline", 2024),
    f(3, "经营主体净增98万户", 98, "万户", "baseline", 2024),
    f(3, "突破1900万户", 1900, "万户", "baseline", 2024),
    f(3, "其中企业超830万户", 830, "万户", "baseline", 2024),
    f(3, "城镇调查失业率平均为5%", 5, "%", "baseline", 2024),
    f(3, "城镇新增就业超143万人", 143, "万人", "baseline", 2024),
    f(3, "国家下达的110万人年度任务", 110, "万人", "context", 2024),
  ],
};

/** 浙江 2024 work report, as 中新网 restated it: 2023's results and policy money, 2024's goal and plan. */
const ZHEJIANG_2024: ReportedText = {
  name: "浙江 2024年政府工作报告（中新网）",
  source: "http://qc.idea-sf.com:99/info.php?qM=mN.html (中新网 杭州1月23日电)",
  published: "2024-01-23",
  form: "work report",
  context: { region: "浙江省", title: "浙江省2024年政府工作报告", period: { start: 2024, end: 2024 } },
  text: [
    "中新网 杭州1月23日电(记者 赵晔娇)23日,在浙江省十四届人大二次会议上,浙江省省长王浩作政府工作报告时指出,2023年经济运行持续回升向好,全面完成全年主要目标任务,其中全省生产总值增长6%。根据浙江统计局今日发布的数据,根据地区生产总值统一核算结果,2023年该省生产总值82553亿元,总量迈上新台阶。报告建议2024年浙江主要预期目标为:生产总值增长5.5%左右等。", // 1
    "王浩指出,2023年浙江经济稳进向好、社会安定有序,充分展示经济大省勇挑大梁的使命担当。", // 2
    "为全力拼经济,浙江在2023年一开年,就推出“8+4”经济政策体系。", // 3
    "这是在原有的稳进提质政策体系的基础上,系统谋划、综合集成的,即扩大有效投资、科技创新、“415X”先进制造业集群培育、现代服务业高质量发展、世界一流强港和交通强省建设、扩大内需和对外开放、乡村振兴和城乡一体化发展、保障和改善民生8个重点领域政策包,财政金融、自然资源、能源、人才等4张要素保障清单。", // 4
    "“‘8+4’经济政策体系精准高效,有力发挥了引导保障作用。”王浩表示。在2023年,浙江坚持集中财力办大事,通过大力度整合优化提升,构建“8+4”经济政策体系,安排省级财政资金1006.8亿元,支持经济持续回升向好。浙江还为市场经营主体减负3300亿元以上。", // 5
    "新的一年,步履不停,浙江将迭代升级“8+4”经济政策体系,优化8个政策包和4张要素保障清单,安排省级财政资金1023.6亿元,支持经济高质量发展。", // 6
  ].join("\n"),
  figures: [
    f(1, "全省生产总值增长6%", 6, "%", "baseline", 2023),
    f(1, "2023年该省生产总值82553亿元", 82553, "亿元", "baseline", 2023),
    f(1, "生产总值增长5.5%左右", 5.5, "%", "target", 2024),
    f(4, "8个重点领域政策包", 8, "个", "context", null),
    f(4, "4张要素保障清单", 4, "张", "context", null),
    f(5, "安排省级财政资金1006.8亿元", 1006.8, "亿元", "baseline", 2023),
    f(5, "减负3300亿元以上", 3300, "亿元", "baseline", 2023),
    f(6, "优化8个政策包", 8, "个", "context", null),
    f(6, "4张要素保障清单", 4, "张", "context", null),
    f(6, "安排省级财政资金1023.6亿元", 1023.6, "亿元", "target", 2024),
  ],
};

/**
 * 湖北 2021 work report, as 湖北日报 restated it: the next five years' goals, the headline restating the body.
 * Stored only in a traditional-script mirror; transcribed to simplified characters (民生福社 as printed).
 */
const HUBEI_2021: ReportedText = {
  name: "湖北 2021年政府工作报告（湖北日报 速读）",
  source: "http://m.acmerblog.com/news/20210125/797651.html (湖北日报)",
  published: "2021-01-25",
  form: "work report",
  context: { region: "湖北省", title: "湖北省2021年政府工作报告", period: { start: 2021, end: 2025 } },
  text: [
    "速读报告 |今后五年,湖北经济总量跨越6万亿元", // 1
    "2021-01-25 09:09:48 湖北日报", // 2
    "1月24日,湖北省十三届人大五次会议开幕,湖北省省长王晓东作《政府工作报告》。", // 3
    "《报告》指出,今后五年,要努力推动我省综合实力迈上新台阶、改革开放赢得新优势、社会文明程度达到新高度、生态文明建设取得新成效、民生福社达到新水平、省域治理效能得到新提升,创新驱动发展走在全国前列,制造强省、质量强省建设加快突破,现代服务业提速升级,农业强省建设取得明显成效,中心城市和城市群发展能级进一步提升,县域经济、块状经济竞相发展,加快形成与战略支点相适应的综合实力和战略功能。经济总量跨越6万亿元,常住人口城镇化率达到65%,居民人均可支配收入增长与经济增长基本同步。", // 4
  ].join("\n"),
  figures: [
    f(1, "湖北经济总量跨越6万亿元", 6, "万亿元", "target", 2025, { restated: [4] }),
    f(4, "常住人口城镇化率达到65%", 65, "%", "target", 2025),
  ],
};

/** 四川 press conference on the 十四五 period's industrial results (四川发布): achievements only, no goal. */
const SICHUAN_INDUSTRY: ReportedText = {
  name: "四川 “十四五”现代化产业体系成就发布会（四川发布）",
  source: "http://tech.ruichuangshe.com/Information/Info/4504 (来源:四川发布)",
  published: "2025-10-10",
  form: "press conference",
  context: { region: "四川省", title: "四川“十四五”时期建设现代化产业体系主要成就" },
  text: [
    "“十四五”以来,四川坚定不移深入推进工业兴省制造强省,积极发挥新型工业化主导作用,三次产业高质量融合发展取得新成效,现代化产业体系不断优化,特色更加突出、优势更加鲜明。", // 1
    "10月9日,省政府新闻办举行“决胜‘十四五’续写新篇章”系列主题新闻发布会第三场,省经济和信息化厅厅长翟刚围绕工业规模和质效、产业体系、创新发展动能、发展势能、智能绿色转型和企业发展环境六个方面亮点成效介绍了四川“十四五”时期建设现代化产业体系的主要成就。", // 2
    "亮点一:", // 3
    "工业规模和质效稳步提升", // 4
    "全省规上工业增加值年均增长6.6%,规上工业企业营业收入利润率为7.3%,位居全国第7位、前十经济大省第1位。", // 5
    "亮点二:", // 6
    "产业体系进一步优化", // 7
    "电子信息、食品轻纺、能源化工3个产业规模先后迈上万亿级台阶,装备制造、先进材料、医药健康3个产业正加速迈向万亿大关。聚集17条重点产业链建圈强链,布局25条产业新赛道,加快培育新兴产业及未来产业,人工智能、无人机等重点领域保持两位数以上增长。", // 8
    "亮点三:", // 9
    "创新发展动能更加强劲", // 10
    "培育国家级和省级企业技术中心1819家、数量居西部第一,布局建设17家省级制造业创新中心,194家省级制造业中试平台。", // 11
    "亮点四:", // 12
    "发展势能显著增强", // 13
    "“十四五”以来,全省累计实施制造业项目超过1.5万个,带动制造业投资超2万亿元,制造业投资、工业投资均保持两位数以上增长。", // 14
  ].join("\n"),
  figures: [
    f(5, "规上工业增加值年均增长6.6%", 6.6, "%", "baseline", null),
    f(5, "营业收入利润率为7.3%", 7.3, "%", "baseline", null),
    f(8, "3个产业规模先后迈上万亿级台阶", 3, "个", "baseline", null),
    f(8, "迈上万亿级台阶", 1, "万亿元", "baseline", null),
    f(8, "3个产业正加速迈向万亿大关", 3, "个", "context", null),
    f(8, "聚集17条重点产业链", 17, "条", "context", null),
    f(8, "布局25条产业新赛道", 25, "条", "context", null),
    f(11, "企业技术中心1819家", 1819, "家", "baseline", null),
    f(11, "17家省级制造业创新中心", 17, "家", "baseline", null),
    f(11, "194家省级制造业中试平台", 194, "家", "baseline", null),
    f(14, "累计实施制造业项目超过1.5万个", 1.5, "万个", "project", null),
    f(14, "带动制造业投资超2万亿元", 2, "万亿元", "project", null),
  ],
};

/**
 * 四川 press conference on the 十四五 period's results (中国新闻网): 五年来 achievements, nothing planned. Stored only
 * in a traditional-script mirror; transcribed to simplified characters.
 */
const SICHUAN_ECONOMY: ReportedText = {
  name: "四川 “十四五”经济社会发展成就发布会（中国新闻网）",
  source: "http://www.lyredcross.com/xy/sc/1604657.html (转自:中国新闻网)",
  published: "2025-09-22",
  form: "press conference",
  context: { region: "四川省", title: "四川“十四五”时期经济社会发展主要成就" },
  text: [
    "“五年来,四川经济总量连续跨过2个万亿元大关、超过6万亿元,在全国排位升至第5位、实现历史性晋位。”19日,四川省发展改革委主任代永波在成都表示。", // 1
    "当日,四川省政府新闻办举行“决胜‘十四五’续写新篇章”系列主题首场新闻发布会,介绍四川“十四五”时期经济社会发展主要成就。发布会上透露,四川人均地区生产总值突破1万美元,综合经济实力迈上新台阶。", // 2
    "代永波介绍,五年来,四川省产业结构更加优化,战略性新兴产业增加值占规上工业的比重达到30%,服务业对经济增长的贡献率超过60%,培育形成了3个万亿级产业集群和5个国家先进制造业集群,发展的新动能更加充沛。", // 3
    "五年来,四川省内联外畅的立体综合交通网络更加完善,进出川大通道新增13条、达到51条,成都国际航空枢纽年旅客吞吐量突破8700万人次,成都成为“中国航空第三城”,对外开放能级大幅提升,进出口总额突破万亿元规模、居中西部第1位,参与国际竞争的实力更加“硬核”。", // 4
    "发布会上透露,四川省重点项目累计完成投资超过4万亿元,成都成为全国第2个消费突破万亿元的省会城市。新兴产业发展壮大,数字经济核心产业增加值突破5000亿元。四川正加快从经济大省向经济强省跨越。", // 5
  ].join("\n"),
  figures: [
    f(1, "连续跨过2个万亿元大关", 2, "个", "context", null),
    f(1, "超过6万亿元", 6, "万亿元", "baseline", null),
    f(2, "人均地区生产总值突破1万美元", 1, "万美元", "baseline", null),
    f(3, "占规上工业的比重达到30%", 30, "%", "baseline", null),
    f(3, "贡献率超过60%", 60, "%", "baseline", null),
    f(3, "培育形成了3个万亿级产业集群", 3, "个", "baseline", null),
    f(3, "5个国家先进制造业集群", 5, "个", "baseline", null),
    f(4, "进出川大通道新增13条", 13, "条", "baseline", null),
    f(4, "达到51条", 51, "条", "baseline", null),
    f(4, "年旅客吞吐量突破8700万人次", 8700, "万人次", "context", null),
    f(4, "进出口总额突破万亿元规模", 1, "万亿元", "baseline", null),
    f(5, "重点项目累计完成投资超过4万亿元", 4, "万亿元", "project", null),
    f(5, "消费突破万亿元的省会城市", 1, "万亿元", "context", null),
    f(5, "数字经济核心产业增加值突破5000亿元", 5000, "亿元", "baseline", null),
  ],
};

/** 云南 project news (云南省国资委): a headline, a lead and the body state the same figures; 1至8月 results. */
const YUNNAN_PROJECTS: ReportedText = {
  name: "云南 三季度开工重大产业项目（云南省国资委）",
  source: "http://gdcenn.cn/a/202309/607993.html (文章来源:云南省国资委)",
  published: "2023-09",
  form: "news",
  context: { region: "云南省", title: "三季度云南开工重大产业项目721个", period: { start: 2023, end: 2023 } },
  text: [
    "三季度云南开工重大产业项目721个", // 1
    "导言:今年三季度,云南省开工重大产业项目721个,继续保持增长势头,总投资1482.6亿元,年度计划投资399.35亿元。", // 2
    "今年三季度,云南省开工重大产业项目721个,继续保持增长势头,总投资1482.6亿元,年度计划投资399.35亿元。", // 3
    "其中,农业以321个项目数位列第一,年度计划投资79.31亿元;能源以外工业项目202个,年度计划投资194.56亿元,占年度计划投资的近一半;能源工业项目84个、年度计划投资91.48亿元;文化旅游项目81个、年度计划投资22.28亿元;数字经济项目33个、年度计划投资11.73亿元。", // 4
    "今年以来,云南省坚持抓项目就是抓发展,推进有效投资重要项目协调机制高效运转,深入开展大抓项目提速专项行动,深入16个州市开展蹲点调研和督导服务,协调解决重大项目困难问题,力促项目早开工、早落地。截至9月19日,一、二季度计划开工重大产业项目开工率达87.22%。", // 5
    "坚持大抓产业项目,大抓招商引资,大抓营商环境,云南省不断优化投资结构,产业投资保持高速增长。1至8月,全省产业投资同比增长16.3%,占全部投资的比重高达49.2%,占比创近10年新高,成为拉动投资增长的第一动力。产业投资中,工业投资同比增长29.3%,高于全国20.5个百分点,其中,能源工业投资增长65.1%,拉动全部投资增长4个百分点,数字经济投资增长17.6%,今年3月以来持续保持两位数增长。", // 6
  ].join("\n"),
  figures: [
    f(1, "开工重大产业项目721个", 721, "个", "project", 2023, { restated: [2, 3] }),
    f(2, "总投资1482.6亿元", 1482.6, "亿元", "project", 2023, { restated: [3] }),
    f(2, "年度计划投资399.35亿元", 399.35, "亿元", "project", 2023, { restated: [3] }),
    f(4, "农业以321个项目数", 321, "个", "project", 2023),
    f(4, "年度计划投资79.31亿元", 79.31, "亿元", "project", 2023),
    f(4, "能源以外工业项目202个", 202, "个", "project", 2023),
    f(4, "年度计划投资194.56亿元", 194.56, "亿元", "project", 2023),
    f(4, "能源工业项目84个", 84, "个", "project", 2023),
    f(4, "年度计划投资91.48亿元", 91.48, "亿元", "project", 2023),
    f(4, "文化旅游项目81个", 81, "个", "project", 2023),
    f(4, "年度计划投资22.28亿元", 22.28, "亿元", "project", 2023),
    f(4, "数字经济项目33个", 33, "个", "project", 2023),
    f(4, "年度计划投资11.73亿元", 11.73, "亿元", "project", 2023),
    f(5, "深入16个州市", 16, "个", "context", null),
    f(5, "开工率达87.22%", 87.22, "%", "baseline", 2023),
    f(6, "全省产业投资同比增长16.3%", 16.3, "%", "baseline", 2023),
    f(6, "占全部投资的比重高达49.2%", 49.2, "%", "baseline", 2023),
    f(6, "工业投资同比增长29.3%", 29.3, "%", "baseline", 2023),
    f(6, "高于全国20.5个百分点", 20.5, "个百分点", "context", 2023),
    f(6, "能源工业投资增长65.1%", 65.1, "%", "baseline", 2023),
    f(6, "拉动全部投资增长4个百分点", 4, "个百分点", "context", 2023),
    f(6, "数字经济投资增长17.6%", 17.6, "%", "baseline", 2023),
  ],
};

/** 云南 press conference looking back on the 十三五 period (春城晚报): achievements of the period and of 2019. */
const YUNNAN_13TH: ReportedText = {
  name: "云南 “回眸‘十三五’”现代产业发展发布会（春城晚报）",
  source: "https://kunming.cn/news/c/2020-12-11/13110481.shtml",
  published: "2020-12-11",
  form: "press conference",
  context: { region: "云南省", title: "云南省“回眸‘十三五’奋进彩云南”现代产业发展专题发布会" },
  text: [
    "云南鲜切花生产面积、产量均位居全球第一", // 1
    "12月11日,云南省“回眸‘十三五’奋进彩云南”系列新闻发布会-现代产业发展专题发布会在海埂会堂举行。", // 2
    "记者从发布会获悉:“十三五”时期,八大重点产业支柱作用不断凸显,云南坚持“两型三化”产业发展方向,把发展经济的着力点放在实体经济上,实施生物医药、信息、新材料和先进装备制造4个产业“施工图”、服务经济倍增计划,引进一批世界500强企业、行业隐形冠军和重大项目落地,为八大重点产业发展注入新活力。", // 3
    "“十三五”时期,一批生物医药和医疗健康养生项目成功落地;昆明杨林新能源汽车“三车一中心”汽车园渐成雏形;贵金属催化材料和功能材料等领域中的多项关键材料和技术达到国际先进水平;云南已成为全球最大的鲜切花生产地,鲜切花生产面积、产量均位居全球第一。", // 4
    "2016年以来信息产业主营业务收入年均增速超过20%,2019年达到1465.3亿元,现代物流业增加值占GDP比重达到8.6%,国家A级物流企业达到100户,居西部第3位。", // 5
  ].join("\n"),
  figures: [
    f(3, "4个产业“施工图”", 4, "个", "context", null),
    f(5, "年均增速超过20%", 20, "%", "baseline", 2019),
    f(5, "2019年达到1465.3亿元", 1465.3, "亿元", "baseline", 2019),
    f(5, "占GDP比重达到8.6%", 8.6, "%", "baseline", 2019),
    f(5, "国家A级物流企业达到100户", 100, "户", "baseline", 2019),
  ],
};

/**
 * 福建 2021 work report, as 东南网 restated it: 2021's goals, the 十三五 period's results, 2020's results and
 * projects. Stored only in a traditional-script mirror; transcribed to simplified characters; cut before a sentence
 * the mirror truncates.
 */
const FUJIAN_2021: ReportedText = {
  name: "福建 2021年政府工作报告（东南网）",
  source: "https://duobangwang.com/html/4/20210125/600e18c415062.shtml (东南网1月24日讯)",
  published: "2021-01-24",
  form: "work report",
  context: { region: "福建省", title: "福建省2021年政府工作报告", period: { start: 2021, end: 2021 } },
  text: [
    "东南网1月24日讯(本网记者 卢金福)今日上午,福建省十三届人大五次会议在福州开幕。《政府工作报告》提出,2021年,福建将完善高技术企业成长加速机制,大力吸引和培育独角兽企业,力争省级以上高新技术企业突破1万家。加快建设国家数字经济创新发展试验区,办好第四届数字中国建设峰会,推动更多行业领域数字化应用,打造“数字应用第一省”,力争数字经济增加值达2.3万亿元。", // 1
    "据了解,“十三五”时期,全省生产总值接连跃上3万亿元、4万亿元台阶,人均生产总值接近11万元,新时代新福建建设迈出了新步伐。工业增加值由全国第10位跃升至第6位,三大主导产业增加值年均增长8.4%,实现“机器换工”约7万台(套)。数字经济增加值突破2万亿元、占GDP比重45%左右。海洋生产总值年均增长10%左右。第三产业高质量发展,占GDP比重从41.6%提高到47.5%。", // 2
    "去年,福建新型显示、集成电路、半导体照明等全产业链加快发展,新增省级以上制造业单项冠军企业41家,工业战略性新兴产业增加值占规上工业增加值的25.6%。加快数字产业化、产业数字化,数字经济增加值增长15%。集中开工建设997个重大项目、总投资7640亿元。", // 3
  ].join("\n"),
  figures: [
    f(1, "力争省级以上高新技术企业突破1万家", 1, "万家", "target", 2021),
    f(1, "力争数字经济增加值达2.3万亿元", 2.3, "万亿元", "target", 2021),
    f(2, "接连跃上3万亿元", 3, "万亿元", "baseline", 2020),
    f(2, "4万亿元台阶", 4, "万亿元", "baseline", 2020),
    f(2, "人均生产总值接近11万元", 11, "万元", "baseline", 2020),
    f(2, "三大主导产业增加值年均增长8.4%", 8.4, "%", "baseline", 2020),
    f(2, "实现“机器换工”约7万台(套)", 7, "万台(套)", "baseline", 2020),
    f(2, "数字经济增加值突破2万亿元", 2, "万亿元", "baseline", 2020),
    f(2, "占GDP比重45%左右", 45, "%", "baseline", 2020),
    f(2, "海洋生产总值年均增长10%左右", 10, "%", "baseline", 2020),
    f(2, "占GDP比重从41.6%", 41.6, "%", "baseline", 2015),
    f(2, "提高到47.5%", 47.5, "%", "baseline", 2020),
    f(3, "新增省级以上制造业单项冠军企业41家", 41, "家", "baseline", 2020),
    f(3, "占规上工业增加值的25.6%", 25.6, "%", "baseline", 2020),
    f(3, "数字经济增加值增长15%", 15, "%", "baseline", 2020),
    f(3, "集中开工建设997个重大项目", 997, "个", "project", 2020),
    f(3, "总投资7640亿元", 7640, "亿元", "project", 2020),
  ],
};

/** 陕西 key-project news (陕西省信息中心): last year's results, this year's investment goal and project list. */
const SHAANXI_PROJECTS: ReportedText = {
  name: "陕西 今年重点建设项目（陕西省信息中心）",
  source: "https://www.cei.cn/defaultsite/s/article/2015/03/03/297e3634-4bdd851c-014b-dd885565-009e_2015.html",
  published: "2015-03-03",
  form: "news",
  context: { region: "陕西省", title: "陕西省今年重点建设项目总投资将超2万亿元", period: { start: 2015, end: 2015 } },
  text: [
    "陕西省今年重点建设项目总投资将超2万亿元", // 1
    "去年,全省380个重点项目完成投资2652亿元,超额完成年初既定目标任务。今年省政府工作报告提出,要充分发挥投资的关键作用,完成固定资产投资2.2万亿元,增长20%左右。今年预计我省重点建设项目个数将超过370个,总投资超过2万亿元;年度投资2800亿元左右。预计新开工项目70个,总投资3811亿元,年度投资559亿元。", // 2
  ].join("\n"),
  figures: [
    f(1, "重点建设项目总投资将超2万亿元", 2, "万亿元", "project", 2015, { restated: [2] }),
    f(2, "全省380个重点项目", 380, "个", "project", 2014),
    f(2, "完成投资2652亿元", 2652, "亿元", "baseline", 2014),
    f(2, "完成固定资产投资2.2万亿元", 2.2, "万亿元", "target", 2015),
    f(2, "增长20%左右", 20, "%", "target", 2015),
    f(2, "重点建设项目个数将超过370个", 370, "个", "project", 2015),
    f(2, "年度投资2800亿元左右", 2800, "亿元", "project", 2015),
    f(2, "预计新开工项目70个", 70, "个", "project", 2015),
    f(2, "总投资3811亿元", 3811, "亿元", "project", 2015),
    f(2, "年度投资559亿元", 559, "亿元", "project", 2015),
  ],
};

export const REPORTED: readonly ReportedText[] = [
  GUANGDONG_2024,
  GUANGDONG_2025,
  ZHEJIANG_2024,
  HUBEI_2021,
  SICHUAN_INDUSTRY,
  SICHUAN_ECONOMY,
  YUNNAN_PROJECTS,
  YUNNAN_13TH,
  FUJIAN_2021,
  SHAANXI_PROJECTS,
];
