/**
 * What the import tests feed in: a plan text in the style of a province the seeds lack (广东), its plan as the
 * extractor proposes it, and the tables a bureau fills in (CSV in UTF-8 and GBK, the same rows as cells).
 */
import { userDocumentName } from "../../src/data/user-plan-id";
import { extractProposals, proposalsToPlan } from "../../src/extract";
import type { PlanInput } from "../../src/core/schema";
import { writeCsv } from "../../src/import/csv";

export const GD_TITLE = "广东省新能源汽车产业发展行动计划（2023-2025年）";

/** Five lines, six figures: a revenue, a growth rate, an output, a capacity (力争), a count and a threshold count. */
export const GD_TEXT = [
  GD_TITLE,
  "一、发展目标",
  "到2025年，全省新能源汽车产业营业收入突破8000亿元，年均增长15%以上。",
  "新能源汽车产量达到200万辆，动力电池产能力争达到300吉瓦时。",
  "建设充电桩50万个左右，培育营业收入超100亿元企业10家以上。",
].join("\n");

/** The plan the extractor proposes for GD_TEXT, every proposal accepted, under `id`. */
export function gdPlan(id = "U001", text = GD_TEXT): PlanInput {
  const result = extractProposals(text, { region: "广东省", title: GD_TITLE });
  if (!result.ok) throw new Error(result.error.message.zh);
  return proposalsToPlan(result.value.proposals, {
    id,
    title: GD_TITLE,
    region: "广东省",
    period: result.value.period,
    document: userDocumentName(id, text),
    text,
  });
}

/** The template's header and three rows of one plan (a range, a 力争 cap, a recurring figure). */
export const TABLE_ROWS: readonly (readonly string[])[] = [
  ["地区", "规划标题", "行业", "指标", "类型", "年份", "目标值", "范围上限", "单位", "限定", "力争", "原文"],
  [
    "浙江",
    "浙江省高端装备制造业发展规划（2021-2025年）",
    "高端装备›机器人",
    "产值",
    "目标",
    "2025",
    "500",
    "",
    "亿元",
    "以上",
    "否",
    "到2025年，机器人产业产值达到500亿元以上",
  ],
  ["", "", "高端装备›数控机床", "龙头企业", "目标", "2025", "3", "5", "家", "", "是", "力争培育3-5家数控机床龙头企业"],
  [
    "",
    "",
    "高端装备",
    "能耗",
    "上限",
    "2025",
    "1200",
    "",
    "万吨标准煤",
    "以内",
    "",
    "能源消费总量控制在1200万吨标准煤以内",
  ],
];

/** Cells as one CSV text, written by the pane's one CSV writer (no byte order mark: GBK files have none). */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return writeCsv(rows, { bom: false });
}
