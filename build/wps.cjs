// @ts-check
/**
 * The WPS 表格 add-in's files (`npm run build:wps`): manifest.xml (a <JsPlugin> whose <Functions> points at
 * functions.json, namespace PLAN), ribbon.xml (a 规划目标 tab whose button opens the taskpane) and functions.json
 * (WPS's form, generated from the function table like Excel's), then the offline package: the built folder as
 * `plan-targets_<version>/` inside `plan-targets_<version>.7z`, a jsplugins.xml listing it, the oem.ini lines that
 * point WPS at that list, and a publish.xml for the online mode. docs/wps.md says how a bureau installs them.
 */
const { chmodSync, cpSync, mkdirSync, rmSync, writeFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { spawnSync } = require("node:child_process");
const { require: tsxRequire } = require("tsx/cjs/api");

/** The add-in's name: WPS's folder and package are `<name>_<version>`. */
const WPS_ADDIN_NAME = "plan-targets";

/** @param {string} text */
function xmlText(text) {
  return text.replace(/[&<>"']/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[ch]};`);
}

/** @returns {{ WPS_NAMESPACE: string }} */
const functionsModule = () => tsxRequire("../src/wps/functions.ts", __filename);
/** @returns {{ OPEN_PANE_BUTTON: string, PANE_TITLE: string }} */
const ribbonModule = () => tsxRequire("../src/wps/ribbon.ts", __filename);
/** @returns {{ wpsFunctionsMetadata(locale: "zh" | "en"): unknown[] }} */
const metadataModule = () => tsxRequire("../src/sheet/function-metadata.ts", __filename);

/** functions.json as WPS's scanner writes it: `{ functions: [{ name, description, result, parameters }] }`. */
function wpsFunctionsJson() {
  return `${JSON.stringify({ functions: metadataModule().wpsFunctionsMetadata("zh") }, null, 2)}\n`;
}

/** What WPS's add-in list says the add-in is. */
const WPS_DESCRIPTION =
  "规划目标：把省级产业规划中的量化目标作为表格中的实时数据（PLAN.* 函数与任务窗格），每个数字都有出处";

function wpsManifestXml() {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<JsPlugin>",
    "  <ApiVersion>1.0.0</ApiVersion>",
    `  <Name>${WPS_ADDIN_NAME}</Name>`,
    `  <Description>${xmlText(WPS_DESCRIPTION)}</Description>`,
    "  <Functions>",
    "    <Uri>/functions.json</Uri>",
    `    <Namespace>${functionsModule().WPS_NAMESPACE}</Namespace>`,
    "  </Functions>",
    "</JsPlugin>",
    "",
  ].join("\n");
}

function wpsRibbonXml() {
  const { OPEN_PANE_BUTTON, PANE_TITLE } = ribbonModule();
  return [
    '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">',
    '  <ribbon startFromScratch="false">',
    "    <tabs>",
    `      <tab id="planTargetsTab" label="${PANE_TITLE}">`,
    '        <group id="planTargetsGroup" label="规划数据">',
    `          <button id="${OPEN_PANE_BUTTON}" label="${PANE_TITLE}" screentip="打开或关闭规划目标任务窗格" onAction="OnAction" getImage="GetImage" size="large"/>`,
    "        </group>",
    "      </tab>",
    "    </tabs>",
    "  </ribbon>",
    "</customUI>",
    "",
  ].join("\n");
}

/** Emits manifest.xml, ribbon.xml and functions.json into the WPS build. */
class WpsFilesPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WpsFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WpsFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          compilation.emitAsset("manifest.xml", new sources.RawSource(wpsManifestXml()));
          compilation.emitAsset("ribbon.xml", new sources.RawSource(wpsRibbonXml()));
          compilation.emitAsset("functions.json", new sources.RawSource(wpsFunctionsJson()));
        },
      );
    });
  }
}

/** @param {string} version */
const packageFolder = (version) => `${WPS_ADDIN_NAME}_${version}`;

/** @param {{ version: string, packageUrl: string }} options */
function jspluginsXml({ version, packageUrl }) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${WPS_ADDIN_NAME}" type="et" version="${xmlText(version)}" url="${xmlText(packageUrl)}" enable="true"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

/** @param {{ baseUrl: string }} options */
function publishXml({ baseUrl }) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jspluginonline name="${WPS_ADDIN_NAME}" type="et" url="${xmlText(baseUrl)}" enable="enable_dev" install="null" customDomain=""/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

/** @param {{ jspluginsUrl: string }} options */
function oemIniLines({ jspluginsUrl }) {
  return ["[Support]", "JsApiPlugin=true", "", "[Server]", `JSPluginsServer=${jspluginsUrl}`, ""].join("\r\n");
}

/**
 * The offline package of a built folder `from`, in `to`: `<name>_<version>.7z` (the folder `<name>_<version>/`
 * inside), jsplugins.xml, oem.ini and publish.xml. Answers the .7z's path.
 * @param {{ from: string, to: string, version: string, baseUrl: string, packageUrl?: string }} options
 */
function writeWpsPackage({ from, to, version, baseUrl, packageUrl }) {
  const folder = packageFolder(version);
  const archive = resolve(to, `${folder}.7z`);
  const staging = resolve(to, ".staging");
  rmSync(to, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(from, join(staging, folder), { recursive: true });
  const { path7za } = require("7zip-bin");
  // npm installs the binary without its exec bit.
  chmodSync(path7za, 0o755);
  const run = spawnSync(path7za, ["a", "-t7z", "-bd", "-y", archive, folder], { cwd: staging, encoding: "utf8" });
  rmSync(staging, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`7za failed (${run.status}): ${run.stderr || run.stdout}`);
  const url = packageUrl ?? new URL(`${folder}.7z`, baseUrl).href;
  writeFileSync(join(to, "jsplugins.xml"), jspluginsXml({ version, packageUrl: url }));
  writeFileSync(join(to, "oem.ini"), oemIniLines({ jspluginsUrl: new URL("jsplugins.xml", url).href }));
  writeFileSync(join(to, "publish.xml"), publishXml({ baseUrl }));
  return archive;
}

/** Packages the WPS build once webpack has written it (not in watch mode). */
class WpsPackagePlugin {
  /** @param {{ to: string, version: string, baseUrl: string, packageUrl?: string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tap("WpsPackagePlugin", (compilation) => {
      if (compilation.errors.length > 0) return;
      writeWpsPackage({ from: compiler.outputPath, ...this.options });
    });
  }
}

module.exports = {
  WPS_ADDIN_NAME,
  WpsFilesPlugin,
  WpsPackagePlugin,
  wpsFunctionsJson,
  wpsManifestXml,
  wpsRibbonXml,
  writeWpsPackage,
  packageFolder,
};
