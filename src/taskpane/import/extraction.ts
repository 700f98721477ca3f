/**
 * Running the extractor off the page's thread: a worker per extraction, its progress reported, cancellable (the
 * worker is terminated), its failure (a worker that cannot start or dies) a message like any other.
 */
import { dataFault, fail, type Result } from "../../core/errors";
import type { ExtractContext, Extraction } from "../../extract/types";
import type { Bilingual } from "../../core/locale";
import type { ExtractMessage, ExtractRequest } from "./extract-protocol";

export type ExtractionOutcome =
  | { readonly ok: true; readonly value: Extraction }
  | { readonly ok: false; readonly message: Bilingual; readonly cancelled: boolean };

export interface ExtractionRun {
  readonly result: Promise<ExtractionOutcome>;
  /** Stops the extraction: the worker is terminated and the result is 已取消提取. */
  cancel(): void;
}

/** Starts the extractor's worker (extract-worker.js in the add-in; tests may pass their own). */
export type WorkerStarter = () => Promise<Worker>;

/**
 * The worker is an entry of its own (webpack.config.js), beside taskpane.html like every chunk; it is started by
 * its address, not `new URL(…, import.meta.url)`: that would make the shared runtime read `document.baseURI`,
 * which the functions' context (no document) does not have. worker-src falls back to script-src 'self'.
 */
export const EXTRACT_WORKER_FILE = "extract-worker.js";

export const startWorker: WorkerStarter = () =>
  Promise.resolve(new Worker(new URL(EXTRACT_WORKER_FILE, document.baseURI)));

function fromResult(result: Result<Extraction>): ExtractionOutcome {
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, message: result.error.message, cancelled: result.error.code === "EXTRACT_ABORTED" };
}

export function runExtraction(
  text: string,
  context: ExtractContext,
  onProgress: (done: number, total: number) => void,
  start: WorkerStarter = startWorker,
): ExtractionRun {
  let worker: Worker | null = null;
  let settle: (outcome: ExtractionOutcome) => void = () => undefined;
  let settled = false;
  const result = new Promise<ExtractionOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      resolve(outcome);
    };
  });
  const failed = (detail: string): ExtractionOutcome => ({
    ok: false,
    message: dataFault("EXTRACT_WORKER_FAILED", { detail }).message,
    cancelled: false,
  });
  start().then(
    (started) => {
      if (settled) {
        started.terminate();
        return;
      }
      worker = started;
      started.addEventListener("message", (event: MessageEvent<ExtractMessage>) => {
        const message = event.data;
        if (message.kind === "progress") onProgress(message.done, message.total);
        else settle(fromResult(message.result));
      });
      started.addEventListener("error", (event: ErrorEvent) => {
        event.preventDefault();
        settle(failed(event.message || "error"));
      });
      const request: ExtractRequest = { text, context };
      started.postMessage(request);
    },
    (error: unknown) => settle(failed(error instanceof Error ? error.message : String(error))),
  );
  return {
    result,
    cancel: () => {
      const aborted = fail("EXTRACT_ABORTED");
      if (!aborted.ok) settle(fromResult(aborted));
    },
  };
}
