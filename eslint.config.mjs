// ESLint: typescript-eslint's type-checked rules on every TypeScript file, the Office add-in rules
// (eslint-plugin-office-addins) on the code that talks to Excel, Prettier for layout (run beside it).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "test-results/", ".certs/", "schemas/", "seeds/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `import x = require("….cjs")` loads the plain-JavaScript test stand-ins with their types.
      "@typescript-eslint/no-require-imports": ["error", { allowAsImport: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    // The pure rooms run anywhere (Node, the browser, a worker): no Office, no page, no Node process.
    files: ["src/core/**/*.ts", "src/extract/**/*.ts", "src/import/**/*.ts", "src/sheet/**/*.ts", "src/data/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "window", "document", "navigator", "localStorage"].map((name) => ({
          name,
          message: "the pure rooms know nothing of Office or the page: take what you need as a parameter",
        })),
        ...["process", "Buffer", "__dirname", "require"].map((name) => ({
          name,
          message: "the pure rooms know nothing of Node: Node code lives in src/node and src/cli/",
        })),
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/addin/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // WPS 表格's pages are browser pages with WPS's globals (et-jsapi-declare): always through `wps`, never the
    // deprecated `wps.EtApplication`, and never Office's globals (another host).
    files: ["src/wps/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, wps: "readonly", Application: "readonly" } },
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions"].map((name) => ({
          name,
          message: "src/wps runs in WPS 表格, not Office",
        })),
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node, ...globals.browser },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
