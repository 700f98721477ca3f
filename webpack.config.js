// @ts-check
/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page), functions.js + taskpane.js on one webpack
 * runtime (so functions and taskpane share one catalogue), functions.json and functions.zh-CN.json (generated from
 * the function table, src/sheet/function-table.ts), the icons and manifest.xml with its URLs set to the base URL.
 *
 *   npm run build                                   # production build for https://localhost:3000/
 *   npm run build -- --env url=https://intranet.example.gov.cn/plan-targets/
 *   npm start                                       # dev server over https://localhost:3000 with a local certificate
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { FunctionMetadataPlugin } = require("./build/function-metadata.cjs");
const { BASE_URL_MESSAGES, checkBaseUrl, rewriteManifest, DEV_URL } = require("./build/manifest.cjs");
const { environmentLocale } = require("./build/locale.cjs");
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

/** @param {Record<string, string | boolean>} env @param {{ mode?: string }} argv */
module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const baseUrl = baseUrlOf(env, dev);
  const outputPath = typeof env.out === "string" ? path.resolve(env.out) : path.resolve(__dirname, "dist");

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/addin/functions-entry.ts",
      taskpane: "./src/addin/taskpane-entry.ts",
    },
    // Chunks loaded later (exceljs, on the first export) sit beside taskpane.html: a relative public path, so the
    // runtime needs no detection of its own script's URL (which a functions-only context could not do).
    output: { path: outputPath, filename: "[name].js", publicPath: "", clean: true },
    // `import("../export/xlsx.js")` (the ESM spelling tsc wants) finds the TypeScript source.
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
    // code both use (the core, zod, the seeds) goes once into shared.js.
    // exceljs (the .xlsx writer) is imported only by the taskpane's 导出工作簿: its own chunk, fetched on first use.
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "all", minChunks: 2, enforce: true },
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new PreMinifiedChunk("exceljs.js"),
      new FunctionMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "shared", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
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
    ],
  };
  if (dev) {
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
