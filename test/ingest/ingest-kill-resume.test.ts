import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../helpers/shared-data.ts';
import { fingerprint } from '../helpers/store-fingerprint.ts';
import { seededRandom } from '../../src/model/seeded-random.ts';

/**
 * Data safety of `zegsman ingest` on SQLite: a large batch killed with SIGKILL at random moments,
 * several times over (at start-up, during migration, between and inside batches), leaves a store
 * that passes PRAGMA integrity_check, the FTS5 integrity checks and our own consistency checks
 * after every kill, and resuming it ends with exactly the content of an uninterrupted run.
 */
const FILES = 400;
const KILLS = 4;
const SUBJECTS = ['De minister', 'De burgemeester', 'Wethouder Jan de Vries', 'Een woordvoerder', 'De directeur'];

const LAYERS = ['quotes', 'mentions', 'entities', 'quantities', 'quoted_terms', 'hedges', 'times'];

/** Integrity and consistency problems of the store (empty when sound). */
function problems(path: string): string[] {
  if (!existsSync(path)) return []; // killed before the store was created
  const db = new Database(path, { readonly: false, fileMustExist: true });
  try {
    const found: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') found.push(`integrity_check: ${String(integrity)}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!tables.has('documents')) return found; // killed before the first migration: nothing stored yet
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0) found.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 3))}`);
    for (const fts of ['documents_fts', 'quotes_fts', 'quantities_fts']) {
      try {
        db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
      } catch (error) {
        found.push(`${fts}: ${(error as Error).message}`);
      }
    }
    for (const layer of LAYERS) {
      const orphans = Number(db.prepare(`SELECT COUNT(*) FROM ${layer} l LEFT JOIN documents d ON d.id = l.document_id WHERE d.id IS NULL`).pluck().get());
      if (orphans > 0) found.push(`${layer}: ${orphans} rows without their document`);
    }
    // Every document has exactly the quote, figure, quoted-term, hedge and time rows its analysis lists.
    for (const [layer, path] of [['quotes', '$.quotes'], ['quantities', '$.quantities'], ['quoted_terms', '$.quotedTerms'], ['hedges', '$.hedges'], ['times', '$.times']]) {
      const off = Number(db.prepare(`SELECT COUNT(*) FROM documents d WHERE json_array_length(d.analysis, '${path}') <> (SELECT COUNT(*) FROM ${layer} l WHERE l.document_id = d.id)`).pluck().get());
      if (off > 0) found.push(`${layer}: ${off} documents whose rows differ from their analysis`);
    }
    const duplicates = Number(db.prepare('SELECT COUNT(*) FROM (SELECT source FROM documents GROUP BY source HAVING COUNT(*) > 1)').pluck().get());
    if (duplicates > 0) found.push(`${duplicates} sources stored twice`);
    return found;
  } finally {
    db.close();
  }
}

/** The stored content, without row ids and times. */
function content(path: string): { documents: number; print: string } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows: unknown[] = db.prepare('SELECT hash, source, lang, title, outlet, published, meta, text, pipeline_version, schema_version, analysis FROM documents ORDER BY hash').all();
    for (const layer of LAYERS) {
      const columns = (db.prepare(`PRAGMA table_info(${layer})`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== 'id' && c !== 'document_id');
      rows.push(...db.prepare(`SELECT d.hash, ${columns.map((c) => `l.${c}`).join(', ')} FROM ${layer} l JOIN documents d ON d.id = l.document_id ORDER BY d.hash, ${columns.map((c) => `l.${c}`).join(', ')}`).raw().all());
    }
    rows.push(...db.prepare('SELECT source, rule_id FROM failures ORDER BY source').raw().all());
    return { documents: Number(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()), print: fingerprint(rows) };
  } finally {
    db.close();
  }
}

function stored(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return Number(db.prepare('SELECT COUNT(*) FROM documents').pluck().get());
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test(`an ingest of ${FILES} articles killed ${KILLS} times at random moments stays sound and resumes to the same content`, { timeout: 300_000 }, async (t) => {
  const seed = Number(process.env.ZEGSMAN_KILL_SEED ?? Date.now() % 100_000);
  t.diagnostic(`seed ${seed} (ZEGSMAN_KILL_SEED replays it)`);
  const next = seededRandom(seed);
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-kill-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(dir, 'in', `${String(i).padStart(5, '0')}.txt`),
      `${SUBJECTS[i % SUBJECTS.length]} zei dinsdag: „Plan ${i} gaat door.” Volgens de raad kost het ${i + 3} miljoen euro, naar verluidt.\n\nDe ‘oplossing’ komt er op ${1 + (i % 28)} maart.\n`);
  }
  writeFileSync(join(dir, 'in', 'kapot.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41])); // a bad one, recorded as a failure
  const env = { ...process.env, ZEGSMAN_PIPELINE_VERSION: 'test-kill' };
  const args = (db: string) => [join(ROOT, 'bin', 'zegsman.js'), 'ingest', '--db', `file:${db}`, '--lang', 'nl', '--threads', '2', join(dir, 'in')];

  const reference = join(dir, 'reference.db');
  const referenceStart = Date.now();
  const whole = spawnSync(process.execPath, args(reference), { env, encoding: 'utf8' });
  const runMs = Date.now() - referenceStart;
  assert.equal(whole.status, 2, `an uninterrupted run stores all but the bad file: ${whole.stderr}`);
  const expected = content(reference);
  assert.equal(expected.documents, FILES);

  const killed = join(dir, 'killed.db');
  const history: string[] = [];
  let landed = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const before = stored(killed);
    const child = spawn(process.execPath, args(killed), { env, stdio: 'ignore' });
    const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
    // A random moment of the run (the whole run took runMs): first of start-up and migration,
    // then of the analysis of the first batch (within the first half: a run resumed from warm
    // caches can take little more than half the time of the cold reference run); later ones once a batch has been written, while
    // the next is analysed or written.
    const started = Date.now();
    let running = true;
    void exited.then(() => (running = false));
    if (kill >= 2) while (running && stored(killed) === before && Date.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 25));
    const delay = Math.round((kill === 0 ? 0.02 + next() * 0.2 : kill === 1 ? 0.1 + next() * 0.4 : next() * 0.2) * runMs);
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill('SIGKILL');
    const how = await exited;
    if (how === 'SIGKILL') landed++;
    history.push(`kill ${kill + 1} after ${Date.now() - started} ms: ${before} → ${stored(killed)} documents (${how})`);
    assert.deepStrictEqual(problems(killed), [], history.join('; '));
    if (how !== 'SIGKILL') break; // the run had finished before the kill
  }
  t.diagnostic(`an uninterrupted run: ${runMs} ms; ${history.join('; ')}`);
  assert.ok(landed >= 2, `at least two kills hit a running ingest (${history.join('; ')})`);

  const resumed = spawnSync(process.execPath, args(killed), { env, encoding: 'utf8' });
  assert.equal(resumed.status, 2, resumed.stderr);
  assert.deepStrictEqual(problems(killed), []);
  assert.deepStrictEqual(content(killed), expected, 'the resumed store holds exactly what an uninterrupted run stored');
});
