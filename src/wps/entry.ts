/**
 * WPS 表格's hidden entry page (index.html, loaded when WPS starts): the same start as Excel's shared runtime
 * (the embedded snapshot → the store the functions read), then the PLAN functions registered once and the
 * ribbon's callbacks made global. The taskpane is a page of its own (the ribbon opens it) and never registers;
 * what it refreshes or imports is kept in IndexedDB and announced, and this page takes it up, then asks WPS to
 * recalculate every formula.
 */
import embedded from "virtual:plan-targets/bundled-dataset";
import { bundledStart } from "../data/bundled";
import { CatalogHolder } from "../data/catalog-holder";
import { onDataChange } from "../data/data-channel";
import { indexedDbStorage, indexedDbUserPlanStorage } from "../data/idb-storage";
import { LiveData } from "../data/live-data";
import { install } from "../functions/live";
import { registerWpsFunctions } from "./functions";
import { wpsHost, type WpsHost } from "./host";
import { ribbonCallbacks } from "./ribbon";

const { snapshot, catalog } = bundledStart(embedded);
const store = new CatalogHolder(catalog);
install(store);

const host = wpsHost();

/** WPS keeps no Office partition: the pane and this page share one slot of the add-in's IndexedDB. */
const noPartition = (): Promise<null> => Promise.resolve(null);

/** Every formula again, after the data changed (WPS's synchronous object model). */
function recalculateAll(wps: WpsHost | null): boolean {
  if (!wps) return false;
  wps.Application.CalculateFull();
  return true;
}

const live = new LiveData({
  store,
  bundled: { snapshot, catalog, source: "bundled", indexUrl: new URL("datasets/index.json", location.href).href },
  storage: indexedDbStorage(noPartition),
  userStorage: indexedDbUserPlanStorage(noPartition),
  urlPolicy: { page: location.href, connectSrc: null },
  swapped: () => recalculateAll(host),
});

if (host) {
  registerWpsFunctions(host);
  Object.assign(globalThis, ribbonCallbacks(host, location.href));
}

// The data the pane kept last time answers from the start; what it keeps from now on is taken up when announced.
if (typeof indexedDB !== "undefined") void live.restoreStored();
onDataChange((version) => {
  if (version !== live.version) void live.resync();
});
