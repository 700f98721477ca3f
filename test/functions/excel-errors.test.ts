import { expect } from "chai";
import { target } from "../../src/functions/functions";
import { callCell, isExcelError } from "../support/functions";

describe("a failure shown in a cell", () => {
  it("is thrown as the same error on every recalculation that asks the same question", () => {
    const first = callCell(target, "内蒙古", "稀土材料", "产值", 2025, null);
    const again = callCell(target, "内蒙古", "稀土材料", "产值", 2025, null);
    expect(isExcelError(first, "#N/A")).to.equal(true);
    expect(again).to.equal(first);
  });

  it("is shown in the language Office shows, also after the language changes", () => {
    const office = globalThis as { Office?: unknown };
    const before = office.Office;
    try {
      const chinese = callCell(target, "内蒙古", "稀土材斓", "产值", 2025, null);
      office.Office = { context: { displayLanguage: "en-US" } };
      const english = callCell(target, "内蒙古", "稀土材斓", "产值", 2025, null);
      expect(isExcelError(chinese) && chinese.message).to.match(/^未找到行业“稀土材斓”/);
      expect(isExcelError(english) && english.message).to.match(/^No sector "稀土材斓"/);
    } finally {
      office.Office = before;
    }
  });
});
