/** The core, free of Office and of Node: what the add-in bundles and the library re-exports. */
export * from "./errors";
export * from "./schema";
export * from "./dataset";
export * from "./catalog";
export * from "./growth";
export * from "./units";
export * from "./input";
export * from "./labels";
export * from "./view";
export * from "./assess";
export * from "./store";
export * from "./report";
export { findMentions, unclaimedMentions, type Mention } from "./scan";
export { unclaimed, type UnclaimedMention } from "./completeness";
export { normalizeText, splitPath } from "./text";
export { metricLabel } from "./names";
