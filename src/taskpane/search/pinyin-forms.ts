/**
 * Pinyin of a name, computed once per distinct string (names repeat across hundreds of records), never per
 * keystroke: the search index stores these forms. The syllables come from pinyin-pro (pinyin-pro.ts, a chunk of its
 * own) or from the table the build publishes for the bundled data (pinyin-table.ts); this module needs neither.
 */

export interface PinyinForms {
  /** 稀土新材料 → "xituxincailiao"; characters that are not Chinese stay as they are (lower case). */
  readonly full: string;
  /** Offsets in `full` where a syllable (or a non-Chinese character) starts, ascending: a match must begin at one. */
  readonly starts: readonly number[];
  /** 稀土新材料 → "xtxcl". */
  readonly initials: string;
}

/** The syllables of a text: one per Chinese character, one per other character, lower case, no spaces. */
export type Syllables = (text: string) => readonly string[];

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export class PinyinCache {
  private readonly forms = new Map<string, PinyinForms | null>();

  constructor(private readonly syllables: Syllables) {}

  /** The forms of `text`, or null when it has no Chinese characters (its text match is enough). */
  of(text: string): PinyinForms | null {
    const cached = this.forms.get(text);
    if (cached !== undefined) return cached;
    const computed = hasHan(text) ? formsOf(this.syllables(text)) : null;
    this.forms.set(text, computed);
    return computed;
  }
}

/** The searchable forms of a text's syllables: joined, where each starts, and their first letters. */
export function formsOf(syllables: readonly string[]): PinyinForms {
  let full = "";
  let initials = "";
  const starts: number[] = [];
  for (const syllable of syllables) {
    if (syllable.length === 0) continue;
    starts.push(full.length);
    full += syllable;
    initials += syllable[0]!;
  }
  return { full, starts, initials };
}

/** Whether `token` occurs in `forms.full` starting at a syllable boundary: "xitu" in xi|tu|xin, not "itu". */
export function matchesPinyin(forms: PinyinForms, token: string): boolean {
  let at = forms.full.indexOf(token);
  while (at >= 0) {
    if (forms.starts.includes(at)) return true;
    at = forms.full.indexOf(token, at + 1);
  }
  return false;
}
