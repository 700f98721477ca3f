/** The detail view's what-if assessment as a model: what the user typed → the path and the rows, without a page. */
import { expect } from "chai";
import { requiredCagr } from "../../src/core/growth";
import { detailStrings } from "../../src/taskpane/detail/detail-strings";
import { stringsFor } from "../../src/taskpane/kit/i18n";
import { detailOf } from "../../src/taskpane/detail/detail";
import { readAmount, readYearText, whatIf } from "../../src/taskpane/detail/what-if";
import { ARG } from "../../src/core/input";
import { seedCatalog, value } from "../support/seeds";

const catalog = seedCatalog();
const zh = detailStrings(stringsFor("zh"));
const en = detailStrings(stringsFor("en"));
// 内蒙古 稀土新材料 产值 ≥350亿元 by 2025
const detail = detailOf(catalog, value(catalog.record("000-L17-7")));
const none = { value: null, year: null };
// 内蒙古 数字化水平 工业互联网平台普及率 45% by 2025: a percentage metric
const share = detailOf(
  catalog,
  value(
    catalog.target({ region: "内蒙古", sector: "数字化水平", metric: "工业互联网平台普及率", year: null, plan: null }),
  ).entry,
);

describe("taskpane detail: the what-if assessment", () => {
  it("shows no rows and no path until there are two points to join", () => {
    const shown = whatIf(catalog, detail, { current: { value: null, year: 2024 }, basis: none }, zh);
    expect(shown.rows).to.deep.equal([]);
    expect(shown.path).to.equal(null);
  });

  it("with a current value and a basis: status, required growth, progress, time elapsed and gap, in the pane's words", () => {
    const input = { current: { value: 200, year: 2023 }, basis: { value: 100, year: 2020 } };
    const shown = whatIf(catalog, detail, input, zh);
    expect(shown.rows.map((r) => r.term)).to.deep.equal([zh.status, zh.requiredCagr, zh.progress, zh.elapsed, zh.gap]);
    const text = (className: string): string => shown.rows.find((r) => r.className === className)!.text;
    const cagr = requiredCagr(200, 2023, 350, 2025);
    expect(cagr.ok).to.equal(true);
    expect(text("required-cagr")).to.equal(`${((cagr.ok ? cagr.value : 0) * 100).toFixed(1)}%`);
    expect(text("progress")).to.equal(`${(((200 - 100) / (350 - 100)) * 100).toFixed(1)}%`);
    expect(text("gap")).to.equal("150亿元");
    expect(shown.rows[0]!.className)
      .to.match(/^status status-\S+$/)
      .and.not.equal("status status-error");
    expect(shown.path!.points.map((p) => [p.year, p.value])).to.deep.equal([
      [2020, 100],
      [2023, 200],
      [2025, 350],
    ]);
    expect(shown.path!.label).to.include("2020 100亿元").and.include("2025 350亿元");
    const english = whatIf(catalog, detail, input, en);
    expect(english.rows.map((r) => r.term)).to.deep.equal([
      en.status,
      en.requiredCagr,
      en.progress,
      en.elapsed,
      en.gap,
    ]);
  });

  it("says what is missing in the user's language: a basis value without its year", () => {
    const input = { current: { value: 200, year: 2023 }, basis: { value: 100, year: null } };
    const shown = whatIf(catalog, detail, input, zh);
    expect(shown.rows[0]).to.include({ term: zh.status, className: "status status-error" });
    expect(shown.rows[0]!.text).to.match(/基期/);
    const english = whatIf(catalog, detail, input, en).rows[0]!;
    expect(english.className).to.equal("status status-error");
    expect(english.text)
      .to.match(/base/i)
      .and.not.match(/[\u4e00-\u9fff]/);
  });

  it("says a refused amount in the status row, whatever else is typed", () => {
    const input = { current: { value: 200, year: 2023 }, basis: none };
    const refused = readAmount("35", share, ARG.current);
    const rows = whatIf(catalog, share, { ...input, refusal: refused.ok ? null : refused.error }, zh).rows;
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ term: zh.status, className: "status status-error" });
    expect(rows[0]!.text).to.include("35%或0.35");
  });

  it("reads what is typed by the share rule: full-width digits, a share as 35% or 0.35 (35 refused), a year with 年", () => {
    const read = (text: string, d = detail) => readAmount(text, d, ARG.current);
    expect(read("３５０")).to.deep.equal({ ok: true, value: 350 });
    expect(read("")).to.deep.equal({ ok: true, value: null });
    expect(read("35%", share)).to.deep.equal({ ok: true, value: 35 });
    expect(read("0.35", share)).to.deep.equal({ ok: true, value: 35 });
    const refused = read("35", share);
    expect(refused.ok).to.equal(false);
    if (!refused.ok) expect(refused.error.code).to.equal("SHARE_WITHOUT_PERCENT_SIGN");
    expect(read("多").ok).to.equal(false);
    expect(readYearText("2025年")).to.equal(2025);
    expect(readYearText("明年")).to.equal(null);
  });
});
