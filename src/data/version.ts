/** Version labels of datasets, the same whether Node read the files or webpack bundled them. */

/** The version label of seed content. */
export function seedsVersion(
  regions: unknown,
  aliases: unknown,
  plans: ReadonlyArray<{ readonly content: unknown }>,
): string {
  const parts = [JSON.stringify(regions), JSON.stringify(aliases), ...plans.map((p) => JSON.stringify(p.content))];
  return `seeds-${fingerprint(parts)}`;
}

/** FNV-1a over the content: a short, stable version label for a dataset, the same in Node and the browser. */
export function fingerprint(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash = (hash ^ 0xff) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
