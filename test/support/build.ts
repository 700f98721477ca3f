/**
 * One production build of the add-in per test run and per kind, shared by the specs that need it (manifest,
 * bundle, browser end to end): webpack into a temporary folder, with an intranet base URL so the manifest rewrite
 * shows.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const TEST_BASE_URL = "https://intranet.example.gov.cn/plan-targets/";
const ROOT = resolve(__dirname, "..", "..");

/** Which regions a build embeds (as `--env embed=`); by default every region of the seeds. */
export interface BuildOptions {
  readonly embed?: string;
}

const builds = new Map<string, Promise<string>>();

/**
 * A temporary folder (removed when the run ends, not by a file's after()) and a production webpack build into it
 * with `env(folder)` and the test base URL; once per `key` for the whole run.
 */
function buildOnce(
  key: string,
  prefix: string,
  options: BuildOptions,
  env: (root: string) => string[],
): Promise<string> {
  let build = builds.get(key);
  if (build) return build;
  build = new Promise((resolveBuild, reject) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
    const args = [...env(root), "--env", `url=${TEST_BASE_URL}`];
    if (options.embed) args.push("--env", `embed=${options.embed}`);
    const webpack = resolve(ROOT, "node_modules", ".bin", "webpack");
    const child = spawn(webpack, ["--mode", "production", ...args], { cwd: ROOT });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("close", (code) =>
      code === 0 ? resolveBuild(root) : reject(new Error(`webpack failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
  builds.set(key, build);
  return build;
}

/**
 * The folder of the built add-in (dist/ layout); `embed` builds one that embeds only those regions, the others
 * published beside it and loaded on first use.
 */
export function builtAddin(options: BuildOptions = {}): Promise<string> {
  return buildOnce(`excel ${options.embed ?? ""}`, "plan-targets-dist-", options, (out) => ["--env", `out=${out}`]);
}

export interface BuiltWps {
  /** dist/wps/: the add-in's folder. */
  readonly dir: string;
  /** dist/wps-package/: the .7z, jsplugins.xml, oem.ini, publish.xml. */
  readonly packageDir: string;
}

/** The WPS 表格 add-in (`npm run build:wps`), as builtAddin. */
export async function builtWpsAddin(options: BuildOptions = {}): Promise<BuiltWps> {
  const root = await buildOnce(`wps ${options.embed ?? ""}`, "plan-targets-wps-", options, (folder) => [
    "--env",
    "wps",
    "--env",
    `out=${join(folder, "wps")}`,
    "--env",
    `packageOut=${join(folder, "wps-package")}`,
  ]);
  return { dir: join(root, "wps"), packageDir: join(root, "wps-package") };
}
