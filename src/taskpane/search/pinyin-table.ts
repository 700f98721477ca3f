/**
 * The pinyin of every searchable text of a catalogue, computed when the data is built (build/datasets.cjs writes
 * it beside taskpane.html as pinyin.json, about 20 KB gzip for the seeds): the pane then searches by pinyin without
 * pinyin-pro, and fetches pinyin-pro only for texts the table lacks (a refresh or an imported plan).
 */
import type { Catalog } from "../../core/catalog";
import { hasHan, PinyinCache, type PinyinForms, type Syllables } from "./pinyin-forms";
import { fieldsOf } from "./search-index";

/** Text (NFKC, as the index asks) → its syllables joined by single spaces. */
export type PinyinTable = Readonly<Record<string, string>>;

export function pinyinTable(catalog: Catalog, syllables: Syllables): PinyinTable {
  const table: Record<string, string> = {};
  for (const entry of catalog.entries) {
    for (const field of fieldsOf(entry)) {
      const text = field.raw.normalize("NFKC");
      if (hasHan(text) && !Object.hasOwn(table, text)) table[text] = syllables(text).join(" ");
    }
  }
  return table;
}

/**
 * A pinyin source reading the table, then `fallback` (pinyin-pro) when given; `missed` counts the texts with
 * Chinese characters that neither answered, so the pane knows to fetch pinyin-pro.
 */
export function tableSource(
  table: PinyinTable,
  fallback: ((text: string) => PinyinForms | null) | null = null,
): { readonly source: (text: string) => PinyinForms | null; readonly missed: () => number } {
  let missed = 0;
  const fromTable = new PinyinCache((text) => table[text]!.split(" "));
  const source = (text: string): PinyinForms | null => {
    if (Object.hasOwn(table, text)) return fromTable.of(text);
    if (fallback) return fallback(text);
    if (hasHan(text)) missed++;
    return null;
  };
  return { source, missed: () => missed };
}
