import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { builtAddin } from "../support/build";
import installCustomFunctions = require("../support/custom-functions-stand-in.cjs");

/**
 * The bundle as Excel runs it: runtime.js, shared.js, then functions.js in a fresh context with a stand-in CustomFunctions.
 * Every id of functions.json must be associated by the add-in's start (src/addin/functions-entry.ts).
 */
describe("the built functions bundle", function () {
  this.timeout(180000);

  it("associates every function of functions.json and answers from the bundled data", async () => {
    const dist = await builtAddin();
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const context: Record<string, unknown> = { console };
    const { Error: StandInError } = installCustomFunctions(context, (id, fn) => associated.set(id, fn));
    context.self = context;
    context.window = context;
    context.globalThis = context;
    for (const file of ["runtime.js", "shared.js", "functions.js"])
      runInNewContext(readFileSync(join(dist, file), "utf8"), context, { filename: file });
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    };
    expect([...associated.keys()].sort()).to.deep.equal(metadata.functions.map((f) => f.id).sort());
    expect(associated.get("TARGET")!("内蒙古", "稀土新材料", "产值", 2025, null)).to.equal(350);
    let thrown: unknown;
    try {
      associated.get("TARGET")!("内蒙古", "稀土材料", "产值", null, null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(StandInError);
    expect((thrown as InstanceType<typeof StandInError>).code).to.equal("#N/A");
  });
});
