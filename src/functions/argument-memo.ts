/**
 * Answers keyed by the arguments exactly as Excel passes them (text, number or null), one map per argument: a
 * repeated call reads five maps and builds nothing — no coerced query, no joined key. Kept per catalogue (a
 * catalogue never changes; a refresh installs a new one and with it an empty memo).
 */
type Level = Map<unknown, unknown>;

/** As the catalogue's own memos: a sheet of distinct questions can fill it, then it starts again. */
const LIMIT = 100_000;

export class ArgumentMemo<T> {
  private root: Level = new Map();
  private size = 0;

  constructor(readonly owner: object) {}

  /** The memoised answer for these arguments, or `compute()`'s, remembered. */
  get(args: readonly unknown[], compute: () => T): T {
    let level = this.root;
    const last = args.length - 1;
    for (let i = 0; i < last; i++) {
      const key = args[i] ?? null;
      let next = level.get(key) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const key = args[last] ?? null;
    if (level.has(key)) return level.get(key) as T;
    const value = compute();
    if (this.size >= LIMIT) {
      this.root = new Map();
      this.size = 0;
      return value;
    }
    level.set(key, value);
    this.size++;
    return value;
  }
}
