import { existsSync } from 'node:fs';
import type { Lang } from '../core/types.ts';
import { parseConllu } from '../eval/conllu.ts';
import { scorePos } from '../eval/pos.ts';
import { readGoldText } from '../eval/read-gold.ts';
import { averageModels } from '../model/average-models.ts';
import { ClusterHashes } from '../model/cluster-hashes.ts';
import { Lemmatizer } from '../model/lemmatize.ts';
import { packs } from '../lang/index.ts';
import { posModelFiles } from '../model/load-pos-tagger.ts';
import type { PerceptronModel } from '../model/perceptron.ts';
import type { PosLexicon } from '../model/pos-lexicon.ts';
import { PosTagger } from '../model/pos-tagger.ts';
import { trainPosTagger } from '../model/train-pos-tagger.ts';
import { artifactPath, loadText, saveModel, saveText } from '../model/weights-file.ts';
import { parseClusters } from '../model/word-clusters.ts';
import { loadPosCorpora } from './pos-corpora.ts';
import type { TrainOptions, TrainTask } from './task.ts';

/**
 * `zegsman train pos --lang nl|en`: the POS tagger and lemma lexicon from the corpora of
 * `pos-corpora.ts` (three runs with successive seeds, averaged, small weights pruned), with the
 * word clusters of `models/clusters-<lang>.tsv.gz` (made by
 * `zegsman train clusters`; copied to `models/pos-clusters-<lang>.tsv.gz` so the tagger keeps
 * the clusters it was trained with). Prints dev scores at the end. These settings made the
 * shipped weights; the same command with the same data reproduces them byte for byte.
 */
export const POS_DEFAULTS: Readonly<Record<Lang, { epochs: number; seed: number; runs: number; minWeight: number }>> = {
  nl: { epochs: 12, seed: 1, runs: 3, minWeight: 0.5 },
  en: { epochs: 12, seed: 1, runs: 3, minWeight: 0.5 },
};

export function trainPos(options: TrainOptions, log: (line: string) => void): string[] {
  const started = Date.now();
  const lang = options.lang;
  const defaults = POS_DEFAULTS[lang];
  const epochs = options.epochs ?? defaults.epochs;
  const seed = options.seed ?? defaults.seed;
  if (options.nonCommercial === true && options.out === undefined) {
    throw new Error('train pos: a model trained on non-commercial data must not replace the shipped weights in models/; pass --out <dir>');
  }
  const files = posModelFiles(lang, options.out);
  const clusters = readClusters(lang);
  const corpora = loadPosCorpora(lang, { gum: options.nonCommercial === true });
  const words = corpora.train.reduce((n, s) => n + s.words.length, 0);
  log(`pos ${lang}: ${corpora.train.length} sentences, ${words} words (${Object.entries(corpora.sources).map(([k, n]) => `${k} ${n}`).join(', ')}), ${clusters.wordCount} clustered words; read in ${seconds(started)}`);
  const dev = corpora.dev.map((path) => ({ name: path.split('/').pop() ?? path, sentences: parseConllu(readGoldText(path), path) }));
  const models: PerceptronModel[] = [];
  let lexicon: PosLexicon | null = null;
  for (let run = 0; run < defaults.runs; run++) {
    const trained = trainPosTagger(corpora.train, {
      epochs,
      seed: seed + run,
      clusters,
      onEpoch(epoch, progress) {
        log(`  ${defaults.runs > 1 ? `run ${run + 1} ` : ''}epoch ${epoch}: train ${percent(progress.trainAccuracy)}, ${progress.features} features, ${seconds(started)}`);
      },
    });
    models.push(trained.model);
    lexicon = trained.lexicon;
  }
  // Averaging the runs, then dropping features with small weights, halves the model at no cost on dev.
  const model = averageModels(models).pruned(defaults.minWeight);
  const lex = lexicon as PosLexicon;
  saveModel(files.model, model, { task: 'pos', lang, epochs, seed, runs: defaults.runs, minWeight: defaults.minWeight, clusters: true, sources: corpora.sources, words, nonCommercial: options.nonCommercial === true });
  saveText(files.lexicon, lex.serialise());
  saveText(files.clusters, clusters.serialise());
  const tagger = new PosTagger(model, lex, new Lemmatizer(lex, packs[lang].pos.lemmas), clusters);
  for (const d of dev) {
    const m = scorePos(tagger, d.sentences).metrics;
    log(`  dev ${d.name}: UPOS ${percent(m.upos)}, lemma ${percent(m.lemma)}, unseen ${m.unseenWords} words UPOS ${percent(m.unseenUpos)}`);
  }
  log(`pos ${lang}: ${model.featureCount} features; done in ${seconds(started)}`);
  return [files.model, files.lexicon, files.clusters];
}

/** The shared word clusters, as the tagger's own copy. */
function readClusters(lang: Lang): ClusterHashes {
  const path = artifactPath(`clusters-${lang}.tsv.gz`);
  if (!existsSync(path)) throw new Error(`${path}: no word clusters; make them first with \`zegsman train clusters --lang ${lang}\``);
  const clusters = parseClusters(loadText(path), path);
  return ClusterHashes.fromPaths(clusters.paths, { from: `models/clusters-${lang}.tsv.gz`, ...clusters.meta });
}

function percent(x: number): string {
  return `${(x * 100).toFixed(2)} %`;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

export const posTrainTask: TrainTask = {
  name: 'pos',
  description: 'part-of-speech tagger and lemma lexicon (models/pos-<lang>.zpm.gz, lexicon-<lang>.tsv.gz, pos-clusters-<lang>.tsv.gz)',
  run: trainPos,
};
