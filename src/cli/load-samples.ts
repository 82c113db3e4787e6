import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocMeta, Lang } from '../core/types.ts';
import { analyze } from '../pipeline.ts';
import { prepareDocument } from '../store/prepare-document.ts';
import type { PutResult, Store } from '../store/store.ts';

/** One bundled sample article: its text, and the metadata in the `.meta.json` beside it. */
export interface SampleArticle {
  readonly path: string;
  readonly text: string;
  readonly lang: Lang | 'auto';
  readonly meta: DocMeta;
}

/** The sample articles in `dir` (written by us, not news; see samples/README.md). */
export function readSamples(dir: string): SampleArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const metaPath = path.replace(/\.txt$/, '.meta.json');
      const raw = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as DocMeta & { lang?: Lang }) : {};
      const { lang, ...meta } = raw;
      return { path: `samples/${name}`, text: readFileSync(path, 'utf8'), lang: lang ?? 'auto', meta: { id: `samples/${name}`, ...meta } };
    });
}

/** Analyses the samples and stores them (a sample stored already is skipped by its hash). */
export async function loadSamples(store: Store, dir: string, pipelineVersion: string): Promise<PutResult> {
  const prepared = readSamples(dir).map((sample) => prepareDocument(analyze(sample.text, sample.meta, { lang: sample.lang }), sample.path, pipelineVersion));
  return store.putDocuments(prepared);
}
