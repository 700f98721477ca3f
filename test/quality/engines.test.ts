import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/**
 * Packages whose `engines.node` leaves out the Node version the project states, and why that is harmless. Each
 * must be one that never runs in Node: webpack bundles it into the taskpane, which runs in Office's browser.
 */
const BROWSER_ONLY: Readonly<Record<string, string>> = {
  "@fluentui/web-components":
    "the taskpane's UI components, bundled for the browser; its engines field is its own build's",
};

type Version = readonly [number, number, number];

function parseVersion(text: string): { parts: number[]; wild: boolean } {
  const parts: number[] = [];
  for (const part of text.split(".")) {
    if (part === "x" || part === "X" || part === "*" || part === "") return { parts, wild: true };
    if (!/^\d+$/.test(part)) throw new Error(`cannot read the version "${text}"`);
    parts.push(Number(part));
  }
  return { parts, wild: parts.length < 3 };
}

function compare(a: Version, b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = a[i]! - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** One comparator of a range (`>=18`, `^20.19.0`, `20`, `6.*`, `*`), as npm reads it. */
function satisfiesComparator(version: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|=|\^|~)?v?(.*)$/.exec(comparator)!;
  const operator = match[1] ?? "";
  const { parts } = parseVersion(match[2]!);
  if (parts.length === 0) return true;
  const prefix = (n: number): boolean => parts.slice(0, n).every((p, i) => version[i] === p);
  switch (operator) {
    case ">=":
      return compare(version, parts) >= 0;
    case ">":
      return compare(version, parts) > 0;
    case "<":
      return compare(version, parts) < 0;
    case "<=":
      return compare(version, parts) <= 0 || prefix(parts.length);
    case "^":
      return compare(version, parts) >= 0 && version[0] === parts[0];
    case "~":
      return compare(version, parts) >= 0 && prefix(Math.min(2, parts.length));
    default:
      return prefix(parts.length);
  }
}

/** Whether `version` satisfies an engines range: alternatives joined by ||, comparators by spaces. */
function satisfies(version: Version, range: string): boolean {
  return range.split("||").some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1")
      .split(/\s+/)
      .every((comparator) => satisfiesComparator(version, comparator)),
  );
}

function minimumOf(range: string): Version {
  const match = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(range);
  if (!match) throw new Error(`engines.node should be ">=X.Y": ${range}`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

describe("Node version: package.json, the README and the dependencies agree", () => {
  const manifest = JSON.parse(read("package.json")) as { engines: { node: string } };
  const minimum = minimumOf(manifest.engines.node);
  const lock = JSON.parse(read("package-lock.json")) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const ranges = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    return path !== "" && node ? [{ name: path.slice(path.lastIndexOf("node_modules/") + 13), range: node }] : [];
  });

  it("the README states the same minimum as engines.node", () => {
    expect(read("README.md")).to.include(`Node ≥ ${minimum[0]}.${minimum[1]}`);
    expect(satisfies([Number(process.versions.node.split(".")[0]), 99, 0], manifest.engines.node)).to.equal(true);
  });

  it("every installed package admits that minimum, except the documented browser-only ones", () => {
    expect(ranges.length).to.be.greaterThan(100);
    const excluding = ranges.filter((r) => !satisfies(minimum, r.range)).map((r) => r.name);
    expect([...new Set(excluding)].sort()).to.deep.equal(Object.keys(BROWSER_ONLY).sort());
  });

  it("the browser-only packages are imported by no code that runs in Node", () => {
    const nodeRooms = ["src/core", "src/data", "src/sheet", "src/node", "src/cli", "src/index.ts", "src/cli.ts"];
    for (const name of Object.keys(BROWSER_ONLY)) {
      const grep = spawnSync("grep", ["-rl", `from "${name}`, ...nodeRooms], { cwd: ROOT, encoding: "utf8" });
      expect(grep.status, `${name}: ${grep.stderr}`).to.equal(1); // 1: no match
      // The same search finds the taskpane's import: the check can fail.
      expect(spawnSync("grep", ["-rlq", `from "${name}`, "src/taskpane"], { cwd: ROOT }).status, name).to.equal(0);
      expect(read("README.md"), name).to.include(name);
    }
  });

  it("reads ranges as npm does (the check can fail)", () => {
    expect(satisfies([20, 19, 0], "^22.0.0 || ^24.0.0")).to.equal(false);
    expect(satisfies([20, 19, 0], "^20.19.0 || ^22.13.0 || >=24")).to.equal(true);
    expect(satisfies([20, 11, 0], "^20.12||^22||>=24")).to.equal(false);
    expect(satisfies([20, 19, 0], "18 || 20 || >=22")).to.equal(true);
    expect(satisfies([20, 19, 0], ">=6 <7 || >=8")).to.equal(true);
    expect(satisfies([20, 19, 0], "6.* || 8.* || >= 10.*")).to.equal(true);
    expect(satisfies([20, 19, 0], ">=16 || 14 >=14.17")).to.equal(true);
    expect(satisfies([14, 16, 0], ">=16 || 14 >=14.17")).to.equal(false);
    expect(satisfies([20, 19, 0], ">=0.8.x")).to.equal(true);
    expect(() => satisfies([20, 19, 0], ">=twenty")).to.throw();
  });
});
