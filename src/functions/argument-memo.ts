/**
 * Answers keyed by the arguments exactly as a host passes them (text, number, null, or a range by identity), in one
 * open-addressing table hashed over all of them: a call hashes its arguments, reads one slot and compares the
 * arguments held there — no key string joined, no map per argument, nothing allocated unless the question is new.
 * Kept per catalogue (a catalogue never changes; a refresh installs a new one and with it an empty memo).
 */

/** As the catalogue's own memos: a sheet of distinct questions can fill it, then it starts again. */
const LIMIT = 100_000;

/**
 * A text is hashed by its length and its first and last characters (names differ at their ends: 稀土新材料0 and
 * 稀土新材料1); one whose hash collides is told apart by comparing it whole.
 */
const HASHED_ENDS = 16;

/** Scratch space to hash a number's bits without allocating. */
const numberBits = new Float64Array(1);
const numberWords = new Int32Array(numberBits.buffer);

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193);
}

function hashText(hash: number, text: string): number {
  const length = text.length;
  hash = mix(hash, length);
  if (length <= 2 * HASHED_ENDS) {
    for (let i = 0; i < length; i++) hash = mix(hash, text.charCodeAt(i));
  } else {
    for (let i = 0; i < HASHED_ENDS; i++) hash = mix(hash, text.charCodeAt(i));
    for (let i = length - HASHED_ENDS; i < length; i++) hash = mix(hash, text.charCodeAt(i));
  }
  return hash;
}

/** Equal arguments (SameValueZero, a missing one as null: what a Map key compares) hash alike. */
function hashOf(args: readonly unknown[]): number {
  let hash = 0x811c9dc5 ^ args.length;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === "string") hash = hashText(mix(hash, 1), arg);
    else if (typeof arg === "number") {
      numberBits[0] = arg === 0 ? 0 : arg; // -0 as 0
      hash = mix(mix(mix(hash, 2), numberWords[0]!), numberWords[1]!);
    } else if (arg === null || arg === undefined) hash = mix(hash, 3);
    else if (typeof arg === "boolean") hash = mix(hash, arg ? 4 : 5);
    else hash = mix(hash, 6); // a range or other object: compared by identity
  }
  return hash | 0;
}

function same(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  return x === y || (x !== x && y !== y); // NaN: the one value unequal to itself (SameValueZero)
}

function sameArguments(held: readonly unknown[], args: readonly unknown[]): boolean {
  if (held.length !== args.length) return false;
  for (let i = 0; i < args.length; i++) if (!same(held[i], args[i])) return false;
  return true;
}

export class ArgumentMemo<T> {
  private keys: Array<readonly unknown[] | undefined> = [];
  private hashes = new Int32Array(0);
  private values: Array<T | undefined> = [];
  private size = 0;

  constructor(readonly owner: object) {
    this.reset(1024);
  }

  /** The memoised answer for these arguments, or `compute()`'s, remembered (the arguments are copied). */
  get(args: readonly unknown[], compute: () => T): T {
    const hash = hashOf(args);
    const found = this.slotOf(args, hash);
    if (this.keys[found] !== undefined) return this.values[found]!;
    const value = compute();
    if (this.size >= LIMIT) {
      this.reset(1024);
      return value;
    }
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    // Probed again: the table may have grown, or `compute` asked this memo something.
    const slot = this.slotOf(args, hash);
    if (this.keys[slot] === undefined) this.size++;
    this.keys[slot] = args.slice();
    this.hashes[slot] = hash;
    this.values[slot] = value;
    return value;
  }

  /** The slot holding these arguments, or the empty one where they would go. */
  private slotOf(args: readonly unknown[], hash: number): number {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    for (;;) {
      const held = this.keys[slot];
      if (held === undefined || (this.hashes[slot] === hash && sameArguments(held, args))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private reset(capacity: number): void {
    this.keys = new Array<readonly unknown[] | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.reset(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const held = keys[i];
      if (held === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = held;
      this.hashes[slot] = hashes[i]!;
      this.values[slot] = values[i];
    }
    this.size = keys.reduce((n, held) => (held === undefined ? n : n + 1), 0);
  }
}
