import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/server/build-server.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import { makeAnalysis } from './helpers/make-analysis.ts';
import { ROOT } from './helpers/shared-data.ts';

/** One minister in two spellings in two outlets, and an alderman once. */
const ARTICLES = [
  makeAnalysis('"De troepen blijven", zei minister Sergej Sjojgoe.', 'nl', { outlet: 'De Krant', published: '2026-01-05' }, {
    quotes: [{ content: 'De troepen blijven', speaker: 'minister Sergej Sjojgoe', speakerName: 'Sergej Sjojgoe', role: 'minister', cue: 'zei' }],
  }),
  makeAnalysis('"De oefening is voorbij", zei Sergei Shoigu. "Iedereen gaat naar huis", zei hij.', 'nl', { outlet: 'Het Dagblad', published: '2026-01-06' }, {
    quotes: [
      { content: 'De oefening is voorbij', speaker: 'Sergei Shoigu', speakerName: 'Sergei Shoigu', cue: 'zei' },
      { content: 'Iedereen gaat naar huis', speaker: 'hij', speakerName: 'Sergei Shoigu', cue: 'zei' },
    ],
  }),
  makeAnalysis('"De brug gaat open", zei wethouder Anna Smit.', 'nl', { outlet: 'De Krant', published: '2026-01-07' }, {
    quotes: [{ content: 'De brug gaat open', speaker: 'wethouder Anna Smit', speakerName: 'Anna Smit', role: 'wethouder', cue: 'zei' }],
  }),
];

test('zegsman speakers answers what /api/speakers answers: one row per person key, across spellings', async () => {
  const db = `file:${join(mkdtempSync(join(tmpdir(), 'zegsman-speakers-')), 'corpus.db')}`;
  const store = await openStore(db);
  try {
    await store.putDocuments(ARTICLES.map((analysis, i) => prepareDocument(analysis, `artikel-${i}.txt`, 'test')));
    const app = await buildServer({ webRoot: null, store });
    const api = (await app.inject({ url: '/api/speakers?limit=50' })).json() as { speakers: unknown[] };
    await app.close();
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), 'speakers', '--db', db, '--format', 'json'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepStrictEqual(JSON.parse(cli.stdout), api.speakers);
    const rows = (JSON.parse(cli.stdout) as Array<{ name: string; quotes: number; documents: number; roles: string[] }>).map((s) => [s.name, s.quotes, s.documents, s.roles]);
    assert.deepStrictEqual(rows, [['Sergei Shoigu', 3, 2, ['minister']], ['Anna Smit', 1, 1, ['wethouder']]]);
  } finally {
    await store.close();
  }
});
