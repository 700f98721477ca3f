import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { builtAddin, TEST_BASE_URL } from "../support/build";
import { ensureDebianCommand } from "../support/system";

import manifestBuild = require("../../build/manifest.cjs");

const { manifestVersion, rewriteManifest } = manifestBuild;

const ROOT = resolve(__dirname, "..", "..");
const SCHEMA = join(ROOT, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

function validate(path: string): { status: number | null; output: string } {
  const xmllint = ensureDebianCommand("xmllint", "libxml2-utils");
  const result = spawnSync(xmllint, ["--noout", "--nonet", "--schema", SCHEMA, path], { encoding: "utf8" });
  return { status: result.status, output: result.stderr + result.stdout };
}

describe("manifest.xml", function () {
  this.timeout(120000);

  it("validates against the official add-in manifest schemas (offline, xmllint)", () => {
    const { status, output } = validate(join(ROOT, "manifest.xml"));
    expect(status, output).to.equal(0);
  });

  it("fails validation when broken (the check can fail)", () => {
    const broken = join(tmpdir(), "plan-targets-broken-manifest.xml");
    writeFileSync(
      broken,
      source.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    );
    expect(validate(broken).status).to.not.equal(0);
  });

  it("names a defined resource in every resid", () => {
    const defined = new Set([...source.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).to.be.greaterThan(10);
    for (const id of used) expect(defined.has(id), id).to.equal(true);
  });

  it("is a shared-runtime add-in with the PLAN namespace, a Home-tab button, minimal permissions and zh-CN overrides", () => {
    expect(source).to.include('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(source).to.match(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(source).to.include('<bt:String id="Functions.Namespace" DefaultValue="PLAN"/>');
    expect(source).to.include('<OfficeTab id="TabHome">');
    expect(source).to.include("<Permissions>ReadWriteDocument</Permissions>");
    expect(source).to.include('<Override Locale="zh-CN" Value="规划目标"/>');
    expect(source).to.include('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>');
  });

  it("carries package.json's version", () => {
    expect(source).to.include(`<Version>${manifestVersion(version)}</Version>`);
  });

  it("stays valid XML with a base URL holding & and ' (escaped into the attributes)", () => {
    const base = "https://intranet.example.gov.cn/a&b'c/";
    const rewritten = rewriteManifest(source, { baseUrl: base, version });
    expect(rewritten).to.include('DefaultValue="https://intranet.example.gov.cn/a&amp;b&apos;c/taskpane.html"');
    const path = join(tmpdir(), "plan-targets-escaped-manifest.xml");
    writeFileSync(path, rewritten);
    const { status, output } = validate(path);
    expect(status, output).to.equal(0);
    // Unescaped, the same URL breaks the XML: the check can fail.
    writeFileSync(path, source.split("https://localhost:3000/").join(base));
    expect(validate(path).status).to.not.equal(0);
  });
});

describe("the production build", function () {
  this.timeout(180000);
  let dist = "";
  before(async () => {
    dist = await builtAddin();
  });

  it("rewrites every manifest URL to the base URL, and each points at a file the build produced", () => {
    const built = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(built).to.not.include("localhost");
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).to.be.greaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(TEST_BASE_URL), url).to.equal(true);
      const file = url.slice(TEST_BASE_URL.length).split("?")[0]!;
      expect(existsSync(join(dist, file)), `${file} is not in the build`).to.equal(true);
    }
    const { status, output } = validate(join(dist, "manifest.xml"));
    expect(status, output).to.equal(0);
  });

  it("emits functions.json equal to the golden file, and its zh-CN twin", () => {
    const golden = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, "test", "golden", name), "utf8"));
    expect(JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"))).to.deep.equal(golden("functions.json"));
    expect(JSON.parse(readFileSync(join(dist, "functions.zh-CN.json"), "utf8"))).to.deep.equal(
      golden("functions.zh-CN.json"),
    );
  });

  it("makes the 16, 32, 64 and 80 px icons", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(dist, `icon-${size}.png`));
      expect(png.readUInt32BE(16), `icon-${size}`).to.equal(size);
    }
  });

  it("loads office.js from Microsoft's CDN in the product page", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(html).to.match(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?[ >]/);
    expect(html).to.match(/Content-Security-Policy/);
  });
});
