import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../helpers/shared-data.ts';
import { dropSchemas, freshSchema, needPostgres, schemaUrl, TEST_PG } from '../helpers/postgres.ts';
import { fingerprint } from '../helpers/store-fingerprint.ts';

/**
 * Data safety on PostgreSQL: two `zegsman worker` processes share a queue of articles; one is
 * killed with SIGKILL at a random moment while jobs are in its hands. The other finishes every
 * job (the killed worker's after their timeout); the store holds each article once, every layer
 * row has its document and matches the analysis, and the content equals that of one worker run
 * without interruption.
 */
const FILES = 240;
const schemas: string[] = [];
after(() => dropSchemas(...schemas.flatMap((schema) => [schema, `${schema}_queue`])));

const LAYERS = ['quotes', 'mentions', 'entities', 'quantities', 'quoted_terms', 'hedges', 'times'];
const env = { ...process.env, ZEGSMAN_PIPELINE_VERSION: 'test-worker-kill' };
const zegsman = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { encoding: 'utf8', timeout: 240_000, env });

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function count(schema: string): Promise<number> {
  return withClient(async (c) => {
    try {
      return Number((await c.query(`SELECT COUNT(*) AS n FROM "${schema}".documents`)).rows[0].n);
    } catch {
      return 0; // not migrated yet
    }
  });
}

/** Consistency problems of the store (empty when sound). */
async function problems(schema: string): Promise<string[]> {
  return withClient(async (c) => {
    const found: string[] = [];
    for (const layer of LAYERS) {
      const orphans = Number((await c.query(`SELECT COUNT(*) AS n FROM "${schema}".${layer} l LEFT JOIN "${schema}".documents d ON d.id = l.document_id WHERE d.id IS NULL`)).rows[0].n);
      if (orphans > 0) found.push(`${layer}: ${orphans} rows without their document`);
    }
    for (const [layer, key] of [['quotes', 'quotes'], ['quantities', 'quantities'], ['quoted_terms', 'quotedTerms'], ['hedges', 'hedges'], ['times', 'times']]) {
      const off = Number((await c.query(`SELECT COUNT(*) AS n FROM "${schema}".documents d WHERE jsonb_array_length(d.analysis -> '${key}') <> (SELECT COUNT(*) FROM "${schema}".${layer} l WHERE l.document_id = d.id)`)).rows[0].n);
      if (off > 0) found.push(`${layer}: ${off} documents whose rows differ from their analysis`);
    }
    const twice = Number((await c.query(`SELECT COUNT(*) AS n FROM (SELECT source FROM "${schema}".documents GROUP BY source HAVING COUNT(*) > 1) s`)).rows[0].n);
    if (twice > 0) found.push(`${twice} sources stored twice`);
    return found;
  });
}

/** The stored content without ids, times and generated columns. */
async function content(schema: string): Promise<{ documents: number; print: string }> {
  return withClient(async (c) => {
    const rows: unknown[] = (await c.query({ text: `SELECT hash, source, lang, title, outlet, published, meta, text, pipeline_version, schema_version, analysis FROM "${schema}".documents ORDER BY hash`, rowMode: 'array' })).rows;
    for (const layer of LAYERS) {
      const columns = (await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [schema, layer])).rows
        .map((r: { column_name: string }) => r.column_name).filter((name: string) => name !== 'id' && name !== 'document_id');
      const list = columns.map((name: string) => `l.${name}`).join(', ');
      rows.push(...(await c.query({ text: `SELECT d.hash, ${list} FROM "${schema}".${layer} l JOIN "${schema}".documents d ON d.id = l.document_id ORDER BY d.hash, ${list}`, rowMode: 'array' })).rows);
    }
    return { documents: rows.length === 0 ? 0 : await count(schema), print: fingerprint(rows) };
  });
}

test(`two workers share ${FILES} articles, one is killed with SIGKILL mid-batch: the other finishes, each stored once, same content as an uninterrupted run`, { skip: needPostgres, timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-worker-kill-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(dir, 'in', `${String(i).padStart(4, '0')}.txt`), `De burgemeester zei dinsdag: „Plan ${i} gaat door.” Volgens de raad kost het ${i + 3} miljoen euro, naar verluidt.\n`);
  }
  const [reference, killed] = [freshSchema('zegsman_ref'), freshSchema('zegsman_kill')];
  schemas.push(reference, killed);

  // One worker, no interruption.
  assert.equal(zegsman(['ingest', '--enqueue', '--db', schemaUrl(reference), join(dir, 'in')]).status, 0);
  const whole = zegsman(['worker', '--db', schemaUrl(reference), '--until-empty', '--check-seconds', '1']);
  assert.equal(whole.status, 0, whole.stderr);
  const expected = await content(reference);
  assert.equal(expected.documents, FILES);

  // Two workers; the first killed once a random number of articles (5 to a third) is stored.
  const url = schemaUrl(killed);
  const enqueued = zegsman(['ingest', '--enqueue', '--db', url, '--job-timeout', '3', join(dir, 'in')]);
  assert.equal(enqueued.status, 0, enqueued.stderr);
  const worker = (args: string[] = []) => spawn(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), 'worker', '--db', url, '--until-empty', '--check-seconds', '1', '--batch', '5', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const victim = worker();
  const survivor = worker();
  let survivorErr = '';
  survivor.stderr?.on('data', (chunk) => (survivorErr += chunk));
  const victimExit = new Promise<string>((resolve) => victim.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const survivorExit = new Promise<number | null>((resolve) => survivor.once('exit', resolve));
  const startedAt = Date.now();
  const target = 5 + Math.floor(Math.random() * (FILES / 3 - 5));
  while ((await count(killed)) < target && Date.now() - startedAt < 120_000) await new Promise((resolve) => setTimeout(resolve, 10));
  victim.kill('SIGKILL');
  const atKill = await count(killed);
  const how = await victimExit;
  t.diagnostic(`the first worker was killed once ${target} documents were stored (${atKill} by then; ${how})`);
  assert.equal(how, 'SIGKILL', 'the killed worker was still running');
  assert.deepStrictEqual(await problems(killed), [], 'sound right after the kill');

  assert.equal(await survivorExit, 0, survivorErr);
  assert.deepStrictEqual(await problems(killed), []);
  const jobs = await withClient(async (c) => (await c.query(`SELECT state, COUNT(*)::int AS n FROM "${killed}_queue".job WHERE name = 'zegsman-analyze' GROUP BY state`)).rows);
  assert.deepStrictEqual(jobs, [{ state: 'completed', n: FILES }]);
  const retried = await withClient(async (c) => Number((await c.query(`SELECT COUNT(*) AS n FROM "${killed}_queue".job WHERE name = 'zegsman-analyze' AND retry_count > 0`)).rows[0].n));
  t.diagnostic(`${retried} jobs of the killed worker were taken up again`);
  assert.deepStrictEqual(await content(killed), expected, 'the same content as one worker without interruption');
});
