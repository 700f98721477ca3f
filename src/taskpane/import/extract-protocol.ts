/** What the pane and the extractor's worker say to each other (structured-cloned messages). */
import type { ExtractContext, ExtractResult } from "../../extract/types";

/** Pane → worker: one text to read. */
export interface ExtractRequest {
  readonly text: string;
  readonly context: ExtractContext;
}

/** Worker → pane: lines read so far, then the result (proposals, or why there are none). */
export type ExtractMessage =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly result: ExtractResult };
