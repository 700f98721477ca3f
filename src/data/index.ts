/**
 * The data lifecycle: verify raw data, build its catalogue, hold it in a store that swaps whole; the published
 * format, its snapshot, refreshing and keeping a dataset (LiveData), and what a new dataset changes.
 */
export * from "./validate";
export * from "./issues";
export * from "./catalog-from";
export * from "./store";
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
