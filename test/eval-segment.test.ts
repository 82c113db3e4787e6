import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { segmentTask } from '../src/eval/segment.ts';
import { parseConllu } from '../src/eval/conllu.ts';
import { readGoldText } from '../src/eval/read-gold.ts';
import { rebuildDocuments } from '../src/eval/rebuild-ud-text.ts';
import { ROOT } from './helpers/shared-data.ts';

const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', name);

test('eval segment: exact scores on our tiny CoNLL-U file', async () => {
  const result = await segmentTask.run(fixture('tiny.conllu'), { lang: 'en', errors: 5 });
  assert.deepStrictEqual(result.metrics, {
    documents: 1,
    // gold 4 sentences; we merge "Hello there" (no final stop) with the next: 2 of 3 right
    sentences: { gold: 4, system: 3, precision: 0.6667, recall: 0.5, f1: 0.5714 },
    // gold 15 tokens (didn't is one surface token); we split long-term into 3: 14 of 17 right
    tokens: { gold: 15, system: 17, precision: 0.8235, recall: 0.9333, f1: 0.875 },
    repairedSentences: 0,
  });
  assert.deepStrictEqual(result.errors, [
    { kind: 'sentence', document: 'tiny-1', gold: ['Hello there', 'A long-term plan.'], system: ['Hello there A long-term plan.'], context: "Mr. Smith didn't come. He stayed home. Hello there A long-term plan." },
    { kind: 'token', document: 'tiny-1', gold: ['long-term'], system: ['long', '-', 'term'], context: "'t come. He stayed home. Hello there A long-term plan." },
  ]);
});

test('eval segment: documents and paragraphs from Dutch-style sentence ids', async () => {
  const docs = rebuildDocuments(parseConllu(readGoldText(fixture('tiny-ids.conllu'))));
  assert.deepStrictEqual(
    docs.map((d) => [d.id, d.text]),
    [
      ['doc-a', ",,Ik kom morgen.'' Dat zei ze.\n\nNieuwe alinea."],
      ['doc-b', 'Tweede stuk'],
    ],
  );
  const result = await segmentTask.run(fixture('tiny-ids.conllu'), { lang: 'nl' });
  assert.deepStrictEqual(result.metrics, {
    documents: 2,
    sentences: { gold: 4, system: 4, precision: 1, recall: 1, f1: 1 },
    tokens: { gold: 15, system: 15, precision: 1, recall: 1, f1: 1 },
    repairedSentences: 0,
  });
});

test('eval segment: a document listed in text order of its ids is rebuilt in the order the ids give', () => {
  // LassySmall sorts its sentences as text: s.10 before s.2, the split heading s.1.1 after s.10.
  const sentence = (id: string, words: string[]): string =>
    [`# sent_id = ${id}`, `# text = ${words.join(' ')}`, ...words.map((w, i) => `${i + 1}\t${w}\t${w}\tX\tX\t_\t0\tdep\t_\t_`), ''].join('\n');
  const source = [
    sentence('doc-c.p.1.s.10', ['Tien', '.']),
    sentence('doc-c.p.1.s.1.1', ['Kop']),
    sentence('doc-c.p.1.s.1.2', ['Een', '.']),
    sentence('doc-c.p.1.s.2', ['Twee', '.']),
    sentence('doc-c.p.10.s.1', ['Slot', '.']),
    sentence('doc-c.p.2.s.1', ['Alinea', '.']),
    sentence('doc-d.p.1.s.1', ['Ander', '.']),
  ].join('\n');
  const docs = rebuildDocuments(parseConllu(source));
  assert.deepStrictEqual(
    docs.map((d) => [d.id, d.text]),
    [
      ['doc-c', 'Kop Een . Twee . Tien .\n\nAlinea .\n\nSlot .'],
      ['doc-d', 'Ander .'],
    ],
  );
  assert.deepStrictEqual(docs[0].sentences.map((s) => docs[0].text.slice(s.start, s.end)), ['Kop', 'Een .', 'Twee .', 'Tien .', 'Alinea .', 'Slot .']);
});

test('eval segment: gold spans point at their forms in the rebuilt text', () => {
  const [doc] = rebuildDocuments(parseConllu(readGoldText(fixture('tiny.conllu'))));
  assert.deepStrictEqual(
    doc.tokens.map((t) => doc.text.slice(t.start, t.end)),
    ['Mr.', 'Smith', "didn't", 'come', '.', 'He', 'stayed', 'home', '.', 'Hello', 'there', 'A', 'long-term', 'plan', '.'],
  );
});

test('eval segment: bad input names the file and the reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zegsman-segment-'));
  const bad = join(dir, 'bad.conllu');
  writeFileSync(bad, '# text = Kapot.\n1\tKapot\n');
  await assert.rejects(async () => segmentTask.run(bad, { lang: 'nl' }), /bad\.conllu:2: expected 10 tab-separated columns, found 2/);
  await assert.rejects(async () => segmentTask.run(join(dir, 'none.conllu'), {}), /none\.conllu: no such gold file or folder/);
  const empty = join(dir, 'empty.conllu');
  writeFileSync(empty, '\n');
  await assert.rejects(async () => segmentTask.run(empty, { lang: 'nl' }), /empty\.conllu: no sentences in this CoNLL-U file/);
});
