// @ts-check
/**
 * Publishes the seeds at build time: verifies them completely (src/node/publish.ts: schema, quotes verbatim on their
 * lines, links, completeness, curation) and FAILS the build on any issue, naming file, record and field in Chinese;
 * then writes datasets/ (format 3: index.json, tables/, shards/ (one per region), documents/, every file but
 * index.json named by its content) into the output and provides the compiled snapshot (index + tables + the shards of
 * the regions embedded, no documents) to the bundle
 * as the module "virtual:plan-targets/bundled-dataset", which the add-in's start reads without validating again.
 * The bundled data's source view reads its documents from this datasets/ beside the add-in.
 */
const path = require("node:path");
const { require: tsxRequire } = require("tsx/cjs/api");

const SNAPSHOT_MODULE = "plan-targets/bundled-dataset";
const SEEDS = path.resolve(__dirname, "..", "seeds");

/**
 * @typedef {{ index: { version: string, generated: string }, files: Record<string, string> }} Snapshot
 * @typedef {{ ok: true, published: unknown, snapshot: Snapshot } | { ok: false, issues: unknown[] }} PublishResult
 * @returns {{
 *   publishSeeds(options?: { seedsDir?: string, embed?: string[] }): PublishResult,
 *   publishFailure(issues: unknown[]): string,
 *   publishedFiles(published: unknown): Record<string, string>,
 * }}
 */
function loadPublisher() {
  const publish = tsxRequire("../src/node/publish.ts", __filename);
  const data = tsxRequire("../src/data/publish.ts", __filename);
  return { ...publish, publishedFiles: data.publishedFiles };
}

/** Beside taskpane.html, which fetches it after the first paint (src/taskpane/app.ts). */
const PINYIN_TABLE = "pinyin.json";

/**
 * The pinyin of every searchable text of the bundled data (src/taskpane/search/pinyin-table.ts), so the pane
 * searches by pinyin without loading pinyin-pro.
 * @param {Snapshot} snapshot @returns {string}
 */
function pinyinTableOf(snapshot) {
  const { catalogFromSnapshot } = tsxRequire("../src/data/snapshot.ts", __filename);
  const { pinyinTable } = tsxRequire("../src/taskpane/search/pinyin-table.ts", __filename);
  const { syllablesOf } = tsxRequire("../src/taskpane/search/pinyin-pro.ts", __filename);
  const loaded = catalogFromSnapshot(snapshot);
  if (!loaded.ok) throw new Error("plan-targets: the bundled snapshot does not load");
  return JSON.stringify(pinyinTable(loaded.catalog, syllablesOf));
}

/** The stand-in module of seeds that did not verify: the build fails on the issue list; nothing throws before it. */
const UNVERIFIED_MODULE = `throw new Error("plan-targets: the seeds did not verify");\n`;

class DatasetsPlugin {
  /**
   * @param {{ seedsDir?: string, embed?: string[] }} [options] the seeds folder (default seeds/; `--env seeds=DIR` in
   * webpack.config.js) and the regions the bundle embeds (`--env embed=内蒙古,安徽`; default every region of the
   * seeds): the others are published beside the add-in and load the first time a cell asks for them
   */
  constructor(options = {}) {
    this.seedsDir = options.seedsDir ?? SEEDS;
    this.embed = options.embed;
    /** @type {PublishResult | null} */
    this.result = null;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { VirtualUrlPlugin } = compiler.webpack.experiments.schemes;
    new VirtualUrlPlugin({
      [SNAPSHOT_MODULE]: {
        type: ".js",
        version: () => (this.result?.ok ? `${this.result.snapshot.index.generated}` : "invalid"),
        source: () => {
          const result = this.result;
          // A throw here would print webpack's module-build stack above the issue list: the list is the error.
          if (!result?.ok) return UNVERIFIED_MODULE;
          // JSON.parse of one string literal: faster to start than the same data as an object literal.
          return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.snapshot))});\n`;
        },
      },
    }).apply(compiler);

    compiler.hooks.thisCompilation.tap("DatasetsPlugin", (compilation) => {
      const { publishSeeds, publishFailure, publishedFiles } = loadPublisher();
      this.result = publishSeeds({ seedsDir: this.seedsDir, ...(this.embed ? { embed: this.embed } : {}) });
      compilation.contextDependencies.add(this.seedsDir);
      const result = this.result;
      if (!result.ok) {
        // First among the build's errors, in Chinese, without a stack: what the maintainer must fix.
        const error = new WebpackError(publishFailure(result.issues));
        error.name = "DatasetError";
        error.hideStack = true;
        compilation.errors.push(error);
      }
      compilation.hooks.processAssets.tap(
        { name: "DatasetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const result = this.result;
          if (!result?.ok) return;
          for (const [file, text] of Object.entries(publishedFiles(result.published))) {
            compilation.emitAsset(`datasets/${file}`, new sources.RawSource(text));
          }
          compilation.emitAsset(PINYIN_TABLE, new sources.RawSource(pinyinTableOf(result.snapshot)));
        },
      );
    });
  }
}

module.exports = { DatasetsPlugin, SNAPSHOT_MODULE, PINYIN_TABLE, UNVERIFIED_MODULE };
