import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';
import { seededRandom } from '../src/model/seeded-random.ts';

const PIECES = ['a', 'B', 'é', '1', '9', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '.', '.', ',', ',,', "''", "'", '"', '“', '”', '‘', '’', '„', '«', '»', '-', '–', '/', '&', '@', ':', ';', '!', '?', '…', '(', ')', '[', ']', '%', '$', '😀', 'dr.', 'U.S.', "'s", 'zo\'n', 'http://x.nl/a', 'Het', 'zei', 'In'];

/** Invariants of the text layer on random text: offsets, order, coverage and nesting. */
function check(text: string, lang: Lang): void {
  const analysis = analyze(text, {}, { lang, until: 'tokens' });
  let last = 0;
  for (const p of analysis.paragraphs) {
    assert.ok(p.start >= last && p.start < p.end && p.end <= text.length);
    assert.ok(!/^\s|\s$/.test(text.slice(p.start, p.end)), 'paragraphs exclude surrounding white space');
    last = p.end;
  }
  let covered = '';
  last = 0;
  analysis.sentences.forEach((s, index) => {
    const p = analysis.paragraphs[s.paragraph];
    assert.ok(p.start <= s.start && s.start < s.end && s.end <= p.end && s.start >= last, 'sentences are ordered inside their paragraph');
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = analysis.tokens[t];
      assert.ok(token.sentence === index && token.start >= s.start && token.end <= s.end && token.start < token.end);
      assert.equal(token.text, text.slice(token.start, token.end));
      covered += token.text;
    }
    last = s.end;
  });
  assert.equal(covered, text.replace(/\s+/g, ''), 'tokens cover every non-space character once');
  for (const q of analysis.quoteSpans) {
    assert.ok(q.start <= q.inner.start && q.inner.start <= q.inner.end && q.inner.end <= q.end);
    assert.equal(q.closed, q.close !== null);
  }
}

test('text layer invariants hold on 500 random texts', () => {
  const next = seededRandom(20_240_601);
  for (let i = 0; i < 500; i++) {
    let text = '';
    const length = 1 + Math.floor(next() * 60);
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
    if (text.trim() === '') continue;
    check(text, i % 2 === 0 ? 'nl' : 'en');
  }
});

const WORDS = ['Oude', 'geschiedenis', 'Het', 'De', 'In', 'is', 'zo.', 'zei', 'dr.', 'J.', 'U.S.', 'Inc.', 'etc.', 'nr.', '5', '20.000', '“Ja.”', ",,Nee,''", "''", '-', '•', '[3]', 'The', 'He', 'said.', 'Maar', '?', 'kg.', '(zie', 'p.)'];
const GAPS = [' ', ' ', ' ', '  ', '\n', '\n\n', ' \n '];

test('text layer invariants hold on 500 random word sequences', () => {
  const next = seededRandom(7);
  for (let i = 0; i < 500; i++) {
    let text = WORDS[Math.floor(next() * WORDS.length)];
    const length = Math.floor(next() * 25);
    for (let k = 0; k < length; k++) text += GAPS[Math.floor(next() * GAPS.length)] + WORDS[Math.floor(next() * WORDS.length)];
    check(text, i % 2 === 0 ? 'nl' : 'en');
  }
});
