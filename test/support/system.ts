/**
 * Installs the Debian packages a test needs when they are missing (CI machines start bare; we are root there).
 * Nothing else is fetched: Debian's apt and the npm registry are the only sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

let updated = false;

/** apt-get install of Debian packages (after one apt-get update per run). */
export function aptInstall(packages: readonly string[]): void {
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`missing system packages: install ${packages.join(", ")} (Debian/Ubuntu) or their equivalent`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!updated) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
    updated = true;
  }
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "ignore", env });
}

export function ensureDebianCommand(command: string, debianPackage: string): string {
  const path = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim();
  if (path && existsSync(path)) return path;
  aptInstall([debianPackage]);
  const installed = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim();
  if (!installed) throw new Error(`installing ${debianPackage} did not provide ${command}`);
  return installed;
}
