import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { environmentLocale as cliLocale } from "../../src/cli/locale";
import buildLocale = require("../../build/locale.cjs");
import manifestBuild = require("../../build/manifest.cjs");

const ROOT = resolve(__dirname, "..", "..");
const { checkBaseUrl, BASE_URL_MESSAGES, DEV_URL } = manifestBuild;
const chinese = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };

describe("build: the language of build and npm start messages", () => {
  it("follows the CLI's rule (build/locale.cjs is plain JavaScript: it must agree with src/cli/locale.ts)", () => {
    const envs: Array<Record<string, string | undefined>> = [
      {},
      { LANG: "C" },
      { LANG: "C.UTF-8" },
      { LANG: "POSIX" },
      { LANG: "zh_CN.UTF-8" },
      { LANG: "zh_TW.Big5" },
      { LANG: "en_US.UTF-8" },
      { LANG: "de_DE@euro" },
      { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" },
      { LANG: "zh_CN.UTF-8", LC_MESSAGES: "en_GB" },
      { LANG: "zh_CN.UTF-8", LC_ALL: "" },
      { LC_ALL: "  " },
    ];
    for (const env of envs) expect(buildLocale.environmentLocale(env), JSON.stringify(env)).to.equal(cliLocale(env));
    expect(buildLocale.environmentLocale({ LANG: "en_US.UTF-8" })).to.equal("en");
  });
});

describe("build: --env url", () => {
  it("takes an https base URL and ends it with /", () => {
    expect(checkBaseUrl("https://intranet.example.gov.cn/plan-targets")).to.deep.equal({
      ok: true,
      url: "https://intranet.example.gov.cn/plan-targets/",
    });
    expect(checkBaseUrl("http://localhost:8080/")).to.deep.equal({ ok: true, url: "http://localhost:8080/" });
  });

  it("refuses a missing, invalid, plain-http or non-base URL, in both languages", () => {
    const refused = (value: unknown): { zh: string; en: string } => {
      const checked = checkBaseUrl(value);
      if (checked.ok) throw new Error(`accepted ${String(value)}`);
      return checked.message;
    };
    expect(refused(true).zh).to.include("--env url 需要一个地址");
    expect(refused("intranet/plan-targets").zh).to.equal("--env url 不是有效的地址：“intranet/plan-targets”");
    expect(refused("http://intranet.example.gov.cn/").zh).to.include("须为 https:// 地址");
    expect(refused("ftp://intranet.example.gov.cn/").en).to.include("must be an https:// address");
    expect(refused("https://intranet.example.gov.cn/?v=1").zh).to.include("不能带查询");
    expect(refused("https://user:secret@intranet.example.gov.cn/").zh).to.include("用户名密码");
  });

  it("warns in a production build without --env url that the manifest points at localhost", () => {
    // The webpack configuration as webpack-cli calls it, in a process of its own.
    const configure = (env: string, mode: string): string => {
      const script = `require("./webpack.config.js")(${env}, { mode: "${mode}" })`;
      const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: chinese });
      expect(result.status, result.stderr).to.equal(0);
      return result.stderr;
    };
    expect(configure("{}", "production").trim()).to.equal(BASE_URL_MESSAGES.localhost.zh);
    expect(BASE_URL_MESSAGES.localhost.zh).to.include(`manifest.xml 中的地址指向 ${DEV_URL}`);
    expect(configure('{ url: "https://intranet.example.gov.cn/plan-targets/" }', "production")).to.equal("");
    expect(configure("{}", "development")).to.equal("");
  });

  it("stops the build with the message alone, exit 2, for a bad URL", function () {
    this.timeout(60000);
    const webpack = resolve(ROOT, "node_modules", ".bin", "webpack");
    const result = spawnSync(webpack, ["--mode", "production", "--env", "url=http://intranet.example.gov.cn/"], {
      cwd: ROOT,
      encoding: "utf8",
      env: chinese,
    });
    expect(result.status).to.equal(2);
    expect(result.stderr.trim()).to.equal(
      "错误：--env url 须为 https:// 地址（http:// 只用于 localhost）：“http://intranet.example.gov.cn/”",
    );
  });
});
