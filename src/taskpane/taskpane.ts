/**
 * The taskpane entry (webpack bundles it into the shared runtime page with the custom functions). The only module
 * that imports the live store; everything else takes a catalogue as a parameter.
 */
import { store } from "../functions/runtime";
import { App } from "./app";
import { detectHost } from "./host";
import styles from "./taskpane.css";
import { adoptStyles, defineFluent } from "./ui/fluent";

async function start(): Promise<void> {
  defineFluent();
  adoptStyles(styles);
  const root = document.getElementById("app");
  if (!root) return;
  const mode = await detectHost();
  new App({ root, source: store, mode });
}

void start();
