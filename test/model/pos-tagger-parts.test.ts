import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Upos } from '../../src/core/types.ts';
import { ClusterHashes } from '../../src/model/cluster-hashes.ts';
import { MAX_POS_FEATURES, MEMO_WORDS, PosFeatures } from '../../src/model/extract-pos-features.ts';
import { posTagger } from '../../src/model/load-pos-tagger.ts';
import { PosTagger } from '../../src/model/pos-tagger.ts';
import type { TaggedSentence } from '../../src/model/tagged-sentence.ts';
import { trainPosTagger } from '../../src/model/train-pos-tagger.ts';

/**
 * The tagger sums a position's score from parts kept per word (the word itself, the word as
 * each neighbour) plus the keys of its context. These tests hold it to the plain sum of every
 * key `extract` writes, on our own sentences, across the memo starting afresh.
 */
const ours: TaggedSentence[] = [
  'De/DET minister/NOUN zei/VERB dat/SCONJ het/PRON goed/ADJ ging/VERB ./PUNCT',
  'Anna/PROPN zegt/VERB dat/SCONJ drie/NUM soldaten/NOUN zijn/AUX gewond/ADJ ./PUNCT',
  'Volgens/ADP Piet/PROPN is/AUX het/PRON waar/ADJ ./PUNCT',
  'Het/DET ministerie/NOUN heeft/AUX gisteren/ADV gezegd/VERB dat/SCONJ de/DET troepen/NOUN vertrekken/VERB ./PUNCT',
].map((line) => {
  const parts = line.split(' ').map((p) => p.split('/'));
  return { words: parts.map((p) => p[0]), tags: parts.map((p) => p[1] as Upos), lemmas: parts.map((p) => p[0].toLowerCase()) };
});

const clusters = new ClusterHashes([['0101', ['zei', 'zegt']], ['0110', ['Anna', 'Piet']], ['1000', ['drie']]], { test: true });
const { model, lexicon } = trainPosTagger(ours, { epochs: 6, seed: 3, folds: 2, clusters });

/** Greedy tags from every key of every position, scored at once (what the tagger did before it kept parts). */
function plainTags(words: readonly string[]): number[] {
  const features = new PosFeatures(clusters);
  const keys = new Uint32Array(MAX_POS_FEATURES);
  features.load(words, (form) => lexicon.lookup(form), (word) => lexicon.casedAmbiguity(word));
  const tags: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const sure = features.sure[i];
    tags.push(sure >= 0 ? sure : model.bestKeys(keys, features.extract(i, tags[i - 1] ?? -1, tags[i - 2] ?? -2, keys)));
  }
  return tags;
}

const probes: (readonly string[])[] = [
  ...ours.map((s) => s.words),
  ['Maria', 'zei', 'dat', 'vier', 'soldaten', 'gewond', 'zijn', '.'],
  ['zei'],
  ['Piet', 'zegt'],
  ['"', 'Het', 'gaat', 'goed', '"', ',', 'zei', 'Anna', 'Vermeulen', '(', '45', ')', '.'],
];

test('tags from the kept parts equal the tags from all keys at once', () => {
  const tagger = new PosTagger(model, lexicon, null, clusters);
  const twice = [...probes, ...probes];
  assert.deepEqual(twice.map((w) => Array.from(tagger.tagIndices(w))), twice.map(plainTags));
});

test('the parts stay right when the memo of words starts afresh', () => {
  const tagger = new PosTagger(model, lexicon, null, clusters);
  const expected = probes.map(plainTags);
  for (let round = 0; round < 3; round++) {
    assert.deepEqual(probes.map((w) => Array.from(tagger.tagIndices(w))), expected);
    // Enough new words to fill the memo, in sentences of 40.
    for (let s = 0; s < MEMO_WORDS / 40 + 1; s++) {
      const words = Array.from({ length: 40 }, (_, i) => `woord${round}x${s}x${i}`);
      assert.deepEqual(Array.from(tagger.tagIndices(words)), plainTags(words));
    }
  }
});

test('a sentence longer than the memo is tagged all the same', () => {
  const tagger = new PosTagger(model, lexicon, null, clusters);
  const words = Array.from({ length: MEMO_WORDS + 5 }, (_, i) => ours[i % ours.length].words[i % 5] ?? 'en');
  assert.deepEqual(Array.from(tagger.tagIndices(words)), plainTags(words));
});

test("lemmas kept per word and tag equal the lemmatizer's, sentence-initial words included (shipped Dutch tagger)", () => {
  const tagger = posTagger('nl');
  const lemmatizer = tagger.lemmatizer;
  assert.ok(lemmatizer !== null);
  const sentences = [
    ['Soldaten', 'zeiden', 'dat', 'de', 'soldaten', 'gewond', 'waren', '.'],
    ['De', 'minister', 'stelde', 'gisteren', 'een', 'nieuw', 'plan', 'voor', '.'],
    ['Stelde', 'de', 'minister', 'het', 'plan', 'voor', '?'],
    ['Aangekondigde', 'maatregelen', 'werden', 'aangekondigd', 'door', 'oorlogssoldaten', '.'],
    // The same word with two tags and two lemmas: "werken" (VERB "werken", then NOUN "werk").
    ['Zij', 'werken', 'aan', 'de', 'nieuwe', 'werken', 'van', 'het', 'museum', '.'],
  ];
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const { lemmas } = tagger.tagWords(words);
      assert.deepEqual(lemmas, lemmatizer.lemmatise(words, tagger.tagIndices(words)));
    }
  }
});
