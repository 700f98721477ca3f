// @ts-check
/**
 * Emits functions.json (English) and functions.zh-CN.json (Chinese) from the function table
 * (src/sheet/function-table.ts), the one declaration of the PLAN.* functions.
 */
const { require: tsxRequire } = require("tsx/cjs/api");

/** @returns {{ functionsMetadata(locale: "zh" | "en"): unknown }} */
function loadMetadataModule() {
  return tsxRequire("../src/sheet/function-metadata.ts", __filename);
}

class FunctionMetadataPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const { functionsMetadata } = loadMetadataModule();
          const emit = (/** @type {string} */ name, /** @type {unknown} */ json) =>
            compilation.emitAsset(name, new sources.RawSource(`${JSON.stringify(json, null, 2)}\n`));
          emit("functions.json", functionsMetadata("en"));
          emit("functions.zh-CN.json", functionsMetadata("zh"));
        },
      );
    });
  }
}

module.exports = { FunctionMetadataPlugin };
