/**
 * Every catalogue of words a user sees, checked entry by entry without listing them: each module of src/ that holds
 * texts in both languages is loaded, and every value of the `{ zh, en }` shape found in its exports (a fixed text or
 * a message of src/core/messages.ts) must say something in both: a non-empty Chinese that is Chinese wherever the
 * English is a sentence, and an English (Latin words) whose Chinese words are only data words the Chinese text holds
 * too (稀土, 每年, 产值达到350亿元). Messages are rendered with a stand-in argument that answers any use.
 */
import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");

/** Modules that hold bilingual texts: they build on the mechanism or write `{ zh: …, en: … }` entries. */
function catalogueModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return catalogueModules(path);
    if (!name.endsWith(".ts") || name.endsWith(".d.ts")) return [];
    return /\bbilingual\(|\{ zh: |\bBilingual\b/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

/** Any argument: every property, call and element is itself; as text "#", as a number 2. */
const ANY: unknown = new Proxy(function any() {}, {
  get: (_target, key) =>
    key === Symbol.toPrimitive
      ? (hint: string) => (hint === "number" ? 2 : "#")
      : key === Symbol.iterator
        ? function* none() {}
        : ANY,
  apply: () => ANY,
});

interface Found {
  readonly where: string;
  readonly zh: string;
  readonly en: string;
}

function rendered(side: unknown): string {
  return typeof side === "function"
    ? String((side as (...a: unknown[]) => unknown)(ANY, ANY, ANY, ANY, ANY))
    : String(side);
}

/** Every `{ zh, en }` text under `value`, named by its path; a zh/en pair of different kinds is reported as such. */
function texts(value: unknown, where: string, seen: Set<unknown>, depth = 0): Found[] {
  if (value === null || typeof value !== "object" || seen.has(value) || depth > 4) return [];
  seen.add(value);
  const { zh, en } = value as { zh?: unknown; en?: unknown };
  const kind = (side: unknown): string => (typeof side === "function" ? "function" : typeof side);
  if (zh !== undefined && en !== undefined && (kind(zh) === "string" || kind(zh) === "function")) {
    if (kind(zh) !== kind(en)) return [{ where, zh: `${kind(zh)}`, en: `mismatched: ${kind(en)}` }];
    return [{ where, zh: rendered(zh), en: rendered(en) }];
  }
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return [];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${where}.${key}`, seen, depth + 1));
}

const HAN_WORDS = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** What is wrong with one text, or null. */
function fault(text: Found): string | null {
  if (text.en.startsWith("mismatched")) return `zh is a ${text.zh}, en is ${text.en}`;
  if (text.zh.trim() === "" || text.en.trim() === "") return "a language is empty";
  if (text.zh !== text.en && LATIN_WORD.test(text.en) && !HAN.test(text.zh)) return `zh is not Chinese: ${text.zh}`;
  if (HAN.test(text.en) && !LATIN_WORD.test(text.en)) return `en is not English: ${text.en}`;
  const foreign = (text.en.match(HAN_WORDS) ?? []).filter((word) => !text.zh.includes(word));
  return foreign.length > 0 ? `en has Chinese the zh does not quote: ${foreign.join(" ")}` : null;
}

describe("catalogues: every text a user sees, in both languages", () => {
  const modules = catalogueModules(SRC);

  it("finds the catalogues of every room (errors, CLI, pane, workbook, import, sheet, dataset issues)", () => {
    const names = modules.map((path) => relative(ROOT, path));
    for (const catalogue of [
      "src/core/errors.ts",
      "src/core/labels.ts",
      "src/cli/text.ts",
      "src/taskpane/kit/i18n.ts",
      "src/taskpane/workbooks/workbook-strings.ts",
      "src/taskpane/import/import-strings.ts",
      "src/sheet/labels.ts",
      "src/sheet/workbook-texts.ts",
      "src/data/issues.ts",
    ])
      expect(names).to.include(catalogue);
  });

  it("every entry of every catalogue has its Chinese and its English", async () => {
    const found: Found[] = [];
    for (const path of modules) {
      const exported = (await import(path)) as Record<string, unknown>;
      found.push(...texts(exported, relative(ROOT, path), new Set()));
    }
    expect(found.length, "texts found").to.be.above(500);
    const faults = found.flatMap((text) => {
      const why = fault(text);
      return why === null ? [] : [`${text.where}: ${why}`];
    });
    expect(faults).to.deep.equal([]);
  });

  it("catches a text with a language missing, an English in Chinese, a Chinese in English", () => {
    expect(fault({ where: "x", zh: "", en: "Plan" })).to.match(/empty/);
    expect(fault({ where: "x", zh: "Plan targets", en: "Plan targets!" })).to.match(/not Chinese/);
    expect(fault({ where: "x", zh: "规划", en: "规划 targets" })).to.equal(null);
    expect(fault({ where: "x", zh: "规划", en: "目标 of the plan" })).to.match(/目标/);
    expect(fault({ where: "x", zh: "未找到记录", en: "未找到" })).to.match(/not English/);
    expect(texts({ t: { zh: "规划", en: () => "Plan" } }, "x", new Set())[0]!.en).to.match(/mismatched/);
  });
});
