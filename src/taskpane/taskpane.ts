/** The taskpane's start, given the live catalogue source by the add-in's composition root (src/addin). */
import { App, type CatalogSource } from "./app";
import { detectHost } from "./host";
import styles from "./taskpane.css";
import { adoptStyles, defineFluent } from "./ui/fluent";

export async function startTaskpane(source: CatalogSource): Promise<void> {
  defineFluent();
  adoptStyles(styles);
  const root = document.getElementById("app");
  if (!root) return;
  const mode = await detectHost();
  new App({ root, source, mode });
}
