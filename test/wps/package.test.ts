import { expect } from "chai";
import { path7za } from "7zip-bin";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import wpsBuild = require("../../build/wps.cjs");

describe("WPS 表格: the offline package (build/wps.cjs)", () => {
  let root = "";
  before(() => {
    root = mkdtempSync(join(tmpdir(), "plan-targets-wps-package-"));
    mkdirSync(join(root, "built", "datasets"), { recursive: true });
    writeFileSync(join(root, "built", "index.html"), "<!doctype html>");
    writeFileSync(join(root, "built", "datasets", "index.json"), "{}");
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("puts the built folder as plan-targets_<version>/ in the .7z and points jsplugins.xml and oem.ini at it", () => {
    const to = join(root, "package");
    const archive = wpsBuild.writeWpsPackage({
      from: join(root, "built"),
      to,
      version: "1.2.3",
      baseUrl: "https://intranet.example.gov.cn/plan-targets/wps/",
      packageUrl: "file:///D:/wps-addons/plan-targets_1.2.3.7z",
    });
    expect(archive).to.equal(join(to, "plan-targets_1.2.3.7z"));
    chmodSync(path7za, 0o755);
    const listing = spawnSync(path7za, ["l", "-slt", archive], { encoding: "utf8" });
    const paths = [...listing.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]!).slice(1);
    expect(paths.sort()).to.deep.equal([
      "plan-targets_1.2.3",
      "plan-targets_1.2.3/datasets",
      "plan-targets_1.2.3/datasets/index.json",
      "plan-targets_1.2.3/index.html",
    ]);
    expect(readFileSync(join(to, "jsplugins.xml"), "utf8")).to.include(
      '<jsplugin name="plan-targets" type="et" version="1.2.3" url="file:///D:/wps-addons/plan-targets_1.2.3.7z" enable="true"/>',
    );
    expect(readFileSync(join(to, "oem.ini"), "utf8").split("\r\n")).to.include.members([
      "[Support]",
      "JsApiPlugin=true",
      "[Server]",
      "JSPluginsServer=file:///D:/wps-addons/jsplugins.xml",
    ]);
    expect(readFileSync(join(to, "publish.xml"), "utf8")).to.include(
      'url="https://intranet.example.gov.cn/plan-targets/wps/"',
    );
  });
});
