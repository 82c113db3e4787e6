import { seededRandom } from '../model/seeded-random.ts';
import type { TrainingDocument } from './learn-entity-tagger.ts';

/**
 * Case augmentation for the entity tagger (after Mayhew, Tsygankova & Roth 2019, "ner and pos
 * when nothing is capitalized"): a share of the training sentences is written all in lower
 * case, tags unchanged, so that the tagger also learns names from their context, clusters and
 * gazetteers (looked up in lower case) where web text does not capitalise them ("i live in
 * florida"). The sentences are picked with a seeded random draw, so a retraining picks the same.
 */
export function lowercaseSomeSentences(documents: readonly TrainingDocument[], share: number, seed = 7): TrainingDocument[] {
  if (!(share >= 0 && share <= 1)) throw new Error(`lowercaseSomeSentences: share must be between 0 and 1, got ${share}`);
  const random = seededRandom(seed);
  return documents.map((doc) => ({
    sentences: doc.sentences.map((s) => (random() < share ? { ...s, words: s.words.map((w) => w.toLowerCase()) } : s)),
  }));
}
