/**
 * The fake WPS hosts as scripts a page loads before its own (bundled with esbuild), for the headless e2e specs:
 * the entry page's (registration, PluginStorage, the CalculateFull counter: fake-wps.ts) and the task pane's (the
 * sheet model behind `wps.Application`: fake-wps-sheet.ts).
 */
import { build, buildSync } from "esbuild";
import { join, resolve } from "node:path";

const SUPPORT = __dirname;

/** Installs a fresh fake-wps.ts host as the page's `wps`. */
export function fakeEntryHostScript(): string {
  const built = buildSync({
    entryPoints: [resolve(SUPPORT, "fake-wps.ts")],
    bundle: true,
    format: "iife",
    globalName: "FakeWps",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  return `${built.outputFiles[0]!.text}\nFakeWps.installFakeWps(window);`;
}

/**
 * Installs the sheet model as `wps.Application` (and as `__fakeWps` for the spec to read); a PLAN formula shows
 * `planValue` (the pane's page registers no functions of its own).
 */
export async function fakePaneHostScript(planValue: number | null = null): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { FakeWpsApplication } from "./fake-wps-sheet";
        const app = new FakeWpsApplication((formula) => (/^=PLAN\\./i.test(formula) ? ${JSON.stringify(planValue)} : null));
        window.wps = { Application: app };
        window.__fakeWps = app;`,
      resolveDir: join(SUPPORT),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
  });
  return result.outputFiles[0]!.text;
}
