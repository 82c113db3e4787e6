import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Upos } from '../../src/core/types.ts';
import { packs } from '../../src/lang/index.ts';
import { ClusterHashes } from '../../src/model/cluster-hashes.ts';
import { decodeModel, encodeModel } from '../../src/model/encode-model.ts';
import { Lemmatizer } from '../../src/model/lemmatize.ts';
import { posTagger } from '../../src/model/load-pos-tagger.ts';
import { PosLexicon } from '../../src/model/pos-lexicon.ts';
import { PosTagger } from '../../src/model/pos-tagger.ts';
import type { TaggedSentence } from '../../src/model/tagged-sentence.ts';
import { trainPosTagger } from '../../src/model/train-pos-tagger.ts';

/** Our own sentences, written as word/TAG/lemma. */
const ours: TaggedSentence[] = [
  'De/DET/de minister/NOUN/minister zei/VERB/zeggen dat/SCONJ/dat het/PRON/het goed/ADJ/goed ging/VERB/gaan ./PUNCT/.',
  'Anna/PROPN/Anna zegt/VERB/zeggen dat/SCONJ/dat drie/NUM/drie soldaten/NOUN/soldaat zijn/AUX/zijn gewond/ADJ/gewond ./PUNCT/.',
  'Volgens/ADP/volgens Piet/PROPN/Piet is/AUX/zijn het/PRON/het waar/ADJ/waar ./PUNCT/.',
  'The/DET/the minister/NOUN/minister said/VERB/say that/SCONJ/that two/NUM/two stories/NOUN/story were/AUX/be true/ADJ/true ./PUNCT/.',
].map((line) => {
  const parts = line.split(' ').map((p) => p.split('/'));
  return { words: parts.map((p) => p[0]), tags: parts.map((p) => p[1] as Upos), lemmas: parts.map((p) => p[2]) };
});

const clusters = new ClusterHashes([['0101', ['zei', 'zegt', 'said']], ['0110', ['Anna', 'Piet']], ['1000', ['drie', 'two']]], { test: true });

function trainTiny() {
  return trainPosTagger(ours, { epochs: 8, seed: 1, folds: 2, clusters });
}

test('a tiny model trained on a handful of our sentences tags them back', () => {
  const { model, lexicon } = trainTiny();
  const tagger = new PosTagger(model, lexicon, new Lemmatizer(lexicon, packs.nl.pos.lemmas), clusters);
  assert.deepEqual(ours.map((s) => tagger.tag(s.words)), ours.map((s) => s.tags));
  assert.deepEqual(ours.map((s) => tagger.tagWords(s.words).lemmas), ours.map((s) => s.lemmas));
});

test('training is deterministic for a seed', () => {
  const a = encodeModel(trainTiny().model);
  const b = encodeModel(trainTiny().model);
  assert.deepEqual(a, b);
});

test('model, lexicon and clusters survive saving and loading with identical tags', () => {
  const { model, lexicon } = trainTiny();
  const before = new PosTagger(model, lexicon, null, clusters);
  const loadedLexicon = PosLexicon.parse(lexicon.serialise());
  const after = new PosTagger(decodeModel(encodeModel(model)).model, loadedLexicon, null, ClusterHashes.parse(clusters.serialise()));
  const probe = [...ours.map((s) => s.words), ['Maria', 'zei', 'dat', 'vier', 'soldaten', 'zijn', 'gewond', '.']];
  assert.deepEqual(probe.map((w) => after.tagWords(w)), probe.map((w) => before.tagWords(w)));
  assert.deepEqual(loadedLexicon.entries, lexicon.entries);
});

// The words attribution leans on: speech verbs, names, numbers (our own sentences).
const shipped: Array<['nl' | 'en', string, Record<string, Upos>]> = [
  ['nl', 'Minister Hugo de Jonge zei dinsdag dat er 40 nieuwe patiënten zijn .', { zei: 'VERB', Hugo: 'PROPN', Jonge: 'PROPN', '40': 'NUM' }],
  ['nl', '" We gaan door " , zegt Sanne Vermeulen van de FNV .', { zegt: 'VERB', Sanne: 'PROPN', Vermeulen: 'PROPN', FNV: 'PROPN' }],
  ['nl', 'Volgens Rusland zijn drie soldaten gedood , verklaarde het ministerie .', { Rusland: 'PROPN', drie: 'NUM', verklaarde: 'VERB', gedood: 'VERB' }],
  ['nl', 'Het Kremlin heeft gezegd dat de troepen vertrekken .', { Kremlin: 'PROPN', heeft: 'AUX', gezegd: 'VERB', vertrekken: 'VERB' }],
  ['en', 'Secretary of State Antony Blinken said on Tuesday that 2,500 troops had arrived .', { said: 'VERB', Antony: 'PROPN', Blinken: 'PROPN', '2,500': 'NUM', had: 'AUX' }],
  ['en', '" We will not leave , " says Maria Lopez , a spokeswoman for the union .', { says: 'VERB', Maria: 'PROPN', Lopez: 'PROPN', spokeswoman: 'NOUN' }],
];

for (const [lang, sentence, expected] of shipped) {
  test(`shipped ${lang} tagger: ${sentence}`, () => {
    const words = sentence.split(' ');
    const tags = posTagger(lang).tag(words);
    const got = Object.fromEntries(Object.keys(expected).map((w) => [w, tags[words.indexOf(w)]]));
    assert.deepEqual(got, expected);
  });
}

// Lemmas of the shipped lexicons and, for words they lack, of the rules.
const lemmas: Array<['nl' | 'en', string, Upos, string]> = [
  ['nl', 'zegt', 'VERB', 'zeggen'], ['nl', 'zei', 'VERB', 'zeggen'], ['nl', 'gezegd', 'VERB', 'zeggen'],
  ['nl', 'soldaten', 'NOUN', 'soldaat'], ['nl', 'verklaarde', 'VERB', 'verklaren'],
  ['en', 'said', 'VERB', 'say'], ['en', 'stories', 'NOUN', 'story'],
];

test('shipped lemmas of speech verbs and plurals', () => {
  const got = lemmas.map(([lang, word, upos]) => posTagger(lang).lemmatizer?.lemma(word, posTagger(lang).model.classes.indexOf(upos)));
  assert.deepEqual(got, lemmas.map(([, , , lemma]) => lemma));
});

const rules: Array<['nl' | 'en', string, Upos, string]> = [
  ['nl', 'verklaarde', 'VERB', 'verklaren'], ['nl', 'twijfelde', 'VERB', 'twijfelen'], ['nl', 'aangekondigd', 'VERB', 'aankondigen'],
  ['nl', 'gefrustreerd', 'VERB', 'frustreren'], ['nl', 'soldaten', 'NOUN', 'soldaat'], ['nl', 'katten', 'NOUN', 'kat'],
  ['nl', 'huisjes', 'NOUN', 'huis'], ['nl', 'ideeën', 'NOUN', 'idee'], ['nl', 'werkzame', 'ADJ', 'werkzaam'], ['nl', '49ste', 'ADJ', '49'],
  ['nl', "Morgan's", 'PROPN', 'Morgan'],
  ['en', 'stories', 'NOUN', 'story'], ['en', 'stopped', 'VERB', 'stop'], ['en', 'rated', 'VERB', 'rate'], ['en', 'boxes', 'NOUN', 'box'],
];

test('lemma rules for words no lexicon knows', () => {
  const empty = new PosLexicon([]);
  const got = rules.map(([lang, word, upos]) => new Lemmatizer(empty, packs[lang].pos.lemmas).lemma(word, posTagger(lang).model.classes.indexOf(upos)));
  assert.deepEqual(got, rules.map(([, , , lemma]) => lemma));
});
