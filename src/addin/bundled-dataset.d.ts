/**
 * The compiled seeds the build embeds (build/datasets.cjs): a DatasetSnapshot (index, tables and plans, verified at
 * build time). Typed unknown here: the start path checks its index before use (runtime.ts).
 */
declare module "virtual:plan-targets/bundled-dataset" {
  const snapshot: unknown;
  export default snapshot;
}
