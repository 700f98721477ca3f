/**
 * Syllables through pinyin-pro, which segments words (行业 hang ye, 行动 xing dong). About 136 KB gzip: the pane
 * loads this module as a chunk of its own, only for texts the build's pinyin table does not hold.
 */
import { pinyin } from "pinyin-pro";
import { PinyinCache, type PinyinForms } from "./pinyin-forms";

export function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: "none", type: "array", v: true })
    .map((syllable) => syllable.toLowerCase().replace(/\s+/g, ""))
    .filter((syllable) => syllable.length > 0);
}

/** The pinyin of a text through pinyin-pro, each distinct text once (a PinyinSource for the search index). */
export function pinyinSource(): (text: string) => PinyinForms | null {
  const cache = new PinyinCache(syllablesOf);
  return (text) => cache.of(text);
}
