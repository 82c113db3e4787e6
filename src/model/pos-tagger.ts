import type { Upos } from '../core/types.ts';
import { MAX_POS_FEATURES, PosFeatures, } from './extract-pos-features.ts';
import type { ClusterHashes } from './cluster-hashes.ts';
import type { Lemmatizer } from './lemmatize.ts';
import { argmax, PerceptronModel, type PerceptronTrainer } from './perceptron.ts';
import type { PosLexicon } from './pos-lexicon.ts';
import { UPOS_TAGS } from './upos-tags.ts';

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
    features.load(words, this.ambiguityOf, this.casedOf);
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

  /** The UPOS tag of each word. */
  tag(words: readonly string[]): Upos[] {
    return Array.from(this.tagIndices(words), (t) => UPOS_TAGS[t]);
  }

  /** Tags and lemmas of each word (lemmas are the lower-cased words when there is no lemmatizer). */
  tagWords(words: readonly string[]): TaggedWords {
    const indices = this.tagIndices(words);
    const upos: Upos[] = new Array<Upos>(words.length);
    for (let i = 0; i < words.length; i++) upos[i] = UPOS_TAGS[indices[i]];
    const lemmas = this.lemmatizer === null ? words.map((w) => w.toLowerCase()) : this.lemmatizer.lemmatise(words, indices);
    return { upos, lemmas };
  }
}
