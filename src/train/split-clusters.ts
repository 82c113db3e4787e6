import { seededRandom } from '../model/seeded-random.ts';

/**
 * A binary tree of word clusters by bisecting spherical k-means: split the words in two by
 * cosine similarity to two centroids, then split each half again, down to `maxDepth` levels or
 * clusters of fewer than 2 × `minLeaf` words. A word's path ("0110…") says which side it went
 * at each level, so path prefixes are clusters at coarser granularities (as Brown clusters are
 * used). Centroids weigh frequent words more (log count), so they shape the clusters.
 */
export interface SplitOptions {
  readonly maxDepth: number;
  readonly minLeaf: number;
  /** k-means rounds per split; default 10. */
  readonly iterations?: number;
  readonly seed?: number;
}

export function splitClusters(vectors: Float64Array, dims: number, counts: Float64Array, options: SplitOptions): string[] {
  const rows = counts.length;
  const unit = Float64Array.from(vectors);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += unit[r * dims + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) unit[r * dims + d] /= norm;
  }
  const weights = counts.map((c) => Math.log(1 + c));
  const paths: string[] = new Array(rows).fill('');
  const random = seededRandom(options.seed ?? 1);
  const iterations = options.iterations ?? 10;
  const stack: Array<{ members: Int32Array; path: string }> = [{ members: Int32Array.from({ length: rows }, (_, i) => i), path: '' }];
  while (stack.length > 0) {
    const { members, path } = stack.pop()!;
    if (path.length >= options.maxDepth || members.length < 2 * options.minLeaf) {
      for (const r of members) paths[r] = path;
      continue;
    }
    const side = bisect(unit, dims, weights, members, iterations, random);
    const left = members.filter((_, i) => side[i] === 0);
    const right = members.filter((_, i) => side[i] === 1);
    if (left.length === 0 || right.length === 0) {
      for (const r of members) paths[r] = path;
      continue;
    }
    stack.push({ members: left, path: `${path}0` }, { members: right, path: `${path}1` });
  }
  return paths;
}

/** Two-means on the unit sphere; returns 0 or 1 per member. */
function bisect(unit: Float64Array, dims: number, weights: Float64Array, members: Int32Array, iterations: number, random: () => number): Uint8Array {
  const n = members.length;
  const first = members[Math.floor(random() * n)];
  // Second seed: far from the first, chosen with probability ∝ weight × distance.
  let total = 0;
  const far = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = 1 - dot(unit, members[i] * dims, unit, first * dims, dims);
    far[i] = Math.max(0, d) * weights[members[i]];
    total += far[i];
  }
  let pick = random() * total;
  let second = members[n - 1];
  for (let i = 0; i < n; i++) {
    pick -= far[i];
    if (pick <= 0) {
      second = members[i];
      break;
    }
  }
  const centroids = [unit.slice(first * dims, first * dims + dims), unit.slice(second * dims, second * dims + dims)];
  const side = new Uint8Array(n);
  for (let round = 0; round < iterations; round++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const base = members[i] * dims;
      const s = dot(unit, base, centroids[1], 0, dims) > dot(unit, base, centroids[0], 0, dims) ? 1 : 0;
      if (s !== side[i]) changed++;
      side[i] = s;
    }
    if (round > 0 && changed === 0) break;
    for (const c of [0, 1]) {
      const sum = new Float64Array(dims);
      for (let i = 0; i < n; i++) {
        if (side[i] !== c) continue;
        const base = members[i] * dims;
        const w = weights[members[i]];
        for (let d = 0; d < dims; d++) sum[d] += w * unit[base + d];
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sum[d] ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let d = 0; d < dims; d++) sum[d] /= norm;
      centroids[c] = sum;
    }
  }
  return side;
}

function dot(a: Float64Array, aBase: number, b: Float64Array, bBase: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[aBase + d] * b[bBase + d];
  return s;
}
