import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeModel, encodeModel, type ModelHeader } from './encode-model.ts';
import { PerceptronModel, type PerceptronModelParts } from './perceptron.ts';
import { adoptedParts, noteArtifact } from './share-artifacts.ts';
import { adoptClusters, parseClusters, type ClustersParts, type WordClusters } from './word-clusters.ts';

/**
 * The one place where trained weights touch the file system: `models/<name>.zpm.gz` in the
 * project root. A browser build replaces this file with one that fetches the same bytes.
 */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

export function modelPath(name: string): string {
  return join(MODELS_DIR, `${name}.zpm.gz`);
}

export function saveModel(path: string, model: PerceptronModel, meta: Readonly<Record<string, unknown>> = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(encodeModel(model, meta), { level: 9 }));
}

/** A model file's weights and header, as another thread shares them (`share-artifacts.ts`). */
interface SharedModel {
  readonly model: PerceptronModelParts;
  readonly header: ModelHeader;
}

/** Reads a model file; in a worker thread given the model already, shares that thread's copy instead. */
export function loadModel(path: string): { model: PerceptronModel; header: ModelHeader } {
  const key = `model:${path}`;
  const shared = adoptedParts<SharedModel>(key);
  const loaded = shared === undefined ? decodeModel(gunzipSync(readFile(path))) : { model: PerceptronModel.adopt(shared.model), header: shared.header };
  noteArtifact(key, loaded.model, { parts: (): SharedModel => ({ model: loaded.model.parts(), header: loaded.header }) });
  return loaded;
}

/** `models/<name>` for artifacts that are not perceptron weights (lexicons: `lexicon-nl.tsv.gz`). */
export function artifactPath(fileName: string): string {
  return join(MODELS_DIR, fileName);
}

/** Writes a text artifact gzip'd. */
export function saveText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

/** Reads a gzip'd word clusters file (`word-clusters.ts`); in a worker thread given them already, shares that thread's copy instead. */
export function loadWordClusters(path: string): WordClusters {
  const key = `clusters:${path}`;
  const shared = adoptedParts<ClustersParts>(key);
  const clusters = shared === undefined ? parseClusters(loadText(path), path) : adoptClusters(shared);
  noteArtifact(key, clusters, clusters);
  return clusters;
}

/** Reads a gzip'd text artifact. */
export function loadText(path: string): string {
  return gunzipSync(readFile(path)).toString('utf8');
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${path}: cannot read model file (${code}); train it with \`zegsman train\``);
  }
}
