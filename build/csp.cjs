// @ts-check
/**
 * The data address the build bakes into taskpane.html: the default index.json the taskpane refreshes from, and the
 * origin the page's Content-Security-Policy `connect-src` allows beside the add-in's own ('self').
 *
 *   npm run build                                                        # datasets/index.json on the add-in's origin
 *   npm run build -- --env dataUrl=https://data.example.gov.cn/plan-targets/datasets/index.json
 */
const DEFAULT_DATA_URL = "datasets/index.json";
const LOCAL = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * @param {string | undefined} dataUrl
 * @returns {{ dataUrl: string, connectSrc: string }} the default address and what connect-src adds to 'self'
 */
function dataPolicy(dataUrl) {
  if (dataUrl === undefined || dataUrl === "") return { dataUrl: DEFAULT_DATA_URL, connectSrc: "" };
  let url;
  try {
    url = new URL(dataUrl);
  } catch {
    throw new Error(`--env dataUrl=${dataUrl}: 需要完整的地址，如 https://data.example.gov.cn/plan-targets/index.json`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL.has(url.hostname))) {
    throw new Error(`--env dataUrl=${dataUrl}: 数据地址须使用 https（只有 localhost 和 127.0.0.1 可用 http）`);
  }
  return { dataUrl: url.href, connectSrc: url.origin };
}

module.exports = { dataPolicy, DEFAULT_DATA_URL };
