import { averageModels } from '../model/average-models.ts';
import { EntityTagger } from '../model/entity-tagger.ts';
import type { FirstPassTags, NerResources } from '../model/ner-features.ts';
import { learnEntityTagger, type LearnOptions, type TrainingDocument } from './learn-entity-tagger.ts';

/**
 * Two-stage tagging (Krishnan & Manning 2006): a first tagger reads the article, a second one
 * reads it again knowing how the first tagged every occurrence of each word and name. The
 * second learns from first-pass tags as they are on unseen text: the training documents are
 * split into `folds`, and each fold is tagged by a first tagger trained on the others
 * (jackknifing). The first tagger shipped is trained on everything.
 *
 * Every tagger is the average of taggers trained with each of `seeds` (other shuffles and
 * dropouts of the same data): averaging smooths out the luck of one order.
 */
export interface TwoStageOptions extends LearnOptions {
  /** Default 5. */
  readonly folds?: number;
  /** Default [options.seed ?? 1]. */
  readonly seeds?: readonly number[];
  readonly log?: (line: string) => void;
}

export function learnTwoStageTagger(documents: readonly TrainingDocument[], resources: NerResources, usesPos: boolean, options: TwoStageOptions): EntityTagger {
  const folds = options.folds ?? 5;
  const seeds = options.seeds ?? [options.seed ?? 1];
  const firstOptions: LearnOptions = { ...options, afterEpoch: undefined };
  const tags: FirstPassTags[] = new Array(documents.length);
  for (let fold = 0; fold < folds; fold++) {
    const train = documents.filter((_, d) => d % folds !== fold);
    const tagger = learnAveraged(train, resources, usesPos, firstOptions, seeds, null);
    documents.forEach((doc, d) => {
      if (d % folds === fold) tags[d] = tagger.tagDocument(doc.sentences.map((s) => ({ words: s.words, pos: s.pos }))).map((s) => s.tags);
    });
    options.log?.(`first pass, fold ${fold + 1} of ${folds} tagged`);
  }
  const first = learnAveraged(documents, resources, usesPos, firstOptions, seeds, null);
  options.log?.('first pass trained on all documents');
  return learnAveraged(documents, resources, usesPos, { ...options, firstPass: { tagger: first, tags } }, seeds, first);
}

/** The average of one tagger per seed; `afterEpoch` reports on the first seed's passes. */
function learnAveraged(
  documents: readonly TrainingDocument[],
  resources: NerResources,
  usesPos: boolean,
  options: LearnOptions,
  seeds: readonly number[],
  firstPass: EntityTagger | null,
): EntityTagger {
  const taggers = seeds.map((seed, i) => learnEntityTagger(documents, resources, usesPos, { ...options, seed, afterEpoch: i === 0 ? options.afterEpoch : undefined }));
  if (taggers.length === 1) return taggers[0];
  return new EntityTagger(averageModels(taggers.map((t) => t.model)), resources, { usesPos, firstPass });
}
