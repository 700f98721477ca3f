/**
 * The README sections generated from a source of truth, between <!-- name:start --> and <!-- name:end -->:
 * `functions` (the function table), `cli` (the CLI's command table), `data-report` (the seeds' consistency
 * report), `import-template` (the columns of the import template), `native-functions` (the functions the
 * exported workbook calls), and the seeds' counts where the text states them (`seed-counts`, `bench-scale`).
 * `npm run docs` rewrites them; a test fails when one is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { COMMANDS } from "../src/cli/commands/index";
import { usageLines } from "../src/cli/usage";
import { reportMarkdown } from "../src/core/report";
import { NATIVE_FUNCTIONS } from "../src/sheet/assess-formulas";
import { FUNCTION_EXAMPLES } from "../src/sheet/function-examples";
import { FUNCTION_TABLE, NAMESPACE } from "../src/sheet/function-table";
import { TEMPLATE_COLUMNS } from "../src/import/table-plan";
import { defaultCatalog } from "../src/node/default-catalog";

export const README = resolve(__dirname, "..", "README.md");

/** | example | result | what it returns | — one row per example; a function's first row gives its signature. */
export function functionsSection(): string {
  const rows = ["| example | result | what it returns |", "|---|---|---|"];
  for (const spec of FUNCTION_TABLE) {
    const args = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    FUNCTION_EXAMPLES[spec.id].forEach((example, i) => {
      const what = i === 0 ? `\`${NAMESPACE}.${spec.id}(${args})\`: ${example.note}` : example.note;
      rows.push(`| \`${example.formula}\` | \`${example.result}\` | ${what} |`);
    });
  }
  return rows.join("\n");
}

/** | command | what it does | — one row per CLI command, its usage lines and summary from the command table. */
export function cliSection(): string {
  const rows = ["| command | what it does |", "|---|---|"];
  for (const command of COMMANDS) {
    const usage = usageLines(command, "en").map((line) => `\`${line}\``);
    rows.push(`| ${usage.join("<br>")} | ${command.summary.en} |`);
  }
  return rows.join("\n");
}

/** | column | required | what goes in it | example | — one row per column of the import template. */
export function templateSection(): string {
  const rows = ["| column | required | what goes in it | example |", "|---|---|---|---|"];
  for (const c of TEMPLATE_COLUMNS) {
    const example = c.examples.find((e) => e !== "") ?? "";
    rows.push(`| ${c.header} | ${c.required ? "yes" : ""} | ${c.help.zh} | ${example} |`);
  }
  return rows.join("\n");
}

/** How many documents, plans and records the seeds hold, counted from the data. */
export function seedCounts(): { documents: number; plans: number; records: number } {
  const { dataset } = defaultCatalog();
  return {
    documents: new Set(dataset.plans.map((p) => p.document)).size,
    plans: dataset.plans.length,
    records: dataset.plans.reduce((n, p) => n + p.records.length, 0),
  };
}

/** The introduction's line on the seeds. */
export function seedCountsSection(): string {
  const { documents, plans, records } = seedCounts();
  return (
    `- **seeded datasets** (\`seeds/\`): ${documents} plan documents, verbatim, and ${records} records curated from ` +
    `them (${plans} plans), every number of every document accounted for.`
  );
}

/** The bench's dataset sizes: the seeds once (1×), a hundred and a thousand times over (bench/national.ts). */
export function benchScaleSection(): string {
  const { plans, records } = seedCounts();
  const times = (n: number, factor: number): string => (n * factor).toLocaleString("en");
  return (
    `Figures are taken at 1× (the seeds, ${records} records), 100× (${times(records, 100)}) and 1000× ` +
    `(${times(records, 1000)} records, ${times(plans, 1000)} plans).`
  );
}

/** The functions the exported workbook's native formulas call, from the list the export test holds them to. */
export function nativeFunctionsSection(): string {
  return NATIVE_FUNCTIONS.map((name) => `\`${name}\``).join(", ");
}

export const SECTIONS: Readonly<Record<string, () => string>> = {
  functions: functionsSection,
  cli: cliSection,
  "data-report": () => reportMarkdown(defaultCatalog()),
  "import-template": templateSection,
  "seed-counts": seedCountsSection,
  "bench-scale": benchScaleSection,
  "native-functions": nativeFunctionsSection,
};

/** The text between a section's markers, trimmed. */
export function sectionOf(readme: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} section`);
  return readme.slice(from + start.length, to).trim();
}

export function withSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

if (require.main === module) {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  let readme = readFileSync(README, "utf8");
  for (const [name, generate] of Object.entries(SECTIONS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    readme = withSection(readme, name, generate());
  }
  writeFileSync(README, readme);
  console.error(`README.md: ${only.length > 0 ? only.join(", ") : Object.keys(SECTIONS).join(", ")} updated`);
}
