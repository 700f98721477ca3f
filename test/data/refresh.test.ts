/**
 * Refreshing from a real web server on 127.0.0.1 (Node's fetch and Web Crypto, as in the browser): v1 → v2 with one
 * changed figure downloads only that plan and shows 350 → 360 with its citation; each fault gives its Chinese
 * message and builds nothing.
 */
import { expect } from "chai";
import { createServer } from "node:net";
import { type DataFaultCode } from "../../src/core/errors";
import { citation, formatValue } from "../../src/core/present";
import { diffCatalogs } from "../../src/data/diff";
import {
  checkForUpdate,
  fetchUpdate,
  firstDifference,
  sameJson,
  type FetchOptions,
  type Outcome,
} from "../../src/data/refresh";
import type { PublishedDataset } from "../../src/data/publish";
import { DataServer } from "../support/data-server";
import { logicalPath, pathIn, shardFileOf, republish, withRareEarth360 } from "../support/datasets";
import { compiledSeeds } from "../support/seeds";

async function refresh(server: DataServer, options: FetchOptions = {}): Promise<Outcome<{ downloaded: string[] }>> {
  const { snapshot } = compiledSeeds();
  const checked = await checkForUpdate(server.indexUrl, snapshot.index, options);
  if (!checked.ok) return checked;
  const update = await fetchUpdate(checked.value, snapshot, options);
  return update.ok ? { ok: true, value: { downloaded: [...update.value.downloaded] } } : update;
}

function faultOf(outcome: Outcome<unknown>): { code: DataFaultCode; zh: string } {
  if (outcome.ok) throw new Error("expected a fault, got success");
  return { code: outcome.fault.code, zh: outcome.fault.message.zh };
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

describe("refresh from a web server (format 3, sharded)", function () {
  this.timeout(30_000);
  let server: DataServer;
  let v1: PublishedDataset;
  let v2: PublishedDataset;

  before(async () => {
    server = await new DataServer("/datasets/").start();
    v1 = compiledSeeds().published;
    v2 = withRareEarth360(v1);
  });
  after(() => server.close());
  beforeEach(() => server.publish(v2));

  it("finds the one changed plan, downloads only it, verifies it and builds the new catalogue aside", async () => {
    const { snapshot, catalog } = compiledSeeds();
    const checked = await checkForUpdate(server.indexUrl, snapshot.index);
    if (!checked.ok) throw new Error(checked.fault.message.zh);
    expect(checked.value.current).to.equal(false);
    expect(checked.value.changed).to.deep.equal(["内蒙古自治区"]);
    expect(checked.value.added).to.deep.equal([]);
    expect(checked.value.removed).to.deep.equal([]);
    server.requests.length = 0;
    const update = await fetchUpdate(checked.value, snapshot);
    if (!update.ok) throw new Error(update.fault.message.zh);
    // The changed plan and its document (its quotes are checked on their lines), named by content.
    const changed = [shardFileOf(v2, "000"), pathIn(v2, "documents/000_7fb2c2560672e87d.txt")];
    expect(changed[0]).to.match(/^shards\/150000\.[0-9a-f]{16}\.json$/);
    expect(update.value.downloaded).to.deep.equal(changed);
    expect(server.requests).to.deep.equal(changed.map((file) => `/datasets/${file}`));
    expect(Object.keys(update.value.snapshot.documents ?? {})).to.deep.equal([changed[1]]);
    const answer = update.value.catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 });
    expect(answer.ok && answer.value.entry.record.value).to.equal(360);
    expect(catalog.target({ region: "内蒙古", sector: "稀土新材料", metric: "产值", year: 2025 }).ok).to.equal(true);
    const diff = diffCatalogs(catalog, update.value.catalog);
    expect(diff.changed.map((c) => c.after.id)).to.deep.equal(["000"]);
    const [figure] = diff.changed[0]!.figures;
    expect(diff.changed[0]!.figures).to.have.length(1);
    expect(`${formatValue(figure!.before)} → ${formatValue(figure!.after)}`).to.equal("350亿元 → 360亿元");
    expect(citation(figure!.after)).to.equal("000_7fb2c2560672e87d.txt 第17行：“稀土新材料产值达到360亿元”");
    expect(update.value.dataset.version).to.equal(v2.index.version).and.not.equal(v1.index.version);
  });

  it("says the data is current when the server offers the version in use", async () => {
    server.publish(v1);
    const checked = await checkForUpdate(server.indexUrl, compiledSeeds().snapshot.index);
    expect(checked.ok && checked.value.current).to.equal(true);
  });

  it("network down: the server is gone", async () => {
    const url = `http://127.0.0.1:${await freePort()}/datasets/index.json`;
    const outcome = await checkForUpdate(url, compiledSeeds().snapshot.index);
    expect(faultOf(outcome)).to.deep.equal({
      code: "NETWORK",
      zh: `无法连接数据服务器：${url}（网络中断或服务器未运行）`,
    });
  });

  it("network down: the connection drops mid-request", async () => {
    server.fault(shardFileOf(v2, "000"), { kind: "reset" });
    expect(faultOf(await refresh(server)).code).to.be.oneOf(["NETWORK", "TRUNCATED"]);
  });

  it("timeout: a server that never answers", async () => {
    server.fault("index.json", { kind: "hang" });
    const outcome = await refresh(server, { timeoutMs: 300 });
    server.release();
    expect(faultOf(outcome)).to.deep.equal({
      code: "TIMEOUT",
      zh: `数据服务器 0.3 秒内没有响应：${server.indexUrl}`,
    });
  });

  it("404: no index.json at that address", async () => {
    server.fault("index.json", { kind: "status", status: 404 });
    expect(faultOf(await refresh(server))).to.deep.equal({ code: "NOT_FOUND", zh: "服务器上没有 index.json（404）" });
  });

  it("another failing status", async () => {
    server.fault("index.json", { kind: "status", status: 500 });
    expect(faultOf(await refresh(server)).zh).to.equal("下载 index.json 失败：服务器返回 500");
  });

  it("invalid JSON in index.json", async () => {
    server.publish(v2, '{"format": 1, "plans": [');
    const fault = faultOf(await refresh(server));
    expect(fault.code).to.equal("NOT_JSON");
    expect(fault.zh).to.match(/^index\.json 不是有效的 JSON：/);
  });

  it("an index of another format, or with a field missing", async () => {
    server.publish(v2, JSON.stringify({ ...v2.index, format: 4 }));
    expect(faultOf(await refresh(server)).zh).to.equal("数据集格式 4 不受支持（本插件读取格式 3），请更新插件");
    const { shards: _shards, ...noShards } = v2.index;
    server.publish(v2, JSON.stringify(noShards));
    expect(faultOf(await refresh(server)).zh).to.equal("index.json 不是本插件认识的数据集索引：字段 shards 缺少或无效");
  });

  it("invalid JSON in a plan file whose sha256 matches (a broken publisher)", async () => {
    server.publish(
      republish(v1, {
        generated: "2026-12-02T00:00:00Z",
        raw: { [logicalPath(shardFileOf(v1, "002"))]: '{"id": "002",' },
      }),
    );
    const fault = faultOf(await refresh(server));
    expect(fault.code).to.equal("NOT_JSON");
    expect(fault.zh).to.match(/^shards\/340000\.[0-9a-f]{16}\.json 不是有效的 JSON：/);
  });

  it("a plan file failing the schema, named by file, record and field", async () => {
    const broken = republish(v1, {
      generated: "2026-12-02T00:00:00Z",
      plans: { "002": (plan) => (plan.records[0]!.kind = "wish") },
    });
    server.publish(broken);
    const fault = faultOf(await refresh(server));
    expect(fault.code).to.equal("INVALID_DATA");
    expect(fault.zh).to.match(
      /^新数据未通过校验（1 处问题），例如：shards\/340000\.[0-9a-f]{16}\.json，记录 002-L17-1，字段 kind：无效选项/,
    );
  });

  it("a plan whose quote no longer shows its value, and a dangling link", async () => {
    server.publish(
      republish(v1, {
        generated: "2026-12-02T00:00:00Z",
        plans: {
          "002": (plan) => (plan.records[0]!.value = 601),
          "003": (plan) => (plan.records[0]!.sameAs = ["999-L1-1"]),
        },
      }),
    );
    const fault = faultOf(await refresh(server));
    expect(fault.zh).to.match(
      /^新数据未通过校验（2 处问题），例如：shards\/340000\.[0-9a-f]{16}\.json，记录 002-L17-1，字段 value：引文不含数值文字“601”$/,
    );
  });

  it("a plan file missing the defaults the build writes", async () => {
    server.publish(
      republish(v1, {
        generated: "2026-12-02T00:00:00Z",
        plans: { "002": (plan) => delete plan.records[0]!.subRegion },
      }),
    );
    const fault = faultOf(await refresh(server));
    expect(fault.zh).to.match(
      /shards\/340000\.[0-9a-f]{16}\.json：文件不是构建生成的完整格式（records\.0\.subRegion 与默认值补全后不同）/,
    );
  });

  it("a quote not on its document's line, though every sha256 is right: refused, naming plan, record and line", async () => {
    const moved = republish(v1, {
      generated: "2026-12-02T00:00:00Z",
      plans: {
        "000": (plan) => {
          const record = plan.records.find((r) => r.id === "000-L17-7")!;
          record.value = 360;
          record.quote = "稀土新材料产业产值达到360亿元";
        },
      },
    });
    server.publish(moved);
    const fault = faultOf(await refresh(server));
    expect(fault.code).to.equal("INVALID_DATA");
    expect(fault.zh).to.equal(
      `新数据未通过校验（1 处问题），例如：${shardFileOf(moved, "000")}，记录 000-L17-7，字段 quote：引文不在第17行原文中：“稀土新材料产业产值达到360亿元”`,
    );
  });

  it("a document changed under an unchanged plan file: the plan counts as changed and its quotes are checked", async () => {
    const edited = republish(v1, {
      generated: "2026-12-02T00:00:00Z",
      documents: {
        "000_7fb2c2560672e87d.txt": (text) => text.replace("稀土新材料产值达到350亿元", "稀土新材料产值达到380亿元"),
      },
    });
    server.publish(edited);
    const checked = await checkForUpdate(server.indexUrl, compiledSeeds().snapshot.index);
    expect(checked.ok && checked.value.changed).to.deep.equal(["内蒙古自治区"]);
    const fault = faultOf(await refresh(server));
    expect(fault.zh).to.match(
      /^新数据未通过校验（\d+ 处问题），例如：.*记录 000-L17-7，字段 quote：引文不在第17行原文中/,
    );
  });

  it("a document that fails its sha256 is named, and nothing is built", async () => {
    const file = pathIn(v2, "documents/000_7fb2c2560672e87d.txt");
    server.fault(file, { kind: "body", body: v2.files[file]!.replace("360亿元", "370亿元") });
    expect(faultOf(await refresh(server))).to.deep.equal({
      code: "HASH_MISMATCH",
      zh: `${file} 的 sha256 校验不符（文件已损坏或被改动）`,
    });
  });

  it("a web page served for index.json (a login or error page) is said to be one, not a JSON error", async () => {
    const page = "<!DOCTYPE html><html><head><title>统一身份认证</title></head><body>请登录</body></html>";
    const webPage = `服务器返回的是网页（可能是登录页或错误页），不是数据索引：${server.indexUrl}。请确认地址指向 index.json，且无需登录即可读取`;
    server.fault("index.json", { kind: "body", body: `\ufeff\n  ${page}` });
    expect(faultOf(await refresh(server))).to.deep.equal({ code: "INDEX_IS_WEB_PAGE", zh: webPage });
    server.fault("index.json", { kind: "body", body: "请先登录", type: "text/html; charset=utf-8" });
    expect(faultOf(await refresh(server))).to.deep.equal({ code: "INDEX_IS_WEB_PAGE", zh: webPage });
  });

  it("a web page served in place of a data file is said to be one", async () => {
    const file = shardFileOf(v2, "000");
    server.fault(file, { kind: "body", body: "<html><body>404 页面不存在</body></html>", type: "text/html" });
    expect(faultOf(await refresh(server))).to.deep.equal({
      code: "FILE_IS_WEB_PAGE",
      zh: `服务器返回的是网页（可能是登录页或错误页），不是数据文件 ${file}：${server.origin}/datasets/${file}`,
    });
  });

  it("a failed request to another origin names a missing CORS header as one possible cause", async () => {
    const url = `http://127.0.0.1:${await freePort()}/datasets/index.json`;
    const outcome = await checkForUpdate(url, compiledSeeds().snapshot.index, {
      pageOrigin: "https://addin.example.gov.cn",
    });
    expect(faultOf(outcome)).to.deep.equal({
      code: "NETWORK_OR_CORS",
      zh: `无法读取 ${url}。可能的原因：服务器未运行或网络中断；或服务器没有发送 CORS 响应头 Access-Control-Allow-Origin（须允许本插件的来源 https://addin.example.gov.cn）`,
    });
    const sameOrigin = await checkForUpdate(url, compiledSeeds().snapshot.index, { pageOrigin: new URL(url).origin });
    expect(faultOf(sameOrigin).code, "no CORS on the add-in's own origin").to.equal("NETWORK");
  });

  it("data on the server older than the data in use is not an update", async () => {
    const older = republish(v1, {
      generated: "2026-11-01T00:00:00.000Z",
      plans: { "002": (plan) => (plan.records[0]!.note = "旧版说明") },
    });
    server.publish(older);
    const checked = await checkForUpdate(server.indexUrl, compiledSeeds().snapshot.index);
    if (!checked.ok) throw new Error(checked.fault.message.zh);
    expect(checked.value).to.include({ current: false, older: true });
    expect(checked.value.inUse).to.deep.equal({ version: v1.index.version, generated: v1.index.generated });
    server.publish(v2);
    const newer = await checkForUpdate(server.indexUrl, compiledSeeds().snapshot.index);
    expect(newer.ok && newer.value.older).to.equal(false);
  });

  it("sha256 mismatch: a plan file changed after publishing (same size)", async () => {
    const file = shardFileOf(v2, "000");
    server.fault(file, { kind: "body", body: v2.files[file]!.replace("360", "370") });
    expect(faultOf(await refresh(server))).to.deep.equal({
      code: "HASH_MISMATCH",
      zh: `${file} 的 sha256 校验不符（文件已损坏或被改动）`,
    });
  });

  it("a truncated download: the body stops short", async () => {
    const file = shardFileOf(v2, "000");
    const bytes = Buffer.byteLength(v2.files[file]!);
    server.fault(file, { kind: "cut", bytes: 1000 });
    expect(faultOf(await refresh(server))).to.deep.equal({
      code: "TRUNCATED",
      zh: `${file} 下载不完整：应为 ${bytes} 字节，只收到 1000 字节`,
    });
  });

  it("a truncated file served whole (shorter than index.json says)", async () => {
    const file = shardFileOf(v2, "000");
    server.fault(file, { kind: "body", body: v2.files[file]!.slice(0, 500) });
    expect(faultOf(await refresh(server)).code).to.equal("TRUNCATED");
  });

  it("a file over the size limit, refused while streaming and by its Content-Length", async () => {
    const big = "x".repeat(6 * 1024 * 1024);
    const document = "documents/000_7fb2c2560672e87d.txt";
    const huge = republish(v1, { generated: "2026-12-02T00:00:00Z", raw: { [document]: big } });
    server.publish(huge);
    expect(faultOf(await refresh(server))).to.deep.equal({
      code: "TOO_LARGE",
      zh: `${pathIn(huge, document)} 超过大小上限 5 MB，已拒绝`,
    });
    server.publish(v2);
    const small = await refresh(server, { limits: { index: 1024 * 1024, shard: 4096, file: 5 * 1024 * 1024 } });
    expect(faultOf(small).zh).to.equal(`${shardFileOf(v2, "000")} 超过大小上限 4 KB，已拒绝`);
  });

  it("an index.json over its own limit", async () => {
    server.publish(v2, `${JSON.stringify(v2.index)}${" ".repeat(1024 * 1024)}`);
    expect(faultOf(await refresh(server)).zh).to.equal("index.json 超过大小上限 1 MB，已拒绝");
  });

  it("a plan file listed in index.json but missing on the server", async () => {
    const file = shardFileOf(v2, "000");
    server.fault(file, { kind: "status", status: 404 });
    expect(faultOf(await refresh(server))).to.deep.equal({ code: "NOT_FOUND", zh: `服务器上没有 ${file}（404）` });
  });

  it("a cancelled refresh (the pane going away) stops and says so", async () => {
    server.fault(shardFileOf(v2, "000"), { kind: "hang" });
    const controller = new AbortController();
    const pending = refresh(server, { signal: controller.signal });
    while (server.hanging.length === 0) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const fault = faultOf(await pending);
    server.release();
    expect(fault).to.deep.equal({ code: "CANCELLED", zh: "数据更新已取消，未做任何更改" });
  });

  it("compares JSON values key by key (the compiled-form check can fail)", () => {
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).to.equal(null);
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }] })).to.equal("b.1.c");
    expect(firstDifference({ a: null }, {})).to.equal("a");
    // The allocation-free check agrees with it on every case.
    const cases: Array<[unknown, unknown]> = [
      [
        { a: 1, b: [1, { c: 2 }] },
        { b: [1, { c: 2 }], a: 1 },
      ],
      [
        { a: 1, b: [1, { c: 2 }] },
        { a: 1, b: [1, { c: 3 }] },
      ],
      [{ a: null }, {}],
      [
        [1, 2],
        [1, 2, 3],
      ],
      [[], {}],
      ["x", "x"],
    ];
    for (const [a, b] of cases) expect(sameJson(a, b), JSON.stringify([a, b])).to.equal(firstDifference(a, b) === null);
  });
});
