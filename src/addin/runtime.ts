/**
 * The shared runtime's one live catalogue, for the custom functions and the taskpane (they run in one page).
 * It starts from the compiled snapshot embedded at build time (no documents, no schema validation: a cheap
 * integrity check only) and is installed where the functions read it. Then, asynchronously, a stored dataset that
 * is intact and newer replaces it, the user's own plans are laid over it, and the workbook is recalculated;
 * refreshes and imports from the taskpane go the same way.
 */
import embedded from "virtual:plan-targets/bundled-dataset";
import { bundledStart } from "../data/bundled";
import { LiveData } from "../data/live-data";
import { CatalogHolder } from "../data/catalog-holder";
import { announceDataChange } from "../data/data-channel";
import { connectSources } from "../data/url";
import { install } from "../functions/live";
import { indexedDbStorage, indexedDbUserPlanStorage } from "../data/idb-storage";
import { partitionKey, recalculateWorkbook } from "./office";

// Verified by the build: a damaged snapshot here is a broken installation, not bad input.
const { snapshot, catalog: bundledCatalog } = bundledStart(embedded);

export const store = new CatalogHolder(bundledCatalog);
install(store);

/** Where the build publishes the bundled dataset, beside the add-in: its documents are read from there. */
const OWN_INDEX = "datasets/index.json";

/** The page's address, its connect-src and the default index.json (a meta tag the build writes). */
function pagePolicy(): {
  page: string;
  connectSrc: string[] | null;
  dataUrl: string;
  ownIndex: string;
  timeoutMs?: number;
} {
  // Outside a page (the bundle run in a bare context by the tests) there is nothing to fetch from.
  if (typeof document === "undefined") {
    return { page: "", connectSrc: null, dataUrl: OWN_INDEX, ownIndex: OWN_INDEX };
  }
  const page = location.href;
  // ?dataTimeoutMs=1500 shortens the 15 s request timeout (the end-to-end tests of a server that never answers).
  const timeout = Number(new URLSearchParams(location.search).get("dataTimeoutMs"));
  const meta = (name: string): string | null =>
    document.querySelector<HTMLMetaElement>(`meta[${name}]`)?.getAttribute("content") ?? null;
  const csp = meta('http-equiv="Content-Security-Policy"');
  const dataUrl = new URL(meta('name="plan-targets-data-url"') ?? OWN_INDEX, page).href;
  return {
    page,
    connectSrc: csp ? connectSources(csp) : null,
    dataUrl,
    ownIndex: new URL(OWN_INDEX, page).href,
    ...(timeout > 0 ? { timeoutMs: timeout } : {}),
  };
}

const policy = pagePolicy();

/** The data lifecycle of this page: the taskpane's 数据 section drives it. */
export const liveData = new LiveData({
  store,
  // The bundled documents are the build's, beside the add-in (named by content), not the data server's newer ones.
  bundled: { snapshot, catalog: bundledCatalog, source: "bundled", indexUrl: policy.ownIndex },
  storage: indexedDbStorage(partitionKey),
  userStorage: indexedDbUserPlanStorage(partitionKey),
  urlPolicy: { page: policy.page, connectSrc: policy.connectSrc },
  ...(policy.page ? { pageOrigin: new URL(policy.page).origin } : {}),
  ...(policy.timeoutMs ? { timeoutMs: policy.timeoutMs } : {}),
  swapped: (_active, version, cause) => {
    // The add-in's other pages (WPS 表格's entry page, which answers the functions) take up the same data; a shard
    // loaded here is no change of data (each page loads the regions its own cells ask for).
    if (cause === "data") announceDataChange(version);
    return recalculateWorkbook(version);
  },
});

/** The default data address: datasets/index.json beside the add-in, or the one named at build time. */
export const defaultDataUrl = policy.dataUrl;

// The functions answer from the bundled snapshot at once; a stored dataset, once verified, takes over.
if (typeof indexedDB !== "undefined") void liveData.restoreStored();
