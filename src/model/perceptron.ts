/**
 * Averaged perceptron (Collins 2002; Freund & Schapire 1999) over string features, shared by
 * every tagger we train. Training keeps, per weight, the running total and the step of its last
 * change, so averaging is exact and costs nothing per step ("lazy averaging").
 *
 * A feature is a string ("w=zegt", "s3=egt"); it becomes a row of `classCount` weights.
 * `PerceptronModel` is the trained, averaged and pruned result: dense rows for fast scoring.
 */

/** The trained model: read-only, fast to score. */
export class PerceptronModel {
  readonly classes: readonly string[];
  private readonly rows: Map<string, number>;
  private readonly weights: Float32Array;

  constructor(classes: readonly string[], features: readonly string[], weights: Float32Array) {
    if (weights.length !== features.length * classes.length) {
      throw new Error(`perceptron: ${weights.length} weights do not fit ${features.length} features × ${classes.length} classes`);
    }
    this.classes = classes;
    this.weights = weights;
    this.rows = new Map();
    for (let i = 0; i < features.length; i++) this.rows.set(features[i], i);
  }

  get featureCount(): number {
    return this.rows.size;
  }

  /** Adds the scores of `features` into `out` (length `classes.length`), which it first zeroes. */
  score(features: readonly string[], out: Float64Array): Float64Array {
    const n = this.classes.length;
    out.fill(0);
    for (let f = 0; f < features.length; f++) {
      const row = this.rows.get(features[f]);
      if (row === undefined) continue;
      const base = row * n;
      for (let c = 0; c < n; c++) out[c] += this.weights[base + c];
    }
    return out;
  }

  /** Index of the best class for `features`; ties go to the lower index. */
  best(features: readonly string[], scratch: Float64Array = new Float64Array(this.classes.length)): number {
    this.score(features, scratch);
    return argmax(scratch);
  }

  /** Every feature with its row of weights, in row order (for serialisation). */
  *entries(): IterableIterator<[string, Float32Array]> {
    const n = this.classes.length;
    for (const [feature, row] of this.rows) yield [feature, this.weights.subarray(row * n, row * n + n)];
  }
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
  private readonly rows = new Map<string, number>();
  private readonly featureNames: string[] = [];
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Int32Array(0);
  private step = 0;

  constructor(classes: readonly string[]) {
    if (classes.length === 0) throw new Error('perceptron: no classes');
    this.classes = classes;
  }

  /** Scores `features` with the current (not averaged) weights, into `out`. */
  score(features: readonly string[], out: Float64Array): Float64Array {
    const n = this.classes.length;
    out.fill(0);
    for (const feature of features) {
      const row = this.rows.get(feature);
      if (row === undefined) continue;
      const base = row * n;
      for (let c = 0; c < n; c++) out[c] += this.weights[base + c];
    }
    return out;
  }

  /** Counts one training example; call once per example, before or after `update`. */
  tick(): void {
    this.step++;
  }

  /** Moves weight from the guessed class to the true class for each feature. */
  update(truth: number, guess: number, features: readonly string[], amount = 1): void {
    if (truth === guess) return;
    for (const feature of features) {
      const row = this.rowOf(feature);
      this.change(row, truth, amount);
      this.change(row, guess, -amount);
    }
  }

  /** Averages the weights over every step so far and returns the model. */
  finish(options: FinishOptions = {}): PerceptronModel {
    const minWeight = options.minWeight ?? 0;
    const n = this.classes.length;
    const steps = Math.max(1, this.step);
    const kept: string[] = [];
    const averaged: number[] = [];
    const row = new Float32Array(n);
    for (let r = 0; r < this.featureNames.length; r++) {
      let largest = 0;
      for (let c = 0; c < n; c++) {
        const i = r * n + c;
        const total = this.totals[i] + (this.step - this.stamps[i]) * this.weights[i];
        row[c] = total / steps;
        largest = Math.max(largest, Math.abs(row[c]));
      }
      if (largest === 0 || largest < minWeight) continue;
      kept.push(this.featureNames[r]);
      for (let c = 0; c < n; c++) averaged.push(row[c]);
    }
    return new PerceptronModel(this.classes, kept, Float32Array.from(averaged));
  }

  private change(row: number, cls: number, amount: number): void {
    const i = row * this.classes.length + cls;
    this.totals[i] += (this.step - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.step;
    this.weights[i] += amount;
  }

  private rowOf(feature: string): number {
    let row = this.rows.get(feature);
    if (row !== undefined) return row;
    row = this.featureNames.length;
    this.rows.set(feature, row);
    this.featureNames.push(feature);
    const needed = (row + 1) * this.classes.length;
    if (needed > this.weights.length) this.grow(Math.max(needed, this.weights.length * 2, 1024));
    return row;
  }

  private grow(size: number): void {
    const weights = new Float64Array(size);
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
