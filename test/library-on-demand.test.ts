import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
// Values and types of the modules the library loads on demand, through the package's own name (the built lib/).
import {
  buildDataset,
  CatalogStore,
  catalogFrom,
  extractProposals,
  PlanSchema,
  publishSeeds,
  readSeeds,
  type Catalog,
  type PlanRecord,
} from "plan-targets";

const LIB = resolve(__dirname, "..", "lib");

function node(args: readonly string[]): string {
  const env = { ...process.env };
  delete env.PLAN_TARGETS_DATA;
  const run = spawnSync(process.execPath, args, { encoding: "utf8", env, cwd: resolve(__dirname, "..") });
  expect(run.status, run.stderr).to.equal(0);
  return run.stdout.trim();
}

describe('library entry: what require("plan-targets") loads', () => {
  it("answers a first target() without loading zod, the schema, the verifier, publishing, the extractor or the dataset-folder reader", () => {
    const script = `
      const lib = require("plan-targets");
      const answer = lib.target("内蒙古", "稀土新材料", "产值", 2025);
      const loaded = Object.keys(require.cache);
      console.log(JSON.stringify({
        value: answer.ok && answer.value.entry.record.value,
        zod: loaded.filter((file) => file.includes("/node_modules/zod/")).length,
        heavy: loaded.filter((file) => /\\/lib\\/(core\\/schema|data\\/validate|data\\/catalog-from|node\\/publish|node\\/dataset-dir|extract\\/)/.test(file)),
      }));`;
    expect(JSON.parse(node(["-e", script]))).to.deep.equal({ value: 350, zod: 0, heavy: [] });
  });

  it("exports the same values as the modules it loads on demand, for require and for import", () => {
    const script = `
      const lib = require("plan-targets");
      const modules = ["core/schema", "data/validate", "data/catalog-from", "data/store", "extract/index", "node/dataset-dir"];
      const differing = [];
      for (const name of modules) {
        const module = require(${JSON.stringify(LIB)} + "/" + name);
        for (const key of Object.keys(module)) if (key !== "__esModule" && lib[key] !== module[key]) differing.push(name + ":" + key);
      }
      import("plan-targets").then((esm) => {
        const cjs = Object.keys(lib).filter((key) => key !== "__esModule").sort();
        const named = Object.keys(esm).filter((key) => key !== "default" && key !== "module.exports").sort();
        console.log(JSON.stringify({ differing, missingInImport: cjs.filter((key) => !named.includes(key)) }));
      });`;
    expect(JSON.parse(node(["-e", script]))).to.deep.equal({ differing: [], missingInImport: [] });
  });

  it("keeps their values and types: a class, a schema, functions (a swap verifies through zod)", () => {
    const seeds = readSeeds();
    const built = catalogFrom(seeds);
    if (!built.ok) throw new Error("the seeds do not verify");
    const store: CatalogStore = new CatalogStore(built.catalog);
    const swapped = store.swap({ ...seeds, plans: [{ file: "000.json", content: { id: "000" } }] });
    expect(swapped.ok).to.equal(false);
    const first: PlanRecord = built.dataset.plans[0]!.records[0]!;
    expect(PlanSchema.shape.records.element.safeParse(first).success).to.equal(true);
    expect(buildDataset(seeds).ok).to.equal(true);
    expect(publishSeeds().ok).to.equal(true);
    const catalog: Catalog = store.catalog;
    expect(catalog.entries.length).to.be.greaterThan(0);
    const extracted = extractProposals("到2025年，稀土新材料产值达到350亿元。");
    expect(extracted.ok && extracted.value.proposals.length).to.be.greaterThan(0);
  });
});
