import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../src/server/build-server.ts';
import { findFigureConflicts } from '../src/store/find-figure-conflicts.ts';
import { linkStoreEntities } from '../src/store/link-store-entities.ts';
import { openStore } from '../src/store/open-store.ts';
import { prepareDocument } from '../src/store/prepare-document.ts';
import { linkedAnalysis, SHOIGU_ARTICLES } from './helpers/linked-analysis.ts';

async function serverWithEntities(link = true) {
  const store = await openStore(':memory:');
  await store.putDocuments(SHOIGU_ARTICLES.map((a, i) => prepareDocument(linkedAnalysis(a), `a${i + 1}`, 'test')));
  if (link) await linkStoreEntities(store);
  const app = await buildServer({ webRoot: null, store });
  return { app, store, get: async (url: string) => { const r = await app.inject({ url }); return { status: r.statusCode, body: r.json() }; } };
}

test('GET /api/entities/:id: one person in every spelling, with the evidence of each link and the statements of every spelling', async () => {
  const { app, store, get } = await serverWithEntities();
  const shoigu = await get(`/api/entities/${encodeURIComponent('PER:xoigu,sergei')}`);
  assert.equal(shoigu.status, 200);
  const { quotes, ...entity } = shoigu.body;
  assert.deepEqual(entity, {
    id: 'PER:xoigu,sergei',
    type: 'PER',
    name: 'Sergej Sjojgoe',
    key: 'xoigu,sergei',
    keys: ['xoigu,sergei'],
    confidence: 1,
    documents: 3,
    mentions: 5,
    names: [{ name: 'Sergei Shoigu', documents: 1 }, { name: 'Sergej Sjojgoe', documents: 1 }, { name: 'Сергей Шойгу', documents: 1 }],
    links: entity.links,
  });
  assert.deepEqual(entity.links.map((l: Record<string, unknown>) => [l.documentId, l.name, l.reason, l.confidence]), [
    [1, 'Sergej Sjojgoe', 'same-key', 1], [2, 'Sergei Shoigu', 'same-key', 1], [3, 'Сергей Шойгу', 'same-key', 1],
  ]);
  assert.deepEqual(quotes.map((q: Record<string, unknown>) => [q.published, q.speakerName, q.content]), [
    ['2022-01-20', 'Sergej Sjojgoe', 'Alle troepen zijn binnen een week thuis'],
    ['2022-01-21', 'Sergei Shoigu', 'The mission is over,'],
    ['2022-01-22', 'Сергей Шойгу', 'We kept our word.'],
  ]);
  // A place has no statements; a key of another Johnson's article does not lend him its quotes.
  assert.deepEqual((await get('/api/entities/LOC:kasaxstan')).body.quotes, []);
  const boris = await get('/api/entities/PER:iohnson,boris');
  assert.deepEqual(boris.body.quotes.map((q: { content: string }) => q.content), ['I am no Lyndon Johnson,']);
  await app.close();
  await store.close();
});

test('GET /api/entities: by name in any spelling and by type; the OpenAPI document lists both routes', async () => {
  const { app, store, get } = await serverWithEntities();
  assert.deepEqual((await get('/api/entities?name=%D0%A8%D0%BE%D0%B9%D0%B3%D1%83')).body.entities.map((e: { id: string; documents: number }) => [e.id, e.documents]), [['PER:xoigu,sergei', 3]]);
  assert.deepEqual((await get('/api/entities?type=LOC')).body.entities.map((e: { id: string }) => e.id), ['LOC:kasaxstan', 'LOC:moskov']);
  const paths = Object.keys((await get('/api/openapi.json')).body.paths);
  assert.deepEqual(paths.filter((p) => p.startsWith('/api/entities')), ['/api/entities', '/api/entities/{id}']);
  await app.close();
  await store.close();
});

test('GET /api/entities/:id: an unknown id is a 404 that says to link, a malformed one a 400 naming the parameter', async () => {
  const { app, store, get } = await serverWithEntities(false);
  const missing = await get('/api/entities/PER:xoigu,sergei');
  assert.deepEqual([missing.status, missing.body.ruleId, missing.body.message], [404, 'entity-missing', 'no corpus entity with id PER:xoigu,sergei (are the entities linked? `zegsman entities link`)']);
  const bad = await get('/api/entities/xoigu');
  assert.deepEqual([bad.status, bad.body.message], [400, 'params.id: expected TYPE:key, such as PER:xoigu,sergei']);
  const badType = await get('/api/entities?type=PERSON');
  assert.deepEqual([badType.status, badType.body.ruleId], [400, 'request-invalid']);
  await app.close();
  await store.close();
});

test('GET /api/figures?conflicts=true: the groups of `zegsman figures --conflicts` (same unit concept, a shared entity, within the window), side by side', async () => {
  const { app, store, get } = await serverWithEntities();
  const { conflicts } = (await get('/api/figures?conflicts=true')).body;
  assert.deepEqual(conflicts, JSON.parse(JSON.stringify(await findFigureConflicts(store, {}, { limit: 200 }))));
  assert.deepEqual(conflicts.map((c: Record<string, unknown>) => [c.unitKey, c.entityKeys, c.from, c.to, c.values, c.claimants]), [
    ['soldiers', ['kasaxstan'], '2022-01-20', '2022-01-21', [2030, 2500], ['Sjojgoe', 'Kassym-Jomart Tokayev']],
  ]);
  assert.deepEqual((await get('/api/figures?conflicts=true&about=procent')).body.conflicts, []);
  assert.deepEqual((await get('/api/figures?conflicts=true&since=2022-01-21')).body.conflicts, []);
  await app.close();
  await store.close();
});

test('GET /api/speakers: one row per person key, so every spelling of Shoigu counts together, under the name written most often', async () => {
  const { app, store, get } = await serverWithEntities(false);
  assert.deepEqual((await get('/api/speakers')).body.speakers.map((s: Record<string, unknown>) => [s.key, s.quotes, s.documents, s.outlets]), [
    ['xoigu,sergei', 3, 3, [{ outlet: 'Het Ochtendblad', quotes: 1 }, { outlet: 'Media Monitor', quotes: 1 }, { outlet: 'The Morning Courier', quotes: 1 }]],
    ['iohnson,boris', 1, 1, [{ outlet: 'The Morning Courier', quotes: 1 }]],
    ['iohnson,lindon b', 1, 1, [{ outlet: 'The Morning Courier', quotes: 1 }]],
  ]);
  assert.deepEqual((await get('/api/speakers?outlet=media%20monitor')).body.speakers.map((s: Record<string, unknown>) => [s.key, s.name, s.quotes]), [['xoigu,sergei', 'Сергей Шойгу', 1]]);
  await app.close();
  await store.close();
});
