/** The pinyin table the build publishes: the same forms as pinyin-pro, and pinyin-pro asked only for what it lacks. */
import { expect } from "chai";
import { hasHan } from "../../src/taskpane/search/pinyin-forms";
import { pinyinSource, syllablesOf } from "../../src/taskpane/search/pinyin-pro";
import { pinyinTable, tableSource } from "../../src/taskpane/search/pinyin-table";
import { fieldsOf, SearchIndex } from "../../src/taskpane/search/search-index";
import { seedCatalog } from "../support/seeds";

const catalog = seedCatalog();
const table = pinyinTable(catalog, syllablesOf);

describe("taskpane search: the build's pinyin table", () => {
  it("holds every searchable text with Chinese characters, with pinyin-pro's forms", () => {
    const fromTable = tableSource(table);
    const fromPro = pinyinSource();
    const texts = new Set(catalog.entries.flatMap((e) => fieldsOf(e).map((f) => f.raw.normalize("NFKC"))));
    let compared = 0;
    for (const text of texts) {
      if (!hasHan(text)) continue;
      expect(fromTable.source(text), text).to.deep.equal(fromPro(text));
      compared++;
    }
    expect(compared).to.be.greaterThan(500);
    expect(fromTable.missed()).to.equal(0);
    // 行业 is hang ye: the table keeps pinyin-pro's word segmentation, not one reading per character.
    expect(table["行业"] ?? Object.entries(table).find(([t]) => t.includes("行业"))?.[1]).to.include("hang ye");
  });

  it("counts the texts it lacks, and answers them from the fallback when given one", () => {
    const alone = tableSource(table);
    expect(alone.source("新加的规划正文")).to.equal(null);
    expect(alone.source("GDP")).to.equal(null);
    expect(alone.missed()).to.equal(1);
    const withPro = tableSource(table, pinyinSource());
    expect(withPro.source("新加的规划正文")?.initials).to.equal("xjdghzw");
    expect(withPro.missed()).to.equal(0);
  });

  it("searches as pinyin-pro does", () => {
    const byTable = new SearchIndex(catalog, tableSource(table).source);
    const byPro = new SearchIndex(catalog, pinyinSource());
    for (const query of ["xitu", "xt", "gyhlw", "neimenggu 2025", "hangye", "chanzhi 350"]) {
      const ids = (index: SearchIndex): string[] => index.search(query).map((h) => h.entry.record.id);
      expect(ids(byTable), query).to.deep.equal(ids(byPro));
      expect(ids(byTable).length, query).to.be.greaterThan(0);
    }
  });
});
