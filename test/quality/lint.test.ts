/** Lint and format are part of the suite: ESLint (typescript-eslint, office-addins) and Prettier find nothing. */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const bin = (name: string): string => join(ROOT, "node_modules", ".bin", name);

describe("lint and format", function () {
  this.timeout(240000);

  it("ESLint reports no finding", () => {
    const run = spawnSync(bin("eslint"), [".", "--max-warnings", "0"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, `${run.stdout}${run.stderr}`).to.equal(0);
  });

  it("Prettier finds every file formatted", () => {
    const run = spawnSync(bin("prettier"), ["--check", "."], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, `${run.stdout}${run.stderr}`).to.equal(0);
  });
});
