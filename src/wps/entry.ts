/**
 * WPS 表格's hidden entry page (index.html, loaded when WPS starts): the same start as Excel's shared runtime
 * (the embedded snapshot → the store the functions read), then the PLAN functions registered once and the
 * ribbon's callbacks made global. The taskpane is a page of its own (the ribbon opens it) and never registers.
 */
import embedded from "virtual:plan-targets/bundled-dataset";
import { bundledStart } from "../data/bundled";
import { CatalogHolder } from "../data/catalog-holder";
import { install } from "../functions/live";
import { registerWpsFunctions } from "./functions";
import { wpsHost } from "./host";
import { ribbonCallbacks } from "./ribbon";

install(new CatalogHolder(bundledStart(embedded).catalog));

const host = wpsHost();
if (host) {
  registerWpsFunctions(host);
  Object.assign(globalThis, ribbonCallbacks(host, location.href));
}
