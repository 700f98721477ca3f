/**
 * Issue 21: the extractor reads tense. What a text reports as done is a baseline (with its year), what it sets out to
 * do a target; project announcements are projects; a figure stated twice is proposed once. Each form of the issue has
 * a case here, written for these tests; the development texts at the end are excerpts of public pages (not the
 * held-out ones of extract-reported.ts).
 */
import { expect } from "chai";
import type { Proposal } from "../../src/extract";
import { extract, figure, recordProblems } from "./extract-support";

const TARGETS = ["target", "cap", "relative_target", "growth_rate"];
const PLAN = { title: "某某省新材料产业发展规划", period: { start: 2021, end: 2025 } };
const REPORT_2024 = { title: "某某省2024年政府工作报告", period: { start: 2024, end: 2024 } };

function notTargets(proposals: readonly Proposal[]): void {
  for (const p of proposals) expect(TARGETS, `${p.quote} (${p.kind})`).not.to.include(p.kind);
}

describe("extract: tense — achievements are baselines, never targets", () => {
  it("截至去年…达到X: a baseline of the year before", () => {
    const text = "截至去年，全省新能源汽车产量达到45万辆。";
    const p = figure(extract(text, REPORT_2024), "45", text);
    expect(p).to.deep.include({ kind: "baseline", year: 2023, tense: { tense: "past", cue: "去年", year: null } });
  });

  it("截至2022年底…达到X: a baseline of 2022", () => {
    const text = "截至2022年底，全省5G基站数量达到10.5万个，规上工业企业突破2万家。";
    const proposals = extract(text, PLAN);
    expect(figure(proposals, "10.5", text)).to.include({ kind: "baseline", year: 2022 });
    expect(figure(proposals, "2", text)).to.include({ kind: "baseline", year: 2022 });
  });

  it("“十三五”时期…比重达到X: a baseline of the period's end, the tense and its cue shown", () => {
    const text = "“十三五”时期，全省战略性新兴产业增加值占规上工业比重达到25.6%，位居全国第3。";
    const p = figure(extract(text, PLAN), "25.6", text);
    expect(p).to.deep.include({ kind: "baseline", year: 2020 });
    expect(p.tense).to.deep.equal({ tense: "past", cue: "“十三五”时期", year: 2020 });
  });

  it("五年来…年均增长X: a baseline of the metric's 增速, not a growth target", () => {
    const text = "五年来，全省规上工业增加值年均增长7.2%，数字经济核心产业增加值突破5000亿元。";
    const proposals = extract(text, { title: "某某省2023年政府工作报告", period: { start: 2023, end: 2027 } });
    expect(figure(proposals, "7.2", text)).to.deep.include({
      kind: "baseline",
      growth: { type: "annual_avg" },
      metric: "工业增加值增速",
    });
    expect(figure(proposals, "5000", text)).to.include({ kind: "baseline" });
  });

  it("已, 累计完成, 过去一年, 以来: done", () => {
    const text = [
      "全省累计完成技术改造投资5000亿元，已建成智能工厂120个。",
      "过去一年，全省新增高新技术企业3000家。",
      "2016年以来，全省信息产业主营业务收入年均增长20%。",
    ].join("\n");
    notTargets(extract(text, PLAN));
  });

  it("今年1-9月…增长X, 上半年, 三季度: partial years are results", () => {
    const text = [
      "今年1-9月，全省规模以上工业增加值同比增长6.1%。",
      "上半年，全省固定资产投资增长4.3%。",
      "今年三季度，全省新开工亿元以上产业项目312个。",
    ].join("\n");
    const proposals = extract(text, REPORT_2024);
    expect(figure(proposals, "6.1", text)).to.include({ kind: "baseline", year: 2024 });
    expect(figure(proposals, "4.3", text)).to.include({ kind: "baseline" });
    expect(TARGETS).not.to.include(figure(proposals, "312", text).kind);
  });

  it("启动建设N个重大项目、总投资X, 其中电源项目N个: projects, not targets", () => {
    const text = "今年启动建设423个重大项目、总投资7483.7亿元，其中电源项目19个。";
    const proposals = extract(text, REPORT_2024);
    for (const written of ["423", "7483.7", "19"]) expect(figure(proposals, written, text).kind).to.equal("project");
    expect(figure(proposals, "7483.7", text).metric).to.equal("总投资");
  });

  it("projects counted with words between (项目个数将超过370个), and their investment after a semicolon", () => {
    const text = "今年重点建设项目个数将超过370个,总投资超过2万亿元;年度投资2800亿元左右。";
    const proposals = extract(text, REPORT_2024);
    for (const w of ["370", "2", "2800"]) expect(figure(proposals, w, text).kind, w).to.equal("project");
  });

  it("counts of a text's own policy packages and lists are not proposed (8个政策包, 4张清单)", () => {
    const text = "将优化8个政策包和4张要素保障清单,安排省级财政资金1023.6亿元。";
    expect(extract(text, REPORT_2024).map((p) => p.value)).to.deep.equal([1023.6]);
  });

  it("a 发展基础 section worded like targets (达到, 突破) is baselines; the 主要目标 section after it is targets", () => {
    const text = [
      "一、发展基础",
      "全省新材料产业营业收入达到2800亿元，突破国家级专精特新“小巨人”企业100家，产业规模位居全国第3位。",
      "二、主要目标",
      "全省新材料产业营业收入达到5000亿元，年均增长12%。",
    ].join("\n");
    const proposals = extract(text, PLAN);
    const p = figure(proposals, "2800", text);
    expect(p).to.deep.include({ kind: "baseline", year: 2020, tense: { tense: "past", cue: "发展基础", year: null } });
    expect(figure(proposals, "100", text).kind).to.equal("baseline");
    expect(figure(proposals, "5000", text)).to.deep.include({
      kind: "target",
      tense: { tense: "future", cue: "主要目标", year: null },
    });
    expect(figure(proposals, "12", text).kind).to.equal("growth_rate");
  });

  it("a work report: last year's results, then this year's goals (今年, 预期目标, 将, 力争)", () => {
    const text = [
      "2023年全省地区生产总值达到5.2万亿元、增长6.0%，地方一般公共预算收入增长4.1%。",
      "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业80万人以上。",
      "将安排省级财政资金300亿元，力争高新技术企业突破2万家。",
    ].join("\n");
    const proposals = extract(text, REPORT_2024);
    for (const w of ["5.2", "6.0", "4.1"]) expect(figure(proposals, w, text).kind, w).to.equal("baseline");
    expect(figure(proposals, "5.5", text).kind).to.equal("growth_rate");
    expect(figure(proposals, "80", text).kind).to.equal("target");
    expect(figure(proposals, "2", text)).to.include({ kind: "target", aspiration: true });
  });

  it("a paragraph keeps its tense over sentences without a cue; a heading ends it", () => {
    const text = [
      "过去一年，全省经济稳中向好。规上工业增加值增长4.2%。社会消费品零售总额达到4.7万亿元。",
      "一、今后五年的目标",
      "全省地区生产总值达到15万亿元。",
    ].join("\n");
    const proposals = extract(text, { title: "某某省政府工作报告", period: { start: 2023, end: 2027 } });
    expect(figure(proposals, "4.2", text).kind).to.equal("baseline");
    expect(figure(proposals, "4.7", text).kind).to.equal("baseline");
    expect(figure(proposals, "15", text).kind).to.equal("target");
  });

  it("a results text (…主要成就) reads the years of its period as done", () => {
    const text = "2019年全省信息产业主营业务收入达到1465.3亿元，国家A级物流企业达到100户。";
    const proposals = extract(text, { title: "某某省“十三五”时期产业发展主要成就" });
    notTargets(proposals);
    expect(figure(proposals, "1465.3", text)).to.include({ kind: "baseline", year: 2019 });
  });

  it("future cues still make targets: 到2025年, 力争, 今后五年, 未来五年, 将", () => {
    const text = [
      "今后五年，全省经济总量跨越6万亿元。",
      "未来五年，常住人口城镇化率达到65%。",
      "到2025年，全省新材料产业产值达到4000亿元。",
      "全省将培育专精特新企业500家。",
    ].join("\n");
    const proposals = extract(text, PLAN);
    for (const w of ["6", "65", "4000", "500"]) expect(figure(proposals, w, text).tense.tense, w).to.equal("future");
    for (const w of ["6", "65", "4000", "500"]) expect(figure(proposals, w, text).kind, w).to.equal("target");
  });

  it("已, 现有, 目前 say the tense of their own clause only (依托现有基础，到2025年… is a target)", () => {
    const text = "依托现有产业基础，到2025年，全省铝材产能达到200万吨；目前已建成铝材产能120万吨。";
    const proposals = extract(text, PLAN);
    expect(figure(proposals, "200", text).kind).to.equal("target");
    expect(figure(proposals, "120", text).kind).to.equal("baseline");
  });

  it("every proposal of a reported text can be saved as a record", () => {
    const text = "五年来，全省规上工业增加值年均增长7.2%。启动建设423个重大项目、总投资7483.7亿元。";
    for (const p of extract(text, REPORT_2024)) expect(recordProblems(p, text)).to.deep.equal([]);
  });
});

describe("extract: a figure stated twice is proposed once", () => {
  it("a headline and its body: the first statement, naming the second", () => {
    const text = [
      "今后五年，全省经济总量跨越6万亿元",
      "记者获悉，今后五年，全省经济总量跨越6万亿元，城镇化率达到65%。",
    ].join("\n");
    const proposals = extract(text, PLAN).filter((p) => p.value === 6);
    expect(proposals).to.have.length(1);
    expect(proposals[0]).to.deep.include({ line: 1, restated: [2] });
    expect(proposals[0]!.note).to.include("同一数值另见第2行");
  });

  it("a lead and its article stating the same projects", () => {
    const text = [
      "导言：今年三季度，全省开工重大产业项目721个，总投资1482.6亿元。",
      "今年三季度，全省开工重大产业项目721个，总投资1482.6亿元。",
    ].join("\n");
    const proposals = extract(text, REPORT_2024);
    expect(proposals.map((p) => [p.line, p.value, p.kind])).to.deep.equal([
      [1, 721, "project"],
      [1, 1482.6, "project"],
    ]);
  });

  it("a headline naming the place before the metric (湖北经济总量) restates the body's figure", () => {
    const text = [
      "今后五年,湖北经济总量跨越6万亿元",
      "《报告》指出,今后五年,经济总量跨越6万亿元,城镇化率达到65%。",
    ].join("\n");
    expect(extract(text, PLAN).filter((p) => p.value === 6)).to.have.length(1);
  });

  it("keeps the same value of different things, and 分别 lists on one line", () => {
    const text = [
      "到2025年，铝板带产能达到20万吨。",
      "到2025年，电缆产能达到20万吨。",
      "高端聚烯烃、工程塑料产能分别达到300万吨和300万吨。",
    ].join("\n");
    expect(extract(text, PLAN).filter((p) => p.value === 20 || p.value === 300)).to.have.length(4);
  });
});
