/** Every record is reachable by the words its plan uses for its measure (issue 17). */
import { expect } from "chai";
import type { Entry } from "../../src/core/catalog";
import { metricKey } from "../../src/core/names";
import { normalizeText } from "../../src/core/text";
import { seedCatalog, value } from "../support/seeds";

const WORD = /^[\p{L}\p{N}]+$/u;

/** The longest runs of letters and digits (two or more) that the metric and the quote share: the plan's words. */
function planWords(metric: string, quote: string): string[] {
  const m = normalizeText(metric);
  const q = normalizeText(quote);
  const words: string[] = [];
  for (let i = 0; i < m.length; i++) {
    let longest = "";
    for (let j = i + 2; j <= m.length; j++) {
      const piece = m.slice(i, j);
      if (!WORD.test(piece) || !q.includes(piece)) break;
      longest = piece;
    }
    if (longest && !words.some((w) => w.includes(longest))) words.push(longest);
  }
  return words;
}

describe("a record is reachable by the plan's own words for its measure", () => {
  const catalog = seedCatalog();
  const aliases = Object.entries(catalog.dataset.aliases.metrics).map(([name, others]) =>
    [name, ...others].map(metricKey),
  );
  /** A word that is exactly another measure's name (or its alias) in the pool names that measure, not this one. */
  const namesAnother = (word: string, entry: Entry, pool: readonly Entry[]): boolean => {
    const key = metricKey(word);
    const group = aliases.find((g) => g.includes(key)) ?? [key];
    return pool.some(
      (e) =>
        metricKey(e.record.metric) !== metricKey(entry.record.metric) &&
        [e.record.metric, e.metricLabel].some((m) => group.includes(metricKey(m))),
    );
  };

  it("every record, by every word its metric and its quote share (in its plan, at its sector)", () => {
    let words = 0;
    const unreached: string[] = [];
    for (const entry of catalog.entries) {
      const scope = { region: entry.region.name, plan: entry.plan.id, sector: entry.record.sector.join("›") };
      const pool = value(catalog.list(scope));
      for (const word of planWords(entry.record.metric, entry.record.quote)) {
        if (namesAnother(word, entry, pool)) continue;
        words++;
        const found = catalog.list({ ...scope, metric: word });
        if (!found.ok || !found.value.includes(entry)) unreached.push(`${entry.record.id} ${word}`);
      }
    }
    expect(words).to.be.greaterThan(300);
    expect(unreached).to.deep.equal([]);
  });

  it("对标达标活动盟市 is reached by 盟市, 对标达标 and 对标达标活动, in both versions", () => {
    for (const plan of ["000", "001D"]) {
      for (const word of ["盟市", "对标达标", "对标达标活动"]) {
        const answer = value(catalog.target({ region: "内蒙古", sector: "新材料", metric: word, plan }));
        expect(answer.entry.record.metric, `${plan} ${word}`).to.equal("对标达标活动盟市");
      }
    }
  });

  it("a word of the metric the plan does not use, or one character, is still a miss", () => {
    expect(catalog.target({ region: "内蒙古", sector: "新材料", metric: "活动盟", plan: "000" }).ok).to.equal(false);
    expect(catalog.target({ region: "内蒙古", sector: "新材料", metric: "市", plan: "000" }).ok).to.equal(false);
    expect(catalog.target({ region: "内蒙古", sector: "新材料", metric: "城市", plan: "000" }).ok).to.equal(false);
  });
});
