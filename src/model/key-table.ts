import { allocateShared } from './allocate-shared.ts';
import { hashCapacity } from './hash-capacity.ts';

/** What a `KeyTable` holds, for another thread: its slots (on shared memory) and key count. */
export interface KeyTableParts {
  readonly slots: Int32Array;
  readonly count: number;
}

/**
 * An open-addressing hash table from non-zero 32-bit feature keys to row numbers 0…n−1
 * (linear probing, power-of-two capacity, at most half full). Key and row sit side by side in
 * one array, so a lookup touches one cache line. Faster and far smaller than a `Map` for the
 * million-key tables of a tagger. The slots are on shared memory, so a worker thread can read
 * the same table (`parts`, `KeyTable.adopt`).
 */
export class KeyTable {
  /** Slot s holds its key (as int32) at 2s and its row at 2s + 1; key 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const capacity = hashCapacity(expected);
    this.slots = allocateShared(Int32Array, capacity * 2);
    this.mask = capacity - 1;
  }

  /** The table whose `parts` another thread handed over, sharing its slots (read it only: a shared table must not grow). */
  static adopt(parts: KeyTableParts): KeyTable {
    const table = new KeyTable(0);
    table.slots = parts.slots;
    table.mask = parts.slots.length / 2 - 1;
    table.count = parts.count;
    return table;
  }

  /** The slots and count, for `KeyTable.adopt` in another thread. */
  parts(): KeyTableParts {
    return { slots: this.slots, count: this.count };
  }

  get size(): number {
    return this.count;
  }

  /** The row of `key`, or −1 (always for key 0, which marks an empty slot: never the row an empty slot holds). */
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const k = key | 0;
    let slot = k & mask;
    for (;;) {
      const found = slots[slot << 1];
      if (found === 0) return -1;
      if (found === k) return slots[(slot << 1) + 1];
      slot = (slot + 1) & mask;
    }
  }

  /** The row of `key`, adding it as row `size` when it is new. */
  intern(key: number): number {
    const k = key | 0;
    if (k === 0) throw new Error('KeyTable: key 0 is reserved');
    let slot = k & this.mask;
    for (;;) {
      const found = this.slots[slot << 1];
      if (found === k) return this.slots[(slot << 1) + 1];
      if (found === 0) break;
      slot = (slot + 1) & this.mask;
    }
    const row = this.count++;
    this.slots[slot << 1] = k;
    this.slots[(slot << 1) + 1] = row;
    if (this.count * 2 > this.slots.length / 2) this.grow();
    return row;
  }

  /** Maps `key` to `value` (≥ 0), whatever it mapped to before; for tables whose values are not row numbers. */
  put(key: number, value: number): void {
    const k = key | 0;
    if (k === 0) throw new Error('KeyTable: key 0 is reserved');
    let slot = k & this.mask;
    for (;;) {
      const found = this.slots[slot << 1];
      if (found === k) {
        this.slots[(slot << 1) + 1] = value;
        return;
      }
      if (found === 0) break;
      slot = (slot + 1) & this.mask;
    }
    this.count++;
    this.slots[slot << 1] = k;
    this.slots[(slot << 1) + 1] = value;
    if (this.count * 2 > this.slots.length / 2) this.grow();
  }

  /** Every key (unsigned) with its row, in slot order. */
  *entries(): IterableIterator<[number, number]> {
    for (let slot = 0; slot < this.slots.length; slot += 2) {
      if (this.slots[slot] !== 0) yield [this.slots[slot] >>> 0, this.slots[slot + 1]];
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = allocateShared(Int32Array, old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let s = 0; s < old.length; s += 2) {
      const k = old[s];
      if (k === 0) continue;
      let slot = k & this.mask;
      while (this.slots[slot << 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot << 1] = k;
      this.slots[(slot << 1) + 1] = old[s + 1];
    }
  }
}
