import { allocateShared } from './allocate-shared.ts';
import { KeyTable, type KeyTableParts } from './key-table.ts';
import type { PerceptronModel } from './perceptron.ts';
import { adoptedParts, artifactName, noteArtifact } from './share-artifacts.ts';

/**
 * The weights of several models with the same classes in one table: a feature key finds the
 * rows of all models with one lookup. The two-stage entity tagger scores each word's keys for
 * both of its models this way, so the second model costs little more than the first. Built on
 * first use; worker threads share the table of the thread that shared its models with them.
 */
export class StackedWeights {
  /** Models × classes: the length of a stacked row. */
  readonly width: number;
  private readonly models: readonly PerceptronModel[];
  /** Built on first use (a first-pass tagger's own table is never used), or shared by another thread. */
  private table: KeyTable | null = null;
  private weights: Float32Array | null = null;

  constructor(models: readonly PerceptronModel[]) {
    if (models.length === 0) throw new Error('StackedWeights: no models');
    const k = models[0].classes.length;
    if (models.some((m) => m.classes.length !== k)) throw new Error('StackedWeights: the models have different classes');
    this.width = k * models.length;
    this.models = models;
  }

  /** Adds the stacked rows of `keys[from … to)` into `out[at … at + width)`. */
  add(keys: Uint32Array, from: number, to: number, out: Float64Array, at: number): void {
    const width = this.width;
    const weights = this.weights ?? this.build();
    const table = this.table as KeyTable;
    for (let x = from; x < to; x++) {
      const row = table.get(keys[x]);
      if (row < 0) continue;
      const base = row * width;
      for (let c = 0; c < width; c++) out[at + c] += weights[base + c];
    }
  }

  /**
   * Fills the table and weights: from another thread's copy when it shared the stack of the same
   * model files (`share-artifacts.ts`), else from the models; returns the weights.
   */
  private build(): Float32Array {
    const names = this.models.map((m) => artifactName(m));
    const key = names.every((name) => name !== undefined) ? `stack:${names.join('|')}` : null;
    const shared = key === null ? undefined : adoptedParts<StackedParts>(key);
    if (shared !== undefined) {
      this.table = KeyTable.adopt(shared.table);
      this.weights = shared.weights;
    } else {
      const built = stackModels(this.models, this.width);
      this.table = built.table;
      this.weights = built.weights;
    }
    if (key !== null) {
      const parts: StackedParts = { table: this.table.parts(), weights: this.weights };
      noteArtifact(key, this, { parts: () => parts });
    }
    return this.weights;
  }
}

/** A stacked table as another thread shares it. */
interface StackedParts {
  readonly table: KeyTableParts;
  readonly weights: Float32Array;
}

/** The key table and stacked rows (on shared memory) of `models`, each row `width` long. */
function stackModels(models: readonly PerceptronModel[], width: number): { table: KeyTable; weights: Float32Array } {
  const k = models[0].classes.length;
  let expected = 0;
  for (const m of models) expected += m.featureCount;
  const table = new KeyTable(expected);
  // Each model's dense quantised rows, read once (not a new array per row): this runs at start-up.
  const rows = models.map((m) => m.quantised());
  // Each key's stacked row, kept from interning (not looked up a second time).
  const stackedRows = rows.map(({ keys }) => {
    const found = new Int32Array(keys.length);
    for (let r = 0; r < keys.length; r++) found[r] = table.intern(keys[r]);
    return found;
  });
  const weights = allocateShared(Float32Array, table.size * width);
  rows.forEach(({ keys, weights: quantised, scale }, index) => {
    const found = stackedRows[index];
    for (let r = 0; r < keys.length; r++) {
      const at = found[r] * width + index * k;
      for (let c = 0; c < k; c++) weights[at + c] = quantised[r * k + c] * scale;
    }
  });
  return { table, weights };
}
