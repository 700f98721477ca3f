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

const builds = new Map<string, Promise<string>>();

/**
 * The folder of the built add-in (dist/ layout); `embed` (as `--env embed=`) builds one that embeds only those
 * regions, the others published beside it and loaded on first use.
 */
export function builtAddin(options: { readonly embed?: string } = {}): Promise<string> {
  const key = options.embed ?? "";
  let build = builds.get(key);
  if (build) return build;
  build = new Promise((resolveBuild, reject) => {
    const out = mkdtempSync(join(tmpdir(), "plan-targets-dist-"));
    // One build for the whole run, shared by every test file: removed when the run ends, not by a file's after().
    process.once("exit", () => rmSync(out, { recursive: true, force: true }));
    const webpack = resolve(ROOT, "node_modules", ".bin", "webpack");
    const env = ["--env", `out=${out}`, "--env", `url=${TEST_BASE_URL}`];
    if (options.embed) env.push("--env", `embed=${options.embed}`);
    const child = spawn(webpack, ["--mode", "production", ...env], { cwd: ROOT });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("close", (code) =>
      code === 0 ? resolveBuild(out) : reject(new Error(`webpack failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
  builds.set(key, build);
  return build;
}

export interface BuiltWps {
  /** dist/wps/: the add-in's folder. */
  readonly dir: string;
  /** dist/wps-package/: the .7z, jsplugins.xml, oem.ini, publish.xml. */
  readonly packageDir: string;
}

const wpsBuilds = new Map<string, Promise<BuiltWps>>();

/**
 * One production build of the WPS 表格 add-in (`npm run build:wps`) per test run and `embed` (as `--env embed=`),
 * at the test base URL.
 */
export function builtWpsAddin(options: { readonly embed?: string } = {}): Promise<BuiltWps> {
  const key = options.embed ?? "";
  let wpsBuild = wpsBuilds.get(key);
  if (wpsBuild) return wpsBuild;
  wpsBuild = new Promise((resolveBuild, reject) => {
    const root = mkdtempSync(join(tmpdir(), "plan-targets-wps-"));
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
    const dir = join(root, "wps");
    const packageDir = join(root, "wps-package");
    const webpack = resolve(ROOT, "node_modules", ".bin", "webpack");
    const args = ["--mode", "production", "--env", "wps", "--env", `out=${dir}`, "--env", `packageOut=${packageDir}`];
    if (options.embed) args.push("--env", `embed=${options.embed}`);
    const child = spawn(webpack, [...args, "--env", `url=${TEST_BASE_URL}`], { cwd: ROOT });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("close", (code) =>
      code === 0
        ? resolveBuild({ dir, packageDir })
        : reject(new Error(`webpack failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
  wpsBuilds.set(key, wpsBuild);
  return wpsBuild;
}
