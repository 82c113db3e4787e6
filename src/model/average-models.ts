import { PerceptronModel } from './perceptron.ts';

/**
 * The mean of several perceptron models over the same classes (a feature missing from a model
 * counts as zero there). Averaging models trained on different shuffles of the same data
 * smooths out the luck of one order, at no cost at run time.
 */
export function averageModels(models: readonly PerceptronModel[]): PerceptronModel {
  if (models.length === 0) throw new Error('averageModels: no models');
  const classes = models[0].classes;
  for (const m of models) {
    if (m.classes.length !== classes.length || m.classes.some((c, i) => c !== classes[i])) {
      throw new Error('averageModels: the models have different classes');
    }
  }
  if (models.length === 1) return models[0];
  const n = classes.length;
  const rows = new Map<number, Float64Array>();
  for (const model of models) {
    for (const [key, row] of model.entries()) {
      let sum = rows.get(key);
      if (sum === undefined) rows.set(key, (sum = new Float64Array(n)));
      for (let c = 0; c < n; c++) sum[c] += row[c];
    }
  }
  const keys = new Uint32Array(rows.size);
  const weights = new Float32Array(rows.size * n);
  let r = 0;
  for (const [key, sum] of rows) {
    keys[r] = key;
    for (let c = 0; c < n; c++) weights[r * n + c] = sum[c] / models.length;
    r++;
  }
  return new PerceptronModel(classes, keys, weights);
}
