/** The package's version, for --version: read from package.json (beside src/ in the checkout, beside lib/ when built). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
    version?: unknown;
  };
  return String(manifest.version);
}
