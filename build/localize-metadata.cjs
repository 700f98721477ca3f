// @ts-check
/**
 * Custom-function metadata in two languages from one source: the JSDoc of src/functions/functions.ts writes each
 * description as "English | 中文" and each parameter as "English | 中文名：中文说明". This step splits them into
 * functions.json (English, the default) and functions.<locale>.json (Chinese), with ids and function names
 * identical in both: a localized function name would break formulas that code writes.
 */
const SEPARATOR = " | ";

/** @param {string | undefined} text @returns {{ en: string, zh: string }} */
function splitText(text) {
  if (text === undefined) return { en: "", zh: "" };
  const at = text.indexOf(SEPARATOR);
  if (at === -1) throw new Error(`metadata text without " | 中文" part: "${text}"`);
  return { en: text.slice(0, at).trim(), zh: text.slice(at + SEPARATOR.length).trim() };
}

/** "中文名：中文说明" → name and description. @param {string} zh */
function splitNamed(zh) {
  const at = zh.indexOf("：");
  if (at === -1) throw new Error(`Chinese parameter text needs "名称：说明": "${zh}"`);
  return { name: zh.slice(0, at).trim(), description: zh.slice(at + 1).trim() };
}

/**
 * @typedef {{ name: string, description?: string, type?: string, dimensionality?: string, optional?: boolean }} Parameter
 * @typedef {{ id: string, name: string, description?: string, parameters: Parameter[], result?: object, options?: object }} FunctionMetadata
 * @typedef {{ functions: FunctionMetadata[] }} Metadata
 */

/** @param {Metadata} metadata @returns {{ en: Metadata, zh: Metadata }} */
function localize(metadata) {
  /** @param {"en" | "zh"} lang @returns {Metadata} */
  const pick = (lang) => ({
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: splitText(fn.description)[lang],
      parameters: fn.parameters.map((p) => {
        const text = splitText(p.description);
        if (lang === "en") return { ...p, description: text.en };
        const named = splitNamed(text.zh);
        return { ...p, name: named.name, description: named.description };
      }),
    })),
  });
  return { en: pick("en"), zh: pick("zh") };
}

class LocalizeMetadataPlugin {
  /** @param {{ input: string, locales: string[] }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.options.input);
        if (!asset) return; // the metadata plugin has reported its own error
        try {
          const { en, zh } = localize(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(this.options.input, new sources.RawSource(JSON.stringify(en, null, 2)));
          for (const locale of this.options.locales) {
            compilation.emitAsset(this.options.input.replace(/\.json$/, `.${locale}.json`), new sources.RawSource(JSON.stringify(zh, null, 2)));
          }
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(`LocalizeMetadataPlugin: ${/** @type {Error} */ (error).message}`));
        }
      });
    });
  }
}

module.exports = { localize, splitText, LocalizeMetadataPlugin };
