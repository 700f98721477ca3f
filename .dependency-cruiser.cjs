// The rooms of src/ and the arrows allowed between them (docs/architecture.md draws them).
// `npm test` runs this (test/quality/boundaries.test.ts): a forbidden import fails the suite.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core knows nothing of Office, the DOM, Node or the other rooms",
      severity: "error",
      from: { path: "^src/core/" },
      to: { pathNot: ["^src/core/", "^node_modules/zod/"] },
    },
    {
      name: "sheet-imports-only-core",
      comment: "the sheet layer (formula text, block layouts) is pure: it builds on core alone",
      severity: "error",
      from: { path: "^src/sheet/" },
      to: { pathNot: ["^src/sheet/", "^src/core/", "^node_modules/zod/"] },
    },
    {
      name: "data-imports-only-core",
      comment: "the data lifecycle (verify, build, store, swap, fetch) builds on core alone",
      severity: "error",
      from: { path: "^src/data/" },
      to: { pathNot: ["^src/data/", "^src/core/", "^node_modules/zod/", "^node_modules/idb/"] },
    },
    {
      name: "export-imports-core-sheet-exceljs",
      comment:
        "the workbook writer (src/export) turns sheet layouts into .xlsx with exceljs; shared by CLI and taskpane",
      severity: "error",
      from: { path: "^src/export/" },
      to: { pathNot: ["^src/export/", "^src/sheet/", "^src/core/", "^node_modules/exceljs/"] },
    },
    {
      name: "functions-never-load-exceljs",
      comment: "the custom functions start with every workbook: the .xlsx writer must never be on their path",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: ["^src/export/", "^node_modules/exceljs/"] },
    },
    {
      name: "functions-not-taskpane",
      comment: "functions and taskpane are thin adapters that never import each other",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: ["^src/taskpane/", "^src/addin/", "^src/node/", "^src/cli"] },
    },
    {
      name: "taskpane-not-functions",
      comment: "functions and taskpane are thin adapters that never import each other",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: ["^src/functions/", "^src/addin/", "^src/node/", "^src/cli"] },
    },
    {
      name: "only-node-code-uses-node",
      comment: "Node's built-ins only in src/node and the CLI (the add-in runs in a browser)",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/node/", "^src/cli\\.ts$", "^src/cli/", "^src/index\\.ts$"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.(css|txt)$" },
  },
};
