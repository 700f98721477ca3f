/**
 * The command line's entry: `plan-targets <command> …` (bin/plan-targets.js loads the compiled lib/cli.js).
 * The CLI itself lives in src/cli/: main.ts dispatches, args.ts parses, commands/ is the table of commands.
 */
import { main } from "./cli/main";

export { main, type Io } from "./cli/main";

if (require.main === module) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
