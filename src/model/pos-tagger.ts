import type { Upos } from '../core/types.ts';
import { MAX_POS_FEATURES, MEMO_WORDS, NEIGHBOURS, PosFeatures } from './extract-pos-features.ts';
import type { ClusterHashes } from './cluster-hashes.ts';
import type { Lemmatizer } from './lemmatize.ts';
import { argmax, PerceptronModel, type PerceptronTrainer } from './perceptron.ts';
import type { PosLexicon } from './pos-lexicon.ts';
import { UPOS_TAGS } from './upos-tags.ts';

/** Parts of a score kept per word: the word itself and the four neighbours. */
const PARTS = 5;

/** What tagging a sentence gives: one UPOS tag and one lemma per word. */
export interface TaggedWords {
  readonly upos: Upos[];
  readonly lemmas: string[];
}

/**
 * Greedy left-to-right POS tagging with an averaged perceptron over the features of
 * `extract-pos-features.ts`. Frequent words the training data only ever saw with one tag skip
 * the model. Not safe to share between threads (it keeps scratch buffers); one per thread.
 */
export class PosTagger {
  readonly model: PerceptronModel | PerceptronTrainer;
  readonly lexicon: PosLexicon;
  readonly lemmatizer: Lemmatizer | null;
  private readonly features: PosFeatures;
  private readonly keys = new Uint32Array(MAX_POS_FEATURES);
  private readonly scores = new Float64Array(UPOS_TAGS.length);
  /**
   * Per memo slot of `features` (a word), the summed rows of the keys that look at that word
   * alone: as the word tagged, then as each neighbour in `NEIGHBOURS` order; `ready` says which
   * slots are filled (for `generation` of the memo). Most words recur, so a position then costs
   * five short additions and the lookups of the keys that look at its context.
   */
  private readonly parts = new Int32Array(MEMO_WORDS * PARTS * UPOS_TAGS.length);
  private readonly ready = new Uint8Array(MEMO_WORDS);
  private generation = -1;
  private readonly partSums = new Int32Array(UPOS_TAGS.length);
  /** Per memo slot and tag: the word's lemma (not sentence-initial), once asked for (same `generation`). */
  private readonly lemmas = new Array<string | undefined>(MEMO_WORDS * UPOS_TAGS.length).fill(undefined);
  private readonly ambiguityOf = (normalised: string): number => this.lexicon.lookup(normalised);
  private readonly casedOf = (word: string): number => this.lexicon.casedAmbiguity(word);

  constructor(model: PerceptronModel | PerceptronTrainer, lexicon: PosLexicon, lemmatizer: Lemmatizer | null = null, clusters: ClusterHashes | null = null) {
    if (model.classes.length !== UPOS_TAGS.length || model.classes.some((c, i) => c !== UPOS_TAGS[i])) {
      throw new Error(`PosTagger: the model's classes (${model.classes.join(' ')}) are not the UPOS tags in our order`);
    }
    this.model = model;
    this.lexicon = lexicon;
    this.lemmatizer = lemmatizer;
    this.features = new PosFeatures(clusters);
  }

  /** The class number of each word's tag (index into `UPOS_TAGS`). */
  tagIndices(words: readonly string[], out: Int32Array = new Int32Array(words.length)): Int32Array {
    const features = this.features;
    const model = this.model instanceof PerceptronModel ? this.model : null;
    features.load(words, this.ambiguityOf, this.casedOf, model !== null);
    if (model !== null && features.memoised) return this.tagFromParts(words.length, model, out);
    let tag1 = -1;
    let tag2 = -2;
    for (let i = 0; i < words.length; i++) {
      let tag = features.sure[i];
      if (tag < 0) {
        const count = features.extract(i, tag1, tag2, this.keys);
        if (model !== null) tag = model.bestKeys(this.keys, count);
        else {
          (this.model as PerceptronTrainer).scoreKeys(this.keys, count, this.scores);
          tag = argmax(this.scores);
        }
      }
      out[i] = tag;
      tag2 = tag1;
      tag1 = tag;
    }
    return out;
  }

  /** `tagIndices` for a trained model over a memoised sentence: the same sums, from the parts kept per word. */
  private tagFromParts(n: number, model: PerceptronModel, out: Int32Array): Int32Array {
    const features = this.features;
    if (features.generation !== this.generation) {
      this.ready.fill(0);
      this.lemmas.fill(undefined);
      this.generation = features.generation;
    }
    const keys = this.keys;
    const sums = this.partSums;
    const k = sums.length;
    let tag1 = -1;
    let tag2 = -2;
    for (let i = 0; i < n; i++) {
      let tag = features.sure[i];
      if (tag < 0) {
        sums.fill(0);
        if (i === 0) model.addKeys(keys, features.wordKeys(0, true, keys, 0), sums, 0);
        else this.addPart(i, 0, model, sums);
        for (let d = 0; d < NEIGHBOURS.length; d++) {
          const j = i + NEIGHBOURS[d];
          if (j >= 0 && j < n) this.addPart(j, d + 1, model, sums);
          else model.addKeys(keys, features.neighbourKeys(i, NEIGHBOURS[d], keys, 0), sums, 0);
        }
        model.addKeys(keys, features.contextKeys(i, tag1, tag2, keys, 0), sums, 0);
        tag = 0;
        for (let c = 1; c < k; c++) if (sums[c] > sums[tag]) tag = c;
      }
      out[i] = tag;
      tag2 = tag1;
      tag1 = tag;
    }
    return out;
  }

  /** Adds part `part` of the word at position `j` (0: as itself, d + 1: as neighbour `NEIGHBOURS[d]`) into `sums`. */
  private addPart(j: number, part: number, model: PerceptronModel, sums: Int32Array): void {
    const features = this.features;
    const slot = features.slot[j];
    const k = sums.length;
    const base = slot * PARTS * k;
    const parts = this.parts;
    if (this.ready[slot] === 0) {
      parts.fill(0, base, base + PARTS * k);
      model.addKeys(this.keys, features.wordKeys(j, false, this.keys, 0), parts, base);
      for (let d = 0; d < NEIGHBOURS.length; d++) {
        model.addKeys(this.keys, features.keysAsNeighbour(j, NEIGHBOURS[d], this.keys, 0), parts, base + (d + 1) * k);
      }
      this.ready[slot] = 1;
    }
    const at = base + part * k;
    for (let c = 0; c < k; c++) sums[c] += parts[at + c];
  }

  /** The UPOS tag of each word. */
  tag(words: readonly string[]): Upos[] {
    return Array.from(this.tagIndices(words), (t) => UPOS_TAGS[t]);
  }

  /** Tags and lemmas of each word (lemmas are the lower-cased words when there is no lemmatizer). */
  tagWords(words: readonly string[]): TaggedWords {
    const indices = this.tagIndices(words);
    const upos: Upos[] = new Array<Upos>(words.length);
    for (let i = 0; i < words.length; i++) upos[i] = UPOS_TAGS[indices[i]];
    const lemmatizer = this.lemmatizer;
    if (lemmatizer === null) return { upos, lemmas: words.map((w) => w.toLowerCase()) };
    if (!this.features.memoised) return { upos, lemmas: lemmatizer.lemmatise(words, indices) };
    // tagIndices has just loaded the words: the lemma of a word (not sentence-initial) with a tag is kept by its memo slot.
    const k = UPOS_TAGS.length;
    const slots = this.features.slot;
    const kept = this.lemmas;
    const lemmas = new Array<string>(words.length);
    for (let i = 0; i < words.length; i++) {
      if (i === 0) {
        lemmas[i] = lemmatizer.lemma(words[i], indices[i], true);
        continue;
      }
      const at = slots[i] * k + indices[i];
      let lemma = kept[at];
      if (lemma === undefined) kept[at] = lemma = lemmatizer.lemma(words[i], indices[i], false);
      lemmas[i] = lemma;
    }
    return { upos, lemmas: lemmatizer.attachParticles(words, indices, lemmas) };
  }
}
