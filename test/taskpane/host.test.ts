/** Which mode the taskpane runs in, from what office.js reports; and the UI language. */
import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { detectHost } from "../../src/taskpane/host";
import { localeFor } from "../../src/core/locale";
import { copyAction } from "../../src/taskpane/detail/actions";
import { STRINGS } from "../../src/taskpane/kit/i18n";
import { seedCatalog, value } from "../support/seeds";

const TASKPANE = resolve(__dirname, "..", "..", "src", "taskpane");

function office(host: string | null, customFunctions: boolean, displayLanguage = "zh-CN") {
  return {
    onReady: () => Promise.resolve({ host, platform: host ? "PC" : null }),
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string) => name !== "CustomFunctionsRuntime" || customFunctions },
    },
  };
}

describe("taskpane host and language", () => {
  it("WPS 表格 (a wps global with an Application) → live formulas, before waiting on office.js", async () => {
    const neverReady = { onReady: () => new Promise<never>(() => undefined) };
    expect(await detectHost(neverReady, "zh-CN", { Application: {} })).to.deep.equal({
      kind: "wps",
      customFunctions: true,
      displayLanguage: "zh-CN",
    });
    expect(await detectHost(undefined, "zh-CN", {})).to.include({ kind: "browser", reason: "no-office" });
  });

  it("Excel with custom functions → live formulas; without → static; other hosts and no Office → read-only", async () => {
    expect(await detectHost(office("Excel", true))).to.deep.equal({
      kind: "excel",
      customFunctions: true,
      displayLanguage: "zh-CN",
    });
    expect(await detectHost(office("Excel", false, "en-US"))).to.deep.equal({
      kind: "excel",
      customFunctions: false,
      displayLanguage: "en-US",
    });
    expect(await detectHost(office("Word", true))).to.include({ kind: "browser", reason: "other-host" });
    expect(await detectHost(office(null, false), "en-GB")).to.deep.equal({
      kind: "browser",
      reason: "no-office",
      displayLanguage: "en-GB",
    });
    expect(await detectHost(undefined, "zh-TW")).to.deep.equal({
      kind: "browser",
      reason: "no-office",
      displayLanguage: "zh-TW",
    });
  });

  it("Chinese for any Chinese display language (and when none is given), English for any other", () => {
    expect(["zh-CN", "zh-TW", "ZH-hk", "zh", "zh_CN.UTF-8", "", null, undefined, "C"].map(localeFor)).to.deep.equal(
      Array(9).fill("zh"),
    );
    expect(["en-US", "ja-JP", "en_GB.UTF-8"].map(localeFor)).to.deep.equal(["en", "en", "en"]);
  });

  it("has every string in both languages, and uses each one", () => {
    expect(Object.keys(STRINGS.en).sort()).to.deep.equal(Object.keys(STRINGS.zh).sort());
    const code = readdirSync(TASKPANE, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith("i18n.ts"))
      .map((file) => readFileSync(join(TASKPANE, file), "utf8"))
      .join("\n");
    const unused = Object.keys(STRINGS.zh).filter((key) => !new RegExp(`\\.${key}\\b`).test(code));
    expect(unused, "strings no code shows").to.deep.equal([]);
  });

  it("copies a value, an ASCII formula and a citation", () => {
    const catalog = seedCatalog();
    const entry = value(catalog.record("000-L17-7"));
    const copy = (id: string): string | null => copyAction(id)!.text(catalog, entry, "zh");
    expect(copy("copy-value")).to.equal("350");
    expect(copy("copy-formula")).to.equal('=PLAN.TARGET("内蒙古自治区","新材料›稀土新材料","产值",2025,"000")');
    expect(copy("copy-citation")).to.equal(
      "《内蒙古自治区新材料产业高质量发展方案（2021-2025）》（000）000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到350亿元”",
    );
  });
});
