// @ts-check
/**
 * manifest.xml is written for development (https://localhost:3000/). The build copies it with every URL moved to
 * the deployment's base URL and <Version> set from package.json, so Excel's 24-hour metadata cache is busted by
 * every release.
 */
const DEV_URL = "https://localhost:3000/";

/** package.json's "1.2.3" → the manifest's four-part "1.2.3.0". @param {string} version */
function manifestVersion(version) {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) throw new Error(`bad package version ${version}`);
  return `${parts.join(".")}.0`;
}

/** Text as it may stand in an XML attribute value: `&` in a path must become `&amp;`. @param {string} text */
function xmlEscape(text) {
  return text.replace(/[&<>"']/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[ch]};`);
}

/** @param {string} xml @param {{ baseUrl: string, version: string }} options */
function rewriteManifest(xml, { baseUrl, version }) {
  return xml
    .split(DEV_URL)
    .join(xmlEscape(baseUrl))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The messages of the base-URL check, in both languages; the build shows the user's (build/locale.cjs). */
const BASE_URL_MESSAGES = {
  /** @param {string} example */
  missing: (example) => ({
    zh: `--env url 需要一个地址，例如 --env url=${example}`,
    en: `--env url needs an address, e.g. --env url=${example}`,
  }),
  /** @param {string} url */
  invalid: (url) => ({ zh: `--env url 不是有效的地址：“${url}”`, en: `--env url is not a valid URL: "${url}"` }),
  /** @param {string} url */
  insecure: (url) => ({
    zh: `--env url 须为 https:// 地址（http:// 只用于 localhost）：“${url}”`,
    en: `--env url must be an https:// address (http:// only for localhost): "${url}"`,
  }),
  /** @param {string} url */
  notABase: (url) => ({
    zh: `--env url 是放置文件的基础地址，不能带查询（?）、片段（#）或用户名密码：“${url}”`,
    en: `--env url is the base address of the files: no query (?), fragment (#) or credentials: "${url}"`,
  }),
  localhost: {
    zh: `警告：未给出 --env url，manifest.xml 中的地址指向 ${DEV_URL}，只能在本机调试；部署前请用 npm run build -- --env url=https://…/`,
    en: `Warning: no --env url given: manifest.xml points at ${DEV_URL}, usable only on this machine; to deploy, npm run build -- --env url=https://…/`,
  },
};

const EXAMPLE_URL = "https://intranet.example.gov.cn/plan-targets/";

/**
 * The deployment's base URL from `--env url=…`: a valid https URL (http only for localhost), without query,
 * fragment or credentials, ending in "/". `--env url` without a value arrives as `true`.
 * @param {unknown} value
 * @returns {{ ok: true, url: string } | { ok: false, message: { zh: string, en: string } }}
 */
function checkBaseUrl(value) {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: BASE_URL_MESSAGES.missing(EXAMPLE_URL) };
  }
  /** @type {URL} */
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: BASE_URL_MESSAGES.invalid(value) };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    return { ok: false, message: BASE_URL_MESSAGES.insecure(value) };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, message: BASE_URL_MESSAGES.notABase(value) };
  }
  return { ok: true, url: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

module.exports = { DEV_URL, BASE_URL_MESSAGES, checkBaseUrl, manifestVersion, rewriteManifest, xmlEscape };
