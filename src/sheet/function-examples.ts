/**
 * The worked examples of each PLAN function, keyed by its id (every function has its own: the type asks for each
 * id): the README's function table (`npm run docs`) and a test that computes each in a formula engine. Apart from
 * the function table (function-table.ts) because the add-in never shows them: its bundle does not carry them.
 */
import { targetsHeader, type FunctionId } from "./function-table";

export interface FunctionExample {
  readonly formula: string;
  /** What the cell shows: a number, text, an error code, or a spill's first column joined by 、 (… when cut). */
  readonly result: string;
  /** What the example shows, for the README. */
  readonly note: string;
  /**
   * For a result that depends on the data in use (PLAN.DATASET): the shape the cell must have; `result` then shows
   * a typical value.
   */
  readonly pattern?: RegExp;
}

export const FUNCTION_EXAMPLES: Readonly<Record<FunctionId, readonly FunctionExample[]>> = {
  TARGET: [
    {
      formula: `=PLAN.TARGET("内蒙古","稀土新材料","产值",2025)`,
      result: "350",
      note: "the target value in the plan's unit",
    },
    {
      formula: `=PLAN.TARGET("内蒙古","稀土新材料","产值",2025,"001D")`,
      result: "700",
      note: "the same figure in the other version of the plan",
    },
    {
      formula: `=PLAN.TARGET("内蒙古","数字化水平","工业互联网平台普及率")`,
      result: "0.45",
      note: "a percentage as Excel holds it: 45% is 0.45 (format the cell as a percentage)",
    },
    {
      formula: `=PLAN.TARGET("内蒙古","稀土材料","产值")`,
      result: "#N/A",
      note: "an unknown name: the message says `未找到行业“稀土材料”，您是否要找：稀土新材料…？`",
    },
  ],
  UNIT: [
    {
      formula: `=PLAN.UNIT("内蒙古","稀土新材料","产值",2025)`,
      result: "亿元",
      note: "the unit as the plan writes it",
    },
  ],
  QUALIFIER: [
    {
      formula: `=PLAN.QUALIFIER("安徽","镁基材料","规模")`,
      result: "力争、突破",
      note: "the qualifier words (力争, 以上, 左右, 突破…), empty when none",
    },
  ],
  SOURCE: [
    {
      formula: `=PLAN.SOURCE("内蒙古","稀土新材料","产值",2025)`,
      result:
        "《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元”；另有不同表述：001D为700亿元（第285行）",
      note: "plan, document, line, verbatim sentence, and the records that state the figure differently (another value, threshold word or 力争)",
    },
  ],
  BASELINE: [
    {
      formula: `=PLAN.BASELINE("河南","新型材料业","主营业务收入")`,
      result: "5000",
      note: "the latest baseline the plan states",
    },
  ],
  BASEYEAR: [{ formula: `=PLAN.BASEYEAR("河南","新型材料业","主营业务收入")`, result: "2016", note: "its year" }],
  TARGETS: [
    {
      formula: `=PLAN.TARGETS("安徽")`,
      result: "地区、安徽省、安徽省…",
      note: `a spilled table with the header ${targetsHeader.en}`,
    },
  ],
  REGIONS: [
    {
      formula: `=PLAN.REGIONS()`,
      result: "内蒙古自治区、安徽省、江西省、河南省",
      note: "a spilled column of the regions that have plans: usable as a data-validation list source",
    },
  ],
  PLANS: [
    {
      formula: `=PLAN.PLANS("河南")`,
      result: "河南省新型材料业转型升级行动计划（2017-2020年）",
      note: "plan titles",
    },
  ],
  SECTORS: [
    { formula: `=PLAN.SECTORS("安徽")`, result: "镁基材料", note: "sector paths, as PLAN.TARGET accepts them" },
  ],
  METRICS: [
    {
      formula: `=PLAN.METRICS("河南","新型材料业")`,
      result: "主营业务收入…",
      note: "the sector's metrics, targets first",
    },
  ],
  CAGR: [
    {
      formula: `=PLAN.CAGR(5000,7000,4)`,
      result: "0.0878",
      note: "compound annual growth rate, = Excel `RRI(years, start, end)`",
    },
    { formula: `=PLAN.CAGR(0,7000,4)`, result: "#NUM!", note: "impossible maths: `起始值须大于0才能计算增长率`" },
  ],
  REQUIRED_CAGR: [
    {
      formula: `=PLAN.REQUIRED_CAGR(200,2022,"内蒙古","稀土新材料","产值")`,
      result: "0.2051",
      note: "the yearly rate needed to reach the target",
    },
  ],
  PROJECT: [
    { formula: `=PLAN.PROJECT(5000,0.1,4)`, result: "7320.5", note: "value × (1 + rate)^years" },
    {
      formula: `=PLAN.PROJECT(100,8,5)`,
      result: "#VALUE!",
      note: "a rate of 8 could be 8% or 800%: `增长率“8”应写作8%或0.08`, as the CLI and the library say",
    },
  ],
  YEARS_TO_TARGET: [
    { formula: `=PLAN.YEARS_TO_TARGET(100,0.1,121)`, result: "2", note: "years until the target is reached" },
  ],
  PROGRESS: [
    {
      formula: `=PLAN.PROGRESS(6000,"河南","新型材料业","主营业务收入")`,
      result: "0.5",
      note: "(current − base) / (target − base) with the plan's baseline (5000 in 2016); current / target for a rising target without one",
    },
    {
      formula: `=PLAN.PROGRESS(0.35,"内蒙古","数字化水平","工业互联网平台普及率")`,
      result: "0.7297",
      note: "a share works in percentage points: 35% against the plan's 8% (2021) → 45%",
    },
    {
      formula: `=PLAN.PROGRESS(35,"内蒙古","数字化水平","工业互联网平台普及率")`,
      result: "#VALUE!",
      note: "35 for a percentage metric could be 35% or 3500%: `该指标以%计，当前值“35”应写作35%或0.35`",
    },
  ],
  GAP: [
    {
      formula: `=PLAN.GAP(300,"内蒙古","稀土新材料","产值")`,
      result: "50",
      note: "target − current for a rising target",
    },
    {
      formula: `=PLAN.GAP(0.35,"内蒙古","数字化水平","工业互联网平台普及率")`,
      result: "0.1",
      note: "10 percentage points, as the fraction 0.1",
    },
  ],
  ONTRACK: [
    {
      formula: `=PLAN.ONTRACK(6000,2018,"河南","新型材料业","主营业务收入")`,
      result: "超前",
      note: "ahead of the compound path 5000 (2016) → 7000 (2020): the rate still required (8.0%) is below the path's (8.8%)",
    },
    {
      formula: `=PLAN.ONTRACK(200,2022,"内蒙古","稀土新材料","产值",,,150,2020)`,
      result: "滞后",
      note: "a base the plan does not state, given as arguments",
    },
    {
      formula: `=PLAN.ONTRACK(200,2022,"内蒙古","稀土新材料","产值")`,
      result: "#N/A",
      note: "no stated baseline and none given: `请提供基期值和基期年份`",
    },
    {
      formula: `=PLAN.ONTRACK(3000,2023,"内蒙古","电石","产能")`,
      result: "超出上限",
      note: "a cap (控制在1500万吨以内) is judged as a cap",
    },
    {
      formula: `=PLAN.ONTRACK(400,2025,"内蒙古","稀土新材料","产值")`,
      result: "已实现",
      note: "from the target year on",
    },
  ],
  CONVERT: [
    { formula: `=PLAN.CONVERT(350,"亿元","万元")`, result: "3500000", note: "unit conversion within one dimension" },
  ],
  DATASET: [
    {
      formula: `=PLAN.DATASET()`,
      result: "2026.11.29-c9f78ee0（2026-11-30）",
      pattern: /^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}（\d{4}-\d{2}-\d{2}）$/,
      note: 'the data in use: its version (date of the newest plan data, then a content hash) and publication day; `="数据版本："&PLAN.DATASET()` in a report',
    },
  ],
};
