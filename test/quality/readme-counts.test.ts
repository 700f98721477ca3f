import { expect } from "chai";
import { readFileSync } from "node:fs";
import { README, SECTIONS, sectionOf, seedCounts } from "../../scripts/readme-sections";

/** The README with its generated sections taken out: what people wrote by hand. */
function handWritten(readme: string): string {
  return readme.replace(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g, "");
}

describe("README: the counts it states come from the data", () => {
  const readme = readFileSync(README, "utf8");

  it("holds every generated section as npm run docs writes it", () => {
    for (const [name, generate] of Object.entries(SECTIONS))
      expect(sectionOf(readme, name), `README section ${name} is stale: run npm run docs`).to.equal(generate().trim());
  });

  it("states the seeds' record count only as the data has it (hand-written counts are generated sections)", () => {
    const { records } = seedCounts();
    const stated = [...handWritten(readme).matchAll(/(\d[\d,]*) records/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
    for (const n of stated) expect([records, records * 100], `README says ${n} records`).to.include(n);
    expect(readme).to.include(`${records} records curated`);
  });
});
