import type { ContextMatrix } from './count-word-contexts.ts';
import { seededRandom } from '../model/seeded-random.ts';

/**
 * From co-occurrence counts to short word vectors: positive pointwise mutual information with
 * context-distribution smoothing (Levy, Goldberg & Dagan 2015), then a truncated SVD by the
 * randomised range finder with power iterations (Halko, Martinsson & Tropp 2011). Vectors are
 * U·Σ^½, one row per word.
 */

/** Replaces counts by max(0, log P(w,c) / (P(w) Pα(c))); cells that become 0 are dropped. */
export function positivePmi(m: ContextMatrix, alpha = 0.75): ContextMatrix {
  const rowTotal = new Float64Array(m.rows);
  const columnTotal = new Float64Array(m.columns);
  let total = 0;
  for (let r = 0; r < m.rows; r++) {
    for (let x = m.rowStart[r]; x < m.rowStart[r + 1]; x++) {
      rowTotal[r] += m.values[x];
      columnTotal[m.columnOf[x]] += m.values[x];
      total += m.values[x];
    }
  }
  let smoothedTotal = 0;
  const smoothed = columnTotal.map((c) => c ** alpha);
  for (const s of smoothed) smoothedTotal += s;
  const rowStart = new Int32Array(m.rows + 1);
  const columnOf: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < m.rows; r++) {
    for (let x = m.rowStart[r]; x < m.rowStart[r + 1]; x++) {
      const c = m.columnOf[x];
      const pmi = Math.log((m.values[x] / total) / ((rowTotal[r] / total) * (smoothed[c] / smoothedTotal)));
      if (pmi > 0) {
        columnOf.push(c);
        values.push(pmi);
      }
    }
    rowStart[r + 1] = columnOf.length;
  }
  return { rows: m.rows, columns: m.columns, rowStart, columnOf: Int32Array.from(columnOf), values: Float32Array.from(values) };
}

export interface SvdOptions {
  readonly rank: number;
  /** Extra random directions beyond `rank`; default 16. */
  readonly oversample?: number;
  /** Power iterations (sharpen the spectrum); default 2. */
  readonly powerIterations?: number;
  readonly seed?: number;
}

/** Rows × rank word vectors U·Σ^½ (row-major) and the singular values. */
export function truncatedSvd(m: ContextMatrix, options: SvdOptions): { vectors: Float64Array; singular: Float64Array } {
  const l = options.rank + (options.oversample ?? 16);
  const uniform = seededRandom(options.seed ?? 1);
  const random = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const omega = new Float64Array(m.columns * l).map(() => random());
  let q = orthonormalise(multiply(m, omega, l), m.rows, l);
  for (let i = 0; i < (options.powerIterations ?? 2); i++) {
    const z = orthonormalise(multiplyTransposed(m, q, l), m.columns, l);
    q = orthonormalise(multiply(m, z, l), m.rows, l);
  }
  // B = Qᵀ A (l × columns); its Gram matrix B Bᵀ has the squared singular values.
  const bt = multiplyTransposed(m, q, l); // columns × l = Bᵀ
  const gram = new Float64Array(l * l);
  for (let c = 0; c < m.columns; c++) {
    const base = c * l;
    for (let i = 0; i < l; i++) {
      const v = bt[base + i];
      if (v === 0) continue;
      for (let j = i; j < l; j++) gram[i * l + j] += v * bt[base + j];
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i];
  const { values, vectors: w } = symmetricEigen(gram, l);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, options.rank);
  const k = options.rank;
  const singular = Float64Array.from(order, (i) => Math.sqrt(Math.max(0, values[i])));
  const out = new Float64Array(m.rows * k);
  for (let r = 0; r < m.rows; r++) {
    for (let a = 0; a < k; a++) {
      const e = order[a];
      let s = 0;
      for (let i = 0; i < l; i++) s += q[r * l + i] * w[i * l + e];
      out[r * k + a] = s * Math.sqrt(singular[a]);
    }
  }
  return { vectors: out, singular };
}

/** A (rows × columns, sparse) · X (columns × l, dense row-major). */
function multiply(m: ContextMatrix, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(m.rows * l);
  for (let r = 0; r < m.rows; r++) {
    const out = r * l;
    for (let p = m.rowStart[r]; p < m.rowStart[r + 1]; p++) {
      const v = m.values[p];
      const base = m.columnOf[p] * l;
      for (let j = 0; j < l; j++) y[out + j] += v * x[base + j];
    }
  }
  return y;
}

/** Aᵀ · Y (rows × l) → columns × l. */
function multiplyTransposed(m: ContextMatrix, y: Float64Array, l: number): Float64Array {
  const z = new Float64Array(m.columns * l);
  for (let r = 0; r < m.rows; r++) {
    const from = r * l;
    for (let p = m.rowStart[r]; p < m.rowStart[r + 1]; p++) {
      const v = m.values[p];
      const base = m.columnOf[p] * l;
      for (let j = 0; j < l; j++) z[base + j] += v * y[from + j];
    }
  }
  return z;
}

/** Orthonormal columns spanning those of the rows × l matrix (modified Gram–Schmidt, twice for stability). */
function orthonormalise(matrix: Float64Array, rows: number, l: number): Float64Array {
  const columns: Float64Array[] = [];
  for (let j = 0; j < l; j++) {
    const col = new Float64Array(rows);
    for (let r = 0; r < rows; r++) col[r] = matrix[r * l + j];
    columns.push(col);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = columns[j];
      for (let i = 0; i < j; i++) {
        const ci = columns[i];
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += ci[r] * cj[r];
        for (let r = 0; r < rows; r++) cj[r] -= dot * ci[r];
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += cj[r] * cj[r];
      norm = Math.sqrt(norm);
      for (let r = 0; r < rows; r++) cj[r] = norm > 1e-12 ? cj[r] / norm : 0;
    }
  }
  const out = new Float64Array(rows * l);
  for (let j = 0; j < l; j++) for (let r = 0; r < rows; r++) out[r * l + j] = columns[j][r];
  return out;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric n × n matrix by cyclic Jacobi rotations. */
export function symmetricEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i * n + j] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i];
  return { values, vectors: v };
}
