import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.ts';

function tagged(text: string, lang: 'nl' | 'en') {
  const analysis = analyze(text, {}, { lang, until: 'tag' });
  return analysis.tokens.map((t) => [t.text, t.upos, t.lemma]);
}

test('the tag stage puts a tag and a lemma on every token, keeping offsets', () => {
  const text = 'De woordvoerder zei dat 12 soldaten gewond zijn. Hij verklaarde later meer.';
  const analysis = analyze(text, {}, { lang: 'nl', until: 'tag' });
  assert.ok(analysis.tokens.length > 10);
  assert.deepEqual(
    analysis.tokens.filter((t) => t.upos === undefined || t.lemma === undefined || t.text !== text.slice(t.start, t.end)),
    [],
  );
});

test('Dutch sentence: speech verb, number and lemmas', () => {
  assert.deepEqual(tagged('Anna zei dat 12 soldaten vertrokken zijn.', 'nl'), [
    ['Anna', 'PROPN', 'Anna'],
    ['zei', 'VERB', 'zeggen'],
    ['dat', 'SCONJ', 'dat'],
    ['12', 'NUM', '12'],
    ['soldaten', 'NOUN', 'soldaat'],
    ['vertrokken', 'VERB', 'vertrekken'],
    ['zijn', 'AUX', 'zijn'],
    ['.', 'PUNCT', '.'],
  ]);
});

test('English contractions are tagged as their UD words and take the first one', () => {
  assert.deepEqual(tagged("Maria said she didn't know.", 'en'), [
    ['Maria', 'PROPN', 'Maria'],
    ['said', 'VERB', 'say'],
    ['she', 'PRON', 'she'],
    ["didn't", 'AUX', 'do'],
    ['know', 'VERB', 'know'],
    ['.', 'PUNCT', '.'],
  ]);
});
