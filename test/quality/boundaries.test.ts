/**
 * The rooms of src/ and their allowed arrows (docs/architecture.md), checked by dependency-cruiser with the
 * project's rules (.dependency-cruiser.cjs) — on the real tree, and on a small tree with forbidden imports to
 * prove the check fails when it should.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const DEPCRUISE = join(ROOT, "node_modules", ".bin", "depcruise");

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

function cruise(cwd: string): Violation[] {
  const run = spawnSync(DEPCRUISE, ["src", "--config", join(cwd, ".dependency-cruiser.cjs"), "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.stdout.trim() === "") throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe("rooms: the import boundaries of src/", function () {
  this.timeout(120000);

  it("the source tree has no forbidden import", () => {
    const violations = cruise(ROOT);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).to.deep.equal([]);
  });

  it("fails on a forbidden import (core → taskpane, functions → taskpane, taskpane → functions, sheet → data)", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-targets-rooms-"));
    try {
      cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { module: "node16", strict: true } }),
      );
      const files: Record<string, string> = {
        "src/core/model.ts": 'import { view } from "../taskpane/view";\nexport const model = view;\n',
        "src/taskpane/view.ts": 'import { fn } from "../functions/fn";\nexport const view = fn;\n',
        "src/functions/fn.ts": 'import { other } from "../taskpane/other";\nexport const fn = other;\n',
        "src/taskpane/other.ts": "export const other = 1;\n",
        "src/sheet/block.ts": 'import { store } from "../data/store";\nexport const block = store;\n',
        "src/data/store.ts": "export const store = 1;\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const rules = new Set(cruise(dir).map((v) => v.rule.name));
      expect([...rules].sort()).to.deep.equal([
        "core-is-pure",
        "functions-not-taskpane",
        "sheet-imports-only-core",
        "taskpane-not-functions",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
