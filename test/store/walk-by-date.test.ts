import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import { makeAnalysis } from '../helpers/make-analysis.ts';

// Our own sentences: six Dutch articles, every quote and figure about the dike, some on the same day, one undated.
const days = ['2026-05-03', '2026-05-01', '2026-05-03', undefined, '2026-05-02', '2026-05-01'];
const articles = days.map((published, i) => {
  const text = `"De dijk houdt het nog ${i + 1} dagen", zei dijkgraaf Karel Bos. De dijk kost ${i + 10} miljoen euro.`;
  return makeAnalysis(text, 'nl', published === undefined ? { outlet: 'De Krant' } : { outlet: 'De Krant', published }, {
    quotes: [{ content: `De dijk houdt het nog ${i + 1} dagen`, speaker: 'dijkgraaf Karel Bos', speakerName: 'Karel Bos', role: 'dijkgraaf', cue: 'zei' }],
    figures: [{ text: `${i + 10} miljoen euro`, value: (i + 10) * 1_000_000, unit: 'euro' }],
  });
});

test('SQLite: a page of a common word (walked by date) is the page sorted over every match (the filtered path)', async () => {
  const store = await openStore(':memory:');
  await store.putDocuments(articles.map((analysis, i) => prepareDocument(analysis, `dijk-${i}.txt`, 'v1')));
  for (const limit of [1, 2, 4, 6]) {
    // Without a filter a word in every quote is common (walked); with lang it is sorted, as before.
    const walked = await store.quotes({ text: 'dijk', limit });
    assert.deepEqual(walked, await store.quotes({ text: 'dijk', limit, lang: 'nl' }), `quotes, limit ${limit}`);
    assert.deepEqual(await store.quotes({ limit }), await store.quotes({ limit, lang: 'nl' }), `all quotes, limit ${limit}`);
    assert.deepEqual(await store.figures({ about: 'dijk', limit }), await store.figures({ about: 'dijk', limit, lang: 'nl' }), `figures, limit ${limit}`);
    assert.deepEqual(await store.figures({ limit }), await store.figures({ limit, lang: 'nl' }), `all figures, limit ${limit}`);
    assert.equal(walked.length, limit);
  }
  // Newest date first, then by document, the undated last.
  assert.deepEqual((await store.quotes({ text: 'dijk', limit: 6 })).map((q) => q.published), ['2026-05-03', '2026-05-03', '2026-05-02', '2026-05-01', '2026-05-01', null]);
  await store.close();
});
