/**
 * The data lifecycle: verify raw data, build its catalogue, hold it in a store that swaps whole; the published
 * format, its snapshot, refreshing and keeping a dataset (LiveData), and what a new dataset changes. The values of
 * the modules that load zod (the verifier, catalogFrom, the store) are re-exported by the library entry
 * (src/index.ts) on demand; their types are here.
 */
export type * from "./validate";
export * from "./issues";
export type * from "./catalog-from";
export type * from "./store";
export * from "./catalog-holder";
export * from "./version";
export * from "./compiled";
export * from "./snapshot";
export * from "./publish";
export * from "./diff";
export * from "./digest";
export * from "./refresh";
export * from "./url";
export * from "./live-data";
export * from "./user-plan-id";
