// `npm start`, first step: is the dev server's port free? webpack-dev-server would otherwise die with an
// EADDRINUSE stack. It listens on localhost, so every address localhost resolves to is tried, then released.
import { lookup } from "node:dns/promises";
import { createServer } from "node:net";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { environmentLocale } = require("../build/locale.cjs");

const locale = environmentLocale(process.env);
const text = {
  /** @param {number} port */
  busy: (port) => ({
    zh: `端口${port}已被占用：另一个程序（也许是另一个 npm start）正在使用它。请先关闭它，或换一个端口（设置 PORT=${port + 1} npm start）`,
    en: `Port ${port} is already in use: another program (perhaps another npm start) is using it. Stop it, or use another port (PORT=${port + 1} npm start)`,
  }),
  /** @param {number} port @param {string} code */
  unusable: (port, code) => ({
    zh: `端口${port}无法使用（${code}）；请换一个端口（设置 PORT=3001 npm start）`,
    en: `Port ${port} cannot be used (${code}); use another port (PORT=3001 npm start)`,
  }),
  /** @param {string} value */
  badPort: (value) => ({
    zh: `PORT 应为 1–65535 的整数，收到“${value}”`,
    en: `PORT must be a whole number from 1 to 65535, got "${value}"`,
  }),
};

/** @param {{ zh: string, en: string }} message */
function fail(message) {
  console.error(`${locale === "zh" ? "错误：" : "Error: "}${message[locale]}`);
  process.exit(1);
}

/** Resolves null when `port` can be listened on at `host`, else the error code. @param {number} port @param {string} host */
function tryListen(port, host) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (/** @type {NodeJS.ErrnoException} */ error) => resolve(error.code ?? "EIO"));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

const value = process.env.PORT ?? "3000";
const port = Number(value);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(text.badPort(value));

const addresses = await lookup("localhost", { all: true }).catch(() => [{ address: "127.0.0.1" }]);
for (const { address } of addresses) {
  const code = await tryListen(port, address);
  if (code === "EADDRINUSE") fail(text.busy(port));
  // An address family the machine does not have (no IPv6) is not the port's fault.
  if (code !== null && code !== "EADDRNOTAVAIL" && code !== "EAFNOSUPPORT") fail(text.unusable(port, code));
}
