/** The data lifecycle: verify raw data, build its catalogue, hold it in a store that swaps whole. */
export * from "./validate";
export * from "./catalog-from";
export * from "./store";
export * from "./version";
export * from "./compiled";
