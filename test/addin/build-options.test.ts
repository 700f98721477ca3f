import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack, { type Stats } from "webpack";
import { environmentLocale as cliLocale } from "../../src/cli/locale";
import buildLocale = require("../../build/locale.cjs");
import manifestBuild = require("../../build/manifest.cjs");
import datasetsBuild = require("../../build/datasets.cjs");

const { DatasetsPlugin, SNAPSHOT_MODULE } = datasetsBuild;

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

describe("build: --env seeds, and a seed that does not verify", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "plan-targets-bad-seeds-"));
    cpSync(resolve(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const plan = join(dir, "seeds", "plans", "000.json");
    const content = JSON.parse(readFileSync(plan, "utf8")) as { records: Array<{ quote: string }> };
    content.records[0]!.quote = "这句话不在文档里";
    writeFileSync(plan, JSON.stringify(content));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("publishes the folder --env seeds names", () => {
    // The webpack configuration as webpack-cli calls it, in a process of its own.
    const script = [
      `const config = require("./webpack.config.js")({ seeds: ${JSON.stringify(join(dir, "seeds"))} }, { mode: "development" });`,
      `const plugin = config.plugins.find((p) => p.constructor.name === "DatasetsPlugin");`,
      `process.stdout.write(plugin.seedsDir);`,
    ].join("\n");
    const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: chinese });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.equal(join(dir, "seeds"));
  });

  it("fails with the Chinese issue list as the build's first error, no webpack stack before it, nothing emitted", async function () {
    this.timeout(120_000);
    writeFileSync(
      join(dir, "entry.js"),
      `import snapshot from "virtual:${SNAPSHOT_MODULE}";\nconsole.log(snapshot);\n`,
    );
    const out = join(dir, "out");
    const compiler = webpack({
      mode: "production",
      context: dir,
      entry: "./entry.js",
      output: { path: out },
      plugins: [new DatasetsPlugin({ seedsDir: join(dir, "seeds") })],
    });
    const stats = await new Promise<Stats>((done, fail) =>
      compiler.run((error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result))),
    );
    await new Promise((done) => compiler.close(done));
    expect(stats.hasErrors()).to.equal(true);
    const printed = stats.toString({ colors: false });
    const errorsAt = printed.indexOf("ERROR in ");
    expect(printed.slice(errorsAt)).to.match(
      /^ERROR in 数据校验未通过（1 处问题），未发布：\n000\.json，记录 000-L\d+-\d+，字段 quote：引文不在第\d+行原文中：“这句话不在文档里”/,
    );
    expect(printed.slice(0, errorsAt + 200), "no stack before or in it").to.not.match(/^\s+at /m);
    expect(stats.compilation.errors).to.have.length(1);
    expect(existsSync(join(out, "main.js")), "no bundle without data").to.equal(false);
  });
});
