/**
 * The README's library and command-line snippets run, and say what the README shows: the library's ```ts blocks
 * (each `expression; // → value` line checked) against the built lib/, the ```sh blocks (`$ npx plan-targets …`
 * followed by what it prints) through bin/plan-targets.js. lib/ is built by `npm test` (and `npm run prepare`).
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { README } from "../scripts/readme-sections";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "plan-targets.js");

/** The text of a `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const text = readFileSync(README, "utf8");
  const from = text.indexOf(`\n## ${heading}\n`);
  expect(from, heading).to.be.greaterThan(-1);
  const to = text.indexOf("\n## ", from + 1);
  return text.slice(from, to === -1 ? undefined : to);
}

function blocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

/** `expr; // → value (a note)`: the expression and the value it shows, without the note. */
const CHECKED = /^(\s*)(.*?);\s*\/\/ → (.*)$/;

function expectedValue(shown: string): unknown {
  const value = shown.replace(/\s+\(.*\)$/, "").trim();
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Runs a library snippet with each checked line reporting its value; returns the values in order. */
function runLibrarySnippet(code: string): { expected: unknown[]; actual: unknown[] } {
  const expected: unknown[] = [];
  const lines = code.split("\n").map((line) => {
    const match = CHECKED.exec(line);
    if (!match) return line;
    expected.push(expectedValue(match[3]!));
    // `if (x) expr;` keeps its condition: the check runs only where the README's reader would see the value.
    const [, indent, statement] = match;
    const guarded = /^(if \((?:[^()]|\([^()]*\))*\)) (.*)$/.exec(statement!);
    const expression = guarded ? guarded[2]! : statement!;
    const report = `__seen.push([${expected.length - 1}, (${expression})]);`;
    return `${indent}${guarded ? `${guarded[1]} ` : ""}${report}`;
  });
  const source = [
    "const __seen: [number, unknown][] = [];",
    ...lines.map((l) => l.replace(/from "plan-targets"/, `from ${JSON.stringify(join(ROOT, "lib", "index.js"))}`)),
    "console.log(JSON.stringify(__seen));",
  ].join("\n");
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-readme-"));
  const file = join(dir, "snippet.ts");
  writeFileSync(file, source);
  const env = { ...process.env };
  delete env.PLAN_TARGETS_DATA;
  const run = spawnSync(process.execPath, ["--require", "tsx/cjs", "--import", "tsx/esm", file], {
    cwd: ROOT,
    encoding: "utf8",
    env,
  });
  rmSync(dir, { recursive: true, force: true });
  expect(run.status, run.stderr).to.equal(0);
  const seen = JSON.parse(run.stdout) as [number, unknown][];
  expect(
    seen.map(([i]) => i),
    "every checked line ran",
  ).to.deep.equal(expected.map((_, i) => i));
  return { expected, actual: seen.map(([, value]) => value) };
}

/** `$ npx plan-targets …` lines and what follows each, up to the next `$`. */
function commands(block: string): { argv: string[]; env: Record<string, string>; shown: string }[] {
  const runs: { argv: string[]; env: Record<string, string>; shown: string }[] = [];
  for (const line of block.split("\n")) {
    const command = /^\$ ((?:\w+=\S+ )*)npx plan-targets(.*)$/.exec(line);
    if (command) {
      const env = Object.fromEntries(
        command[1]!
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((pair) => pair.split("=") as [string, string]),
      );
      runs.push({ argv: command[2]!.trim().split(/\s+/).filter(Boolean), env, shown: "" });
    } else if (runs.length > 0) {
      runs.at(-1)!.shown += `${line}\n`;
    }
  }
  return runs;
}

function runCommand(argv: string[], env: Record<string, string>): string {
  const base = { ...process.env };
  for (const name of ["LANG", "LC_ALL", "LC_MESSAGES", "PLAN_TARGETS_DATA"]) delete base[name];
  const run = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env } });
  return `${run.stdout}${run.stderr}`.trim();
}

describe("the README's library and command-line snippets run and show what they say", () => {
  it("runs the Library section's TypeScript against lib/, each `// →` value as shown", () => {
    const snippets = blocks(section("Library"), "ts");
    expect(snippets.length).to.be.greaterThan(0);
    let checked = 0;
    for (const snippet of snippets) {
      const { expected, actual } = runLibrarySnippet(snippet);
      expect(actual).to.deep.equal(expected);
      checked += expected.length;
    }
    expect(checked, "the snippets show values").to.be.greaterThan(10);
  });

  it("runs the Command line and Library sections' shell lines through bin/plan-targets.js, with the output shown", () => {
    const runs = ["Command line", "Library"].flatMap((name) => blocks(section(name), "sh").flatMap(commands));
    expect(runs.length).to.be.greaterThan(3);
    for (const { argv, env, shown } of runs) {
      expect(runCommand(argv, env), `plan-targets ${argv.join(" ")}`).to.equal(shown.trim());
    }
  });
});
