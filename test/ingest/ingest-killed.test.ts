import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../helpers/shared-data.ts';

const FILES = 800;
const SUBJECTS = ['De minister', 'De burgemeester', 'De wethouder', 'Een woordvoerder', 'De directeur'];

test('an ingest killed with SIGKILL leaves a consistent store, and running it again completes it', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-killed-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(dir, 'in', `${String(i).padStart(5, '0')}.txt`),
      `${SUBJECTS[i % SUBJECTS.length]} zei dinsdag: "Plan ${i} gaat door." Volgens de raad kost het ${i + 3} miljoen euro.\n`);
  }
  const db = join(dir, 'corpus.db');
  const args = [join(ROOT, 'bin', 'zegsman.js'), 'ingest', '--db', `file:${db}`, '--lang', 'nl', '--threads', '1', join(dir, 'in')];
  const env = { ...process.env, ZEGSMAN_PIPELINE_VERSION: 'test-killed' };

  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exitCode: number | null = null;
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve((exitCode = code ?? -1))));
  // Kill it as soon as the first batch is committed (within a minute, and before it ends by itself).
  const deadline = Date.now() + 60_000;
  for (let stored = 0; stored === 0; ) {
    if (exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      assert.fail(`the ingest ${exitCode !== null ? `ended (${exitCode})` : 'stored nothing in a minute'} before it could be killed: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      const reader = new Database(db, { readonly: true, fileMustExist: true });
      stored = Number(reader.prepare('SELECT COUNT(*) FROM documents').pluck().get());
      reader.close();
    } catch {
      // not created or not migrated yet
    }
  }
  child.kill('SIGKILL');
  await exited;

  const check = (): { documents: number; inconsistent: number } => {
    const store = new Database(db);
    try {
      const documents = Number(store.prepare('SELECT COUNT(*) FROM documents').pluck().get());
      // Every stored document has exactly the quote and figure rows its analysis lists.
      const inconsistent = Number(store.prepare(`SELECT COUNT(*) FROM documents d WHERE
          json_array_length(d.analysis, '$.quotes') <> (SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id)
          OR json_array_length(d.analysis, '$.quantities') <> (SELECT COUNT(*) FROM quantities f WHERE f.document_id = d.id)`).pluck().get());
      assert.equal(store.pragma('integrity_check', { simple: true }), 'ok');
      return { documents, inconsistent };
    } finally {
      store.close();
    }
  };
  const killed = check();
  assert.equal(killed.inconsistent, 0);
  assert.ok(killed.documents > 0 && killed.documents < FILES, `killed mid-way (stored ${killed.documents} of ${FILES})`);

  const resumed = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 90_000 });
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.match(resumed.stdout, new RegExp(`ingested ${FILES}/${FILES} files`));
  assert.deepEqual(check(), { documents: FILES, inconsistent: 0 });
});
