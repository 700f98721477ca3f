/**
 * Installs the Debian packages a test needs when they are missing (CI machines start bare; we are root there).
 * Nothing else is fetched: Debian's apt and the npm registry are the only sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

let updated = false;

export function ensureDebianCommand(command: string, debianPackage: string): string {
  const path = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim();
  if (path && existsSync(path)) return path;
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`${command} is missing: install ${debianPackage} (Debian/Ubuntu) or its equivalent`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!updated) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
    updated = true;
  }
  execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], { stdio: "ignore", env });
  const installed = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim();
  if (!installed) throw new Error(`installing ${debianPackage} did not provide ${command}`);
  return installed;
}
