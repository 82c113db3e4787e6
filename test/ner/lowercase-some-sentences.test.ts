import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TrainingDocument } from '../../src/train/learn-entity-tagger.ts';
import { lowercaseSomeSentences } from '../../src/train/lowercase-some-sentences.ts';

/** Our own sentences, [words, tags]; one article per entry. */
const articles: Array<Array<Array<[string, string]>>> = [
  [[['Anna', 'B-PER'], ['Smith', 'I-PER'], ['moved', 'O'], ['to', 'O'], ['Leeds', 'B-LOC'], ['.', 'O']]],
  [[['I', 'O'], ['met', 'O'], ['Tom', 'O'], ['in', 'O'], ['Paris', 'O'], ['.', 'O']], [['Nice', 'O'], ['trip', 'O'], ['.', 'O']]],
  [[['Great', 'O'], ['food', 'O'], ['!', 'O']], [['Ask', 'O'], ['Acme', 'B-ORG'], ['Bank', 'I-ORG'], ['.', 'O']]],
];

function documents(): TrainingDocument[] {
  return articles.map((a) => ({ sentences: a.map((s) => ({ words: s.map(([w]) => w), tags: s.map(([, t]) => t) })) }));
}

test('lowercaseSomeSentences: share 0 changes nothing, share 1 lower-cases every word and keeps the tags', () => {
  const docs = documents();
  assert.deepStrictEqual(lowercaseSomeSentences(docs, 0), docs);
  const lowered = lowercaseSomeSentences(docs, 1);
  assert.deepStrictEqual(
    lowered.map((d) => d.sentences.map((s) => s.words.join(' '))),
    [['anna smith moved to leeds .'], ['i met tom in paris .', 'nice trip .'], ['great food !', 'ask acme bank .']],
  );
  assert.deepStrictEqual(lowered.map((d) => d.sentences.map((s) => s.tags)), docs.map((d) => d.sentences.map((s) => s.tags)));
});

test('lowercaseSomeSentences picks the same sentences for the same seed, each either as written or all lower case', () => {
  const many: TrainingDocument[] = Array.from({ length: 50 }, () => documents()[1]);
  const a = lowercaseSomeSentences(many, 0.5, 11);
  assert.deepStrictEqual(lowercaseSomeSentences(many, 0.5, 11), a);
  const flags = a.flatMap((d) => d.sentences.map((s) => s.words[0] === s.words[0].toLowerCase()));
  const lowered = flags.filter(Boolean).length;
  assert.ok(lowered > 25 && lowered < 75, `about half of 100 sentences lower-cased, got ${lowered}`);
  for (const d of a) for (const s of d.sentences) assert.ok(s.words.join(' ') === 'I met Tom in Paris .' || s.words.join(' ') === 'Nice trip .' || s.words.every((w) => w === w.toLowerCase()));
});

test('lowercaseSomeSentences rejects a share outside 0…1, naming it', () => {
  assert.throws(() => lowercaseSomeSentences(documents(), 1.5), /share must be between 0 and 1, got 1.5/);
});
