/**
 * The extractor's worker, started the way webpack 5 bundles a worker (its own chunk, loaded from this origin:
 * the page's Content-Security-Policy allows it with worker-src 'self'). An ES module file because `import.meta`
 * is only allowed in one; the pane loads it with import().
 */
export function startExtractWorker(): Worker {
  return new Worker(/* webpackChunkName: "extract-worker" */ new URL("./extract-worker.ts", import.meta.url));
}
