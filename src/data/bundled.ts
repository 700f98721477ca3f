/**
 * The start of every host's page (Excel's shared runtime, WPS's hidden entry page): the compiled snapshot the build
 * embeds, its index checked by hand (no schema on the start path: a cheap integrity check only), and its catalogue.
 */
import { readIndex, type DatasetSnapshot } from "./compiled";
import { formatIssue } from "./issues";
import { catalogFromSnapshot } from "./snapshot";
import type { Catalog } from "../core/catalog";

export interface BundledStart {
  readonly snapshot: DatasetSnapshot;
  readonly catalog: Catalog;
}

/** The embedded snapshot and its catalogue; a damaged one is a broken installation (the build verified it). */
export function bundledStart(embedded: unknown): BundledStart {
  const value = embedded as { index?: unknown; files?: unknown };
  const read = readIndex(value.index);
  if (!read.ok || typeof value.files !== "object" || value.files === null) {
    throw new Error("plan-targets: the bundled data is damaged (index.json)");
  }
  const snapshot: DatasetSnapshot = { index: read.index, files: value.files as Record<string, string> };
  const bundled = catalogFromSnapshot(snapshot);
  if (!bundled.ok) {
    throw new Error(
      `plan-targets: the bundled data is damaged:\n${bundled.issues.map((issue) => formatIssue(issue, "zh")).join("\n")}`,
    );
  }
  return { snapshot, catalog: bundled.catalog };
}
