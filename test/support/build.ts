/**
 * One production build of the add-in per test run, shared by the specs that need it (manifest, bundle,
 * browser end to end): webpack into a temporary folder, with an intranet base URL so the manifest rewrite shows.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const TEST_BASE_URL = "https://intranet.example.gov.cn/plan-targets/";
const ROOT = resolve(__dirname, "..", "..");

let build: Promise<string> | null = null;

/** The folder of the built add-in (dist/ layout). */
export function builtAddin(): Promise<string> {
  build ??= new Promise((resolveBuild, reject) => {
    const out = mkdtempSync(join(tmpdir(), "plan-targets-dist-"));
    // One build for the whole run, shared by every test file: removed when the run ends, not by a file's after().
    process.once("exit", () => rmSync(out, { recursive: true, force: true }));
    const webpack = resolve(ROOT, "node_modules", ".bin", "webpack");
    const child = spawn(webpack, ["--mode", "production", "--env", `out=${out}`, "--env", `url=${TEST_BASE_URL}`], {
      cwd: ROOT,
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("close", (code) =>
      code === 0 ? resolveBuild(out) : reject(new Error(`webpack failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
  return build;
}
