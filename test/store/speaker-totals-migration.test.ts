import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import type { Store } from '../../src/store/store.ts';
import { makeAnalysis } from '../helpers/make-analysis.ts';
import { TEST_PG, dropSchemas, freshSchema, needPostgres, schemaUrl } from '../helpers/postgres.ts';

// Our own sentences: three Dutch articles, one speaker in two spellings, one without a person name.
const articles = [
  makeAnalysis('"De dijk houdt", zei dijkgraaf Karel Bos. "We meten elke dag", zei het waterschap.', 'nl', { outlet: 'De Krant', published: '2026-02-01' }, {
    quotes: [
      { content: 'De dijk houdt', speaker: 'dijkgraaf Karel Bos', speakerName: 'Karel Bos', role: 'dijkgraaf', cue: 'zei' },
      { content: 'We meten elke dag', speaker: 'het waterschap', speakerName: 'het waterschap', cue: 'zei' },
    ],
  }),
  makeAnalysis('"Het water zakt", zei Bos. "Nog twee dagen", zei hij later.', 'nl', { outlet: 'Het Dagblad', published: '2026-02-02' }, {
    quotes: [
      { content: 'Het water zakt', speaker: 'Bos', speakerName: 'Karel Bos', role: 'dijkgraaf', cue: 'zei' },
      { content: 'Nog twee dagen', speaker: 'hij', speakerName: 'Karel Bos', cue: 'zei' },
    ],
  }),
  makeAnalysis('"Wij zijn klaar", zei het waterschap.', 'nl', { published: '2026-02-03' }, {
    quotes: [{ content: 'Wij zijn klaar', speaker: 'het waterschap', speakerName: 'het waterschap', cue: 'zei' }],
  }),
];

/** Puts the articles, checks the totals, rolls the store back to before the totals' migration, reopens it: the same totals. */
async function checkUpgrade(open: () => Promise<Store>, rollBack: () => Promise<void>): Promise<void> {
  const store = await open();
  await store.putDocuments(articles.map((analysis, i) => prepareDocument(analysis, `a${i}.txt`, 'v1')));
  const kept = await store.speakerTotals({});
  // Every document is Dutch: the same totals through the filtered path.
  assert.deepEqual(await store.speakerTotals({ lang: 'nl' }), kept);
  assert.deepEqual((await store.speakerTotals({ since: '2026-02-02' })).map((s) => [s.name, s.quotes, s.documents]), [['Karel Bos', 2, 1], ['het waterschap', 1, 1]]);
  assert.deepEqual(kept.map((s) => [s.name, s.quotes, s.documents, s.outlets]), [
    ['Karel Bos', 3, 2, [{ outlet: 'Het Dagblad', quotes: 2 }, { outlet: 'De Krant', quotes: 1 }]],
    ['het waterschap', 2, 2, [{ outlet: null, quotes: 1 }, { outlet: 'De Krant', quotes: 1 }]],
  ]);
  await store.close();
  await rollBack();
  const upgraded = await open();
  assert.deepEqual(await upgraded.speakerTotals({}), kept);
  assert.deepEqual(await upgraded.speakerTotals({ lang: 'nl' }), kept);
  await upgraded.close();
}

test('SQLite migrations 6 and 9 fill the speaker totals of a store that had none, the same as counted over the quotes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-totals-'));
  const file = join(dir, 'store.db');
  try {
    await checkUpgrade(() => openStore(file), async () => {
      const db = new Database(file);
      db.exec('DROP TABLE speaker_totals; DROP TABLE speaker_names; DROP INDEX documents_by_date; DROP INDEX quantities_comparable; DROP TABLE speaker_days; DROP TABLE speaker_day_names; DELETE FROM schema_migrations WHERE version >= 6;');
      db.close();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL migrations 5 and 7 fill the speaker totals of a store that had none, the same as counted over the quotes', { skip: needPostgres }, async () => {
  const schema = freshSchema('zegsman_totals');
  try {
    await checkUpgrade(() => openStore(schemaUrl(schema)), async () => {
      const client = new pg.Client({ connectionString: TEST_PG });
      await client.connect();
      await client.query(`DROP TABLE "${schema}".speaker_totals; DROP TABLE "${schema}".speaker_names; DROP INDEX "${schema}".quantities_comparable; DROP TABLE "${schema}".speaker_days; DROP TABLE "${schema}".speaker_day_names; DELETE FROM "${schema}".schema_migrations WHERE version >= 5`);
      await client.end();
    });
  } finally {
    await dropSchemas(schema);
  }
});

test('PostgreSQL: two stores writing the same speakers at once keep the totals right (no lost update, no deadlock)', { skip: needPostgres }, async () => {
  const schema = freshSchema('zegsman_totals_race');
  try {
    const [one, two] = [await openStore(schemaUrl(schema)), await openStore(schemaUrl(schema))];
    // 40 copies of the articles, each its own text; the two writers take turns by batch.
    const copies = Array.from({ length: 40 }, (_, n) => articles.map((analysis, i) => {
      const text = `${analysis.text} (${n})`;
      return prepareDocument({ ...analysis, text }, `c${n}-${i}.txt`, 'v1');
    }));
    await Promise.all([
      (async () => { for (let n = 0; n < 40; n += 2) await one.putDocuments(copies[n]); })(),
      (async () => { for (let n = 1; n < 40; n += 2) await two.putDocuments(copies[n]); })(),
    ]);
    assert.deepEqual((await one.speakerTotals({})).map((s) => [s.name, s.quotes, s.documents]), [['Karel Bos', 120, 80], ['het waterschap', 80, 80]]);
    assert.deepEqual((await one.speakerTotals({ outlet: 'het dagblad' })).map((s) => [s.name, s.quotes, s.documents]), [['Karel Bos', 80, 40]]);
    await one.close();
    await two.close();
  } finally {
    await dropSchemas(schema);
  }
});
