#!/usr/bin/env node
// The CLI entry: lib/ is compiled from src/ by `npm install` (the prepare script).
"use strict";
process.exitCode = require("../lib/cli.js").main(process.argv.slice(2));
