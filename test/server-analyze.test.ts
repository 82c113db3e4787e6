import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildServer } from '../src/server/build-server.ts';
import { analyze } from '../src/pipeline.ts';
import type { Store } from '../src/store/store.ts';
import { ROOT } from './helpers/shared-data.ts';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'analysis.schema.json'), 'utf8')));

test('POST /api/analyze returns the same analysis as the pipeline, valid against the JSON Schema', async () => {
  const app = await buildServer({ webRoot: null });
  const text = '„Het water stijgt snel”, zei dijkgraaf Anna Smit woensdag. Volgens haar zijn 300 woningen ontruimd.';
  const response = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text, lang: 'nl', meta: { published: '2026-02-04', title: 'Test' } } });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  const body = response.json();
  assert.deepEqual(body, JSON.parse(JSON.stringify(analyze(text, { published: '2026-02-04', title: 'Test' }, { lang: 'nl' }))));
  assert.ok(validate(body), JSON.stringify(validate.errors));
  await app.close();
});

test('bad requests get a 4xx with a rule id and a message naming the field', async () => {
  const app = await buildServer({ webRoot: null, bodyLimit: 4096 });
  const rows: Array<[string, { payload?: unknown; raw?: string; type?: string }, number, string, RegExp]> = [
    ['empty text', { payload: { text: '' } }, 400, 'request-invalid', /^body\.text: empty/],
    ['white space', { payload: { text: ' \n\t ' } }, 400, 'request-invalid', /^body\.text: empty/],
    ['no text', { payload: { lang: 'nl' } }, 400, 'request-invalid', /^body\.text: /],
    ['text not a string', { payload: { text: 42 } }, 400, 'request-invalid', /^body\.text: .*string/],
    ['NUL byte', { payload: { text: 'a\u0000b' } }, 400, 'request-invalid', /^body\.text: binary data/],
    ['unknown language', { payload: { text: 'Hallo', lang: 'fr' } }, 400, 'request-invalid', /^body\.lang: /],
    ['unknown field', { payload: { text: 'Hallo', colour: 'red' } }, 400, 'request-invalid', /^body: .*colour/],
    ['bad date', { payload: { text: 'Hallo', meta: { published: '14-01-2022' } } }, 400, 'request-invalid', /^body\.meta\.published: expected a date/],
    ['impossible date', { payload: { text: 'Hallo', meta: { published: '2022-02-31x' } } }, 400, 'request-invalid', /^body\.meta\.published: /],
    ['broken JSON', { raw: '{"text": ', type: 'application/json' }, 400, 'request-json', /^body: not valid JSON/],
    ['not JSON', { raw: 'text=hallo', type: 'application/x-www-form-urlencoded' }, 415, 'request-media-type', /application\/json/],
    ['too large', { payload: { text: 'woord '.repeat(2000) } }, 413, 'request-too-large', /limit of 4096 bytes/],
    ['not Dutch or English', { payload: { text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.' } }, 422, 'language-unsupported', /^text: the text is not recognisably Dutch or English.*"lang": "nl"/],
  ];
  for (const [label, request, status, ruleId, message] of rows) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      ...(request.raw !== undefined ? { payload: request.raw, headers: { 'content-type': request.type ?? 'application/json' } } : { payload: request.payload as object }),
    });
    const body = response.json();
    assert.deepEqual({ label, status: response.statusCode, ruleId: body.ruleId, error: typeof body.error }, { label, status, ruleId, error: 'string' });
    assert.match(body.message, message, label);
    assert.doesNotMatch(response.body, /\bat .*\.(ts|js):\d+/, `${label}: no stack trace`);
  }
  await app.close();
});

test('an unknown path is a JSON 404; a failure inside is a 500 that names nothing internal', async () => {
  const failing = { kind: 'sqlite', location: 'memory', getDocument: async () => { throw new Error('SQLITE_CORRUPT at /secret/path/zegsman.db'); } } as unknown as Store;
  const app = await buildServer({ webRoot: null, store: failing });
  const missing = await app.inject({ url: '/api/nothing-here?x=1' });
  assert.deepEqual(missing.json(), { statusCode: 404, error: 'Not Found', ruleId: 'not-found', message: 'no such resource: GET /api/nothing-here' });
  const broken = await app.inject({ url: '/api/documents/1' });
  assert.deepEqual(broken.json(), { statusCode: 500, error: 'Internal Server Error', ruleId: 'internal', message: 'the server failed to answer this request; the failure is in its log' });
  await app.close();
});

test('without a corpus the corpus routes answer 503 and say how to open one; storing is off by default', async () => {
  const app = await buildServer({ webRoot: null });
  for (const url of ['/api/documents', '/api/documents/1', '/api/quotes', '/api/speakers', '/api/figures', '/api/search?q=dijk']) {
    const response = await app.inject({ url });
    assert.deepEqual([url, response.statusCode, response.json().ruleId], [url, 503, 'store-none']);
  }
  const status = await app.inject({ url: '/api/status' });
  assert.deepEqual(status.json(), { schemaVersion: status.json().schemaVersion, allowWrite: false, store: null });
  const post = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'Het water stijgt.' } });
  assert.deepEqual([post.statusCode, post.json().ruleId], [403, 'write-off']);
  await app.close();
});

test('the OpenAPI document lists every route with schemas generated from zod', async () => {
  const app = await buildServer({ webRoot: null });
  const response = await app.inject({ url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  const doc = response.json();
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.paths).sort(), ['/api/analyze', '/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{id}', '/api/figures', '/api/quotes', '/api/search', '/api/speakers', '/api/status']);
  const body = doc.paths['/api/analyze'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(body.required, ['text']);
  assert.deepEqual(body.properties.lang.enum, ['nl', 'en', 'auto']);
  const analysis = doc.paths['/api/analyze'].post.responses['200'].content['application/json'].schema;
  assert.ok(analysis.properties.quotes && analysis.properties.quantities && analysis.properties.hedges, 'the Analysis shape comes from schema/analysis.schema.json');
  assert.deepEqual(Object.keys(doc.paths['/api/quotes'].get.parameters.map((p: { name: string }) => p.name).reduce((o: Record<string, 1>, n: string) => ({ ...o, [n]: 1 }), {})).sort(), ['limit', 'q', 'since', 'speaker', 'outlet', 'until', 'lang'].sort());
  await app.close();
});
