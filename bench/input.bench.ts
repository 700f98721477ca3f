/** Bad input stays cheap: Excel's longest text, REPT("1",32766)&"x", as a number and as a sector name. */
import installCustomFunctions = require("../test/support/custom-functions-stand-in.cjs");
import { ARG, toNumber } from "../src/core/input";
import { CatalogStore } from "../src/data/store";
import * as functions from "../src/functions/functions";
import { install } from "../src/functions/live";
import { seedCatalog } from "../test/support/seeds";
import { medianMicros, report } from "./report";

installCustomFunctions(globalThis);
install(new CatalogStore(seedCatalog()));

const LONG = `${"1".repeat(32766)}x`;
const shortNumber = medianMicros(20_000, () => toNumber("1,200", ARG.value));
const longNumber = medianMicros(200, () => toNumber(LONG, ARG.value));
report({
  figure: "a 32,767-character number argument",
  scale: "1×",
  value: longNumber / 1000,
  unit: "ms",
  budget: 1,
  reference: `"1,200": ${shortNumber.toFixed(2)} µs`,
  ratio: longNumber / shortNumber,
  before: "0.5 s",
});
const longName = medianMicros(50, () => {
  try {
    functions.target("内蒙古", LONG, "产值", null, null);
  } catch {
    // #N/A: a miss, with suggestions by containment only
  }
});
report({
  figure: "PLAN.TARGET with a 32,767-character sector",
  scale: "1×",
  value: longName / 1000,
  unit: "ms",
  budget: 1,
  reference: null,
  ratio: null,
  before: "258 ms",
});
