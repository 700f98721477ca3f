/** Answers memoised per catalogue (a catalogue never changes); past this many, a memo starts afresh. */
export const MEMO_LIMIT = 100_000;

/** The value remembered under `key`, computed (and remembered) on first ask. */
export function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}
