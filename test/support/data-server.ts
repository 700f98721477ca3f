/**
 * A real web server on 127.0.0.1 for the refresh tests: it serves a published dataset from memory under a prefix
 * (and, for the browser tests, the built add-in from a folder), and produces each fault on demand — a status, a
 * connection reset (the server going away mid-request), a request that never gets an answer, a body cut short.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { extname, join, normalize } from "node:path";
import { INDEX_FILE } from "../../src/data/compiled";
import type { PublishedDataset } from "../../src/data/publish";

export type Fault =
  | { readonly kind: "status"; readonly status: number }
  /** The connection is dropped without an answer: to the client, the server went away. */
  | { readonly kind: "reset" }
  /** No answer at all until the server closes (a timeout); the request is recorded in `hanging`. */
  | { readonly kind: "hang" }
  /** Headers promise the whole file, the body stops after `bytes` and the connection closes. */
  | { readonly kind: "cut"; readonly bytes: number }
  /** The body is replaced by these bytes (Content-Length matches them), sent as `type` or by the file's extension. */
  | { readonly kind: "body"; readonly body: string | Buffer; readonly type?: string };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

export class DataServer {
  readonly requests: string[] = [];
  readonly hanging: ServerResponse[] = [];
  private files = new Map<string, Buffer>();
  private readonly faults = new Map<string, Fault>();
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  origin = "";

  /** `prefix` ("/datasets/") is where the dataset lives; `root` (optional) serves every other path from disk. */
  constructor(
    readonly prefix: string,
    private readonly root: string | null = null,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.answer(req, res));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((done) => this.server!.listen(0, "127.0.0.1", done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The address of the dataset's index.json. */
  get indexUrl(): string {
    return `${this.origin}${this.prefix}${INDEX_FILE}`;
  }

  /** Serves this published dataset (index.json and every file) from now on, and nothing else; faults are cleared. */
  publish(published: PublishedDataset, indexText = `${JSON.stringify(published.index, null, 2)}\n`): void {
    this.files = new Map();
    this.copyOver(published, indexText);
  }

  /**
   * A data release as the README says to make one: the new files copied into the folder over the old ones, so the
   * files of earlier releases (named by content) stay beside the new index.json; faults are cleared.
   */
  copyOver(published: PublishedDataset, indexText = `${JSON.stringify(published.index, null, 2)}\n`): void {
    this.files.set(INDEX_FILE, Buffer.from(indexText));
    for (const [path, text] of Object.entries(published.files)) this.files.set(path, Buffer.from(text));
    this.faults.clear();
  }

  /** Makes `file` (relative to the prefix, as published) fail this way until cleared (null). */
  fault(file: string, fault: Fault | null): void {
    if (fault) this.faults.set(file, fault);
    else this.faults.delete(file);
  }

  /** Answers every hanging request with a 503 (so nothing stays open). */
  release(): void {
    for (const res of this.hanging.splice(0)) if (!res.writableEnded) res.writeHead(503).end();
  }

  async close(): Promise<void> {
    this.release();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    this.requests.push(path);
    if (path.startsWith(this.prefix)) {
      const file = path.slice(this.prefix.length);
      const body = this.files.get(file);
      const fault = this.faults.get(file);
      if (fault) return this.fail(fault, res, body ?? Buffer.alloc(0), file);
      if (!body) return void res.writeHead(404).end("not found");
      return this.send(res, body, file);
    }
    if (this.root) {
      const local = normalize(join(this.root, path === "/" ? "taskpane.html" : path));
      if (local.startsWith(this.root) && existsSync(local) && statSync(local).isFile()) {
        return this.send(res, readFileSync(local), local);
      }
    }
    res.writeHead(404).end("not found");
  }

  private send(res: ServerResponse, body: Buffer, name: string, type?: string): void {
    res.writeHead(200, {
      "content-type": type ?? TYPES[extname(name)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-store",
    });
    res.end(body);
  }

  private fail(fault: Fault, res: ServerResponse, body: Buffer, file: string): void {
    switch (fault.kind) {
      case "status":
        return void res.writeHead(fault.status).end(`status ${fault.status}`);
      case "reset":
        return void res.socket?.destroy();
      case "hang":
        this.hanging.push(res);
        return;
      case "cut":
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "", "content-length": body.length });
        res.write(body.subarray(0, fault.bytes));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      case "body":
        return this.send(res, Buffer.from(fault.body), file, fault.type);
    }
  }
}
