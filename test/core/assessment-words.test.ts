/**
 * The words of an assessment are said once (ASSESSMENT_LABELS): the CLI's progress line, the pane's what-if rows and
 * the sheet's analysis block and monitoring columns use the same wording in each language (所需年均增速 was
 * "required yearly growth" in the CLI and "Required annual growth" in the sheet and pane; a share's gap was
 * " points" in the CLI and " percentage points" in the pane).
 */
import { expect } from "chai";
import type { Locale } from "../../src/core/locale";
import { ANALYSIS_LABELS, ELAPSED_LABEL } from "../../src/sheet/labels";
import { stringsFor } from "../../src/taskpane/kit/i18n";
import { runCli } from "../support/cli";

const inLine = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

describe("the words of an assessment, said once", () => {
  for (const locale of ["zh", "en"] as Locale[]) {
    it(`${locale}: the CLI's progress line says what the pane and the sheet say`, () => {
      const s = stringsFor(locale);
      expect([s.requiredCagr, s.progress, s.elapsed, s.gap, s.status]).to.deep.equal(
        [
          ANALYSIS_LABELS.requiredCagr,
          ANALYSIS_LABELS.progress,
          ELAPSED_LABEL,
          ANALYSIS_LABELS.gap,
          ANALYSIS_LABELS.status,
        ].map((label) => label[locale]),
      );
      const word = (label: string): string => (locale === "zh" ? label : inLine(label));
      const based = runCli([
        ...["progress", "200", "2022", "内蒙古", "稀土新材料", "产值"],
        ...["--base", "150", "--base-year", "2020", "--lang", locale],
      ]);
      expect(based.code).to.equal(0);
      for (const label of [s.progress, s.elapsed, s.gap, s.requiredCagr])
        expect(based.out).to.include(`${word(label)} `);
      expect(based.out).to.include(`${s.status}${locale === "zh" ? "：" : ": "}`);
      const share = runCli([
        "progress",
        "35%",
        "2023",
        "内蒙古",
        "数字化水平",
        "工业互联网平台普及率",
        "--lang",
        locale,
      ]);
      expect(share.out).to.include(`${word(s.gap)} 10${s.points}`);
    });
  }
});
