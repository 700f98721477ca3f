/**
 * GBK bytes of a text, as Excel on Chinese Windows saves a CSV. Node decodes GBK (TextDecoder) but has no encoder:
 * the table is the decoder run over every two-byte code, inverted.
 */
let table: Map<string, number> | null = null;

function codes(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/**
 * A character GBK lacks throws, unless `lossy`: then it becomes ?, as Excel writes it when it saves a CSV in GBK
 * (› in 有色金属›钨产业 comes back as 有色金属?钨产业).
 */
export function gbkBytes(text: string, options: { lossy?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = codes().get(ch);
    if (pair === undefined && options.lossy) {
      out.push(0x3f);
      continue;
    }
    if (pair === undefined) throw new Error(`no GBK code for ${ch}`);
    out.push(pair >> 8, pair & 0xff);
  }
  return new Uint8Array(out);
}
