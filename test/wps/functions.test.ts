import { expect } from "chai";
import { fail } from "../../src/core/errors";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";
import { wpsFunctionsMetadata } from "../../src/sheet/function-metadata";
import {
  OMITTED_ARGUMENT,
  REGISTERED_KEY,
  registerWpsFunctions,
  resetRegistrationForTests,
  wpsArgument,
  wpsError,
  wpsFunction,
  wpsValue,
} from "../../src/wps/functions";
import { createFakeWps, FAKE_OMITTED, type FakeWps } from "../support/fake-wps";

/** A fresh WPS process: a new host and a page that has registered nothing. */
function freshHost(): FakeWps {
  resetRegistrationForTests();
  const host = createFakeWps();
  registerWpsFunctions(host, "zh");
  return host;
}

const range = (Value2: unknown) => ({ Value2, Address: () => "$A$1" });

describe("WPS 表格: the PLAN functions on a fake WPS host", () => {
  it("the fake host enforces WPS's documented rules (1-D array types, a name registered twice)", () => {
    const host = createFakeWps();
    const meta = (type: string) => ({ result: { type: "number" }, parameters: [{ name: "x", type }] });
    expect(() => host.AddCustomFunction("T", "ONE_D", () => 1, meta("number[]"))).to.throw(/一维数组不支持/);
    host.AddCustomFunction("T", "OK", () => 1, meta("number[][]"));
    expect(() => host.AddCustomFunction("T", "OK", () => 1, meta("any"))).to.throw(/already registered/);
    expect(host.calculate("T.OK")).to.equal(1);
  });

  it("registers every function of the table once, under PLAN, with WPS's metadata", () => {
    const host = freshHost();
    expect([...host.registry.keys()]).to.deep.equal(FUNCTION_TABLE.map(({ id }) => `PLAN.${id}`));
    const metadata = wpsFunctionsMetadata("zh");
    for (const [i, entry] of [...host.registry.values()].entries()) {
      const { name, ...rest } = metadata[i]!;
      expect(entry.name).to.equal(name);
      expect(entry.metadata).to.deep.equal(rest);
      expect(entry.callback.length).to.equal(FUNCTION_TABLE[i]!.parameters.length);
    }
    expect(host.PluginStorage.getItem(REGISTERED_KEY)).to.equal(String(FUNCTION_TABLE.length));
  });

  it("a second registration in the same page or another page of the add-in does nothing", () => {
    const host = freshHost();
    expect(registerWpsFunctions(host, "zh")).to.equal(0);
    // Another page of the add-in (the taskpane): its own module state, the add-in's shared PluginStorage.
    resetRegistrationForTests();
    expect(registerWpsFunctions(host, "zh")).to.equal(0);
    expect(host.calls.addCustomFunction).to.equal(FUNCTION_TABLE.length);
  });

  it('=PLAN.TARGET("内蒙古","稀土新材料","产值",2025) → 350; omitted year and plan arrive as -2147352572', () => {
    const host = freshHost();
    expect(host.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", 2025)).to.equal(350);
    expect(host.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值")).to.equal(350);
    expect(host.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", FAKE_OMITTED, "001D")).to.equal(700);
  });

  it("reads arguments in every form WPS passes them: null, undefined, a Range (one cell or more), 2-D arrays", () => {
    const target = wpsFunction("TARGET", () => "zh");
    expect(target("内蒙古", "稀土新材料", "产值", null, undefined)).to.equal(350);
    expect(target(range("内蒙古"), range([["稀土新材料"]]), "产值", range("2025年"), range(undefined))).to.equal(350);
    expect(
      wpsArgument(
        range([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).to.deep.equal([
      [1, 2],
      [3, 4],
    ]);
    expect(wpsArgument([[5]])).to.deep.equal([[5]]);
    expect(wpsArgument(OMITTED_ARGUMENT)).to.equal(null);
    expect(wpsArgument("２０２５")).to.equal("２０２５");
  });

  it("a failure is error text in the cell (code then the Chinese message), never a throw", () => {
    const host = freshHost();
    const missing = host.calculate("PLAN.TARGET", "内蒙古", "稀土材料", "产值", 2025);
    expect(missing)
      .to.be.a("string")
      .and.match(/^#N\/A：未找到行业“稀土材料”，您是否要找：稀土新材料/);
    expect(host.calculate("PLAN.TARGET", "内蒙古", "稀土新材料", "产值", "明年")).to.match(/^#VALUE!：\S/);
    expect(host.calculate("PLAN.TARGET", range([["内蒙古", "安徽"]]), "稀土新材料", "产值")).to.match(/^#VALUE!：/);
    expect(wpsError("num", "无法计算")).to.equal("#NUM!：无法计算");
  });

  it("English where the page's language is English", () => {
    const target = wpsFunction("TARGET", () => "en");
    expect(target("内蒙古", "稀土材料", "产值", 2025, OMITTED_ARGUMENT)).to.match(/^#N\/A：\s*[A-Za-z]/);
  });

  it("spills lists as 2-D arrays; a row that failed alone holds the error text", () => {
    const host = freshHost();
    const regions = host.calculate("PLAN.REGIONS") as unknown[][];
    expect(regions).to.be.an("array").with.length.greaterThan(1);
    for (const row of regions) expect(row).to.be.an("array").with.length(1);
    expect(regions.flat()).to.include("内蒙古自治区");
    const targets = host.calculate("PLAN.TARGETS", "内蒙古") as unknown[][];
    expect(new Set(targets.map((row) => row.length)).size).to.equal(1);
    const error = fail("RESULT_NOT_FINITE");
    if (error.ok) throw new Error("fail() succeeded");
    expect(
      wpsValue(
        [
          ["a", 1],
          [error.error, error.error],
        ],
        "zh",
      ),
    ).to.deep.equal([
      ["a", 1],
      [wpsError("num", error.error.message.zh), wpsError("num", error.error.message.zh)],
    ]);
  });
});
