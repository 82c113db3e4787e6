/**
 * Co-occurrence counts for word clusters: for every vocabulary word, how often each of the
 * most frequent words stands one or two places before or after it (4 × `contextWords`
 * dimensions, sentence edges included). Counts are gathered as packed 32-bit codes
 * (word << 13 | dimension), sorted and run-length counted, so memory stays a few bytes per
 * running word; the result is a sparse matrix in compressed-row form.
 */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly counts: Float64Array;
  readonly index: ReadonlyMap<string, number>;
}

export interface ContextMatrix {
  readonly rows: number;
  readonly columns: number;
  /** Row r's cells are `columnOf[rowStart[r]] … ` up to `rowStart[r + 1]`. */
  readonly rowStart: Int32Array;
  readonly columnOf: Int32Array;
  readonly values: Float32Array;
}

const POSITIONS = [-2, -1, 1, 2];
const DIMENSION_BITS = 13;

/** Word frequencies (weighted); the vocabulary is every word seen `minCount` times, at most `maxWords`, most frequent first. */
export function buildVocabulary(counts: ReadonlyMap<string, number>, minCount: number, maxWords: number): Vocabulary {
  const kept = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxWords);
  return {
    words: kept.map(([w]) => w),
    counts: Float64Array.from(kept, ([, c]) => c),
    index: new Map(kept.map(([w], i) => [w, i])),
  };
}

/** Collects the codes of one source; call `add` per sentence, then `finish` for sorted (code, count) runs. */
export class ContextCollector {
  private codes = new Uint32Array(1 << 20);
  private length = 0;
  readonly contextWords: number;

  constructor(private readonly vocabulary: Vocabulary, contextWords: number) {
    if (4 * (contextWords + 1) > 1 << DIMENSION_BITS) throw new Error(`count-word-contexts: at most ${(1 << DIMENSION_BITS) / 4 - 1} context words`);
    if (vocabulary.words.length >= 2 ** (32 - DIMENSION_BITS)) throw new Error('count-word-contexts: vocabulary too large');
    this.contextWords = contextWords;
  }

  add(words: readonly string[]): void {
    const ids = words.map((w) => this.vocabulary.index.get(w) ?? -1);
    const boundary = this.contextWords; // the context id of "outside the sentence"
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id < 0) continue;
      for (let p = 0; p < POSITIONS.length; p++) {
        const j = i + POSITIONS[p];
        let context: number;
        if (j < 0 || j >= ids.length) context = boundary;
        else if (ids[j] >= 0 && ids[j] < this.contextWords) context = ids[j];
        else continue;
        this.push(((id << DIMENSION_BITS) | (p * (this.contextWords + 1) + context)) >>> 0);
      }
    }
  }

  finish(): { codes: Uint32Array; counts: Float64Array } {
    const sorted = this.codes.subarray(0, this.length).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
    const codes = new Uint32Array(unique);
    const counts = new Float64Array(unique);
    let n = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) codes[++n] = sorted[i];
      counts[n]++;
    }
    this.codes = new Uint32Array(0);
    this.length = 0;
    return { codes, counts };
  }

  private push(code: number): void {
    if (this.length === this.codes.length) {
      const bigger = new Uint32Array(this.codes.length * 2);
      bigger.set(this.codes);
      this.codes = bigger;
    }
    this.codes[this.length++] = code;
  }
}

/** Merges weighted runs of several sources into the sparse matrix. */
export function mergeContexts(runs: readonly { codes: Uint32Array; counts: Float64Array; weight: number }[], rows: number, contextWords: number): ContextMatrix {
  let merged: { codes: Uint32Array; counts: Float64Array } = { codes: new Uint32Array(0), counts: new Float64Array(0) };
  for (const run of runs) merged = mergeTwo(merged, run.codes, run.counts, run.weight);
  const rowStart = new Int32Array(rows + 1);
  const mask = (1 << DIMENSION_BITS) - 1;
  for (const code of merged.codes) rowStart[(code >>> DIMENSION_BITS) + 1]++;
  for (let r = 0; r < rows; r++) rowStart[r + 1] += rowStart[r];
  return {
    rows,
    columns: POSITIONS.length * (contextWords + 1),
    rowStart,
    columnOf: Int32Array.from(merged.codes, (code) => code & mask),
    values: Float32Array.from(merged.counts),
  };
}

function mergeTwo(a: { codes: Uint32Array; counts: Float64Array }, codes: Uint32Array, counts: Float64Array, weight: number): { codes: Uint32Array; counts: Float64Array } {
  const outCodes = new Uint32Array(a.codes.length + codes.length);
  const outCounts = new Float64Array(a.codes.length + codes.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.codes.length || j < codes.length) {
    if (j >= codes.length || (i < a.codes.length && a.codes[i] < codes[j])) {
      outCodes[n] = a.codes[i];
      outCounts[n++] = a.counts[i++];
    } else if (i >= a.codes.length || codes[j] < a.codes[i]) {
      outCodes[n] = codes[j];
      outCounts[n++] = counts[j++] * weight;
    } else {
      outCodes[n] = a.codes[i];
      outCounts[n++] = a.counts[i++] + counts[j++] * weight;
    }
  }
  return { codes: outCodes.slice(0, n), counts: outCounts.slice(0, n) };
}
