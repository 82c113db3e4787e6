import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import { MAX_SENTENCE_WORDS } from '../src/text/split-sentences.ts';

test(`a run of words without a sentence end is cut every ${MAX_SENTENCE_WORDS} words`, () => {
  const text = 'woord '.repeat(2 * MAX_SENTENCE_WORDS + 100).trim();
  const words = (s: { start: number; end: number }): number => text.slice(s.start, s.end).split(' ').length;
  const analysis = analyze(text, {}, { lang: 'nl', until: 'sentences' });
  assert.deepStrictEqual(analysis.sentences.map(words), [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 100]);
});

test('a long sentence under the cap stays whole', () => {
  const text = `${'De raad besloot dat het plan van de gemeente, '.repeat(20)}goed is.`;
  assert.equal(analyze(text, {}, { lang: 'nl', until: 'sentences' }).sentences.length, 1);
});
