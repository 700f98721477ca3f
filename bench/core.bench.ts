/** The core and the Excel functions: load and validate the seeds, build the catalogue, answer lookups. */
import installCustomFunctions = require("../test/support/custom-functions-stand-in.cjs");
import { Catalog } from "../src/core/catalog";
import { ARG, toNumber } from "../src/core/input";
import { CatalogStore } from "../src/data/store";
import { buildDataset } from "../src/data/validate";
import * as functions from "../src/functions/functions";
import { install } from "../src/functions/live";
import { readSeeds } from "../src/node/seeds";
import { printTable, time } from "./measure";

installCustomFunctions(globalThis);

const LONG_TEXT = "1".repeat(32766) + "x";

function main(): void {
  const raw = readSeeds();
  const rows = [
    time("validate the seeds (schema + quotes + links)", 30, () => buildDataset(raw)),
    time("build the catalogue over a validated dataset", 30, () => {
      const built = buildDataset(raw);
      if (built.ok) new Catalog(built.dataset);
    }),
  ];
  const built = buildDataset(raw);
  if (!built.ok) throw new Error("seeds invalid");
  const catalog = new Catalog(built.dataset);
  install(new CatalogStore(catalog));
  const sectors = ["稀土新材料", "新材料", "先进有色金属材料", "先进钢铁材料", "先进碳材料"];
  rows.push(
    time("PLAN.TARGET (hit)", 5000, (i) => functions.target("内蒙古", sectors[i % sectors.length], "产值", null, null)),
    time("PLAN.TARGET (miss with suggestions)", 2000, () => {
      try {
        functions.target("内蒙古", "稀土材料", "产值", null, null);
      } catch {
        /* #N/A expected */
      }
    }),
    time("PLAN.REQUIRED_CAGR", 5000, () =>
      functions.requiredCagrFunction(200, 2022, "内蒙古", "稀土新材料", "产值", null, null),
    ),
    time("PLAN.TARGETS (all targets of 内蒙古, spilled)", 200, () =>
      functions.targets("内蒙古", null, null, null, null),
    ),
    time("PLAN.CAGR", 20000, (i) => functions.cagrFunction(100 + i, 200, 5)),
    // Excel's longest text: REPT("1",32766)&"x" as a number, and as a sector name (suggestions by containment).
    time("toNumber of 32,767 characters (not a number)", 200, () => toNumber(LONG_TEXT, ARG.value)),
    time("PLAN.TARGET with a 32,767-character sector (miss)", 50, () => {
      try {
        functions.target("内蒙古", LONG_TEXT, "产值", null, null);
      } catch {
        /* #N/A expected */
      }
    }),
  );
  printTable(rows);
}

main();
