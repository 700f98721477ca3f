/**
 * npm run schema:fast: writes src/core/schema-fast.generated.ts, the schema's fast parsers, from the zod schema
 * (src/core/schema-codegen.ts), formatted as the repository formats code. Run it after changing src/core/schema.ts;
 * test/data/schema-fast.test.ts fails until it is run.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { fastParsersSource, GENERATED_FILE } from "../src/core/schema-codegen";

export const GENERATED_PATH = resolve(__dirname, "..", GENERATED_FILE);

/** The generated module as it should be on disk. */
export async function formattedFastParsers(): Promise<string> {
  const options = await resolveConfig(GENERATED_PATH);
  return format(fastParsersSource(), { ...options, filepath: GENERATED_PATH });
}

if (require.main === module) {
  void formattedFastParsers().then((source) => {
    writeFileSync(GENERATED_PATH, source);
    console.log(`wrote ${GENERATED_FILE}`);
  });
}
