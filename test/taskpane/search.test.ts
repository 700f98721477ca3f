/** Search as you type: Chinese, pinyin, initials, numbers, filters; and its ranking. */
import { expect } from "chai";
import fc from "fast-check";
import { normalizeText } from "../../src/core/text";
import { fieldsOf, SearchIndex, tokenize } from "../../src/taskpane/search/search-index";
import { matchesPinyin, PinyinCache } from "../../src/taskpane/search/pinyin-forms";
import { pinyinSource, syllablesOf } from "../../src/taskpane/search/pinyin-pro";
import { seedCatalog } from "../support/seeds";

const catalog = seedCatalog();
const index = new SearchIndex(catalog, pinyinSource());
const ids = (query: string, filters = {}) => index.search(query, filters).map((h) => h.entry.record.id);
const isRareEarth = (query: string) => index.search(query).map((h) => h.entry.record.sector.join("›"));

describe("taskpane search", () => {
  it("finds 稀土 by characters, full pinyin and initials, 稀土 records first", () => {
    const byChars = index.search("稀土");
    expect(byChars.length).to.be.greaterThan(10);
    expect(
      byChars.every((h) => h.entry.sectorLabel.includes("稀土") || h.entry.record.quote.includes("稀土")),
    ).to.equal(true);
    const byPinyin = isRareEarth("xitu");
    expect(byPinyin.slice(0, 10).every((s) => s.includes("稀土"))).to.equal(true);
    expect(new Set(ids("xitu"))).to.include.all.keys(
      ...byChars.filter((h) => h.entry.sectorLabel.includes("稀土")).map((h) => h.entry.record.id),
    );
    expect(isRareEarth("xt")[0]).to.include("稀土");
    expect(isRareEarth("xitux")[0]).to.include("稀土新材料");
  });

  it("matches pinyin only at syllable starts (itu is not xitu)", () => {
    expect(isRareEarth("itu").some((s) => s.includes("稀土"))).to.equal(false);
  });

  it("finds numbers: the value first, then digits standing alone in a quote", () => {
    const hits = ids("350");
    expect(hits[0]).to.equal("000-L17-7");
    expect(hits).to.include("001E-L375-1");
    expect(ids("１３５０")).to.not.include("000-L17-7");
  });

  it("ANDs tokens across fields and scripts: 内蒙古 xitu 350, xitu350", () => {
    expect(ids("内蒙古 xitu 350")).to.deep.equal(["000-L17-7"]);
    expect(ids("xitu350")).to.deep.equal(["000-L17-7"]);
    expect(ids("chanzhi xitu")).to.include.members(["000-L17-7", "001D-L285-7"]);
  });

  it("searches regions, plans and quotes too", () => {
    expect(ids("安徽").length).to.equal(8);
    expect(ids("anhui").length).to.equal(8);
    expect(ids("001D").length).to.equal(catalog.plans().find((p) => p.id === "001D")!.records.length);
    expect(ids("就地转化率")).to.include("000-L17-1");
  });

  it("filters by year, metric and kind, with or without a query", () => {
    const all2027 = index.search("", { year: 2027 });
    expect(all2027.length).to.be.greaterThan(0);
    expect(all2027.every((h) => h.entry.record.year === 2027)).to.equal(true);
    expect(ids("xitu", { metric: "产值" })).to.deep.equal(["000-L17-7", "001D-L285-7"]);
    expect(index.search("", { kind: "baseline" }).every((h) => h.entry.record.kind === "baseline")).to.equal(true);
    expect(index.search("").length).to.equal(catalog.entries.length);
  });

  it("offers facets: the years, metrics (most frequent first) and kinds present", () => {
    expect(index.facets.years).to.include(2025);
    expect(index.facets.metrics[0]).to.equal("产能");
    expect(index.facets.kinds).to.include("target");
  });

  it("tokenizes at spaces and script changes, folding full width", () => {
    expect(tokenize(" 内蒙古　XiTu３５０ ").map((t) => t.text)).to.deep.equal(["内蒙古", "xitu", "350"]);
  });

  it("every record is found by its metric and sector leaf, in characters and in pinyin", () => {
    const cache = new PinyinCache(syllablesOf);
    fc.assert(
      fc.property(fc.constantFrom(...catalog.entries), (entry) => {
        const leaf = entry.record.sector.at(-1)!;
        expect(ids(`${entry.metricLabel} ${leaf}`)).to.include(entry.record.id);
        const pinyin = cache.of(leaf);
        if (pinyin) expect(ids(pinyin.full)).to.include(entry.record.id);
      }),
      { numRuns: 60 },
    );
  });

  it("a one-letter query finds every record with the letter in its text or starting a syllable of its pinyin", () => {
    const cache = new PinyinCache(syllablesOf);
    const holds = (raw: string, letter: string): boolean => {
      const forms = cache.of(raw.normalize("NFKC"));
      return normalizeText(raw).includes(letter) || (forms !== null && matchesPinyin(forms, letter));
    };
    for (const letter of "abcdefghjklmnopqrstwxyz") {
      const expected = catalog.entries
        .filter((entry) => fieldsOf(entry).some((field) => holds(field.raw, letter)))
        .map((entry) => entry.record.id);
      expect(new Set(ids(letter)), letter).to.deep.equal(new Set(expected));
    }
  });

  it("typing on narrows from the last keystroke to exactly what a fresh search finds", () => {
    const typing = new SearchIndex(catalog, pinyinSource());
    for (const query of ["xitu350", "稀土新材料 产值", "内蒙古 xt 2025", "001d 产能", "anhui mj", "35 万吨", "gyhlw"]) {
      for (let i = 1; i <= query.length; i++) {
        const prefix = query.slice(0, i);
        const fresh = new SearchIndex(catalog, pinyinSource()).search(prefix).map((h) => h.entry.record.id);
        expect(
          typing.search(prefix).map((h) => h.entry.record.id),
          prefix,
        ).to.deep.equal(fresh);
      }
    }
  });
});
