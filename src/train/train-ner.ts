import type { Lang } from '../core/types.ts';
import { parseNerCorpus, type NerDocument, type NerFormat } from '../eval/ner-corpus.ts';
import { readGoldText } from '../eval/read-gold.ts';
import { scoreEntityTagger, type PosTagWords } from '../eval/score-entity-tagger.ts';
import type { EntityTagger } from '../model/entity-tagger.ts';
import type { NerFeatureGroup } from '../model/ner-features.ts';
import { entityResources, firstPassPath, nerClusterFiles, nerModelName } from '../model/load-entity-tagger.ts';
import { posModelFiles, tagWords } from '../model/load-pos-tagger.ts';
import { modelPath, saveModel, saveText } from '../model/weights-file.ts';
import { formatClusters, type WordClusters } from '../model/word-clusters.ts';
import { calibrateTemperature } from './calibrate-confidence.ts';
import { learnTwoStageTagger } from './learn-two-stage-tagger.ts';
import { lowercaseSomeSentences } from './lowercase-some-sentences.ts';
import { GUM_OPEN_GENRES, readGumEntities } from './read-gum-entities.ts';
import { packs } from '../lang/index.ts';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sharedPath } from './shared-path.ts';
import type { TrainOptions, TrainTask } from './task.ts';

/**
 * `zegsman train ner --lang nl|en`: trains the entity tagger on the public corpus of the
 * language and writes `models/ner-<lang>.zpm.gz`, printing dev scores after every pass.
 *
 * - nl: CoNLL-2002 Dutch `ned.train` (De Morgen, 2000); dev `ned.testa`. ned.testb is held out.
 * - en: Universal NER English-EWT train (the approximate file, see ../shared/data/README.md),
 *   a quarter of its sentences lower-cased (web text often is), plus the names of GUM's CC BY
 *   genres (`read-gum-entities.ts`); dev: UNER EWT dev.
 */
export interface NerCorpusSpec {
  readonly format: NerFormat;
  readonly train: readonly string[];
  readonly dev: readonly string[];
  /** Entity types in the order of their tags. */
  readonly types: readonly string[];
  /** Whose clusters also describe capitalised words (`NerResources.nameClusters`). */
  readonly nameClusters: Lang | null;
  /** Whether our POS tags are features (they help Dutch a little; English not: its POS tagger learned from these very sentences). */
  readonly usePos: boolean;
  /** The settings of the shipped weights. */
  readonly epochs: number;
  /** Seeds of the taggers averaged into each shipped one. */
  readonly seeds: readonly number[];
  readonly identityDropout: number;
  /** More training data: GUM's named entities (`read-gum-entities.ts`, CC BY genres only), or null. */
  readonly gum: readonly string[] | null;
  /** Share of the training sentences also seen all in lower case (`lowercase-some-sentences.ts`); 0 for none. */
  readonly lowercaseShare: number;
  /** Feature groups beyond the base set (`NER_FEATURE_GROUPS` in ner-features.ts), recorded in the model's meta. */
  readonly featureGroups: readonly NerFeatureGroup[];
}

export const NER_CORPORA: Readonly<Record<Lang, NerCorpusSpec>> = {
  nl: {
    format: 'conll2002',
    train: ['ner', 'conll2002-nl', 'ned.train.gz'],
    dev: ['ner', 'conll2002-nl', 'ned.testa.gz'],
    types: ['PER', 'ORG', 'LOC', 'MISC'],
    nameClusters: 'en',
    usePos: true,
    epochs: 12,
    seeds: [1, 2, 3],
    identityDropout: 0.2,
    gum: null,
    lowercaseShare: 0,
    featureGroups: ['doc-context', 'first-pass-neighbours', 'cluster-neighbours'],
  },
  en: {
    format: 'iob2',
    train: ['ner', 'uner-en', 'en_ewt-ud-train.APPROX-from-first-commit-0c7ce0d.iob2.gz'],
    dev: ['ner', 'uner-en', 'en_ewt-ud-dev.iob2.gz'],
    types: ['PER', 'ORG', 'LOC'],
    nameClusters: null,
    usePos: false,
    epochs: 12,
    seeds: [1, 2, 3],
    identityDropout: 0.1,
    gum: ['ud', 'UD_English-GUM', 'en_gum-ud-train.from-gum-repo-dep.conllu.gz'],
    lowercaseShare: 0.25,
    featureGroups: [],
  },
};

export interface TrainNerOptions {
  readonly lang: Lang;
  /** Passes over the training data; default: the shipped weights' (`NER_CORPORA`). */
  readonly epochs?: number;
  /** Seed of the shuffles and dropout, for one tagger instead of the average of the shipped seeds. */
  readonly seed?: number;
  /** Where to write the model; default `models/ner-<lang>.zpm.gz`; null to write nothing. */
  readonly out?: string | null;
  /** Feature groups to leave out (for ablations): default none. */
  readonly without?: readonly ('clusters' | 'lexicon' | 'pos')[];
  /** POS tagger for the POS features; null trains without them. */
  readonly posTag?: PosTagWords | null;
  /** Drop features whose averaged weights stay below this; default 0.01. */
  readonly minWeight?: number;
  readonly log?: (line: string) => void;
}

/** The path of a file under ../shared/data, with a clear error when it is not there. */
export function sharedData(...parts: string[]): string {
  const path = sharedPath('data', ...parts);
  if (!existsSync(path)) throw new Error(`${path}: training data not found (set ZEGSMAN_SHARED to the folder that holds data/)`);
  return path;
}

export function readNerCorpus(parts: readonly string[], format: NerFormat): NerDocument[] {
  const path = sharedData(...parts);
  return parseNerCorpus(readGoldText(path), format, path);
}

/** GUM's named entities; its words are tagged with our POS tagger where the spec wants POS, like the main corpus. */
function readGum(parts: readonly string[], lang: Lang): NerDocument[] {
  const path = sharedData(...parts);
  const lexicon = packs[lang].entities;
  const inClass = (map: ReadonlyMap<string, readonly string[]>, ...wanted: string[]) => new Set([...map].filter(([, classes]) => classes.some((c) => wanted.includes(c))).map(([word]) => word));
  // Titles, and the words of offices after them ("Secretary of State Antony Blinken" → Antony Blinken).
  const titles = inClass(lexicon.triggers, 'person-title', 'org-word', 'loc-word');
  return readGumEntities(readGoldText(path), titles, inClass(lexicon.names, 'demonym'), GUM_OPEN_GENRES, path).map((d, i) => ({
    id: `${basename(path)}#${i + 1}`,
    sentences: d.sentences.map((s) => ({ words: s.words, tags: s.tags, pos: null })),
  }));
}

export function trainNer(options: TrainNerOptions): EntityTagger {
  const log = options.log ?? (() => {});
  const spec = NER_CORPORA[options.lang];
  const without = new Set(options.without ?? []);
  const posTag = without.has('pos') ? null : options.posTag ?? null;
  const train = readNerCorpus(spec.train, spec.format);
  const dev = readNerCorpus(spec.dev, spec.format);
  const resources = entityResources(options.lang, {
    clusters: !without.has('clusters'),
    lexicon: !without.has('lexicon'),
    nameClusters: without.has('clusters') ? null : spec.nameClusters,
    groups: spec.featureGroups,
  });
  if (resources.clusters === null && !without.has('clusters')) log(`no word clusters for ${options.lang} in models/ (zegsman train clusters --lang ${options.lang}); training without them`);
  const started = Date.now();
  const withPos = (docs: readonly NerDocument[]) =>
    docs.map((d) => ({ sentences: d.sentences.map((s) => ({ words: s.words, tags: s.tags, pos: posTag === null ? null : posTag(s.words) })) }));
  const epochs = options.epochs ?? spec.epochs;
  const seeds = options.seed === undefined ? spec.seeds : [options.seed];
  log(`train ner ${options.lang}: ${train.length} documents, ${count(train)} words; dev ${dev.length} documents; clusters ${resources.clusters ? 'yes' : 'no'}, lexicon ${resources.lexicon ? 'yes' : 'no'}, POS ${posTag ? 'yes' : 'no'}`);
  const main = spec.lowercaseShare > 0 ? lowercaseSomeSentences(withPos(train), spec.lowercaseShare) : withPos(train);
  const gum = spec.gum === null ? [] : readGum(spec.gum, options.lang);
  if (spec.gum !== null) log(`plus ${gum.length} GUM documents (${gum.reduce((n, d) => n + d.sentences.length, 0)} sentences)`);
  const documents = [...main, ...withPos(gum)];
  const tagger = learnTwoStageTagger(documents, resources, posTag !== null, {
    log,
    types: spec.types,
    epochs,
    seeds,
    minWeight: options.minWeight ?? 0.01,
    identityDropout: spec.identityDropout,
    afterEpoch: (epoch, current, stats) => {
      const score = scoreEntityTagger(current, dev, posTag);
      const types = Object.entries(score.byType).map(([t, s]) => `${t} ${(100 * s.f1).toFixed(2)}`).join(' ');
      log(`epoch ${epoch}: ${stats.mistakes} mistakes in ${stats.words} words (${stats.seconds.toFixed(1)} s); dev F1 ${(100 * score.overall.f1).toFixed(2)} (${types}); ${current.model.featureCount} features`);
    },
  });
  const final = scoreEntityTagger(tagger, dev, posTag);
  log(`averaged over seeds ${seeds.join(', ')}: dev F1 ${(100 * final.overall.f1).toFixed(2)} (${Object.entries(final.byType).map(([t, sc]) => `${t} ${(100 * sc.f1).toFixed(2)}`).join(' ')}); ${tagger.model.featureCount} features`);
  const calibration = calibrateTemperature(tagger, dev, posTag);
  log(`confidence: temperature ${calibration.temperature} (log loss ${calibration.logLoss.toFixed(4)} on dev entities)`);
  const out = options.out === undefined ? modelPath(nerModelName(options.lang)) : options.out;
  if (out !== null) {
    const firstOut = firstPassPath(out);
    saveModel(firstOut, tagger.firstPass!.model, { task: 'ner-first-pass', lang: options.lang, seeds, epochs });
    log(`wrote ${firstOut}`);
    const files = nerClusterFiles(options.lang);
    const copies: Record<string, string> = {};
    if (resources.clusters !== null) {
      saveText(join(dirname(out), files.clusters), formatClusters(resources.clusters));
      copies.clustersFile = files.clusters;
    }
    if (resources.nameClusters) {
      // Only capitalised words are looked up there.
      const capitalised = onlyCapitalised(resources.nameClusters);
      saveText(join(dirname(out), files.nameClusters), formatClusters(capitalised));
      copies.nameClustersFile = files.nameClusters;
    }
    log(`wrote ${Object.values(copies).join(', ')} beside it`);
    saveModel(out, tagger.model, {
      ...copies,
      task: 'ner',
      lang: options.lang,
      data: spec.train.join('/'),
      epochs,
      seeds,
      identityDropout: spec.identityDropout,
      lowercaseShare: spec.lowercaseShare,
      gum: spec.gum === null ? null : { data: spec.gum.join('/'), genres: GUM_OPEN_GENRES },
      usesPos: posTag !== null,
      nameClusters: resources.nameClusters ? spec.nameClusters : null,
      usesLexicon: resources.lexicon !== null,
      ...(spec.featureGroups.length > 0 ? { featureGroups: spec.featureGroups } : {}),
      firstPass: basename(firstOut),
      temperature: calibration.temperature,
      trainedSeconds: Math.round((Date.now() - started) / 1000),
    });
    log(`wrote ${out}`);
  }
  return tagger;
}

/** The capitalised words (and the lower-case forms of them, for the case ratio): all a name lookup reads. */
function onlyCapitalised(clusters: WordClusters): WordClusters {
  const capitalised = [...clusters.paths.keys()].filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase());
  const keep = [...new Set([...capitalised, ...capitalised.map((w) => w.toLowerCase()).filter((w) => clusters.paths.has(w))])];
  return {
    paths: new Map(keep.map((w) => [w, clusters.paths.get(w)!])),
    counts: new Map(keep.map((w) => [w, clusters.counts.get(w) ?? 0])),
    meta: { ...clusters.meta, only: 'capitalised words' },
  };
}

function count(docs: readonly NerDocument[]): number {
  let n = 0;
  for (const d of docs) for (const s of d.sentences) n += s.words.length;
  return n;
}

export const nerTrainTask: TrainTask = {
  name: 'ner',
  description: 'named-entity tagger (models/ner-<lang>.zpm.gz; reads models/clusters-<lang>.tsv.gz and the POS model)',
  run(options: TrainOptions, log: (line: string) => void): string[] {
    const out = options.out === undefined ? modelPath(nerModelName(options.lang)) : join(options.out, `${nerModelName(options.lang)}.zpm.gz`);
    const posTag = posModelFiles(options.lang);
    const havePos = NER_CORPORA[options.lang].usePos && existsSync(posTag.model) && existsSync(posTag.lexicon);
    if (NER_CORPORA[options.lang].usePos && !havePos) log(`no POS model for ${options.lang} in models/ (zegsman train pos --lang ${options.lang}); training without POS features`);
    trainNer({ lang: options.lang, epochs: options.epochs, seed: options.seed, out, posTag: havePos ? (words) => tagWords(words, options.lang).upos : null, log });
    return [firstPassPath(out), out];
  },
};
