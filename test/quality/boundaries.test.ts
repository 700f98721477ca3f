/**
 * The rooms of src/ and their allowed arrows (docs/architecture.md), checked by dependency-cruiser with the
 * project's rules (.dependency-cruiser.cjs) — on the real tree, and on a small tree with forbidden imports to
 * prove the check fails when it should.
 */
import { expect } from "chai";
import { ESLint } from "eslint";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const DEPCRUISE = join(ROOT, "node_modules", ".bin", "depcruise");

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

interface Cruised {
  readonly modules: ReadonlyArray<{
    readonly source: string;
    readonly dependencies: ReadonlyArray<{ resolved: string }>;
  }>;
  readonly summary: { readonly violations: Violation[] };
}

function cruiseAll(cwd: string): Cruised {
  const run = spawnSync(DEPCRUISE, ["src", "--config", join(cwd, ".dependency-cruiser.cjs"), "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.stdout.trim() === "") throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout) as Cruised;
}

function cruise(cwd: string): Violation[] {
  return cruiseAll(cwd).summary.violations;
}

/**
 * The folder a module belongs to, for the folder-level loop check: a room of src/ (src/cli.ts is the CLI's, and
 * src/index.ts the library's own), and inside the taskpane, its feature (src/taskpane/detail); the pane's root files
 * (app.ts, taskpane.ts) are src/taskpane.
 */
export function folderOf(source: string): string | null {
  const parts = source.split("/");
  if (parts[0] !== "src") return null;
  if (parts.length === 2) return parts[1] === "cli.ts" ? "src/cli" : "src";
  if (parts[1] === "taskpane" && parts.length > 3) return parts.slice(0, 3).join("/");
  return parts.slice(0, 2).join("/");
}

/**
 * The loops of the module graph collapsed to folders (dependency-cruiser sees loops of files only): each loop as
 * "a → b → a", found by a depth-first search over the folders' arrows.
 */
export function folderLoops(cruised: Cruised): string[] {
  const arrows = new Map<string, Set<string>>();
  for (const module of cruised.modules) {
    const from = folderOf(module.source);
    if (from === null) continue;
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (to === null || to === from) continue;
      arrows.set(from, (arrows.get(from) ?? new Set()).add(to));
    }
  }
  const loops: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (folder: string): void => {
    const at = path.indexOf(folder);
    if (at !== -1) {
      loops.push([...path.slice(at), folder].join(" → "));
      return;
    }
    if (done.has(folder)) return;
    path.push(folder);
    for (const next of [...(arrows.get(folder) ?? [])].sort()) visit(next);
    path.pop();
    done.add(folder);
  };
  for (const folder of [...arrows.keys()].sort()) visit(folder);
  return loops;
}

/** A small tree in a temporary folder with the project's rules, cruised; the folder is removed after. */
function cruiseTree(files: Record<string, string>): Cruised {
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-rooms-"));
  try {
    cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "node16", strict: true } }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return cruiseAll(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ruleNames = (cruised: Cruised): string[] =>
  [...new Set(cruised.summary.violations.map((v) => v.rule.name))].sort();

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
        "functions-imports-core-sheet-data",
        "functions-not-taskpane",
        "sheet-imports-only-core",
        "taskpane-imports-its-rooms",
        "taskpane-not-functions",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("fails on an import outside a room's arrows (extract, import, cli, node, library, add-in)", () => {
    const cruised = cruiseTree({
      "src/core/words.ts": "export const words = 1;\n",
      "src/data/store.ts": "export const store = 1;\n",
      "src/taskpane/view.ts": "export const view = 1;\n",
      "src/functions/fn.ts": "export const fn = 1;\n",
      "src/extract/extract.ts": 'import { store } from "../data/store";\nexport const extract = store;\n',
      "src/import/table.ts": 'import { view } from "../taskpane/view";\nexport const table = view;\n',
      "src/cli/main.ts": 'import { view } from "../taskpane/view";\nexport const main = view;\n',
      "src/node/seeds.ts": 'import { table } from "../import/table";\nexport const seeds = table;\n',
      "src/index.ts": 'import { fn } from "./functions/fn";\nexport const lib = fn;\n',
      "src/addin/start.ts": 'import { seeds } from "../node/seeds";\nexport const start = seeds;\n',
    });
    expect(ruleNames(cruised)).to.deep.equal([
      "addin-not-node",
      "cli-imports-its-rooms",
      "extract-imports-only-core",
      "import-is-pure",
      "library-imports-its-rooms",
      "node-imports-core-data",
    ]);
  });

  it("fails on a static import of the workbook writer or exceljs from the pane, the CLI or the readers", () => {
    const cruised = cruiseTree({
      "src/export/xlsx.ts": "export const xlsx = 1;\n",
      "src/taskpane/download.ts": 'import { xlsx } from "../export/xlsx";\nexport const download = xlsx;\n',
      "src/taskpane/lazy.ts": 'export const lazy = () => import("../export/xlsx");\n',
      "src/cli/export.ts": 'import { xlsx } from "../export/xlsx";\nexport const exported = xlsx;\n',
      "src/cli/lazy.ts": 'export const lazy = () => import("../export/xlsx");\n',
      "src/import/xlsx.ts": 'import { Workbook } from "exceljs";\nexport const book = Workbook;\n',
      "node_modules/exceljs/package.json": '{ "name": "exceljs", "main": "index.js" }\n',
      "node_modules/exceljs/index.js": "exports.Workbook = 1;\n",
    });
    expect(cruised.summary.violations.map((v) => `${v.rule.name}: ${v.from}`).sort()).to.deep.equal([
      "cli-loads-export-dynamically: src/cli/export.ts",
      "import-loads-exceljs-dynamically: src/import/xlsx.ts",
      "taskpane-loads-export-dynamically: src/taskpane/download.ts",
    ]);
  });

  it("the rooms and the taskpane's features load each other in no loop", () => {
    expect(folderLoops(cruiseAll(ROOT))).to.deep.equal([]);
  });

  it("finds a loop of folders that no loop of files shows (detail → import → detail)", () => {
    const cruised = cruiseTree({
      "src/taskpane/detail/view.ts": 'import { panel } from "../import/panel";\nexport const view = panel;\n',
      "src/taskpane/detail/model.ts": "export const model = 1;\n",
      "src/taskpane/import/panel.ts": "export const panel = 1;\n",
      "src/taskpane/import/review.ts": 'import { model } from "../detail/model";\nexport const review = model;\n',
      "src/taskpane/app.ts": 'import { view } from "./detail/view";\nexport const app = view;\n',
    });
    expect(cruised.summary.violations.map((v) => v.rule.name)).not.to.include("no-circular");
    expect(folderLoops(cruised)).to.deep.equal(["src/taskpane/detail → src/taskpane/import → src/taskpane/detail"]);
  });
  it("ESLint forbids every pure room the page's and Node's globals (core, extract, import, sheet, data), not the CLI", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const probe = "export const probe = window.length + process.pid;\n";
    // The probe is linted as if it were a file of the room (one that exists, so the type-aware rules find it).
    const findings = async (room: string): Promise<string[]> => {
      const file = readdirSync(join(ROOT, room)).find((name) => name.endsWith(".ts"))!;
      const [result] = await eslint.lintText(probe, { filePath: join(ROOT, room, file) });
      return result!.messages.filter((m) => m.ruleId === "no-restricted-globals").map((m) => m.message.split(".")[0]!);
    };
    for (const room of ["src/core", "src/extract", "src/import", "src/sheet", "src/data"]) {
      expect(await findings(room), room).to.deep.equal(["Unexpected use of 'window'", "Unexpected use of 'process'"]);
    }
    expect(await findings("src/cli")).to.deep.equal([]);
  });
});
