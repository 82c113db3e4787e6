import { allocateShared, resizeShared } from './allocate-shared.ts';
import { hashCapacity } from './hash-capacity.ts';

/** What a `StringTable` holds, for another thread. */
export interface StringTableParts {
  readonly chars: Uint16Array;
  readonly starts: Int32Array;
  readonly slots: Int32Array;
  readonly count: number;
}

/**
 * Distinct strings numbered 0…n−1 in the order they were added, kept as UTF-16 code units in one
 * array with an open-addressing hash table over them (FNV-1a, linear probing, at most half full).
 * A word list of a model (clusters, a tag dictionary) held so takes a fraction of the memory of
 * a `Map` of strings, and lies on shared memory: worker threads read the same table
 * (`parts`, `StringTable.adopt`) instead of parsing their own.
 */
export class StringTable {
  private chars: Uint16Array;
  /** String i is `chars[starts[i] … starts[i + 1])`. */
  private starts: Int32Array;
  /** Per slot: 1 + the number of the string there, or 0 (empty). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const capacity = hashCapacity(expected);
    this.slots = allocateShared(Int32Array, capacity);
    this.mask = capacity - 1;
    this.starts = allocateShared(Int32Array, expected + 1);
    this.chars = allocateShared(Uint16Array, expected * 8);
  }

  /** The table whose `parts` another thread handed over (read it only: a shared table must not grow). */
  static adopt(parts: StringTableParts): StringTable {
    const table = new StringTable(0);
    table.chars = parts.chars;
    table.starts = parts.starts;
    table.slots = parts.slots;
    table.mask = parts.slots.length - 1;
    table.count = parts.count;
    return table;
  }

  parts(): StringTableParts {
    return { chars: this.chars, starts: this.starts, slots: this.slots, count: this.count };
  }

  get size(): number {
    return this.count;
  }

  /** The number of `text`, or −1. */
  indexOf(text: string): number {
    return this.indexOfRange(text, 0, text.length);
  }

  /** The number of `text.slice(from, end)`, or −1, without making that string. */
  indexOfRange(text: string, from: number, end: number): number {
    const n = end - from;
    let hash = 0x811c9dc5;
    for (let i = from; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    const starts = this.starts;
    const chars = this.chars;
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = slots[slot] - 1;
      if (found < 0) return -1;
      const at = starts[found];
      if (starts[found + 1] - at !== n) continue;
      let i = 0;
      while (i < n && chars[at + i] === text.charCodeAt(from + i)) i++;
      if (i === n) return found;
    }
  }

  /** The number of `text`, adding it as number `size` when it is new. */
  intern(text: string): number {
    return this.internRange(text, 0, text.length);
  }

  /**
   * The number of `text.slice(from, end)`, adding it when it is new, without making that string (a
   * parser's words, straight from the file's text). One pass over the text: its code units are
   * copied behind the last string while hashed, then compared in place; a new string stays there
   * and takes the empty slot the probe ended on.
   */
  internRange(text: string, from: number, end: number): number {
    const n = end - from;
    const index = this.count;
    if (this.starts.length < index + 2) this.starts = resizeShared(this.starts, this.starts.length * 2);
    const at = this.starts[index];
    if (this.chars.length < at + n) this.chars = resizeShared(this.chars, Math.max(this.chars.length * 2, at + n));
    const chars = this.chars;
    let hash = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(from + i);
      chars[at + i] = c;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    const slots = this.slots;
    const starts = this.starts;
    const mask = this.mask;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const found = slots[slot] - 1;
      if (found < 0) break;
      const start = starts[found];
      if (starts[found + 1] - start !== n) continue;
      let i = 0;
      while (i < n && chars[start + i] === chars[at + i]) i++;
      if (i === n) return found;
    }
    this.count = index + 1;
    starts[index + 1] = at + n;
    if (this.count * 2 > slots.length) this.rehash(slots.length * 2);
    else slots[slot] = index + 1;
    return index;
  }

  /** String number `index`. */
  at(index: number): string {
    // apply, not spread: spreading a typed array walks its iterator, two to three times slower.
    return String.fromCharCode.apply(null, this.chars.subarray(this.starts[index], this.starts[index + 1]) as unknown as number[]);
  }

  /** Gives back the room kept for growing; call when every string is in. */
  trim(): void {
    if (this.starts.length > this.count + 1) this.starts = resizeShared(this.starts, this.count + 1);
    const used = this.starts[this.count];
    if (this.chars.length > used) this.chars = resizeShared(this.chars, used);
  }

  private place(index: number): void {
    const from = this.starts[index];
    const end = this.starts[index + 1];
    let hash = 0x811c9dc5;
    for (let i = from; i < end; i++) hash = Math.imul(hash ^ this.chars[i], 0x01000193);
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = index + 1;
  }

  private rehash(capacity: number): void {
    this.slots = allocateShared(Int32Array, capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < this.count; i++) this.place(i);
  }
}
