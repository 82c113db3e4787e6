import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../src/server/build-server.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import type { Analysis } from '../src/core/types.ts';
import { FIXTURE_TEXT, fixtureAnalysis } from './helpers/reader-fixture.ts';

/** Three stored variants of the fixture: two outlets, three dates, and figures for the same thing that disagree. */
function corpus(): Analysis[] {
  const first = {
    ...fixtureAnalysis({ title: 'Dijken onder druk', published: '2026-02-03', outlet: 'Testkrant' }),
    sentences: [{ start: 0, end: 17, paragraph: 0, tokenStart: 0, tokenEnd: 1 }],
    tokens: [{ start: 0, end: 6, text: 'Dijken', sentence: 0 }],
  };
  const secondText = `${FIXTURE_TEXT}\n\nHet debat gaat donderdag verder.`;
  const second = fixtureAnalysis({ title: 'Debat over dijken', published: '2026-01-10', outlet: 'Proefblad' }, 'nl', secondText);
  const thirdText = `${FIXTURE_TEXT}\n\nDe kosten lopen op.`;
  const third = fixtureAnalysis({ title: 'Kosten dijken lopen op', published: '2026-03-01', outlet: 'Testkrant' }, 'nl', thirdText);
  return [first, second, { ...third, quantities: third.quantities.map((q) => ({ ...q, value: 80_000_000, claimedBy: 'Karel Bos' })) }];
}

const WRITE_TOKEN = 'test-write-token-0123456789';
const AUTHORISED = { authorization: `Bearer ${WRITE_TOKEN}` };

async function serverWithCorpus(allowWrite = false) {
  const store = await openStore(':memory:');
  await store.putDocuments(corpus().map((analysis) => prepareDocument(analysis, `fixture/${analysis.meta.title}`, 'test')));
  const app = await buildServer({ webRoot: null, store, allowWrite, ...(allowWrite ? { writeToken: WRITE_TOKEN } : {}) });
  return { app, store, get: async (url: string) => { const r = await app.inject({ url }); return { status: r.statusCode, body: r.json() }; } };
}

test('documents: a list of summaries newest first, one whole document, 404 and 400 for bad ids', async () => {
  const { app, store, get } = await serverWithCorpus();
  const list = await get('/api/documents');
  assert.deepEqual(list.body.documents.map((d: Record<string, unknown>) => [d.id, d.title, d.outlet, d.published, d.lang, d.quotes]), [
    [3, 'Kosten dijken lopen op', 'Testkrant', '2026-03-01', 'nl', 3],
    [1, 'Dijken onder druk', 'Testkrant', '2026-02-03', 'nl', 3],
    [2, 'Debat over dijken', 'Proefblad', '2026-01-10', 'nl', 3],
  ]);
  assert.deepEqual((await get('/api/documents?limit=1&offset=1')).body.documents.map((d: { id: number }) => d.id), [1]);
  assert.deepEqual((await get('/api/documents?limit=2&offset=2')).body.documents.map((d: { id: number }) => d.id), [2]);
  assert.deepEqual((await get('/api/documents?outlet=proefblad')).body.documents.map((d: { id: number }) => d.id), [2]);
  const one = await get('/api/documents/1');
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.analysis, JSON.parse(JSON.stringify(corpus()[0])));
  assert.deepEqual((await get('/api/documents/1?omit=tokens,sentences')).body.analysis, { ...JSON.parse(JSON.stringify(corpus()[0])), tokens: [], sentences: [] });
  const badOmit = await get('/api/documents/1?omit=quotes');
  assert.deepEqual([badOmit.status, badOmit.body.message], [400, 'querystring.omit: expected a comma-separated list of tokens, sentences, quoteSpans']);
  assert.deepEqual([(await get('/api/documents/99')).status, (await get('/api/documents/99')).body.ruleId], [404, 'document-missing']);
  const bad = await get('/api/documents/abc');
  assert.deepEqual([bad.status, bad.body.ruleId], [400, 'request-invalid']);
  assert.match(bad.body.message, /^params\.id: /);
  await app.close();
  await store.close();
});

test('quotes by speaker come oldest first across outlets; bad filters are 400 naming the parameter', async () => {
  const { app, store, get } = await serverWithCorpus();
  const smit = await get('/api/quotes?speaker=Smit');
  assert.deepEqual(smit.body.quotes.map((q: Record<string, unknown>) => [q.published, q.outlet, q.speakerName, q.content, q.kind, q.role]), [
    ['2026-01-10', 'Proefblad', 'Anna Smit', 'We moeten nu handelen', 'direct', 'dijkgraaf'],
    ['2026-02-03', 'Testkrant', 'Anna Smit', 'We moeten nu handelen', 'direct', 'dijkgraaf'],
    ['2026-03-01', 'Testkrant', 'Anna Smit', 'We moeten nu handelen', 'direct', 'dijkgraaf'],
  ]);
  assert.deepEqual((await get('/api/quotes?q=duur&since=2026-02-01')).body.quotes.map((q: Record<string, unknown>) => [q.published, q.speakerName]), [
    ['2026-02-03', 'Karel Bos'],
    ['2026-03-01', 'Karel Bos'],
  ]);
  const bad = await get('/api/quotes?since=gisteren');
  assert.deepEqual([bad.status, bad.body.message], [400, 'querystring.since: expected a date as YYYY-MM-DD']);
  const tooMany = await get('/api/quotes?limit=100000');
  assert.deepEqual([tooMany.status, tooMany.body.ruleId], [400, 'request-invalid']);
  await app.close();
  await store.close();
});

test('speakers: counts, roles and outlets per speaker, most quoted first, then by name', async () => {
  const { app, store, get } = await serverWithCorpus();
  assert.deepEqual((await get('/api/speakers')).body.speakers, [
    { key: 'smit,ana', name: 'Anna Smit', roles: ['dijkgraaf'], quotes: 3, documents: 3, outlets: [{ outlet: 'Testkrant', quotes: 2 }, { outlet: 'Proefblad', quotes: 1 }] },
    { key: '~het waterschap', name: 'het waterschap', roles: [], quotes: 3, documents: 3, outlets: [{ outlet: 'Testkrant', quotes: 2 }, { outlet: 'Proefblad', quotes: 1 }] },
    { key: 'bos,karel', name: 'Karel Bos', roles: ['gedeputeerde'], quotes: 3, documents: 3, outlets: [{ outlet: 'Testkrant', quotes: 2 }, { outlet: 'Proefblad', quotes: 1 }] },
  ]);
  await app.close();
  await store.close();
});

test('figures: every claim; figures whose sentences name no entity are never in conflict (see server-entities for conflicts)', async () => {
  const { app, store, get } = await serverWithCorpus();
  const all = await get('/api/figures?about=euro');
  assert.deepEqual(all.body.figures.map((f: Record<string, unknown>) => [f.value, f.unit, f.claimedBy, f.published]).sort(), [
    [30_000_000, 'euro', 'het waterschap', '2026-01-10'],
    [30_000_000, 'euro', 'het waterschap', '2026-02-03'],
    [80_000_000, 'euro', 'Karel Bos', '2026-03-01'],
  ]);
  assert.deepEqual((await get('/api/figures?conflicts=true')).body, { figures: [], conflicts: [] });
  const badWindow = await get('/api/figures?conflicts=true&window=0');
  assert.deepEqual([badWindow.status, badWindow.body.ruleId], [400, 'request-invalid']);
  await app.close();
  await store.close();
});

test('search finds articles (with a marked snippet) and statements; an empty query is a 400', async () => {
  const { app, store, get } = await serverWithCorpus();
  const found = await get('/api/search?q=handelen');
  assert.deepEqual(found.body.documents.map((d: { documentId: number }) => d.documentId).sort(), [1, 2, 3]);
  assert.match(found.body.documents[0].snippet, /\[handelen\]/);
  assert.deepEqual(found.body.quotes.map((q: { content: string }) => q.content), ['We moeten nu handelen', 'We moeten nu handelen', 'We moeten nu handelen']);
  const empty = await get('/api/search?q=%20');
  assert.deepEqual([empty.status, empty.body.message], [400, 'querystring.q: empty: say what to search for']);
  await app.close();
  await store.close();
});

test('POST /api/documents stores an article once (same text again is not stored twice)', async () => {
  const { app, store, get } = await serverWithCorpus(true);
  const article = { text: 'De dijkgraaf zei dat het water daalt. Het is voorbij.', lang: 'nl', meta: { title: 'Nieuw', published: '2026-04-01' } };
  const first = await app.inject({ method: 'POST', url: '/api/documents', payload: article, headers: AUTHORISED });
  assert.equal(first.statusCode, 200);
  const again = await app.inject({ method: 'POST', url: '/api/documents', payload: article, headers: AUTHORISED });
  assert.deepEqual([first.json(), again.json()], [
    { hash: first.json().hash, inserted: true, id: 4 },
    { hash: first.json().hash, inserted: false, id: 4 },
  ]);
  assert.equal((await get('/api/documents/4')).body.meta.title, 'Nieuw');
  assert.deepEqual((await get('/api/documents')).body.documents.map((d: { title: string }) => d.title)[0], 'Nieuw');
  const status = await get('/api/status');
  assert.deepEqual([status.body.allowWrite, status.body.store.kind, status.body.store.documents], [true, 'sqlite', 4]);
  await app.close();
  await store.close();
});

test('a repeated corpus answer comes from the cache until a document is stored through the API', async () => {
  const { app, store } = await serverWithCorpus(true);
  const first = await app.inject({ url: '/api/speakers' });
  const second = await app.inject({ url: '/api/speakers' });
  assert.deepEqual([first.headers['x-zegsman-cache'], second.headers['x-zegsman-cache'], second.body === first.body], [undefined, 'hit', true]);
  await app.inject({ method: 'POST', url: '/api/documents', payload: { text: '„Het water zakt”, zei Anna Smit donderdag.', lang: 'nl' }, headers: AUTHORISED });
  const third = await app.inject({ url: '/api/speakers' });
  assert.equal(third.headers['x-zegsman-cache'], undefined);
  await app.close();
  await store.close();
});
