/** sha256 through Web Crypto (the browser, and Node ≥ 20): what verifies every file of a published dataset. */

/** Lowercase hex sha256 of some bytes. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The UTF-8 bytes of a text, as the published files hold them. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Whether bytes are those a reference names: its size, then its sha256 (the size first: it costs nothing). */
export async function matchesRef(
  bytes: Uint8Array<ArrayBuffer>,
  ref: { readonly bytes: number; readonly sha256: string },
): Promise<boolean> {
  return bytes.length === ref.bytes && (await sha256Hex(bytes)) === ref.sha256;
}
