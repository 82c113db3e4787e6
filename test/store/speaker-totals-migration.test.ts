import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import { makeAnalysis } from '../helpers/make-analysis.ts';

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

test('SQLite migration 6 fills the speaker totals of a store that had none, the same as counted over the quotes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-totals-'));
  const file = join(dir, 'store.db');
  try {
    const store = await openStore(file);
    await store.putDocuments(articles.map((analysis, i) => prepareDocument(analysis, `a${i}.txt`, 'v1')));
    const kept = await store.speakerTotals({});
    // Every document is Dutch: the same totals counted over the quotes (the filtered path).
    assert.deepEqual(await store.speakerTotals({ lang: 'nl' }), kept);
    assert.deepEqual(kept.map((s) => [s.name, s.quotes, s.documents, s.outlets]), [
      ['Karel Bos', 3, 2, [{ outlet: 'Het Dagblad', quotes: 2 }, { outlet: 'De Krant', quotes: 1 }]],
      ['het waterschap', 2, 2, [{ outlet: null, quotes: 1 }, { outlet: 'De Krant', quotes: 1 }]],
    ]);
    await store.close();
    // A store from before migration 6.
    const db = new Database(file);
    db.exec('DROP TABLE speaker_totals; DROP TABLE speaker_names; DELETE FROM schema_migrations WHERE version = 6;');
    db.close();
    const upgraded = await openStore(file);
    assert.deepEqual(await upgraded.speakerTotals({}), kept);
    await upgraded.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
