import { expect } from "chai";
import { spawnSync } from "node:child_process";
// The package's own name: resolved through package.json "exports" to the built lib/, as a user would import it.
import { cagr, Catalog, convert, target } from "plan-targets";

describe('library entry: import { target, cagr } from "plan-targets"', () => {
  it("answers target() over the bundled seeds, with types", () => {
    const answer = target("内蒙古", "稀土新材料", "产值", 2025);
    expect(answer.ok).to.equal(true);
    if (answer.ok) expect(answer.value.entry.record.value).to.equal(350);
  });

  it("exports the formulas, the unit conversion and the Catalog class", () => {
    const rate = cagr(5000, 7000, 4);
    expect(rate.ok && rate.value).to.be.closeTo(0.0878, 1e-4);
    const converted = convert(2, "亿元", "万元");
    expect(converted.ok && converted.value).to.equal(20000);
    expect(Catalog).to.be.a("function");
  });

  it("loads from plain JavaScript (ESM and CommonJS)", () => {
    const esm = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { target } from "plan-targets"; console.log(target("内蒙古","稀土新材料","产值").value.entry.record.value)',
      ],
      { encoding: "utf8" },
    );
    expect(esm.stdout.trim(), esm.stderr).to.equal("350");
    const cjs = spawnSync(process.execPath, ["-e", 'console.log(require("plan-targets").cagr(100, 121, 2).value)'], {
      encoding: "utf8",
    });
    expect(Number(cjs.stdout.trim()), cjs.stderr).to.be.closeTo(0.1, 1e-12);
  });

  it("reads a published dataset folder and refreshes from a web server, from plain Node (lib/)", () => {
    // A published folder with one changed figure, served by a Node http server; the refresh verifies it with the
    // schema, which lib/ loads on demand (import("./validate.js") from CommonJS).
    const script = `
      const { mkdtempSync, readFileSync, writeFileSync } = require("node:fs");
      const { createServer } = require("node:http");
      const { join } = require("node:path");
      const { tmpdir } = require("node:os");
      const lib = require("plan-targets");
      const dir = mkdtempSync(join(tmpdir(), "plan-targets-lib-"));
      const result = lib.publishSeeds();
      if (!result.ok) throw new Error("seeds do not publish");
      lib.writePublished(result.published, dir);
      const fromDir = lib.catalogFromDir(dir);
      const server = createServer((req, res) => res.end(readFileSync(join(dir, req.url.slice(1)))));
      server.listen(0, "127.0.0.1", async () => {
        const url = "http://127.0.0.1:" + server.address().port + "/index.json";
        const current = { ...result.snapshot, index: { ...result.snapshot.index, version: "older" } };
        const checked = await lib.checkForUpdate(url, current.index);
        const update = await lib.fetchUpdate(checked.value, current);
        console.log(fromDir.ok, checked.ok, update.ok && update.value.catalog.entries.length);
        server.close();
      });`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stdout.trim(), run.stderr).to.equal("true true 522");
  });
});
