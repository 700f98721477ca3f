import { DATASET_FORMAT } from "../../src/data/compiled";
import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { FUNCTION_TABLE } from "../../src/sheet/function-table";

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** GET over https, accepting the local self-signed certificate. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("npm start on a busy port", function () {
  this.timeout(60000);

  it("says so in Chinese and suggests another PORT, instead of a stack", async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(port, "localhost", done));
    try {
      const env = { ...process.env, PORT: String(port), LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
      const result = await new Promise<{ code: number | null; output: string }>((done) => {
        const child = spawn("npm", ["start"], { cwd: resolve(__dirname, "..", ".."), env });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", (code) => done({ code, output }));
      });
      expect(result.code).to.not.equal(0);
      expect(result.output).to.include(`错误：端口${port}已被占用：`);
      expect(result.output).to.include(`（设置 PORT=${port + 1} npm start）`);
      expect(result.output).to.not.include("EADDRINUSE");
    } finally {
      blocker.close();
    }
  });
});

describe("npm start", function () {
  this.timeout(180000);
  let child: ChildProcess | null = null;
  let output = "";

  after(() => {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
  });

  it("serves a sideloadable add-in over https on localhost, with sideloading instructions", async () => {
    const port = await freePort();
    child = spawn("npm", ["start"], {
      cwd: resolve(__dirname, "..", ".."),
      env: { ...process.env, PORT: String(port) },
      detached: true,
    });
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const base = `https://localhost:${port}`;
    let page: { status: number; body: string } | null = null;
    for (let attempt = 0; attempt < 150 && !page; attempt++) {
      await new Promise((r) => setTimeout(r, 1000));
      page = await get(`${base}/taskpane.html`).catch(() => null);
      if (page && page.status !== 200) page = null;
    }
    expect(page, output.slice(-2000)).to.not.equal(null);
    expect(page!.body).to.include("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const functions = await get(`${base}/functions.json`);
    expect((JSON.parse(functions.body) as { functions: unknown[] }).functions).to.have.length(FUNCTION_TABLE.length);
    // The dev server publishes the seeds too: the taskpane's default data address answers.
    const index = await get(`${base}/datasets/index.json`);
    expect((JSON.parse(index.body) as { format: number }).format).to.equal(DATASET_FORMAT);
    const manifest = await get(`${base}/manifest.xml`);
    expect(manifest.body).to.include("<Id>6f1b7a0e-2c4d-4f3e-9a51-7c2d8e3b9f10</Id>");
    expect(output).to.include("Upload My Add-in");
  });
});
