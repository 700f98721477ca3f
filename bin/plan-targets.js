#!/usr/bin/env node
// The CLI entry: lib/ is compiled from src/ by `npm install` (the prepare script).
"use strict";
// `export` answers with a promise (it writes a file); every other command with its exit code.
void Promise.resolve(require("../lib/cli.js").main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
