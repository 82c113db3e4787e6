import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeModel, encodeModel, type ModelHeader } from './encode-model.ts';
import type { PerceptronModel } from './perceptron.ts';

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

export function loadModel(path: string): { model: PerceptronModel; header: ModelHeader } {
  return decodeModel(gunzipSync(readFile(path)));
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
