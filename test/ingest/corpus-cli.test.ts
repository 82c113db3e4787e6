import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources } from '../../src/ingest/ingest-files.ts';
import { readDecoded } from '../../src/ingest/read-articles.ts';
import { reanalyzeStore } from '../../src/ingest/reanalyze-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ROOT } from '../helpers/shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'zegsman-corpus-cli-'));
const db = `file:${join(dir, 'corpus.db')}`;
const env = { ...process.env, ZEGSMAN_PIPELINE_VERSION: 'test-cli' };
const zegsman = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { input, encoding: 'utf8', env, timeout: 30_000 });

const LINES = [
  { text: 'De wethouder zei dinsdag: "De sporthal komt er." Volgens de raad kost die 8 miljoen euro.', title: 'Sporthal', outlet: 'Dagblad Zuid', date: '2026-05-20' },
  { text: 'The mayor said on Friday that the new bridge will open in May.', lang: 'en', outlet: 'The Courier', date: '2026-04-03' },
];

test('ingest - reads JSON Lines from standard input; the query commands read the store', () => {
  const ingested = zegsman(['ingest', '-', '--db', db, '--threads', '1'], LINES.map((line) => JSON.stringify(line)).join('\n'));
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(ingested.stdout, /ingested 1\/1 files into .*corpus\.db: 2 new articles, 0 already stored, 0 failed/);

  const search = zegsman(['search', 'sporthal', '--db', db, '--format', 'json']);
  assert.equal(search.status, 0, search.stderr);
  assert.deepEqual(JSON.parse(search.stdout).map((hit: { source: string; outlet: string }) => [hit.source, hit.outlet]), [['<stdin>#1', 'Dagblad Zuid']]);

  const exported = zegsman(['export', '--db', db, '--format', 'jsonl']);
  assert.equal(exported.status, 0, exported.stderr);
  const documents = exported.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(documents.map((doc) => [doc.source, doc.lang, doc.meta.published, doc.analysis.text === LINES[doc.id - 1].text]), [
    ['<stdin>#1', 'nl', '2026-05-20', true],
    ['<stdin>#2', 'en', '2026-04-03', true],
  ]);

  const csv = zegsman(['quotes', '--db', db, '--format', 'csv', '--since', '2026-05-01']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout.split('\r\n')[0], 'published,outlet,speaker,role,kind,quote,document,source,title,cue,start,end,confidence');
  for (const row of csv.stdout.trim().split('\r\n').slice(1)) assert.match(row, /^2026-05-20,Dagblad Zuid,/);

  const bad = zegsman(['quotes', '--db', db, '--format', 'xml']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /expected table or json or csv, got "xml"/);
});

test('reanalyze brings every document to the current pipeline version from the stored text', async () => {
  const store = await openStore(':memory:');
  try {
    const text = LINES.map((line) => JSON.stringify(line)).join('\n');
    const source = { path: 'regels.jsonl', size: text.length, mark: null, read: () => readDecoded(text, 'regels.jsonl', 'jsonl') };
    const ingested = await ingestSources([source], { store, threads: 0, pipelineVersion: 'old' });
    assert.equal(ingested.inserted, 2);
    const before = (await store.quotes({})).map((q) => [q.source, q.content]);
    const report = await reanalyzeStore({ store, threads: 0, pipelineVersion: 'new' });
    assert.deepEqual({ reanalyzed: report.reanalyzed, failures: report.failures.length }, { reanalyzed: 2, failures: 0 });
    assert.deepEqual((await store.stats()).pipelineVersions, { new: 2 });
    // The same pipeline code finds the same quotes again.
    assert.deepEqual((await store.quotes({})).map((q) => [q.source, q.content]), before);
    assert.equal((await reanalyzeStore({ store, threads: 0, pipelineVersion: 'new' })).reanalyzed, 0);
  } finally {
    await store.close();
  }
});
