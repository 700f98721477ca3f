// `npm test`: type-check everything, then run every mocha spec (core, functions, taskpane, browser end to end).
// The last line is always "N passed, N failed", which is how CI counts tests.
import { spawnSync } from "node:child_process";

const run = (command, args) => spawnSync(command, args, { stdio: "inherit", shell: false }).status ?? 1;

console.log('> tsc -p tsconfig.lib.json (the library and CLI that bin/ and "plan-targets" imports load)');
if (run("npx", ["tsc", "-p", "tsconfig.lib.json"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
console.log("> tsc --noEmit (strict type-check of src, test, scripts)");
if (run("npx", ["tsc", "-p", "tsconfig.json"]) !== 0) {
  console.log("type-check failed");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const status = run("npx", ["mocha", ...process.argv.slice(2)]);
process.exit(status);
