/**
 * The extractor in a Web Worker: a long paste (10 MB reads in seconds) is read off the page's thread, so the pane
 * stays responsive and shows progress. Cancelling terminates the worker (its loop cannot hear a message while it
 * reads). Only the extractor is bundled here (src/extract/extract.ts, not the catalogue or the pane).
 */
import { extractProposals } from "../../extract/extract";
import type { ExtractMessage, ExtractRequest } from "./extract-protocol";

const post = (message: ExtractMessage): void => self.postMessage(message);

self.addEventListener("message", (event: MessageEvent<ExtractRequest>) => {
  const { text, context } = event.data;
  const result = extractProposals(text, context, {
    onProgress: (done, total) => post({ kind: "progress", done, total }),
  });
  post({ kind: "done", result });
});
