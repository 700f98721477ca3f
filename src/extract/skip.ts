/**
 * What is never a quantity wherever it stands, as a mask over the line: book titles (《中国制造2025》), standard codes
 * (GB/T 32161), document numbers (〔2019〕454号), structure labels (2+(3+6)+(4+5), 4+4+N, 20+8), year spans
 * (2021-2025), dates, box and figure numbers (专栏1, 图1), ordinals (第7位) and ranks (前10家). Every pattern is
 * bounded, so a line of any length is scanned in linear time.
 */
const SKIP_PATTERNS: readonly RegExp[] = [
  /《[^》《\n]{0,120}》/g,
  /(?:GB|JB|YB|HG|QB|SJ|DB\d*|T)\s*\/\s*T\s*[\d.-]{1,20}|(?:GB|ISO|IEC)\s*[\d.-]{1,20}/g,
  /[〔[]\d{4}[〕\]]\s*\d{0,6}号?/g,
  /(?:\d{1,4}|N|\([^()\n]{0,20}\))(?:\s*\+\s*(?:\d{1,4}|N|\([^()\n]{0,20}\)))+/g,
  /\d{4}\s*[-—~至]\s*\d{4}\s*年?/g,
  /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/g,
  /(?:专栏|图|表|附件|附表|附图)\s*\d{1,3}/g,
  /第\s*[\d一二三四五六七八九十百]{1,6}/g,
  /前\s*\d{1,3}(?=\s*(?:家|名|位|强))/g,
];

export type SkipMask = Uint8Array;

export function skipMask(folded: string): SkipMask {
  const mask = new Uint8Array(folded.length);
  for (const pattern of SKIP_PATTERNS) {
    for (const match of folded.matchAll(pattern)) mask.fill(1, match.index, match.index + match[0].length);
  }
  return mask;
}

export function skipped(mask: SkipMask, at: number): boolean {
  return mask[at] === 1;
}
