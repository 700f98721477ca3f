/** The text extractor: plan text → proposed records → a plan file (see docs/extractor.md). */
export { extractProposals } from "./extract";
export { inferPeriod } from "./period";
export { checkText, MAX_EXTRACT_CHARS } from "./guard";
export { proposalsToPlan, type PlanMeta } from "./plan";
export type { Extraction, ExtractContext, ExtractOptions, ExtractResult, Proposal } from "./types";
