/**
 * The core, free of Office, of the DOM and of Node: what the add-in bundles and the library re-exports. The schema's
 * zod values are re-exported by the library entry (src/index.ts) as it needs them; its types and words are here.
 */
export * from "./errors";
export * from "./locale";
export type * from "./schema";
export * from "./vocabulary";
export * from "./kinds";
export * from "./words";
export * from "./dataset";
export * from "./catalog";
export * from "./growth";
export * from "./units";
export * from "./input";
export * from "./labels";
export * from "./present";
export * from "./assess";
export * from "./report";
export { findMentions, unclaimedMentions, type Mention } from "./scan";
export { unclaimed, unclaimedExclusions, type UnclaimedMention } from "./completeness";
export { curationIssues, qualifierIssues, type CurationIssue } from "./curation";
export { normalizeText, splitPath } from "./text";
export { metricLabel } from "./names";
