import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../core/types.ts';
import { packs } from '../lang/index.ts';
import { EntityTagger } from './entity-tagger.ts';
import { NER_FEATURE_GROUPS, type NerFeatureGroup, type NerResources } from './ner-features.ts';
import { artifactPath, loadModel, loadText, loadWordClusters, modelPath } from './weights-file.ts';
import { parseClusters, type WordClusters } from './word-clusters.ts';

/**
 * Where the entity tagger's trained parts live and how they are loaded (once per language),
 * all through `weights-file.ts`: `models/ner-<lang>.zpm.gz` (second stage) and
 * `ner-<lang>-first.zpm.gz` (first pass), and the copies of the word clusters the model was
 * trained with, `ner-<lang>-clusters.tsv.gz` (and `ner-<lang>-name-clusters.tsv.gz`), so that
 * retraining the shared `clusters-<lang>.tsv.gz` never silently changes what a shipped model
 * sees. The gazetteers come from the language pack.
 */
export function nerModelName(lang: Lang): string {
  return `ner-${lang}`;
}

/** The first-pass model stored beside a second-stage model: `ner-nl.zpm.gz` → `ner-nl-first.zpm.gz`. */
export function firstPassPath(path: string): string {
  return path.replace(/\.zpm\.gz$/, '-first.zpm.gz');
}

export function clustersPath(lang: Lang): string {
  return artifactPath(`clusters-${lang}.tsv.gz`);
}

const clusterCache = new Map<Lang, WordClusters | null>();

/** The word clusters of a language, or null when none have been trained. */
export function loadClusters(lang: Lang): WordClusters | null {
  let clusters = clusterCache.get(lang);
  if (clusters === undefined) {
    const path = clustersPath(lang);
    clusters = existsSync(path) ? parseClusters(loadText(path), path) : null;
    clusterCache.set(lang, clusters);
  }
  return clusters;
}

/** The file names of the cluster copies stored beside an entity model. */
export function nerClusterFiles(lang: Lang): { clusters: string; nameClusters: string } {
  return { clusters: `ner-${lang}-clusters.tsv.gz`, nameClusters: `ner-${lang}-name-clusters.tsv.gz` };
}

/** Gazetteers and the shared clusters of a language, as training uses them. */
export function entityResources(lang: Lang, use: { clusters?: boolean; lexicon?: boolean; nameClusters?: Lang | null; groups?: readonly NerFeatureGroup[] } = {}): NerResources {
  return {
    lexicon: use.lexicon === false ? null : packs[lang].entities,
    clusters: use.clusters === false ? null : loadClusters(lang),
    nameClusters: use.nameClusters ? loadClusters(use.nameClusters) : null,
    ...(use.groups !== undefined && use.groups.length > 0 ? { groups: new Set(use.groups) } : {}),
  };
}

/** The feature groups a model's meta names (none when it names none), with a clear error for one this code does not know. */
export function featureGroupsOf(meta: { featureGroups?: unknown }, path: string): ReadonlySet<NerFeatureGroup> | undefined {
  if (meta.featureGroups === undefined) return undefined;
  const groups = meta.featureGroups;
  if (!Array.isArray(groups)) throw new Error(`${path}: featureGroups must be a list`);
  for (const g of groups) if (!(NER_FEATURE_GROUPS as readonly unknown[]).includes(g)) throw new Error(`${path}: unknown NER feature group ${JSON.stringify(g)}`);
  return new Set(groups as NerFeatureGroup[]);
}

const taggerCache = new Map<Lang, EntityTagger>();

/** The trained tagger of a language; throws, naming the file, when it has not been trained. */
export function loadEntityTagger(lang: Lang): EntityTagger {
  let tagger = taggerCache.get(lang);
  if (tagger === undefined) {
    const path = modelPath(nerModelName(lang));
    const { model, header } = loadModel(path);
    const meta = header.meta as { usesPos?: boolean; usesLexicon?: boolean; clustersFile?: string; nameClustersFile?: string; temperature?: number; firstPass?: string; featureGroups?: unknown };
    const besideModel = (file: string | undefined): WordClusters | null => {
      if (file === undefined) return null;
      const clustersFile = join(dirname(path), file);
      return loadWordClusters(clustersFile);
    };
    const groups = featureGroupsOf(meta, path);
    const resources: NerResources = {
      lexicon: meta.usesLexicon === false ? null : packs[lang].entities,
      clusters: besideModel(meta.clustersFile),
      nameClusters: besideModel(meta.nameClustersFile),
      ...(groups === undefined ? {} : { groups }),
    };
    const usesPos = meta.usesPos === true;
    const firstPass = meta.firstPass === undefined ? null : new EntityTagger(loadModel(firstPassPath(path)).model, resources, { usesPos });
    tagger = new EntityTagger(model, resources, { usesPos, temperature: meta.temperature, firstPass });
    taggerCache.set(lang, tagger);
  }
  return tagger;
}
