/**
 * The user-plan id scheme (导入规划): ids U001, U002…, and the document file name that ties a plan to its text. A
 * fact about user plans, read by the store of user plans, the pane, the readers of src/import and the CLI.
 */

/** User plan ids: "U" + at least three digits (U001), a shape no seed id (000, 001D) has. */
export const USER_PLAN_ID = /^U[0-9]{3,}$/;

/** Whether a plan id is a user's (导入规划), not a seed's. */
export function isUserPlanId(id: string): boolean {
  return USER_PLAN_ID.test(id);
}

/** FNV-1a, 64 bits, over UTF-16 code units: a stable content tag for a user document's file name. */
function contentHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The document file name of a user plan: U001_<16 hex of the text>.txt (the schema's document pattern). */
export function userDocumentName(planId: string, text: string): string {
  return `${planId}_${contentHash(text)}.txt`;
}
