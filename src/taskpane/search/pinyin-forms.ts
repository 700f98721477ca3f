/**
 * Pinyin of a name, computed once per distinct string (names repeat across hundreds of records), never per
 * keystroke: the search index stores these forms.
 */
import { pinyin } from "pinyin-pro";

export interface PinyinForms {
  /** 稀土新材料 → "xituxincailiao"; characters that are not Chinese stay as they are (lower case). */
  readonly full: string;
  /** Offsets in `full` where a syllable (or a non-Chinese character) starts: a match must begin at one. */
  readonly starts: ReadonlySet<number>;
  /** 稀土新材料 → "xtxcl". */
  readonly initials: string;
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export class PinyinCache {
  private readonly forms = new Map<string, PinyinForms | null>();

  /** The forms of `text`, or null when it has no Chinese characters (its text match is enough). */
  of(text: string): PinyinForms | null {
    const cached = this.forms.get(text);
    if (cached !== undefined) return cached;
    const computed = hasHan(text) ? compute(text) : null;
    this.forms.set(text, computed);
    return computed;
  }
}

/** The pinyin of a text through pinyin-pro, each distinct text once (a PinyinSource for the search index). */
export function pinyinSource(): (text: string) => PinyinForms | null {
  const cache = new PinyinCache();
  return (text) => cache.of(text);
}

function compute(text: string): PinyinForms {
  const syllables = pinyin(text, { toneType: "none", type: "array", v: true });
  let full = "";
  let initials = "";
  const starts = new Set<number>();
  for (const syllable of syllables) {
    const lower = syllable.toLowerCase().replace(/\s+/g, "");
    if (lower.length === 0) continue;
    starts.add(full.length);
    full += lower;
    // The first letter of each syllable: what pinyin-pro's pattern "first" gives, without segmenting twice.
    initials += lower[0]!;
  }
  return { full, starts, initials };
}

/** Whether `token` occurs in `forms.full` starting at a syllable boundary: "xitu" in xi|tu|xin, not "itu". */
export function matchesPinyin(forms: PinyinForms, token: string): boolean {
  let at = forms.full.indexOf(token);
  while (at >= 0) {
    if (forms.starts.has(at)) return true;
    at = forms.full.indexOf(token, at + 1);
  }
  return false;
}
