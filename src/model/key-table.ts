/**
 * An open-addressing hash table from non-zero 32-bit feature keys to row numbers 0…n−1
 * (linear probing, power-of-two capacity, at most half full). Faster and far smaller than a
 * `Map` for the million-key tables of a tagger.
 */
export class KeyTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The row of `key`, or −1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The row of `key`, adding it as row `size` when it is new. */
  intern(key: number): number {
    if (key === 0) throw new Error('KeyTable: key 0 is reserved');
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) break;
      slot = (slot + 1) & this.mask;
    }
    const row = this.count++;
    this.keys[slot] = key;
    this.rows[slot] = row;
    if (this.count * 2 > this.keys.length) this.grow();
    return row;
  }

  /** Every key with its row, in slot order. */
  *entries(): IterableIterator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== 0) yield [this.keys[slot], this.rows[slot]];
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s];
      if (key === 0) continue;
      let slot = key & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = oldRows[s];
    }
  }
}
