import type { EntityTagger } from '../model/entity-tagger.ts';
import type { FirstPassTags, NerResources } from '../model/ner-features.ts';
import { learnEntityTagger, type LearnOptions, type TrainingDocument } from './learn-entity-tagger.ts';

/**
 * Two-stage tagging (Krishnan & Manning 2006): a first tagger reads the article, a second one
 * reads it again knowing how the first tagged every occurrence of each word and name. The
 * second learns from first-pass tags as they are on unseen text: the training documents are
 * split into `folds`, and each fold is tagged by a first tagger trained on the others
 * (jackknifing). The first tagger shipped is trained on everything.
 */
export function learnTwoStageTagger(
  documents: readonly TrainingDocument[],
  resources: NerResources,
  usesPos: boolean,
  options: LearnOptions & { readonly folds?: number; readonly log?: (line: string) => void },
): EntityTagger {
  const folds = options.folds ?? 5;
  const firstOptions: LearnOptions = { ...options, afterEpoch: undefined };
  const tags: FirstPassTags[] = new Array(documents.length);
  for (let fold = 0; fold < folds; fold++) {
    const train = documents.filter((_, d) => d % folds !== fold);
    const tagger = learnEntityTagger(train, resources, usesPos, firstOptions);
    documents.forEach((doc, d) => {
      if (d % folds === fold) tags[d] = tagger.tagDocument(doc.sentences.map((s) => ({ words: s.words, pos: s.pos }))).map((s) => s.tags);
    });
    options.log?.(`first pass, fold ${fold + 1} of ${folds} tagged`);
  }
  const first = learnEntityTagger(documents, resources, usesPos, firstOptions);
  options.log?.('first pass trained on all documents');
  return learnEntityTagger(documents, resources, usesPos, { ...options, firstPass: { tagger: first, tags } });
}
