import { join } from 'node:path';
import type { Lang } from '../core/types.ts';
import { packs } from '../lang/index.ts';
import { ClusterHashes, type ClusterHashesParts } from './cluster-hashes.ts';
import { Lemmatizer } from './lemmatize.ts';
import { PosLexicon, type PosLexiconParts } from './pos-lexicon.ts';
import { PosTagger, type TaggedWords } from './pos-tagger.ts';
import { adoptedParts, noteArtifact } from './share-artifacts.ts';
import { artifactPath, loadModel, loadText, modelPath } from './weights-file.ts';

export interface PosModelFiles {
  readonly model: string;
  readonly lexicon: string;
  readonly clusters: string;
}

/** The files of a language's POS tagger: weights, lexicon (tag dictionary and lemmas) and its copy of the word clusters. */
export function posModelFiles(lang: Lang, dir?: string): PosModelFiles {
  const inDir = (name: string): string => (dir === undefined ? artifactPath(name) : join(dir, name));
  return {
    model: dir === undefined ? modelPath(`pos-${lang}`) : join(dir, `pos-${lang}.zpm.gz`),
    lexicon: inDir(`lexicon-${lang}.tsv.gz`),
    clusters: inDir(`pos-clusters-${lang}.tsv.gz`),
  };
}

/** Reads a POS tagger from its files; the clusters only when the model was trained with them. */
export function readPosTagger(lang: Lang, files: PosModelFiles): PosTagger {
  const { model, header } = loadModel(files.model);
  const lexicon = readLexicon(files.lexicon);
  const clusters = header.meta.clusters === true ? readClusterHashes(files.clusters) : null;
  return new PosTagger(model, lexicon, new Lemmatizer(lexicon, packs[lang].pos.lemmas), clusters);
}

/** The tagger's copy of the clusters; in a worker thread given them already, that thread's copy (`share-artifacts.ts`). */
function readClusterHashes(path: string): ClusterHashes {
  const key = `pos-clusters:${path}`;
  const shared = adoptedParts<ClusterHashesParts>(key);
  const clusters = shared === undefined ? ClusterHashes.parse(loadText(path), path) : ClusterHashes.adopt(shared);
  noteArtifact(key, clusters, clusters);
  return clusters;
}

/** The tagger's lexicon; in a worker thread given it already, that thread's copy. */
function readLexicon(path: string): PosLexicon {
  const key = `lexicon:${path}`;
  const shared = adoptedParts<PosLexiconParts>(key);
  const lexicon = shared === undefined ? PosLexicon.parse(loadText(path), path) : PosLexicon.adopt(shared);
  noteArtifact(key, lexicon, lexicon);
  return lexicon;
}

const taggers = new Map<Lang, PosTagger>();


/** The shipped POS tagger and lemmatizer of `lang`, loaded on first use and kept for the process. */
export function posTagger(lang: Lang): PosTagger {
  let tagger = taggers.get(lang);
  if (tagger === undefined) {
    tagger = readPosTagger(lang, posModelFiles(lang));
    taggers.set(lang, tagger);
  }
  return tagger;
}

/** Tags and lemmatises one sentence given as words (for training other models on tokenised corpora). */
export function tagWords(words: readonly string[], lang: Lang): TaggedWords {
  return posTagger(lang).tagWords(words);
}
