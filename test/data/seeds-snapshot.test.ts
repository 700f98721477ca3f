import { expect } from "chai";
import { cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogFrom } from "../../src/data/catalog-from";
import { catalogFromSeedsSnapshot, seedsFingerprint, writeSeedsSnapshot } from "../../src/node/seeds-snapshot";
import { readSeeds, SEEDS_DIR } from "../../src/node/seeds";

describe("the compiled seeds snapshot (the CLI's fast start)", () => {
  let dir: string;
  let seeds: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "seeds-snapshot-"));
    seeds = join(dir, "seeds");
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    file = join(dir, "seeds-snapshot.json");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("answers as the fully verified seeds do", () => {
    expect(writeSeedsSnapshot(file, seeds)).to.equal(null);
    const fast = catalogFromSeedsSnapshot(file, seeds);
    const verified = catalogFrom(readSeeds(seeds));
    if (!verified.ok || fast === null) throw new Error("both catalogues expected");
    expect(fast.entries.length).to.equal(verified.catalog.entries.length);
    const key = (c: typeof fast) =>
      c.entries.map(({ record: r }) => `${r.id}:${String(r.value)}:${String(r.year)}:${r.quote}`).join("|");
    expect(key(fast)).to.equal(key(verified.catalog));
  });

  it("is not used once a seed file changed after it was made", () => {
    expect(writeSeedsSnapshot(file, seeds)).to.equal(null);
    const before = seedsFingerprint(seeds);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(seeds, "regions.json"), later, later);
    expect(seedsFingerprint(seeds)).not.to.equal(before);
    expect(catalogFromSeedsSnapshot(file, seeds)).to.equal(null);
  });

  it("is not used when missing or unreadable", () => {
    expect(catalogFromSeedsSnapshot(join(dir, "none.json"), seeds)).to.equal(null);
  });
});
