/** The core, free of Office, of the DOM and of Node: what the add-in bundles and the library re-exports. */
export * from "./errors";
export * from "./locale";
export * from "./schema";
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
export { unclaimed, type UnclaimedMention } from "./completeness";
export { curationIssues, qualifierIssues, type CurationIssue } from "./curation";
export { normalizeText, splitPath } from "./text";
export { metricLabel } from "./names";
export {
  extractProposals,
  inferPeriod,
  isUserPlanId,
  proposalsToPlan,
  unclaimedExclusions,
  userDocumentName,
  MAX_EXTRACT_CHARS,
  type Extraction,
  type ExtractContext,
  type ExtractOptions,
  type ExtractResult,
  type PlanMeta,
  type Proposal,
} from "../extract";
