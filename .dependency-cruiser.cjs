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
      name: "extract-imports-only-core",
      comment: "the text extractor (plan text → proposed records) is pure and builds on core alone",
      severity: "error",
      from: { path: "^src/extract/" },
      to: { pathNot: ["^src/extract/", "^src/core/"] },
    },
    {
      name: "import-is-pure",
      comment:
        "the readers of plans, tables and texts (src/import) are shared by the taskpane and the CLI: core, the extractor and data, exceljs",
      severity: "error",
      from: { path: "^src/import/" },
      to: { pathNot: ["^src/import/", "^src/core/", "^src/extract/", "^src/data/", "^node_modules/exceljs/"] },
    },
    {
      name: "import-loads-exceljs-dynamically",
      comment:
        "the .xlsx reader loads exceljs with import() only: the readers are on the taskpane's and the CLI's paths",
      severity: "error",
      from: { path: "^src/import/" },
      to: { path: "^node_modules/exceljs/", dependencyTypesNot: ["dynamic-import", "type-only"] },
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
      name: "functions-imports-core-sheet-data",
      comment: "the custom functions are a thin adapter over core, sheet and data",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { pathNot: ["^src/functions/", "^src/core/", "^src/sheet/", "^src/data/"] },
    },
    {
      name: "taskpane-imports-its-rooms",
      comment:
        "the pane builds on core, sheet, data, the extractor and the readers of src/import, and on its page libraries",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: {
        pathNot: [
          "^src/taskpane/",
          "^src/core/",
          "^src/sheet/",
          "^src/data/",
          "^src/extract/",
          "^src/import/",
          "^src/export/",
          "^node_modules/(@fluentui|pinyin-pro|exceljs|et-jsapi-declare)/", // WPS's types only (hosts/wps-workbook.ts)
        ],
      },
    },
    {
      name: "taskpane-loads-export-dynamically",
      comment: "the .xlsx writer and exceljs never on the add-in's start path: the pane loads them with import() only",
      severity: "error",
      from: { path: "^src/(taskpane|addin)/" },
      to: { path: ["^src/export/", "^node_modules/exceljs/"], dependencyTypesNot: ["dynamic-import", "type-only"] },
    },
    {
      name: "wps-imports-its-rooms",
      comment:
        "the WPS 表格 entry (src/wps) is a thin adapter like src/functions: core, sheet, data and the host-neutral functions (evaluate, definitions, the live store), never Excel's adapter",
      severity: "error",
      from: { path: "^src/wps/" },
      to: {
        pathNot: [
          "^src/wps/",
          "^src/core/",
          "^src/sheet/",
          "^src/data/",
          "^src/functions/(evaluate|definitions|cell-result|argument-memo|live|functions)\\.ts$",
          "^src/addin/bundled-dataset\\.d\\.ts$",
          "^virtual:plan-targets/bundled-dataset$",
          "^node_modules/et-jsapi-declare/",
        ],
      },
    },
    {
      name: "nothing-imports-wps",
      comment: "the WPS entry is a composition root: no other room depends on it",
      severity: "error",
      from: { pathNot: "^src/wps/" },
      to: { path: "^src/wps/" },
    },
    {
      name: "addin-not-node",
      comment: "the add-in runs in a browser: never the Node rooms (src/node, the CLI, the library entry)",
      severity: "error",
      from: { path: "^src/addin/" },
      to: { path: ["^src/node/", "^src/cli", "^src/index\\.ts$"] },
    },
    {
      name: "node-imports-core-data",
      comment: "src/node reads files for the CLI and the library: core, data and Node's built-ins",
      severity: "error",
      from: { path: "^src/node/" },
      to: { pathNot: ["^src/node/", "^src/core/", "^src/data/"], dependencyTypesNot: ["core"] },
    },
    {
      name: "cli-imports-its-rooms",
      comment: "the command line builds on the pure rooms and src/node; never on the add-in's rooms",
      severity: "error",
      from: { path: "^src/cli(\\.ts$|/)" },
      to: {
        pathNot: [
          "^src/cli(\\.ts$|/)",
          "^src/core/",
          "^src/sheet/",
          "^src/data/",
          "^src/extract/",
          "^src/import/",
          "^src/node/",
          "^src/export/",
        ],
        dependencyTypesNot: ["core"],
      },
    },
    {
      name: "cli-loads-export-dynamically",
      comment: "exceljs is loaded only by the commands that write or read a workbook (import()), not at every start",
      severity: "error",
      from: { path: "^src/cli(\\.ts$|/)" },
      to: { path: ["^src/export/", "^node_modules/exceljs/"], dependencyTypesNot: ["dynamic-import", "type-only"] },
    },
    {
      name: "library-imports-its-rooms",
      comment: "the library entry re-exports core, the extractor, data and the Node readers",
      severity: "error",
      from: { path: "^src/index\\.ts$" },
      to: { pathNot: ["^src/core/", "^src/extract/", "^src/data/", "^src/node/"] },
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
