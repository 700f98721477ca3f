/**
 * The published dataset format (format 1): what `npm run build` writes to dist/datasets/, what the taskpane's
 * refresh fetches, and what `plan-targets --data DIR` reads. Paths are relative to the folder of index.json.
 *
 *   index.json                 DatasetIndex
 *   tables/regions.json        the regions table (seeds/regions.json, validated)
 *   tables/aliases.json        the alias table (seeds/aliases.json, validated)
 *   plans/<id>.json            one plan, validated, compact (no whitespace)
 *   documents/<file>.txt       the plan documents, verbatim (for the taskpane's source view; not needed to answer)
 */

export const DATASET_FORMAT = 1;
export const INDEX_FILE = "index.json";

/** A file of the dataset with what verifies it. */
export interface FileRef {
  /** Relative to the folder of index.json, with forward slashes. */
  readonly file: string;
  /** sha256 of the file's bytes, lowercase hex. */
  readonly sha256: string;
  readonly bytes: number;
}

export interface IndexedPlan extends FileRef {
  readonly id: string;
  readonly title: string;
  readonly region: string;
  /** Number of records in the plan file. */
  readonly records: number;
  /** ISO date (YYYY-MM-DD) of the last change to the plan's data. */
  readonly updated: string;
  /** The plan's document (documents/<file>.txt). */
  readonly document: FileRef;
}

export interface DatasetIndex {
  readonly format: typeof DATASET_FORMAT;
  /** The dataset's version label; a refresh offers a dataset whose version differs from the one in use. */
  readonly version: string;
  /** ISO timestamp of the build that published it; "newer" compares this. */
  readonly generated: string;
  readonly tables: { readonly regions: FileRef; readonly aliases: FileRef };
  readonly plans: readonly IndexedPlan[];
}
