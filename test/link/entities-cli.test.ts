import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { prepareDocument } from '../../src/store/prepare-document.ts';
import { ROOT } from '../helpers/shared-data.ts';
import { linkedAnalysis, SHOIGU_ARTICLES } from '../helpers/linked-analysis.ts';

const zegsman = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'zegsman.js'), ...args], { encoding: 'utf8', timeout: 60_000 });

test('zegsman quotes --speaker in any spelling; entities link, list, show, merge, split; figures --conflicts', async () => {
  const db = `file:${join(mkdtempSync(join(tmpdir(), 'zegsman-entities-cli-')), 'corpus.db')}`;
  const store = await openStore(db);
  await store.putDocuments(SHOIGU_ARTICLES.map((a, i) => prepareDocument(linkedAnalysis(a), `a${i + 1}.txt`, 'test')));
  await store.close();
  const json = (args: string[]): unknown => {
    const run = zegsman([...args, '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  };

  const quotes = json(['quotes', '--speaker', 'Shoigu']) as { speakerName: string; outlet: string }[];
  assert.deepStrictEqual(quotes.map((q) => [q.speakerName, q.outlet]).sort(), [
    ['Sergei Shoigu', 'The Morning Courier'], ['Sergej Sjojgoe', 'Het Ochtendblad'], ['Сергей Шойгу', 'Media Monitor'],
  ]);

  const empty = zegsman(['entities', 'list', '--db', db]);
  assert.deepStrictEqual([empty.status, empty.stdout.trim()], [0, 'no corpus entities found (after ingest, run: zegsman entities link)']);
  const linked = zegsman(['entities', 'link', '--db', db]);
  assert.match(linked.stdout, /^9 article entities → 6 corpus entities \(0 decisions by hand\) in \d+\.\d s\n$/);

  const list = json(['entities', 'list', '--name', 'Шойгу']) as { id: string; documents: number }[];
  assert.deepStrictEqual(list.map((e) => [e.id, e.documents]), [['PER:xoigu,sergei', 3]]);
  const shown = zegsman(['entities', 'show', 'PER:xoigu,sergei', '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /Сергей Шойгу\s+xoigu,sergei\s+same-key\s+1/);

  const merged = json(['entities', 'merge', 'PER:iohnson,boris', 'PER:iohnson,lindon b']) as { id: string; links: unknown[] };
  assert.deepStrictEqual([merged.id, merged.links.length], ['PER:iohnson,boris', 2]);
  const split = json(['entities', 'split', 'PER:iohnson,boris']) as { id: string }[];
  assert.deepStrictEqual(split.map((e) => e.id), ['PER:iohnson,boris', 'PER:iohnson,lindon b']);

  const conflicts = json(['figures', '--conflicts']) as { unitKey: string; values: number[] }[];
  assert.deepStrictEqual(conflicts.map((c) => [c.unitKey, c.values]), [['soldiers', [2030, 2500]]]);
  assert.match(zegsman(['figures', '--conflicts', '--db', db]).stdout, /^soldiers · kasaxstan · 2022-01-20 – 2022-01-21: 2030 vs 2500\n/);

  const missing = zegsman(['entities', 'show', 'PER:nobody', '--db', db]);
  assert.deepStrictEqual([missing.status, missing.stderr.trim()], [1, `zegsman: no corpus entity "PER:nobody" in ${db.slice(5)} (see zegsman entities list; after ingest, run zegsman entities link)`]);
  const single = zegsman(['entities', 'split', 'LOC:moskov', '--db', db]);
  assert.match(single.stderr, /LOC:moskov has one key only \(moskov\): there is nothing to split/);
});
