import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { buildServer } from '../src/server/build-server.ts';
import { registerServe } from '../src/cli/commands/serve.ts';
import { registerStart } from '../src/cli/commands/start.ts';
import { openStore } from '../src/store/open-store.ts';

const TOKEN = 'test-write-token-0123456789';
const ARTICLE = { text: '„Het water stijgt”, zei dijkgraaf Anna Smit woensdag.', lang: 'nl' };

test('a body over the limit is a 413 on both routes that analyse, and the server answers on', async () => {
  const store = await openStore(':memory:');
  const app = await buildServer({ webRoot: null, store, allowWrite: true, writeToken: TOKEN, bodyLimit: 10_000 });
  const big = { text: 'woord '.repeat(5000), lang: 'nl' };
  const answers = [];
  for (const url of ['/api/analyze', '/api/documents']) {
    const response = await app.inject({ method: 'POST', url, payload: big, headers: { authorization: `Bearer ${TOKEN}` } });
    answers.push([url, response.statusCode, response.json().ruleId]);
  }
  assert.deepStrictEqual(answers, [['/api/analyze', 413, 'request-too-large'], ['/api/documents', 413, 'request-too-large']]);
  assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE })).statusCode, 200);
  await app.close();
  await store.close();
});

test('analyses beyond maxAnalyses at once get a 429 with Retry-After; once answered, the next is admitted', async () => {
  const app = await buildServer({ webRoot: null, maxAnalyses: 2 });
  const responses = await Promise.all(Array.from({ length: 6 }, () => app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE })));
  const codes = responses.map((r) => r.statusCode).sort();
  assert.deepStrictEqual(codes, [200, 200, 429, 429, 429, 429]);
  const refused = responses.find((r) => r.statusCode === 429);
  assert.deepStrictEqual([refused?.headers['retry-after'], refused?.json().ruleId, refused?.json().error], ['1', 'too-busy', 'Too Many Requests']);
  // Reading is never refused, and the count went back down: two more are admitted.
  assert.equal((await app.inject({ url: '/api/status' })).statusCode, 200);
  const later = await Promise.all([1, 2].map(() => app.inject({ method: 'POST', url: '/api/analyze', payload: ARTICLE })));
  assert.deepStrictEqual(later.map((r) => r.statusCode), [200, 200]);
  await app.close();
});

test('storing needs the write token: as a bearer header, or as the cookie the write-session link sets', async () => {
  await assert.rejects(buildServer({ webRoot: null, allowWrite: true }), /allowWrite needs a writeToken/);
  await assert.rejects(buildServer({ webRoot: null, allowWrite: true, writeToken: 'short' }), /at least 16 characters/);
  const store = await openStore(':memory:');
  const app = await buildServer({ webRoot: null, store, allowWrite: true, writeToken: TOKEN });
  const post = async (headers: Record<string, string>): Promise<[number, string | undefined]> => {
    const response = await app.inject({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers });
    return [response.statusCode, response.json().ruleId];
  };
  const session = (token: string) => app.inject({ url: `/api/write-session?token=${encodeURIComponent(token)}` });
  const granted = await session(TOKEN);
  const cookie = String(granted.headers['set-cookie']).split(';')[0];
  assert.deepStrictEqual(
    {
      none: await post({}),
      wrong: await post({ authorization: 'Bearer not-the-token-at-all' }),
      wrongCookie: await post({ cookie: 'zegsman-write=nope' }),
      badSession: (await session('guess')).statusCode,
      session: [granted.statusCode, granted.headers.location, /HttpOnly; SameSite=Strict/.test(String(granted.headers['set-cookie']))],
      bearer: await post({ authorization: `Bearer ${TOKEN}` }),
      cookie: await post({ cookie }),
    },
    {
      none: [401, 'write-token'],
      wrong: [401, 'write-token'],
      wrongCookie: [401, 'write-token'],
      badSession: 401,
      session: [303, '/#/analyze', true],
      bearer: [200, undefined],
      cookie: [200, undefined],
    },
  );
  assert.equal((await store.stats()).documents, 1, 'the same article twice is stored once');
  await app.close();
  await store.close();
});

test('without --allow-write there is no write session and storing is refused', async () => {
  const app = await buildServer({ webRoot: null });
  assert.deepStrictEqual([(await app.inject({ url: `/api/write-session?token=${TOKEN}` })).statusCode, (await app.inject({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { authorization: `Bearer ${TOKEN}` } })).json().ruleId], [404, 'write-off']);
  await app.close();
});

test('serve and start bind to 127.0.0.1 unless told otherwise, and store nothing by default', () => {
  const program = new Command();
  registerServe(program);
  registerStart(program);
  const defaults = (name: string) => Object.fromEntries(program.commands.find((c) => c.name() === name)?.options.map((o) => [o.long, o.defaultValue]) ?? []);
  assert.deepStrictEqual([defaults('serve')['--host'], defaults('serve')['--allow-write'], defaults('start')['--allow-write']], ['127.0.0.1', false, false]);
});
