/**
 * The complete verifier (zod, the schema, the quote checks), loaded only when something is verified: a CLI answer
 * from the compiled seeds snapshot (seeds-snapshot.ts) starts without it. Node's require is synchronous, so callers
 * stay synchronous; the types are the module's own.
 */
import type * as CatalogFrom from "../data/catalog-from";
import type * as Publish from "./publish";

export function verifier(): typeof CatalogFrom {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand: zod is off the fast start
  return require("../data/catalog-from") as typeof CatalogFrom;
}

export function publisher(): typeof Publish {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as above
  return require("./publish") as typeof Publish;
}
