import type { Upos } from '../core/types.ts';
import { MAX_POS_FEATURES, PosFeatures, } from './extract-pos-features.ts';
import type { ClusterHashes } from './cluster-hashes.ts';
import { PerceptronTrainer, type PerceptronModel } from './perceptron.ts';
import { ambiguityClass, PosLexicon, type LexiconEntry } from './pos-lexicon.ts';
import { normaliseWord } from './normalise-word.ts';
import { seededRandom, shuffle } from './seeded-random.ts';
import type { TaggedSentence } from './tagged-sentence.ts';
import { UPOS_TAGS, uposIndex } from './upos-tags.ts';

/** Options of `trainPosTagger`; every field has a default. */
export interface PosTrainOptions {
  /** Passes over the data; default 12. */
  readonly epochs?: number;
  /** Seed of the shuffle before each pass; default 1. */
  readonly seed?: number;
  /** Folds for the jack-knifed tag dictionary of the training words; default 10. */
  readonly folds?: number;
  /** Prune features whose largest averaged weight is below this; default 0. */
  readonly minWeight?: number;
  /** Called after each pass with a tagger of the weights so far (averaged), for progress and dev scores. */
  readonly onEpoch?: (epoch: number, progress: EpochProgress) => void;
  /** Word clusters for features; default none. The tagger must be given the same ones. */
  readonly clusters?: ClusterHashes | null;
  /** Called once with the lexicon (tag dictionary and lemmas) built from the data, before the first pass. */
  readonly onLexicon?: (lexicon: PosLexicon) => void;
}

export interface EpochProgress {
  /** Share of training words the current weights tagged right during the pass. */
  readonly trainAccuracy: number;
  readonly features: number;
  /** The averaged model so far (costs a second or so to build; only built when asked). */
  averaged(): PerceptronModel;
}

export interface TrainedPosTagger {
  readonly model: PerceptronModel;
  readonly lexicon: PosLexicon;
}

/**
 * Trains the POS tagger: greedy left-to-right decoding with the current weights, a perceptron
 * update at every wrong tag, sentences shuffled with a seeded PRNG before each pass, averaged
 * weights at the end. Deterministic for a given input and seed.
 *
 * The tag dictionary the features read is jack-knifed for training words: a sentence in fold k
 * sees the counts of the other folds only, so rare words look as they will in new text (where
 * many words are unknown) instead of always having their right tag in the dictionary.
 */
export function trainPosTagger(sentences: readonly TaggedSentence[], options: PosTrainOptions = {}): TrainedPosTagger {
  const epochs = options.epochs ?? 12;
  const folds = options.folds ?? 10;
  const lexicon = buildLexicon(sentences);
  options.onLexicon?.(lexicon);
  const ambiguities = jackknifeAmbiguities(sentences, folds, normaliseWord);
  const cased = jackknifeAmbiguities(sentences, folds, (word) => word);
  const tagIds = sentences.map((s) => Int32Array.from(s.tags, (t) => checkedIndex(t)));
  const trainer = new PerceptronTrainer(UPOS_TAGS);
  const features = new PosFeatures(options.clusters ?? null);
  const keys = new Uint32Array(MAX_POS_FEATURES);
  const scores = new Float64Array(UPOS_TAGS.length);
  const random = seededRandom(options.seed ?? 1);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let right = 0;
    let total = 0;
    for (const s of order) {
      const words = sentences[s].words;
      const amb = ambiguities[s];
      const casedAmb = cased[s];
      const truth = tagIds[s];
      features.load(words, (_, i) => amb[i], (_, i) => casedAmb[i]);
      let tag1 = -1;
      let tag2 = -2;
      for (let i = 0; i < words.length; i++) {
        const count = features.extract(i, tag1, tag2, keys);
        trainer.scoreKeys(keys, count, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
        trainer.tick();
        trainer.updateKeys(truth[i], guess, keys, count);
        if (guess === truth[i]) right++;
        total++;
        tag2 = tag1;
        tag1 = guess;
      }
    }
    options.onEpoch?.(epoch, {
      trainAccuracy: right / Math.max(1, total),
      features: trainer.featureCount,
      averaged: () => trainer.finish(),
    });
  }
  return { model: trainer.finish({ minWeight: options.minWeight ?? 0 }), lexicon };
}

function checkedIndex(tag: Upos): number {
  const index = uposIndex(tag);
  if (index < 0) throw new Error(`trainPosTagger: "${tag}" is not a UPOS tag`);
  return index;
}

/** Removes the compound-boundary marks of Alpino lemmas ("basis_niveau" → "basisniveau"), unless the word itself has an underscore. */
export function cleanLemma(lemma: string, form: string): string {
  return lemma.length > 1 && lemma.includes('_') && !form.includes('_') ? lemma.replace(/(?<=[^_])_(?=[^_])/g, '') : lemma;
}

/** Every (form, tag) of the training data with its most frequent lemma and its count. */
export function buildLexicon(sentences: readonly TaggedSentence[]): PosLexicon {
  const table = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.words.length; i++) {
      const key = `${sentence.words[i]}\t${sentence.tags[i]}`;
      let lemmas = table.get(key);
      if (lemmas === undefined) table.set(key, (lemmas = new Map()));
      const lemma = cleanLemma(sentence.lemmas[i], sentence.words[i]);
      lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + 1);
    }
  }
  const entries: LexiconEntry[] = [];
  for (const [key, lemmas] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const [form, upos] = key.split('\t');
    let best = '';
    let bestCount = -1;
    let count = 0;
    for (const [lemma, n] of lemmas) {
      count += n;
      if (n > bestCount || (n === bestCount && lemma < best)) [best, bestCount] = [lemma, n];
    }
    entries.push({ form, upos: upos as Upos, lemma: best, count });
  }
  return new PosLexicon(entries);
}

/** Each training word's ambiguity class (of its form under `keyOf`), computed from the sentences outside its fold. */
function jackknifeAmbiguities(sentences: readonly TaggedSentence[], folds: number, keyOf: (word: string) => string): Int32Array[] {
  const tags = UPOS_TAGS.length;
  const total = new Map<string, Int32Array>();
  const perFold = Array.from({ length: folds }, () => new Map<string, Int32Array>());
  const add = (table: Map<string, Int32Array>, form: string, tag: number): void => {
    let row = table.get(form);
    if (row === undefined) table.set(form, (row = new Int32Array(tags)));
    row[tag]++;
  };
  sentences.forEach((sentence, s) => {
    sentence.words.forEach((word, i) => {
      const form = keyOf(word);
      const tag = checkedIndex(sentence.tags[i]);
      add(total, form, tag);
      add(perFold[s % folds], form, tag);
    });
  });
  const rest = new Int32Array(tags);
  return sentences.map((sentence, s) =>
    Int32Array.from(sentence.words, (word) => {
      const form = keyOf(word);
      const all = total.get(form) as Int32Array;
      const own = perFold[s % folds].get(form) as Int32Array;
      for (let t = 0; t < tags; t++) rest[t] = all[t] - own[t];
      return ambiguityClass(rest);
    }),
  );
}
