import { mayFollow } from './bio-tags.ts';

/**
 * Decoding a sentence's BIO tags from per-word scores (`emissions`, n × K, row-major) and
 * tag-to-tag scores: Viterbi for the best valid sequence, forward–backward for how sure we are
 * of each entity. An `I-X` can only follow `B-X` or `I-X`; the lattice forbids every other move.
 */
export interface Transitions {
  readonly tags: readonly string[];
  /** (K + 1) × K scores, row p for the previous tag, row K for the start of the sentence. */
  readonly scores: Float64Array;
  /** Same layout: 1 where the move is valid BIO. */
  readonly allowed: Uint8Array;
}

export function bioTransitions(tags: readonly string[], scores: Float64Array = new Float64Array((tags.length + 1) * tags.length)): Transitions {
  const k = tags.length;
  if (scores.length !== (k + 1) * k) throw new Error(`transitions: expected ${(k + 1) * k} scores, got ${scores.length}`);
  const allowed = new Uint8Array((k + 1) * k);
  for (let p = 0; p <= k; p++) {
    for (let c = 0; c < k; c++) allowed[p * k + c] = mayFollow(p === k ? null : tags[p], tags[c]) ? 1 : 0;
  }
  return { tags, scores, allowed };
}

/**
 * For each tag c, the tags that may come before it, lowest first: `list[starts[c] … starts[c + 1])`
 * (only moves the lattice allows; BIO forbids most moves into an I- tag, so loops over these
 * skip them instead of testing each).
 */
interface Moves {
  readonly starts: Int32Array;
  readonly list: Int32Array;
}

const movesInto = new WeakMap<Transitions, Moves>();
const movesOutOf = new WeakMap<Transitions, Moves>();

/** `into`: the allowed previous tags p of each tag c; else the allowed next tags c of each tag p. */
function moves(t: Transitions, into: boolean): Moves {
  const cache = into ? movesInto : movesOutOf;
  let found = cache.get(t);
  if (found !== undefined) return found;
  const k = t.tags.length;
  const starts = new Int32Array(k + 1);
  const list: number[] = [];
  for (let a = 0; a < k; a++) {
    starts[a] = list.length;
    for (let b = 0; b < k; b++) if (t.allowed[into ? b * k + a : a * k + b]) list.push(b);
  }
  starts[k] = list.length;
  found = { starts, list: Int32Array.from(list) };
  cache.set(t, found);
  return found;
}

/** Scratch: the score of each allowed move in the order of `moves(t, true).list`, `scores[p × K + c]` for each c, then each allowed p (read afresh on each call: a trainer changes the scores as it learns). */
let intoScores = new Float64Array(0);

function moveScores(t: Transitions): Float64Array {
  const k = t.tags.length;
  const { starts, list } = moves(t, true);
  if (intoScores.length < list.length) intoScores = new Float64Array(list.length);
  const found = intoScores;
  for (let c = 0; c < k; c++) for (let x = starts[c]; x < starts[c + 1]; x++) found[x] = t.scores[list[x] * k + c];
  return found;
}

/** Scratch of `viterbi`, grown as needed (decoding is not re-entered). */
let viterbiScore = new Float64Array(0);
let viterbiBack = new Int32Array(0);

/**
 * The best valid tag sequence (tag indices). The scores of word i, tag c are
 * `emissions[i × width + from + c]` (`width` and `from` for a matrix that holds more than one
 * model's scores side by side; by default just the K tags).
 */
export function viterbi(emissions: Float64Array, n: number, t: Transitions, out: Int32Array = new Int32Array(n), width = t.tags.length, from = 0): Int32Array {
  const k = t.tags.length;
  if (n === 0) return out;
  if (viterbiScore.length < n * k) {
    viterbiScore = new Float64Array(n * k * 2);
    viterbiBack = new Int32Array(n * k * 2);
  }
  const score = viterbiScore;
  const back = viterbiBack;
  const { scores, allowed } = t;
  const { starts, list } = moves(t, true);
  const into = moveScores(t);
  for (let c = 0; c < k; c++) {
    score[c] = allowed[k * k + c] ? scores[k * k + c] + emissions[from + c] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * k;
    const here = i * k;
    const emitted = i * width + from;
    for (let c = 0; c < k; c++) {
      let best = -Infinity;
      let arg = 0;
      const end = starts[c + 1];
      for (let x = starts[c]; x < end; x++) {
        const p = list[x];
        const s = score[prev + p] + into[x];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[here + c] = best + emissions[emitted + c];
      back[here + c] = arg;
    }
  }
  let last = 0;
  const end = (n - 1) * k;
  for (let c = 1; c < k; c++) if (score[end + c] > score[end + last]) last = c;
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * k + out[i]];
  return out;
}

/** exp(score / temperature) of every move (0 where BIO forbids it), kept per transitions with the scores and temperature it was computed from. */
const expMoves = new WeakMap<Transitions, { temperature: number; scores: Float64Array; move: Float64Array }>();

function expMove(t: Transitions, temperature: number): Float64Array {
  const found = expMoves.get(t);
  if (found !== undefined && found.temperature === temperature && sameScores(found.scores, t.scores)) return found.move;
  const move = new Float64Array(t.scores.length);
  for (let x = 0; x < move.length; x++) move[x] = t.allowed[x] ? Math.exp(t.scores[x] / temperature) : 0;
  expMoves.set(t, { temperature, scores: Float64Array.from(t.scores), move });
  return move;
}

/** Whether a trainer has left the scores as they were (it changes them in place as it learns). */
function sameScores(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let x = 0; x < a.length; x++) if (a[x] !== b[x]) return false;
  return true;
}

/**
 * Scaled forward–backward over exp(score / temperature). `spanProbability(start, end, b, i)`
 * is then the probability that words `[start, end)` are exactly one entity tagged `b`, `i`, …
 */
export class Posterior {
  private readonly k: number;
  private readonly n: number;
  private readonly alpha: Float64Array;
  private readonly beta: Float64Array;
  private readonly emit: Float64Array;
  private readonly scale: Float64Array;
  private readonly move: Float64Array;

  /** Scores as `viterbi` reads them (`width`, `from`); the moves are shared, not to be changed. */
  constructor(emissions: Float64Array, n: number, t: Transitions, temperature = 1, width = t.tags.length, from = 0) {
    const k = t.tags.length;
    this.k = k;
    this.n = n;
    this.move = expMove(t, temperature);
    this.emit = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      const at = i * width + from;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, emissions[at + c]);
      for (let c = 0; c < k; c++) this.emit[i * k + c] = Math.exp((emissions[at + c] - max) / temperature);
    }
    this.alpha = new Float64Array(n * k);
    this.beta = new Float64Array(n * k);
    this.scale = new Float64Array(n);
    const { alpha, beta, emit, move, scale } = this;
    const into = moves(t, true);
    const outOf = moves(t, false);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let c = 0; c < k; c++) {
        let a = 0;
        // Forbidden moves (0) are skipped: adding their exact 0 would change nothing.
        if (i === 0) a = move[k * k + c];
        else for (let x = into.starts[c]; x < into.starts[c + 1]; x++) a += alpha[(i - 1) * k + into.list[x]] * move[into.list[x] * k + c];
        a *= emit[i * k + c];
        alpha[i * k + c] = a;
        sum += a;
      }
      scale[i] = sum > 0 ? sum : 1;
      for (let c = 0; c < k; c++) alpha[i * k + c] /= scale[i];
    }
    for (let c = 0; c < k; c++) if (n > 0) beta[(n - 1) * k + c] = 1;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < k; p++) {
        let b = 0;
        for (let x = outOf.starts[p]; x < outOf.starts[p + 1]; x++) {
          const c = outOf.list[x];
          b += move[p * k + c] * emit[(i + 1) * k + c] * beta[(i + 1) * k + c];
        }
        beta[i * k + p] = b / scale[i + 1];
      }
    }
  }

  /** Probability that word `i` has tag `c`. */
  marginal(i: number, c: number): number {
    return this.alpha[i * this.k + c] * this.beta[i * this.k + c];
  }

  /** Probability that `[start, end)` is exactly one entity: tag `b` first, then `inside`, and no `inside` after. */
  spanProbability(start: number, end: number, b: number, inside: number): number {
    const { k, alpha, emit, move, scale, beta } = this;
    let p = alpha[start * k + b];
    let prev = b;
    for (let i = start + 1; i < end; i++) {
      p *= (move[prev * k + inside] * emit[i * k + inside]) / scale[i];
      prev = inside;
    }
    if (end < this.n) {
      let rest = 0;
      for (let c = 0; c < k; c++) if (c !== inside) rest += move[prev * k + c] * emit[end * k + c] * beta[end * k + c];
      p *= rest / scale[end];
    }
    return p;
  }
}
