/** The taskpane's start, given the live catalogue source by the add-in's composition root (src/addin). */
import { App, type CatalogSource } from "./app";
import type { DataLink } from "./data/data-panel";
import { detectHost } from "./host";
import styles from "./taskpane.css";
import { adoptStyles, defineFluent } from "./kit/fluent";

export async function startTaskpane(source: CatalogSource, data?: DataLink): Promise<void> {
  defineFluent();
  adoptStyles(styles);
  const root = document.getElementById("app");
  if (!root) return;
  const mode = await detectHost();
  // Outside Excel and WPS there is no workbook to recalculate or to remember a data version.
  const link = data && (mode.kind !== "browser" ? data : { ...data, workbook: null });
  new App({ root, source, mode, ...(link ? { data: link } : {}) });
}
