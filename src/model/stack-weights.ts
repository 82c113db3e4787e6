import { KeyTable } from './key-table.ts';
import type { PerceptronModel } from './perceptron.ts';

/**
 * The weights of several models with the same classes in one table: a feature key finds the
 * rows of all models with one lookup. The two-stage entity tagger scores each word's keys for
 * both of its models this way, so the second model costs little more than the first.
 */
export class StackedWeights {
  /** Models × classes: the length of a stacked row. */
  readonly width: number;
  private readonly table: KeyTable;
  private readonly weights: Float32Array;

  constructor(models: readonly PerceptronModel[]) {
    if (models.length === 0) throw new Error('StackedWeights: no models');
    const k = models[0].classes.length;
    if (models.some((m) => m.classes.length !== k)) throw new Error('StackedWeights: the models have different classes');
    this.width = k * models.length;
    let expected = 0;
    for (const m of models) expected += m.featureCount;
    this.table = new KeyTable(expected);
    // Each model's dense quantised rows, read once (not a new array per row): this runs at start-up.
    const rows = models.map((m) => m.quantised());
    // Each key's stacked row, kept from interning (not looked up a second time).
    const stackedRows = rows.map(({ keys }) => {
      const found = new Int32Array(keys.length);
      for (let r = 0; r < keys.length; r++) found[r] = this.table.intern(keys[r]);
      return found;
    });
    this.weights = new Float32Array(this.table.size * this.width);
    rows.forEach(({ keys, weights, scale }, index) => {
      const found = stackedRows[index];
      for (let r = 0; r < keys.length; r++) {
        const at = found[r] * this.width + index * k;
        for (let c = 0; c < k; c++) this.weights[at + c] = weights[r * k + c] * scale;
      }
    });
  }

  /** Adds the stacked rows of `keys[from … to)` into `out[at … at + width)`. */
  add(keys: Uint32Array, from: number, to: number, out: Float64Array, at: number): void {
    const width = this.width;
    const weights = this.weights;
    const table = this.table;
    for (let x = from; x < to; x++) {
      const row = table.get(keys[x]);
      if (row < 0) continue;
      const base = row * width;
      for (let c = 0; c < width; c++) out[at + c] += weights[base + c];
    }
  }
}
