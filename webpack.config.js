// @ts-check
/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page), functions.js + taskpane.js on one webpack
 * runtime (so functions and taskpane share one catalogue), functions.json and functions.zh-CN.json (generated from
 * the function table, src/sheet/function-table.ts), the icons, manifest.xml with its URLs set to the base URL, and
 * datasets/ (the seeds, verified and published in format 3, a shard per region: build/datasets.cjs; an invalid seed
 * fails the build).
 *
 *   npm run build                                   # production build for https://localhost:3000/
 *   npm run build -- --env url=https://intranet.example.gov.cn/plan-targets/
 *   npm run build -- --env dataUrl=https://data.example.gov.cn/plan-targets/index.json
 *                                                   # the taskpane refreshes from another https host (CSP allows it)
 *   npm run build -- --env seeds=path/to/seeds         # publish another seeds folder (a bad one fails the build)
 *   npm run build -- --env embed=内蒙古,安徽           # embed these regions (default all); others load on first use
 *   npm start                                       # dev server over https://localhost:3000 with a local certificate
 *   npm run build:wps                               # WPS 表格: dist/wps/ (index.html, ribbon.xml, manifest.xml,
 *                                                   # functions.json, the taskpane) and the offline package in
 *                                                   # dist/wps-package/ (build/wps.cjs); --env url, dataUrl, seeds as
 *                                                   # above, --env packageOut=, --env packageUrl= (the .7z's address)
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DatasetsPlugin } = require("./build/datasets.cjs");
const { dataPolicy } = require("./build/csp.cjs");
const { FunctionMetadataPlugin } = require("./build/function-metadata.cjs");
const { BASE_URL_MESSAGES, checkBaseUrl, rewriteManifest, DEV_URL } = require("./build/manifest.cjs");
const { environmentLocale } = require("./build/locale.cjs");
const { WpsFilesPlugin, WpsPackagePlugin } = require("./build/wps.cjs");
const { version } = require("./package.json");

/**
 * The base URL the manifest points at: `--env url=…`, checked (https, a valid URL); without it localhost, with a
 * warning for a production build. A bad URL stops the build with the message alone (exit 2), not a stack.
 * @param {Record<string, string | boolean>} env @param {boolean} dev
 */
function baseUrlOf(env, dev) {
  const locale = environmentLocale(process.env);
  if (env.url === undefined) {
    if (!dev) console.warn(BASE_URL_MESSAGES.localhost[locale]);
    return DEV_URL;
  }
  const checked = checkBaseUrl(env.url);
  if (checked.ok) return checked.url;
  console.error(`${locale === "zh" ? "错误：" : "Error: "}${checked.message[locale]}`);
  process.exit(2);
}

/**
 * Marks a chunk that is already minified (exceljs ships its browser build minified) so Terser leaves it alone:
 * re-minifying its 900 KB took the production build from seconds to some 40 s.
 */
class PreMinifiedChunk {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("PreMinifiedChunk", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreMinifiedChunk", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          if (compilation.getAsset(this.file))
            compilation.updateAsset(this.file, (source) => source, { minimized: true });
        },
      );
    });
  }
}

/** Excel's own files: functions.json (Excel's form), the icons, manifest.xml at the base URL. @param {string} baseUrl */
function excelPlugins(baseUrl) {
  return [
    new FunctionMetadataPlugin(),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => rewriteManifest(content.toString("utf8"), { baseUrl, version }),
        },
      ],
    }),
  ];
}

/**
 * WPS's files: the hidden entry page (index.html), manifest.xml, ribbon.xml, functions.json (WPS's form), the
 * icons, then the offline package (default dist/wps-package/).
 * @param {Record<string, string | boolean>} env @param {string} baseUrl @param {string} outputPath
 */
function wpsPlugins(env, baseUrl, outputPath) {
  const packageOut =
    typeof env.packageOut === "string" ? path.resolve(env.packageOut) : path.resolve(outputPath, "..", "wps-package");
  return [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/wps/index.html",
      chunks: ["runtime", "shared", "wps"],
      chunksSortMode: "manual",
      // Blocking scripts in the head: the ribbon's callbacks are globals before WPS can call OnAddinLoad.
      scriptLoading: "blocking",
      inject: "head",
    }),
    new WpsFilesPlugin(),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "[name][ext]" }] }),
    new WpsPackagePlugin({
      to: packageOut,
      version,
      baseUrl,
      ...(typeof env.packageUrl === "string" ? { packageUrl: env.packageUrl } : {}),
    }),
  ];
}

/** @param {Record<string, string | boolean>} env @param {{ mode?: string }} argv */
module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const baseUrl = baseUrlOf(env, dev);
  // WPS 表格 (--env wps): its hidden entry page registers the functions; the taskpane is a page of its own.
  const wps = Boolean(env.wps);
  const defaultOut = wps ? path.resolve(__dirname, "dist", "wps") : path.resolve(__dirname, "dist");
  const outputPath = typeof env.out === "string" ? path.resolve(env.out) : defaultOut;
  const data = dataPolicy(typeof env.dataUrl === "string" ? env.dataUrl : undefined);

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      ...(wps ? { wps: "./src/wps/entry.ts" } : { functions: "./src/addin/functions-entry.ts" }),
      taskpane: "./src/addin/taskpane-entry.ts",
      // The extractor's Web Worker (src/taskpane/import/extraction.ts starts it by this file name): it runs apart,
      // so it carries its own runtime (runtime: false) instead of sharing runtime.js.
      "extract-worker": { import: "./src/taskpane/import/extract-worker.ts", runtime: false },
    },
    // Chunks loaded later (verify.js on a refresh, exceljs on the first export) sit beside taskpane.html: a relative
    // public path, so the runtime needs no detection of its own script's URL (a functions-only context cannot).
    output: { path: outputPath, filename: "[name].js", publicPath: "", clean: true },
    // ".js" in an import names the TypeScript source (the library's Node ESM rules want the extension).
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json" } },
        },
        { test: /\.txt$/, type: "asset/source" },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    // One runtime chunk: functions.js and taskpane.js share module instances, hence one live catalogue;
    // code both use (the core, the compiled dataset) goes once into shared.js. zod is not on the start path: a
    // refresh loads it with the verifier (verify.js, an async chunk); exceljs is imported only by 导出工作簿 (its own
    // chunk, fetched on first use).
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // The extractor's worker (extract-worker.js) stands alone: it must not pull shared.js into the worker,
          // nor push the extractor into the start path.
          // Only the start's chunks count: a module two on-demand chunks share (the workbook layouts, used by
          // 导出工作簿 and WPS's writer) would otherwise be hoisted onto the start path.
          shared: {
            name: "shared",
            chunks: (chunk) => chunk.name !== "extract-worker" && chunk.canBeInitial(),
            minChunks: 2,
            enforce: true,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
            // Above shared: the export and the import both load it, and it must stay off the start path.
            priority: 10,
          },
          // The verifier and zod stay together in verify.js, loaded only by a refresh.
          default: false,
          defaultVendors: false,
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new PreMinifiedChunk("exceljs.js"),
      new DatasetsPlugin({
        ...(typeof env.seeds === "string" ? { seedsDir: path.resolve(env.seeds) } : {}),
        // --env embed=内蒙古,安徽: the regions a desk answers offline; the others load on first use.
        ...(typeof env.embed === "string" ? { embed: env.embed.split(/[,，、]/).filter(Boolean) } : {}),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // In WPS the pane is its own page: the functions are registered by index.html, never by the pane.
        chunks: ["runtime", "shared", ...(wps ? [] : ["functions"]), "taskpane"],
        chunksSortMode: "manual",
        // The data address (default datasets/index.json) and its origin in connect-src: build/csp.cjs.
        templateParameters: { dataUrl: data.dataUrl, dataConnectSrc: data.connectSrc },
      }),
      ...(wps ? wpsPlugins(env, baseUrl, outputPath) : excelPlugins(baseUrl)),
    ],
  };
  // Only `webpack serve` needs the certificate: a development build alone must work on a machine without one.
  if (dev && env.WEBPACK_SERVE) {
    const { devServerHttps } = require("./build/certificates.cjs");
    config.devServer = {
      host: "localhost",
      port: Number(process.env.PORT ?? 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerHttps(),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
