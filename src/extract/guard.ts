/**
 * Before reading: is this text at all? Empty input, a binary file and text decoded with the wrong encoding (GBK read
 * as UTF-8 gives U+FFFD; UTF-8 read as GBK gives 鍦ㄨ-style mojibake) are refused with a message that says why.
 */
import { fail, ok, type Result } from "../core/errors";

/** The largest paste read at once: about 20 MB of text, far more than any plan (a plan is 20–200 KB). */
export const MAX_EXTRACT_CHARS = 20_000_000;

/**
 * Characters that UTF-8 Chinese turns into when read as GBK: 锛 and 銆 come from the full-width comma and the
 * ideographic full stop, the others from the commonest characters (的 中 在 新 产). Real plan text almost never
 * uses them.
 */
const MOJIBAKE = new Set([..."锛銆鐨涓鍦鏂浜绋锟斤拷鎴鏄鍙澶璁瀹缁鐢闂鍔鍚鎶鏈閲鐞"].map((c) => c.charCodeAt(0)));

function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || (code >= 0x7f && code <= 0x9f);
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function checkText(text: string): Result<null> {
  if (text.length > MAX_EXTRACT_CHARS)
    return fail("EXTRACT_TOO_LARGE", { size: text.length, limit: MAX_EXTRACT_CHARS });
  let visible = 0;
  let replacement = 0;
  let control = 0;
  let han = 0;
  let mojibake = 0;
  let latin1 = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0) continue;
    visible++;
    if (code === 0xfffd) replacement++;
    else if (isControl(code)) control++;
    else if (isHan(code)) {
      han++;
      if (MOJIBAKE.has(code)) mojibake++;
    } else if (code >= 0xc0 && code <= 0xff) latin1++;
  }
  if (visible === 0) return fail("EXTRACT_EMPTY");
  // A NUL, or control characters beyond a stray one or two (a form feed, a vertical tab from Word).
  if (text.includes("\0") || (control >= 3 && control > visible * 0.005)) {
    return fail("EXTRACT_NOT_TEXT", {
      reason: { zh: "含有二进制控制字符，像是二进制文件", en: "it holds binary control characters (a binary file?)" },
    });
  }
  if (replacement >= 10 || (replacement > 0 && replacement > visible * 0.01)) {
    return fail("EXTRACT_NOT_TEXT", {
      reason: {
        zh: `含有${replacement}个无法识别的字符（�），可能是编码错误（如GBK编码的文件按UTF-8读取）`,
        en: `it holds ${replacement} unreadable characters (�): a wrong encoding, such as a GBK file read as UTF-8?`,
      },
    });
  }
  if (mojibake >= 5 && mojibake > han * 0.05) {
    return fail("EXTRACT_NOT_TEXT", {
      reason: {
        zh: "文字像是编码错误产生的乱码（如“鍦ㄨ”“锛屾”），可能是UTF-8编码的文件按GBK读取",
        en: "it reads like mojibake (鍦ㄨ, 锛屾): a UTF-8 file read as GBK?",
      },
    });
  }
  if (latin1 >= 10 && latin1 > visible * 0.2) {
    return fail("EXTRACT_NOT_TEXT", {
      reason: {
        zh: "文字像是编码错误产生的乱码（如“Ã¥”），可能是中文文件按西文编码读取",
        en: "it reads like mojibake (Ã¥): a Chinese file read in a Western encoding?",
      },
    });
  }
  return ok(null);
}
