import { join } from 'node:path';
import type { Lang } from '../core/types.ts';
import { clustersPath } from '../model/load-entity-tagger.ts';
import { saveText } from '../model/weights-file.ts';
import { formatClusters, type WordClusters } from '../model/word-clusters.ts';
import { buildVocabulary, ContextCollector, mergeContexts } from './count-word-contexts.ts';
import { CLUSTER_SOURCES, readSourceSentences } from './read-unlabelled-text.ts';
import { positivePmi, truncatedSvd } from './reduce-dimensions.ts';
import { splitClusters } from './split-clusters.ts';
import type { TrainOptions, TrainTask } from './task.ts';

/**
 * `zegsman train clusters --lang nl|en`: word clusters from the unlabelled text in
 * ../shared/data (sources and weights in `read-unlabelled-text.ts`). Each vocabulary word gets
 * a vector from its left and right neighbours (PPMI + truncated SVD, `reduce-dimensions.ts`);
 * bisecting k-means over the vectors gives every word a bit path (`split-clusters.ts`).
 * Writes `models/clusters-<lang>.tsv.gz`.
 */
export interface TrainClustersOptions {
  readonly lang: Lang;
  /** Words seen fewer (weighted) times are left out; default 4. */
  readonly minCount?: number;
  /** At most this many words, the most frequent; default 150,000. */
  readonly maxWords?: number;
  /** Neighbours counted: the most frequent words; default 2,000. */
  readonly contextWords?: number;
  /** Vector length; default 100. */
  readonly rank?: number;
  /** Deepest level of the tree (at most 2^maxDepth clusters); default 10. */
  readonly maxDepth?: number;
  /** Smallest cluster worth splitting is twice this; default 8. */
  readonly minLeaf?: number;
  readonly seed?: number;
  /** Where to write; default `models/clusters-<lang>.tsv.gz`; null writes nothing. */
  readonly out?: string | null;
  readonly log?: (line: string) => void;
}

export function trainClusters(options: TrainClustersOptions): WordClusters {
  const log = options.log ?? (() => {});
  const sources = CLUSTER_SOURCES[options.lang];
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

  const counts = new Map<string, number>();
  for (const source of sources) {
    let words = 0;
    readSourceSentences(source, options.lang, (sentence) => {
      words += sentence.length;
      for (const w of sentence) counts.set(w, (counts.get(w) ?? 0) + source.weight);
    });
    log(`${source.name}: ${words} words × ${source.weight}`);
  }
  const vocabulary = buildVocabulary(counts, options.minCount ?? 4, options.maxWords ?? 150_000);
  counts.clear();
  const contextWords = Math.min(options.contextWords ?? 2000, vocabulary.words.length);
  log(`vocabulary ${vocabulary.words.length} words, ${contextWords} context words (${elapsed()})`);

  const runs = sources.map((source) => {
    const collector = new ContextCollector(vocabulary, contextWords);
    readSourceSentences(source, options.lang, (sentence) => collector.add(sentence));
    return { ...collector.finish(), weight: source.weight };
  });
  const matrix = positivePmi(mergeContexts(runs, vocabulary.words.length, contextWords));
  log(`PPMI matrix ${matrix.rows} × ${matrix.columns}, ${matrix.values.length} cells (${elapsed()})`);

  const rank = options.rank ?? 100;
  const { vectors } = truncatedSvd(matrix, { rank, seed: options.seed ?? 1 });
  log(`SVD to ${rank} dimensions (${elapsed()})`);

  const paths = splitClusters(vectors, rank, vocabulary.counts, {
    maxDepth: options.maxDepth ?? 10,
    minLeaf: options.minLeaf ?? 8,
    seed: options.seed ?? 1,
  });
  const leaves = new Set(paths).size;
  log(`${leaves} clusters (${elapsed()})`);

  const clusters: WordClusters = {
    paths: new Map(vocabulary.words.map((w, i) => [w, paths[i]])),
    counts: new Map(vocabulary.words.map((w, i) => [w, Math.round(vocabulary.counts[i])])),
    meta: {
      lang: options.lang,
      method: 'PPMI (±1, ±2 neighbours) + truncated SVD + bisecting spherical k-means',
      sources: sources.map((s) => ({ name: s.name, weight: s.weight, sampleEvery: s.sampleEvery ?? 1 })),
      words: vocabulary.words.length,
      clusters: leaves,
      rank,
      seed: options.seed ?? 1,
    },
  };
  const out = options.out === undefined ? clustersPath(options.lang) : options.out;
  if (out !== null) {
    saveText(out, formatClusters(clusters));
    log(`wrote ${out} (${elapsed()})`);
  }
  return clusters;
}

export const clustersTrainTask: TrainTask = {
  name: 'clusters',
  description: 'word clusters from unlabelled text for the entity tagger (models/clusters-<lang>.tsv.gz)',
  run(options: TrainOptions, log: (line: string) => void): string[] {
    const out = options.out === undefined ? clustersPath(options.lang) : join(options.out, `clusters-${options.lang}.tsv.gz`);
    trainClusters({ lang: options.lang, seed: options.seed, out, log });
    return [out];
  },
};
