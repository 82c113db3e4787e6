import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/ingest/analyze-article.ts';
import { AnalyzePool } from '../../src/ingest/analyze-pool.ts';
import type { RawArticle } from '../../src/ingest/article.ts';
import { sharedArtifacts } from '../../src/model/share-artifacts.ts';

/** Our own sentences. */
const ARTICLES = [
  'Minister Anna de Vries zei dinsdag in Utrecht dat het plan 40 miljoen euro kost.',
  '"We gaan door", zei vakbondsleider Jan Bakker woensdag. Volgens hem staken 300 mensen.',
  'De gemeente Gouda wil volgens wethouder Karel Smit in mei beginnen met de bouw van 120 woningen.',
].map((text, i): RawArticle => ({ source: `test-${i}`, meta: {}, text }));
const OPTIONS = { lang: 'nl' as const, pipelineVersion: 'test' };

test('a pool of two threads shares every model the main thread loaded, and the worker analyses as this thread does', async () => {
  const pool = new AnalyzePool(2, OPTIONS);
  try {
    const first = await pool.analyze(ARTICLES[0]); // this thread: loads the models, then starts the worker
    // The next two go to the worker (its queue is shorter than this thread's by the pool's rule).
    const rest = await Promise.all([pool.analyze(ARTICLES[1]), pool.analyze(ARTICLES[2])]);
    const keys = [...sharedArtifacts().keys()].map((key) => key.replace(/[^:|]*\/models\//g, '')).sort();
    // Which cluster files the entity model reads is in its meta (retraining may change it): only that it shares some.
    assert.deepStrictEqual(
      { keys: keys.filter((key) => !key.startsWith('clusters:')), clusters: keys.some((key) => key.startsWith('clusters:ner-nl')), results: [first, ...rest] },
      {
        clusters: true,
        keys: [
          'lexicon:lexicon-nl.tsv.gz',
          'model:ner-nl-first.zpm.gz',
          'model:ner-nl.zpm.gz',
          'model:pos-nl.zpm.gz',
          'pos-clusters:pos-clusters-nl.tsv.gz',
          'stack:model:ner-nl-first.zpm.gz|model:ner-nl.zpm.gz',
        ],
        results: ARTICLES.map((article) => ({ ok: true, document: analyzeArticle(article, OPTIONS) })),
      },
    );
  } finally {
    await pool.close();
  }
});
