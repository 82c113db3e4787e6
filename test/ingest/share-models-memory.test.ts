import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/ingest/analyze-article.ts';
import { AnalyzePool } from '../../src/ingest/analyze-pool.ts';
import type { RawArticle } from '../../src/ingest/article.ts';
import { sharedArtifacts } from '../../src/model/share-artifacts.ts';

/** Our own sentences. */
const FIRST: RawArticle = { source: 'test-first', meta: {}, text: 'Minister Anna de Vries zei dinsdag in Utrecht dat het plan 40 miljoen euro kost.' };
const SECOND: RawArticle = { source: 'test-second', meta: {}, text: '"We gaan door", zei vakbondsleider Jan Bakker woensdag in Rotterdam. Volgens hem staken 300 mensen bij Tata Steel.' };
const THIRD: RawArticle = { source: 'test-third', meta: {}, text: 'Burgemeester Karel Smit opende maandag in Gouda een nieuwe brug van Heijmans.' };
const OPTIONS = { lang: 'nl' as const, pipelineVersion: 'test' };

/**
 * That the worker analyses as this thread does (share-models.test.ts) holds as well when it loads
 * its own copies. Here this thread zeroes the weights it shared (the POS model's rows and the
 * entity tagger's stacked table) before the worker sees a new article: a worker that reads the
 * same memory tags it with zeroed weights; one with copies of its own would tag it as before.
 * (This thread keeps per-word caches, so what it tags after the zeroing is a mix: it is not the
 * reference.) With both queues empty, the pool's rule sends the next article to the worker.
 */
test('a worker thread reads the very memory of the models this thread shared with it', async () => {
  const pool = new AnalyzePool(2, OPTIONS);
  try {
    await pool.analyze(FIRST); // this thread: loads the models, then starts the worker
    const control = await pool.analyze(SECOND); // the worker, before the zeroing
    const controlReference = analyzeArticle(SECOND, OPTIONS);
    const reference = analyzeArticle(THIRD, OPTIONS);
    const zeroed: string[] = [];
    for (const [key, parts] of sharedArtifacts()) {
      const name = key.replace(/[^:|]*\/models\//g, '');
      if (name === 'model:pos-nl.zpm.gz') (parts as { model: { cells: Int16Array } }).model.cells.fill(0);
      else if (name.startsWith('stack:')) (parts as { weights: Float32Array }).weights.fill(0);
      else continue;
      zeroed.push(name);
    }
    const third = await pool.analyze(THIRD); // the worker, after the zeroing
    assert.deepStrictEqual(
      { zeroed: zeroed.sort(), control, thirdAsBefore: third.ok && third.document.analysisJson === reference.analysisJson },
      { zeroed: ['model:pos-nl.zpm.gz', 'stack:model:ner-nl-first.zpm.gz|model:ner-nl.zpm.gz'], control: { ok: true, document: controlReference }, thirdAsBefore: false },
    );
  } finally {
    await pool.close();
  }
});
