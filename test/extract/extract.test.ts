/**
 * The extractor reads plan text as it comes: every phrase class of the issue (13) with a case it must read and a case
 * it must not propose, and every proposal can be saved as a record.
 */
import { expect } from "chai";
import { extract, figure, recordProblems, written } from "./extract-support";

describe("extract: punctuation and layout", () => {
  it("reads full-width and ASCII punctuation alike", () => {
    const full = "到2025年，稀土新材料产值达到350亿元，产能突破20万吨（含在建）；研发投入占比达到3%以上。";
    const ascii = "到2025年,稀土新材料产值达到350亿元,产能突破20万吨(含在建);研发投入占比达到3%以上.";
    const read = (text: string) =>
      extract(text).map((p) => [p.value, p.unit.normalize("NFKC"), p.bound, p.year, p.metric]);
    expect(read(ascii)).to.deep.equal(read(full));
    expect(read(full)).to.deep.equal([
      [350, "亿元", "eq", 2025, "产值"],
      [20, "万吨", "gt", 2025, "产能"],
      [3, "%", "ge", 2025, "研发投入占比"],
    ]);
  });

  it("keeps a line's leading =, -, + or @ in the quote: the quote is the text as written, never trimmed of a sign", () => {
    for (const lead of ["=", "-", "+", "@", "-2+3", "=HYPERLINK(1)"]) {
      const text = `${lead}甲材料产值达到100亿元。`;
      const [proposal] = extract(text);
      expect(proposal?.quote, lead).to.equal(`${lead}甲材料产值达到100亿元`);
      expect(text.includes(proposal!.quote)).to.equal(true);
    }
    const after = extract("到2025年，甲材料产值达到100亿元，-乙材料产值达到50亿元。").map((p) => p.quote);
    expect(after).to.deep.equal(["甲材料产值达到100亿元", "-乙材料产值达到50亿元"]);
    // A dash that introduces a clause (——) is punctuation, not part of it.
    expect(extract("——甲材料产值达到100亿元。")[0]?.quote).to.equal("甲材料产值达到100亿元");
  });

  it("reads one sentence per line as it reads a paragraph", () => {
    const paragraph = "到2025年，全省新材料产业营业收入达到6000亿元。建成省级创新平台20个。";
    const lines = "到2025年，全省新材料产业营业收入达到6000亿元。\n建成省级创新平台20个。";
    const values = (text: string) => extract(text).map((p) => [p.value, p.unit, p.metric]);
    expect(values(lines)).to.deep.equal(values(paragraph));
    expect(extract(lines).map((p) => p.line)).to.deep.equal([1, 2]);
  });

  it("takes a heading's subject and a bullet's label, and skips outline numbers", () => {
    const text = [
      "二、发展方向", // 1
      "（一）先进钢铁材料。重点发展高性能板材。到2025年，产值达到400亿元。", // 2
      "1．高性能板材。推动80万吨超纯铁素体不锈钢项目建设。", // 3
      "（3）专栏2 新材料产业智能制造", // 4
    ].join("\n");
    const proposals = extract(text);
    expect(written(proposals, text)).to.deep.equal(["400", "80"]);
    expect(figure(proposals, "400", text).sector).to.deep.equal(["新材料", "先进钢铁材料"]);
    expect(figure(proposals, "80", text).sector).to.include("高性能板材");
  });

  it("reads bullet dashes (——) as labels, not as numbers or sectors of their own", () => {
    const text = "——规模效益。新材料产业产值达到2300亿元左右。\n——创新能力显著增强。建设重点实验室25家。";
    const proposals = extract(text);
    expect(written(proposals, text)).to.deep.equal(["2300", "25"]);
    expect(figure(proposals, "2300", text)).to.include({ bound: "approx", metric: "产值" });
    expect(figure(proposals, "25", text).sector).to.deep.equal(["新材料"]);
  });
});

describe("extract: years and 力争 carried by headings", () => {
  const text = [
    "二、发展目标", // 1
    "到2025年，力争实现以下目标：", // 2
    "——产业规模。新材料产业营业收入达到8000亿元。", // 3
    "——创新能力。建成省级以上创新平台20个。", // 4
    "三、重点任务", // 5
    "培育龙头企业10家。", // 6
  ].join("\n");

  it("gives the lines below a lead-in its year (inherited) and its 力争", () => {
    const proposals = extract(text);
    for (const written of ["8000", "20"]) {
      const p = figure(proposals, written, text);
      expect(p).to.include({ year: 2025, yearBasis: "inherited", aspiration: true });
      expect(p.qualifiers).to.include("力争");
    }
  });

  it("does not carry them past the next heading of the same level", () => {
    expect(figure(extract(text), "10", text)).to.include({ yearBasis: "plan_end", aspiration: false });
  });

  it("keeps a goals section's year for its later lines, and a year before a semicolon", () => {
    const goals = "（五）工作目标。到2020年，主营业务收入突破7000亿元。\n企业研发经费占主营业务收入比重2.5%以上。";
    expect(figure(extract(goals), "2.5", goals)).to.include({ year: 2020, yearBasis: "inherited" });
    const semicolon = "到2025年，产值达到3000亿元左右；重点企业研发投入占比达到3%以上。";
    expect(figure(extract(semicolon), "3", semicolon)).to.include({ year: 2025, yearBasis: "inherited" });
    const stop = "建设数字车间10个。到2025年，建成智能工厂5个。";
    expect(figure(extract(stop), "10", stop)).to.include({ year: 2025, yearBasis: "plan_end" });
  });

  it("reads 十四五末, deadlines, 三年内 and 每年", () => {
    const text = [
      "到“十四五”末，羊绒加工业产值达到200亿元。",
      "2022年底前，园区安全风险评估完成率达到100%。",
      "2022年低碳园区新能源消纳比例达到30%，三年内达到50%。",
      "每年选择2-4个盟市开展对标活动。",
    ].join("\n");
    const proposals = extract(text);
    expect(figure(proposals, "200", text)).to.include({ year: 2025, yearBasis: "fyp_end" });
    expect(figure(proposals, "100", text)).to.include({ year: 2022, yearBasis: "deadline" });
    expect(figure(proposals, "30", text)).to.include({ year: 2022, yearBasis: "stated" });
    expect(figure(proposals, "50", text)).to.include({ year: 2024, yearBasis: "relative" });
    expect(figure(proposals, "2-4", text)).to.include({ year: null, yearBasis: "recurring" });
  });
});

describe("extract: 力争 and 争取 scope", () => {
  it("runs from a clause-opening 力争 over the rest of the sentence and its colon list", () => {
    const text = "到2025年，力争产值突破4000亿元，形成3个千亿以上产业集群，培育企业技术中心25个以上。";
    expect(extract(text).map((p) => p.aspiration)).to.deep.equal([true, true, true]);
    const colon = "到2025年，力争实现以下目标：先进钢铁材料产能400万吨以上、稀土新材料产能20万吨以上。";
    expect(extract(colon).map((p) => p.aspiration)).to.deep.equal([true, true]);
  });

  it("does not reach back before it, nor into the next sentence", () => {
    const text = "到“十四五”末，新增产能80万吨，产值力争突破200亿元。培育龙头企业5家。";
    const proposals = extract(text);
    expect(figure(proposals, "80", text).aspiration).to.equal(false);
    expect(figure(proposals, "200", text).aspiration).to.equal(true);
    expect(figure(proposals, "5", text).aspiration).to.equal(false);
  });

  it("inside a clause governs only that clause (not a new subject after it)", () => {
    const text = "到2025年，对1200个矿车力争实现无人驾驶，全区井工煤矿全部实现智能化采掘。";
    const proposals = extract(text);
    expect(figure(proposals, "1200", text).aspiration).to.equal(true);
    expect(figure(proposals, "全部实现", text).aspiration).to.equal(false);
  });

  it("is 争取 too, and never makes a threshold an aspiration", () => {
    const text = "叶片长度不低于80米，争取新增产能1300套以上。";
    const proposals = extract(text);
    expect(figure(proposals, "80", text)).to.include({ kind: "spec", aspiration: false });
    expect(figure(proposals, "1300", text)).to.include({ kind: "target", aspiration: true });
    expect(figure(proposals, "1300", text).qualifiers).to.deep.equal(["争取", "以上"]);
  });
});

describe("extract: lists", () => {
  it("pairs 分别 lists of subjects and figures", () => {
    const text = "电石、电石法PVC产能分别控制在1500万吨以内和500万吨左右。";
    const proposals = extract(text);
    expect(figure(proposals, "1500", text)).to.include({ kind: "cap", bound: "le", metric: "产能" });
    expect(figure(proposals, "500", text)).to.include({ kind: "cap", bound: "approx" });
    expect(figure(proposals, "1500", text).sector.at(-1)).to.equal("电石");
    expect(figure(proposals, "500", text).sector.at(-1)).to.equal("电石法PVC");
  });

  it("pairs parallel lists without 分别 and shares the metric (新增产能)", () => {
    const text = "新增有机硅材料、单（多）晶硅产能40万吨以上、20万吨以上。";
    const proposals = extract(text);
    expect(proposals.map((p) => [p.value, p.metric, p.bound, p.sector.at(-1)])).to.deep.equal([
      [40, "新增产能", "ge", "有机硅材料"],
      [20, "新增产能", "ge", "单（多）晶硅"],
    ]);
    expect(proposals[0]!.quote).to.equal(text.slice(0, -1));
  });

  it("gives each subject of a 均 list its own record", () => {
    const text = "镁冶炼矿渣处置利用率、镁合金回收和处置利用率均达到100%。";
    expect(extract(text).map((p) => p.metric)).to.deep.equal(["镁冶炼矿渣处置利用率", "镁合金回收和处置利用率"]);
  });

  it("keeps items with their own subjects apart (先进钢铁材料产能400万吨以上、先进有色金属材料产能200万吨以上)", () => {
    const text = "先进钢铁材料产能400万吨以上、先进有色金属材料产能200万吨以上。";
    const proposals = extract(text);
    expect(proposals.map((p) => p.quote)).to.deep.equal([
      "先进钢铁材料产能400万吨以上",
      "先进有色金属材料产能200万吨以上",
    ]);
  });
});

describe("extract: ranges, units and implicit subjects", () => {
  it("reads ranges: 3-5个, 1—2户, 1.3—1.25 (descending), 500亿—1000亿", () => {
    const text = "建设3-5个产业集群，培育1—2户链主企业，数据中心PUE值降至1.3—1.25。";
    const proposals = extract(text);
    expect(figure(proposals, "3-5", text)).to.include({ value: 3, valueMax: 5, unit: "个", bound: "eq" });
    expect(figure(proposals, "1—2", text)).to.include({ value: 1, valueMax: 2, unit: "户" });
    expect(figure(proposals, "1.3—1.25", text)).to.include({ value: 1.25, valueMax: 1.3, unit: "PUE" });
  });

  it("reads compound and large units: 万元/人, 台/万人, 万亿元, 亿 without 元", () => {
    const text = "全员劳动生产率达到35万元/人，工业机器人密度达到260台/万人，增加值超过1.3万亿元，产值达到40亿。";
    const proposals = extract(text);
    expect(figure(proposals, "35", text)).to.include({ unit: "万元/人", kind: "target" });
    expect(figure(proposals, "260", text)).to.include({ unit: "台/万人", kind: "target" });
    expect(figure(proposals, "1.3", text)).to.include({ unit: "万亿元", bound: "gt" });
    expect(figure(proposals, "40", text)).to.include({ unit: "亿" });
  });

  it("reads units the unit table knows to their end (亿芯公里 is not 亿, 千克标准煤 is not 千克)", () => {
    const text = "光纤光缆产能达到1.2亿芯公里以上，吨钢综合能耗降低到540千克标准煤以下。";
    const proposals = extract(text);
    expect(figure(proposals, "1.2", text)).to.include({ unit: "亿芯公里", kind: "target", bound: "ge" });
    expect(figure(proposals, "540", text)).to.include({ unit: "千克标准煤", bound: "le" });
  });

  it("gives a share the subject of the clause before it (占地区生产总值比重)", () => {
    const text = "到2025年，制造业增加值超过1.3万亿元，占地区生产总值比重达25%以上。";
    const share = figure(extract(text), "25", text);
    expect(share).to.include({ metric: "占地区生产总值比重", bound: "ge", year: 2025 });
    expect(share.sector.at(-1)).to.equal("制造业");
  });

  it("does not lend a subject to a clause that names its own measure (产值达到400亿元 under a heading)", () => {
    const text = "（一）先进钢铁材料。到2025年，高性能板材产能180万吨，产值达到400亿元。";
    expect(figure(extract(text), "400", text).sector).to.deep.equal(["新材料", "先进钢铁材料"]);
  });
});

describe("extract: growth, changes, caps, thresholds, projects, policy", () => {
  it("reads growth rates: 年均增长5%, 增长122%, 同比增长, 复合增长率, 实现倍增", () => {
    const text = [
      "到2025年，产值达到4000亿元，年均增长5%。",
      "到2025年，产值达到40亿，增长122%。",
      "全区生物医药产业产值达到350亿元，实现倍增。",
      "“十三五”期间营业收入复合增长率达17.5%。",
    ].join("\n");
    const proposals = extract(text);
    const growth = (w: string, line: number) => figure(proposals, w, text, line);
    expect(growth("5", 1)).to.deep.include({ kind: "growth_rate", growth: { type: "annual_avg" }, metric: "产值" });
    expect(growth("5", 1).period).to.deep.equal({ from: 2021, to: 2025 });
    expect(growth("122", 2)).to.deep.include({ kind: "growth_rate", growth: { type: "cumulative" } });
    expect(growth("倍增", 3)).to.deep.include({
      value: 2,
      unit: "倍",
      valueText: "倍增",
      growth: { type: "multiple" },
    });
    expect(growth("17.5", 4)).to.deep.include({ growth: { type: "cagr" }, year: 2020, yearBasis: "period" });
  });

  it("does not read a doubling programme (倍增计划) as a figure", () => {
    const text = "实施企业倍增计划，产值达到100亿元。";
    expect(written(extract(text), text)).to.deep.equal(["100"]);
  });

  it("reads changes against a year and caps", () => {
    const text = "到2025年，万元工业增加值用水量较2020年下降13%，粗钢产能控制在2亿吨以内。";
    const proposals = extract(text);
    expect(figure(proposals, "13", text)).to.deep.include({
      kind: "relative_target",
      relative: { op: "decrease_pct", refYear: 2020 },
      metric: "万元工业增加值用水量",
    });
    expect(figure(proposals, "2", text)).to.include({ kind: "cap", bound: "le", unit: "亿吨" });
  });

  it("reads counts with thresholds as entity filters, the threshold not proposed itself", () => {
    const text = [
      "培育产值超10亿元企业5家，产值十亿级的龙头企业2家以上。",
      "到2025年，培育1户企业产值达到200亿元以上、5家以上营业收入达到100亿元以上企业。",
      "形成3个千亿以上产业集群、1个500亿—1000亿产业集群。",
      "到2025年，高性能铝材、高性能铜材领域分别培育5户、2户企业，产值达到10亿元。",
    ].join("\n");
    const proposals = extract(text);
    const filter = (w: string, line: number) => figure(proposals, w, text, line).entityFilter;
    expect(figure(proposals, "5", text, 1)).to.include({ metric: "企业", unit: "家" });
    expect(filter("5", 1)).to.deep.include({ measure: "产值", op: "gt", value: 10, unit: "亿元" });
    expect(figure(proposals, "2", text, 1)).to.include({ metric: "龙头企业", bound: "ge" });
    expect(filter("2", 1)).to.deep.include({ measure: "产值", op: "ge", value: 10, unit: "亿元" });
    expect(filter("1", 2)).to.deep.include({ op: "ge", value: 200 });
    expect(filter("5", 2)).to.deep.include({ measure: "营业收入", op: "ge", value: 100 });
    expect(filter("3", 3)).to.deep.include({ op: "ge", value: 1000, unit: "亿元" });
    expect(filter("1", 3)).to.deep.include({ op: "range", value: 500, valueMax: 1000 });
    expect(filter("5", 4)).to.deep.include({ measure: "产值", value: 10 });
    expect(filter("2", 4)).to.deep.include({ measure: "产值", value: 10 });
    expect(written(proposals, text)).to.deep.equal(["5", "2", "1", "5", "3", "1", "5", "2"]);
  });

  it("reads thresholds, projects and policy money as what they are, not targets", () => {
    const text = [
      "重点发展5MW以上风电机组，叶片长度不低于80米，全面淘汰30000千伏安以下电石矿热炉，支持生产8-12英寸单晶。",
      "推动80万吨超纯稀土铁素体不锈钢等项目建设，推进1000吨储氢合金粉中试。",
      "对国家技术创新中心给予不低于3000万元支持，给予0.26元/度的优惠电价。",
    ].join("\n");
    const proposals = extract(text);
    for (const w of ["5", "80", "30000", "8-12"]) expect(figure(proposals, w, text, 1).kind, w).to.equal("spec");
    expect(figure(proposals, "80", text, 2)).to.include({ kind: "project", metric: "产能" });
    expect(figure(proposals, "1000", text, 2)).to.include({ kind: "project" });
    expect(figure(proposals, "3000", text, 3)).to.include({ kind: "policy", bound: "ge" });
    expect(figure(proposals, "0.26", text, 3)).to.include({ kind: "policy", unit: "元/度" });
  });

  it("reads all-or-nothing words as 100%", () => {
    const text = "到2025年，化工园区实现5G网络全覆盖，国三以下柴油货车全部淘汰。";
    const proposals = extract(text);
    expect(figure(proposals, "全覆盖", text)).to.include({ value: 100, unit: "%", valueText: "全覆盖" });
    expect(figure(proposals, "全覆盖", text).metric).to.equal("5G网络覆盖率");
    expect(figure(proposals, "全部淘汰", text).metric).to.match(/淘汰比例$/);
  });
});

describe("extract: what is not a target", () => {
  it("proposes past figures as baselines: 2021年…达到324亿元, 已, a 发展基础 section", () => {
    const text = [
      "2021年，全区规上工业增加值达到324亿元，同比增长8.5%。",
      "截至2020年底，已建成智能工厂20个。",
      "一、发展基础",
      "全省新材料领域有7家国家新型工业化产业示范基地。",
      "二、发展目标",
      "到2025年，全区规上工业增加值达到500亿元。",
    ].join("\n");
    const proposals = extract(text);
    expect(figure(proposals, "324", text)).to.include({ kind: "baseline", year: 2021, yearBasis: "stated" });
    expect(figure(proposals, "8.5", text)).to.deep.include({ kind: "growth_rate", growth: { type: "yoy" } });
    expect(figure(proposals, "20", text)).to.include({ kind: "baseline", year: 2020 });
    expect(figure(proposals, "7", text)).to.include({ kind: "baseline", year: 2020, yearBasis: "base_year" });
    expect(figure(proposals, "500", text)).to.include({ kind: "target", year: 2025 });
  });

  it("does not propose counts of tasks, chapters or programmes", () => {
    const text = "实施22条重点任务和6项工程，围绕8大领域，建设10个产业园区。";
    expect(written(extract(text), text)).to.deep.equal(["10"]);
  });

  it("does not propose structure labels: “2+(3+6)+(4+5)”, “4+4+N”, 20+8", () => {
    const text = "构建“2+(3+6)+(4+5)”产业体系和“4+4+N”格局，推进20+8产业集群建设，产值达到100亿元。";
    expect(written(extract(text), text)).to.deep.equal(["100"]);
  });

  it("does not propose dates, year spans, standard codes, model numbers, names or outline numbers", () => {
    const text = [
      "2024年10月28日印发，规划期为2021—2025年（2021-2025）。", // dates and spans: no figure on this line
      "对标GB/T 32161和GB/T32611，发展T800级碳纤维、Q345B钢材、尼龙66和5G基站，中船重工725所参与。",
      "1．产业规模。（3）专栏1 图2 居全国第7位，产值达到100亿元。",
      "《中国制造2025》提出建设制造强国，产能达到10万吨。",
    ].join("\n");
    const proposals = extract(text);
    expect(proposals.map((p) => [p.line, p.value])).to.deep.equal([
      [3, 100],
      [4, 10],
    ]);
  });

  it("does not propose ranks (前10家) but reads what follows them", () => {
    const text = "前10家钢铁企业产能占全省比重达到80%以上。";
    expect(written(extract(text), text)).to.deep.equal(["80"]);
  });

  it("does not propose time spans (5年来, 3个月) but keeps a policy's duration (连续5年)", () => {
    const text = "近5年来产值翻了一番，3个月内完成审批，对创新中心连续5年给予支持。";
    const proposals = extract(text);
    expect(written(proposals, text)).to.include("5");
    expect(proposals.filter((p) => p.unit === "年")).to.have.length(1);
    expect(proposals.some((p) => p.unit === "个")).to.equal(false);
  });
});

describe("extract: proposals are records", () => {
  const text = [
    "（一）稀土新材料。到2025年，稀土就地转化率达到80%以上，磁性材料产能15万吨，稀土新材料产值达到350亿元。",
    "建设2-3个自治区级新材料企业重点实验室，打造千亿级产业集群，产值达到２０亿元，产能达到1,500万吨。",
    "“十四五”期间，新增新材料相关标准2-4项，实现行业应用全覆盖，锂电材料产业实现倍增。",
  ].join("\n");

  it("pass the record schema, with verbatim quotes that show their value", () => {
    const proposals = extract(text);
    expect(proposals.length).to.be.greaterThan(8);
    for (const p of proposals) expect(recordProblems(p, text), p.quote).to.deep.equal([]);
  });

  it("set valueText where the quote cannot show the digits (千亿级, ２０, 1,500)", () => {
    const proposals = extract(text);
    expect(figure(proposals, "千亿级", text)).to.include({ value: 1000, unit: "亿", valueText: "千亿级", bound: "ge" });
    expect(figure(proposals, "２０", text)).to.include({ value: 20, valueText: "２０" });
    expect(figure(proposals, "1,500", text)).to.include({ value: 1500, valueText: "1,500" });
    expect(figure(proposals, "350", text).valueText).to.equal(null);
  });

  it("point at the figure in the line (offsets for highlighting) and carry a confidence", () => {
    const lines = text.split("\n");
    for (const p of extract(text)) {
      const shown = lines[p.line - 1]!.slice(p.start, p.end);
      expect(shown.length, p.quote).to.be.greaterThan(0);
      expect(p.quote.includes(shown), `${shown} in ${p.quote}`).to.equal(true);
      expect(p.confidence).to.be.within(0, 1);
    }
  });

  it("catch a proposal that cannot be saved (the check can fail)", () => {
    const p = extract(text)[0]!;
    expect(recordProblems({ ...p, quote: "不在这一行" }, text)).to.have.length.greaterThan(0);
    expect(recordProblems({ ...p, value: 81 }, text)).to.have.length.greaterThan(0);
    expect(recordProblems({ ...p, year: null }, text)).to.have.length.greaterThan(0);
  });
});
