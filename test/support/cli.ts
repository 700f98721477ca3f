/** Runs the CLI in-process, as the specs of its synchronous commands do. */
import { main } from "../../src/cli";

export type Env = Record<string, string | undefined>;

/** The exit code and what was printed; the environment has no locale variables unless given (Chinese). */
export function runCli(argv: string[], env: Env = {}): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  // Only `export` answers with a promise (test/export/export.test.ts awaits it).
  if (typeof code !== "number") throw new Error(`${argv[0]} answered asynchronously`);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
