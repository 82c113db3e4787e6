import { hashString } from './hash-feature.ts';
import { KeyTable, type KeyTableParts } from './key-table.ts';

/**
 * Averaged perceptron (Collins 2002; Freund & Schapire 1999), shared by every tagger we train.
 * Training keeps, per weight, the running total and the step of its last change, so averaging
 * is exact and costs nothing per step ("lazy averaging").
 *
 * A feature is a non-zero 32-bit key (see `hash-feature.ts`); it owns a row of `classCount`
 * weights. Two APIs reach the same rows: a simple one over feature strings ("w=zegt", hashed
 * with `hashString`) and a fast one over a buffer of keys that a feature extractor fills
 * without building strings. `PerceptronModel` is the trained, averaged and pruned result.
 */

/** Key → row offset; throws on a key that occurs twice (`unique`: the keys are known to be distinct, no need to look). */
function buildTable(keys: Uint32Array, offsets: Int32Array, unique = false): KeyTable {
  const table = new KeyTable(keys.length);
  for (let r = 0; r < keys.length; r++) {
    if (!unique && table.get(keys[r]) >= 0) throw new Error(`perceptron: feature key ${keys[r]} occurs twice`);
    table.put(keys[r], offsets[r]);
  }
  return table;
}

/**
 * The trained model: read-only, fast to score. Weights are kept quantised to 16 bits with one
 * scale for the whole model (what the model file stores, so a loaded model scores exactly like
 * the one that was saved); scores come out at the true scale. Rows are stored sparse — a
 * feature has only three or four non-zero weights on average — right where the key table
 * points, so scoring a feature touches two small places in memory.
 */
export class PerceptronModel {
  readonly classes: readonly string[];
  /** Weight = stored value × scale. */
  readonly scale: number;
  /** Feature key → offset of its row in `cells`; built on first use (a two-stage entity tagger scores through its own stacked table and never needs it). */
  private tableCache: KeyTable | null = null;
  /** Lookups answered by searching `keys` before the table was built (see `rowOf`). */
  private searches = 0;
  private readonly keys: Uint32Array;
  /** Per key, in the order of `keys`: the offset of its row in `cells`. */
  private readonly offsets: Int32Array;
  /** Rows one after the other: count, then count × (class, weight). */
  private readonly cells: Int16Array;
  private readonly sums: Int32Array;

  /**
   * `weights` holds one row of `classes.length` weights per key, in the order of `keys`: true
   * weights (Float32Array, quantised here), already quantised ones (Int16Array) with their
   * `scale`, or quantised sparse rows as `cells` keeps them (what `decodeModel` reads).
   */
  constructor(classes: readonly string[], keys: Uint32Array, weights: Float32Array | Int16Array | SparseRows, scale = 0) {
    const n = classes.length;
    if (!(weights instanceof Float32Array || weights instanceof Int16Array)) {
      if (!(scale > 0)) throw new Error('perceptron: quantised weights need a positive scale');
      if (weights.offsets.length !== keys.length) throw new Error(`perceptron: ${weights.offsets.length} rows do not fit ${keys.length} features`);
      this.classes = classes;
      this.scale = scale;
      this.keys = keys;
      this.offsets = weights.offsets;
      this.cells = weights.cells;
      this.sums = new Int32Array(n);
      // Keys in strictly ascending order (what `decodeModel` reads) cannot repeat: the table waits for its first use.
      let ascending = true;
      for (let r = 1; r < keys.length && ascending; r++) ascending = keys[r] > keys[r - 1];
      if (!ascending) this.tableCache = buildTable(keys, weights.offsets);
      return;
    }
    if (weights.length !== keys.length * n) {
      throw new Error(`perceptron: ${weights.length} weights do not fit ${keys.length} features × ${n} classes`);
    }
    let quantised: Int16Array;
    if (weights instanceof Int16Array) {
      if (!(scale > 0)) throw new Error('perceptron: quantised weights need a positive scale');
      this.scale = scale;
      quantised = weights;
    } else {
      let largest = 0;
      for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]));
      this.scale = largest > 0 ? largest / 32767 : 1;
      quantised = new Int16Array(weights.length);
      for (let i = 0; i < weights.length; i++) quantised[i] = Math.round(weights[i] / this.scale);
    }
    let nonZero = 0;
    for (let i = 0; i < quantised.length; i++) if (quantised[i] !== 0) nonZero++;
    this.classes = classes;
    this.keys = keys;
    this.offsets = new Int32Array(keys.length);
    this.cells = new Int16Array(keys.length + 2 * nonZero);
    this.sums = new Int32Array(n);
    let at = 0;
    for (let r = 0; r < keys.length; r++) {
      this.offsets[r] = at;
      const countAt = at++;
      let count = 0;
      for (let c = 0; c < n; c++) {
        const q = quantised[r * n + c];
        if (q === 0) continue;
        this.cells[at++] = c;
        this.cells[at++] = q;
        count++;
      }
      this.cells[countAt] = count;
    }
    this.tableCache = buildTable(keys, this.offsets);
  }

  /** A model whose `parts` another thread handed over, reading the same memory (and its key table, if it had built one). */
  static adopt(parts: PerceptronModelParts): PerceptronModel {
    const model = new PerceptronModel(parts.classes, parts.keys, { cells: parts.cells, offsets: parts.offsets }, parts.scale);
    if (parts.table !== null) model.tableCache = KeyTable.adopt(parts.table);
    return model;
  }

  /** The model's arrays (on shared memory when decoded from a file) and its key table if built, for `PerceptronModel.adopt` in another thread. */
  parts(): PerceptronModelParts {
    return { classes: this.classes, scale: this.scale, keys: this.keys, offsets: this.offsets, cells: this.cells, table: this.tableCache?.parts() ?? null };
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /**
   * The row offset of `key`, or −1. Until the table is built, a few lookups in keys stored in
   * ascending order (what a decoded model has) search them instead: the entity tagger reads only
   * its transition rows this way and scores everything else through its stacked table.
   */
  private rowOf(key: number): number {
    if (this.tableCache === null && this.searches < 4096) {
      // No table yet: the keys are in strictly ascending order (the constructor builds it at once otherwise).
      const keys = this.keys;
      this.searches++;
      const k = key >>> 0;
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid] < k) lo = mid + 1;
        else if (keys[mid] > k) hi = mid - 1;
        else return this.offsets[mid];
      }
      return -1;
    }
    return this.table.get(key);
  }

  private get table(): KeyTable {
    // Not built yet: the keys are in strictly ascending order, so distinct.
    if (this.tableCache === null) this.tableCache = buildTable(this.keys, this.offsets, true);
    return this.tableCache;
  }

  /** Scores `features` (strings) into `out` (length `classes.length`). */
  score(features: readonly string[], out: Float64Array): Float64Array {
    this.sums.fill(0);
    for (let f = 0; f < features.length; f++) this.addRow(this.table.get(hashString(features[f])));
    return this.scaled(out);
  }

  /** Scores the first `count` keys of `keys` into `out`. */
  scoreKeys(keys: ArrayLike<number>, count: number, out: Float64Array): Float64Array {
    this.sums.fill(0);
    for (let f = 0; f < count; f++) this.addRow(this.rowOf(keys[f]));
    return this.scaled(out);
  }

  /** Index of the best class for `features`; ties go to the lower index. */
  best(features: readonly string[], scratch: Float64Array = new Float64Array(this.classes.length)): number {
    return argmax(this.score(features, scratch));
  }

  /** Index of the best class for the first `count` keys (ties to the lower index); the fast path of greedy taggers. */
  bestKeys(keys: ArrayLike<number>, count: number): number {
    const sums = this.sums;
    sums.fill(0);
    for (let f = 0; f < count; f++) this.addRow(this.table.get(keys[f]));
    let best = 0;
    for (let c = 1; c < sums.length; c++) if (sums[c] > sums[best]) best = c;
    return best;
  }

  /**
   * Adds the stored (quantised) rows of the first `count` keys into `sums[at … at + classes)`:
   * whole numbers, so sums taken in parts and added up come out exactly as one sum (× `scale`
   * for true scores). For taggers that keep the parts of a score that recur.
   */
  addKeys(keys: ArrayLike<number>, count: number, sums: Int32Array, at: number): void {
    const table = this.table;
    const cells = this.cells;
    for (let f = 0; f < count; f++) {
      const row = table.get(keys[f]);
      if (row < 0) continue;
      const end = row + 1 + 2 * cells[row];
      for (let j = row + 1; j < end; j += 2) sums[at + cells[j]] += cells[j + 1];
    }
  }

  /** Every feature key with its row of weights (at the true scale), in row order. */
  *entries(): IterableIterator<[number, Float32Array]> {
    for (let r = 0; r < this.keys.length; r++) {
      yield [this.keys[r], Float32Array.from(this.denseRow(r), (q) => q * this.scale)];
    }
  }

  /** This model without the features whose largest absolute weight is below `minWeight`. */
  pruned(minWeight: number): PerceptronModel {
    const { keys, weights } = this.quantised();
    const n = this.classes.length;
    const limit = minWeight / this.scale;
    const kept: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      let largest = 0;
      for (let c = 0; c < n; c++) largest = Math.max(largest, Math.abs(weights[r * n + c]));
      if (largest >= limit && largest > 0) kept.push(r);
    }
    const keptKeys = new Uint32Array(kept.length);
    const keptWeights = new Int16Array(kept.length * n);
    kept.forEach((r, i) => {
      keptKeys[i] = keys[r];
      keptWeights.set(weights.subarray(r * n, r * n + n), i * n);
    });
    return new PerceptronModel(this.classes, keptKeys, keptWeights, this.scale);
  }

  /** The keys and their quantised rows (dense, in key order), for serialisation. */
  quantised(): { readonly keys: Uint32Array; readonly weights: Int16Array; readonly scale: number } {
    const n = this.classes.length;
    const weights = new Int16Array(this.keys.length * n);
    const cells = this.cells;
    // Straight from the sparse cells, no array per row: the entity tagger stacks its models this way at start-up.
    for (let r = 0; r < this.keys.length; r++) {
      const at = this.offsets[r];
      const end = at + 1 + 2 * cells[at];
      for (let j = at + 1; j < end; j += 2) weights[r * n + cells[j]] = cells[j + 1];
    }
    return { keys: this.keys, weights, scale: this.scale };
  }

  private denseRow(r: number): Int16Array {
    const row = new Int16Array(this.classes.length);
    const at = this.offsets[r];
    const count = this.cells[at];
    for (let j = 0; j < count; j++) row[this.cells[at + 1 + 2 * j]] = this.cells[at + 2 + 2 * j];
    return row;
  }

  private addRow(at: number): void {
    if (at < 0) return;
    const cells = this.cells;
    const sums = this.sums;
    const end = at + 1 + 2 * cells[at];
    for (let j = at + 1; j < end; j += 2) sums[cells[j]] += cells[j + 1];
  }

  private scaled(out: Float64Array): Float64Array {
    const sums = this.sums;
    for (let c = 0; c < sums.length; c++) out[c] = sums[c] * this.scale;
    return out;
  }
}

/** What `PerceptronModel.parts` gives another thread. */
export interface PerceptronModelParts extends SparseRows {
  readonly classes: readonly string[];
  readonly scale: number;
  readonly keys: Uint32Array;
  readonly table: KeyTableParts | null;
}

/** Quantised rows one after the other, each: count, then count × (class, weight); `offsets[r]`: where row r starts. */
export interface SparseRows {
  readonly cells: Int16Array;
  readonly offsets: Int32Array;
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** Options of `PerceptronTrainer.finish`. */
export interface FinishOptions {
  /** Drop features whose largest absolute averaged weight is below this; default 0 (keep all non-zero). */
  readonly minWeight?: number;
}

/** Learns a `PerceptronModel` one example at a time. */
export class PerceptronTrainer {
  readonly classes: readonly string[];
  private readonly table = new KeyTable(1 << 16);
  private readonly featureKeys: number[] = [];
  private weights = new Float32Array(0);
  private totals = new Float64Array(0);
  private stamps = new Int32Array(0);
  private step = 0;

  constructor(classes: readonly string[]) {
    if (classes.length === 0) throw new Error('perceptron: no classes');
    this.classes = classes;
  }

  get featureCount(): number {
    return this.featureKeys.length;
  }

  /** Scores `features` (strings) with the current, not averaged, weights into `out`. */
  score(features: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    for (const feature of features) this.addRow(this.table.get(hashString(feature)), out);
    return out;
  }

  /** Scores the first `count` keys with the current weights into `out`. */
  scoreKeys(keys: ArrayLike<number>, count: number, out: Float64Array): Float64Array {
    out.fill(0);
    for (let f = 0; f < count; f++) this.addRow(this.table.get(keys[f]), out);
    return out;
  }

  /** Counts one training example; call once per example, before or after `update`. */
  tick(): void {
    this.step++;
  }

  /** Moves weight from the guessed class to the true class for each feature (strings). */
  update(truth: number, guess: number, features: readonly string[], amount = 1): void {
    if (truth === guess) return;
    for (const feature of features) this.change(this.rowOf(hashString(feature)), truth, guess, amount);
  }

  /** Moves weight from the guessed class to the true class for the first `count` keys. */
  updateKeys(truth: number, guess: number, keys: ArrayLike<number>, count: number, amount = 1): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) this.change(this.rowOf(keys[f]), truth, guess, amount);
  }

  /** Averages the weights over every step so far and returns the model. */
  finish(options: FinishOptions = {}): PerceptronModel {
    const minWeight = options.minWeight ?? 0;
    const n = this.classes.length;
    const steps = Math.max(1, this.step);
    const keptKeys: number[] = [];
    const averaged: number[] = [];
    const row = new Float32Array(n);
    for (let r = 0; r < this.featureKeys.length; r++) {
      let largest = 0;
      for (let c = 0; c < n; c++) {
        const i = r * n + c;
        const total = this.totals[i] + (this.step - this.stamps[i]) * this.weights[i];
        row[c] = total / steps;
        largest = Math.max(largest, Math.abs(row[c]));
      }
      if (largest === 0 || largest < minWeight) continue;
      keptKeys.push(this.featureKeys[r]);
      for (let c = 0; c < n; c++) averaged.push(row[c]);
    }
    return new PerceptronModel(this.classes, Uint32Array.from(keptKeys), Float32Array.from(averaged));
  }

  private addRow(row: number, out: Float64Array): void {
    if (row < 0) return;
    const n = out.length;
    const base = row * n;
    for (let c = 0; c < n; c++) out[c] += this.weights[base + c];
  }

  private change(row: number, truth: number, guess: number, amount: number): void {
    const base = row * this.classes.length;
    this.bump(base + truth, amount);
    this.bump(base + guess, -amount);
  }

  private bump(i: number, amount: number): void {
    this.totals[i] += (this.step - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.step;
    this.weights[i] += amount;
  }

  private rowOf(key: number): number {
    const row = this.table.intern(key);
    if (row < this.featureKeys.length) return row;
    this.featureKeys.push(key);
    const needed = (row + 1) * this.classes.length;
    if (needed > this.weights.length) this.grow(Math.max(needed, this.weights.length * 2, 1024));
    return row;
  }

  private grow(size: number): void {
    const weights = new Float32Array(size);
    weights.set(this.weights);
    const totals = new Float64Array(size);
    totals.set(this.totals);
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.weights = weights;
    this.totals = totals;
    this.stamps = stamps;
  }
}
