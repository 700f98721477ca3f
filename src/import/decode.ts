/**
 * A text file's bytes as text: UTF-16 when it starts with its byte order mark (Excel's "Unicode text"), UTF-8 when
 * the bytes are valid UTF-8 (a BOM dropped), else GBK (Excel on Chinese Windows writes CSV in GBK). The text then
 * passes the extractor's guard: a binary file or a text decoded wrongly somewhere before (�, 鍦ㄨ-style mojibake) is
 * refused with the reason.
 */
import { dataFault, type DataFault } from "../core/errors";
import { checkText } from "../extract/guard";

export type TextEncoding = "UTF-8" | "GBK" | "UTF-16";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly fault: DataFault };

function decoded(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16" };
  try {
    // TextDecoder drops a UTF-8 byte order mark by itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "GBK" };
  }
}

/** The text of a file (`file` names it in messages); an empty file is an empty text. */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const { text, encoding } = decoded(bytes);
  if (text.trim() === "") return { ok: true, text, encoding };
  const checked = checkText(text);
  if (!checked.ok)
    return { ok: false, fault: dataFault("IMPORT_FILE_UNREADABLE", { file, reason: checked.error.message }) };
  return { ok: true, text, encoding };
}
