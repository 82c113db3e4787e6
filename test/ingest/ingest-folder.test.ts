import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ROOT } from '../helpers/shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'zegsman-ingest-'));
const put = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

// Good files of every kind, and bad ones among them.
put('nieuws/staking.txt', 'De staking in de haven duurt voort. "We gaan door", zei vakbondsleider Jan de Vries dinsdag.\n');
copyFileSync(join(ROOT, 'test/fixtures/pages/og-tags.html'), put('nieuws/havenblad.html', ''));
put('nieuws/kapot.html', '<html><body><div><form><input></form></div></body>');
put('leeg.txt', '');
put('plaatje.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
put('latin1.txt', new Uint8Array([0x44, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x73, 0x20, 0x64, 0x69, 0x63, 0x68, 0x74]));
put('archief/regels.jsonl', [
  JSON.stringify({ text: 'De burgemeester zei woensdag dat de brug in mei opengaat.', title: 'Brug gaat open', outlet: 'De Krant', date: '2026-03-11' }),
  '{"text": "kapotte regel',
  JSON.stringify({ titel: 'zonder tekst' }),
  '',
  JSON.stringify({ text: 'The mayor said on Wednesday that the bridge will open in May.', lang: 'en', published: '2026-03-11T09:00:00Z' }),
].join('\n'));
put('archief/lijst.json', JSON.stringify({ articles: [
  { body: 'Volgens de gemeente kost de nieuwe sporthal 8 miljoen euro.', source: 'Dagblad Zuid' },
  { body: 'De wethouder zei dat de kosten opnieuw worden berekend.', source: 'Dagblad Zuid' },
] }));
put('archief/stuk.json', '{"text": "niet af"');
put('feeds/haven.rss', `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Havenblad</title><language>nl</language>
<item><title>Schepen wachten</title><link>https://havenblad.example/schepen</link><pubDate>Tue, 10 Mar 2026 10:00:00 GMT</pubDate>
<description>Kort</description>
<content:encoded><![CDATA[<p>Tientallen schepen wachten voor de haven.</p><p>"Het is ongekend", zei loodsenchef Els Bakker.</p>]]></content:encoded></item>
<item><title>Leeg bericht</title></item>
</channel></rss>`);
put('.verborgen.txt', 'Dit bestand wordt overgeslagen omdat de naam met een punt begint.');

const PIPELINE = 'test-ingest-1';

test('ingest of a folder keeps every good article and reports each bad file or item', async () => {
  const store = await openStore(':memory:');
  try {
    const report = await ingestFiles([dir], { store, threads: 1, pipelineVersion: PIPELINE });
    const failures = report.failures.map((f) => [f.source.slice(dir.length + 1), f.ruleId]).sort();
    assert.deepEqual(failures, [
      ['archief/regels.jsonl#2', 'json-invalid'],
      ['archief/regels.jsonl#3', 'json-no-text'],
      ['archief/stuk.json', 'json-invalid'],
      ['feeds/haven.rss#2', 'feed-item-empty'],
      ['latin1.txt', 'input-encoding'],
      ['leeg.txt', 'input-empty'],
      ['nieuws/kapot.html', 'html-no-article'],
      ['plaatje.txt', 'input-binary'],
    ]);
    const stored: Array<[string, string, object]> = [];
    for await (const doc of store.documents()) stored.push([(doc.source ?? '').slice(dir.length + 1), doc.lang, doc.meta]);
    assert.deepEqual(stored.sort((a, b) => (a[0] < b[0] ? -1 : 1)), [
      ['archief/lijst.json#1', 'nl', { outlet: 'Dagblad Zuid' }],
      ['archief/lijst.json#2', 'nl', { outlet: 'Dagblad Zuid' }],
      ['archief/regels.jsonl#1', 'nl', { title: 'Brug gaat open', outlet: 'De Krant', published: '2026-03-11' }],
      ['archief/regels.jsonl#5', 'en', { published: '2026-03-11T09:00:00Z' }],
      ['feeds/haven.rss#1', 'nl', { title: 'Schepen wachten', outlet: 'Havenblad', url: 'https://havenblad.example/schepen', published: '2026-03-10T10:00:00.000Z' }],
      ['nieuws/havenblad.html', 'nl', { title: 'Havenstaking duurt voort', author: 'Mirjam Schrijver', published: '2026-03-10T08:30:00+01:00', outlet: 'Het Havenblad', url: 'https://havenblad.example/2026/03/10/staking' }],
      ['nieuws/staking.txt', 'nl', {}],
    ]);
    assert.deepEqual(
      { files: report.filesDone, articles: report.articles, inserted: report.inserted, failed: report.failed, interrupted: report.interrupted },
      { files: 10, articles: 8, inserted: 7, failed: 8, interrupted: false },
    );
    // The failures are in the store too, for `zegsman` to list later.
    assert.deepEqual((await store.failures()).map((f) => f.source).sort(), report.failures.map((f) => f.source).sort());
    const feedDoc = (await store.quotes({ speaker: 'Bakker' })).map((q) => q.source?.slice(dir.length + 1));
    assert.ok(feedDoc.every((source) => source === 'feeds/haven.rss#1'));

    // Again: every good file is skipped unchanged, nothing is stored twice.
    const before = await store.stats();
    const again = await ingestFiles([dir], { store, threads: 0, pipelineVersion: PIPELINE });
    assert.deepEqual(
      { unchanged: again.filesUnchanged, inserted: again.inserted, skipped: again.skipped },
      { unchanged: 5, inserted: 0, skipped: 0 },
    );
    assert.deepEqual(await store.stats(), before);

    // A touched file is read again, but its text is known by its hash: still nothing new.
    const touched = join(dir, 'nieuws/staking.txt');
    utimesSync(touched, new Date(), new Date(Date.now() + 5000));
    const third = await ingestFiles([touched], { store, threads: 0, pipelineVersion: PIPELINE });
    assert.deepEqual({ unchanged: third.filesUnchanged, inserted: third.inserted, skipped: third.skipped }, { unchanged: 0, inserted: 0, skipped: 1 });
    assert.equal((await store.stats()).documents, before.documents);
  } finally {
    await store.close();
  }
});
