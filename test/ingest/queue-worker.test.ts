import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../helpers/shared-data.ts';
import { dropSchemas, freshSchema, needPostgres, schemaUrl, TEST_PG } from '../helpers/postgres.ts';

const schemas: string[] = [];
after(() => dropSchemas(...schemas.flatMap((schema) => [schema, `${schema}_queue`])));

const zegsman = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { encoding: 'utf8', timeout: 50_000, env: { ...process.env, ZEGSMAN_PIPELINE_VERSION: 'test-worker' } });

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Starts the stalling worker and resolves with its job id once it has stalled at `stage`. */
function stallingWorker(url: string, stage: 'analysed' | 'stored') {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/fixtures/stalling-worker.ts'), url, stage], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const stalled = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /stalled (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the stalling worker exited (${code}) before stalling: ${stderr}`)));
    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the stalling worker took no job in 40 s: ${stderr}`));
    }, 40_000).unref();
  });
  return { child, stalled };
}

for (const stage of ['analysed', 'stored'] as const) {
  test(`a worker killed ${stage === 'analysed' ? 'mid-job' : 'after storing, before completing'}: another finishes the job, stored once`, { skip: needPostgres, timeout: 60_000 }, async () => {
    const schema = freshSchema('zegsman_worker');
    schemas.push(schema);
    const url = schemaUrl(schema);
    const dir = mkdtempSync(join(tmpdir(), 'zegsman-queue-'));
    writeFileSync(join(dir, 'een.txt'), 'De minister zei dinsdag dat het plan doorgaat.');
    writeFileSync(join(dir, 'twee.txt'), 'Volgens de burgemeester gaat de brug in mei open.');

    const enqueued = zegsman(['ingest', '--enqueue', '--db', url, '--job-timeout', '2', dir]);
    assert.equal(enqueued.status, 0, enqueued.stderr);
    assert.match(enqueued.stdout, /2 articles queued/);

    const stalling = stallingWorker(url, stage);
    const jobId = await stalling.stalled;
    stalling.child.kill('SIGKILL');
    await new Promise((resolve) => stalling.child.once('exit', resolve));

    const worker = zegsman(['worker', '--db', url, '--until-empty', '--check-seconds', '1']);
    assert.equal(worker.status, 0, worker.stderr);

    const documents = await query<{ source: string; n: number }>(`SELECT source, COUNT(*)::int AS n FROM "${schema}".documents GROUP BY source ORDER BY source`);
    assert.deepEqual(documents, [{ source: join(dir, 'een.txt'), n: 1 }, { source: join(dir, 'twee.txt'), n: 1 }]);
    const jobs = await query<{ id: string; state: string; retried: boolean }>(`SELECT id, state, retry_count > 0 AS retried FROM "${schema}_queue".job WHERE name = 'zegsman-analyze' ORDER BY id`);
    // Every job is done, the killed one after a retry. (Another job may be retried too on a loaded
    // machine: 2 s is a short timeout. It is still stored once, as checked above.)
    assert.deepEqual(jobs.map((job) => job.state), ['completed', 'completed']);
    assert.ok(jobs.some((job) => job.id === jobId && job.retried), 'the killed job was retried');
  });
}
