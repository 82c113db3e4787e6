import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessNerFormat, parseNerCorpus, repairBio } from '../../src/eval/ner-corpus.ts';
import { countEntityMatches, entityScores, newEntityCounts } from '../../src/eval/count-entity-matches.ts';

const conll = [
  '-DOCSTART- -DOCSTART- O',
  'Minister N O',
  'Jansen N B-PER',
  'bezocht V O',
  'Gent N B-LOC',
  '. Punc O',
  '',
  'Hij Pron O',
  'sprak V O',
  '',
  '-DOCSTART- -DOCSTART- O',
  'De Art O',
  'Lotto-ploeg N I-ORG',
  '',
].join('\n');

test('parseNerCorpus reads CoNLL-2002: articles, POS column, IOB1 repaired', () => {
  assert.deepStrictEqual(parseNerCorpus(conll, 'conll2002', 'mini'), [
    {
      id: 'mini#1',
      sentences: [
        { words: ['Minister', 'Jansen', 'bezocht', 'Gent', '.'], tags: ['O', 'B-PER', 'O', 'B-LOC', 'O'], pos: ['N', 'N', 'V', 'N', 'Punc'] },
        { words: ['Hij', 'sprak'], tags: ['O', 'O'], pos: ['Pron', 'V'] },
      ],
    },
    { id: 'mini#2', sentences: [{ words: ['De', 'Lotto-ploeg'], tags: ['O', 'B-ORG'], pos: ['Art', 'N'] }] },
  ]);
});

const iob2 = [
  '# newdoc id = review-1',
  '# text = I ate at Joe Smith Diner',
  '1\tI\tO\t-\t-',
  '2\tate\tO',
  '3\tat\tO',
  '4\tJoe\tB-LOC\t-\tx',
  '5\tSmith\tI-LOC',
  '6\tDiner\tI-LOC',
  '',
  '# newdoc id = review-2',
  '1\tGreat\tO',
  '',
].join('\n');

test('parseNerCorpus reads IOB2 with # newdoc articles', () => {
  assert.deepStrictEqual(parseNerCorpus(iob2, 'iob2', 'mini'), [
    { id: 'review-1', sentences: [{ words: ['I', 'ate', 'at', 'Joe', 'Smith', 'Diner'], tags: ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC'], pos: null }] },
    { id: 'review-2', sentences: [{ words: ['Great'], tags: ['O'], pos: null }] },
  ]);
  assert.equal(guessNerFormat(iob2), 'iob2');
  assert.equal(guessNerFormat(conll), 'conll2002');
});

const bad: Array<[string, string, 'conll2002' | 'iob2', RegExp]> = [
  ['two fields', 'Jansen B-PER\n', 'conll2002', /mini:1: expected "word POS tag"/],
  ['not a tag', 'Jansen N PERSON\n', 'conll2002', /mini:1: "PERSON" is not a BIO tag/],
  ['no tabs', '1 Jansen B-PER\n', 'iob2', /mini:1: expected index, word and tag separated by tabs/],
];
for (const [name, source, format, error] of bad) {
  test(`parseNerCorpus names the line of bad input: ${name}`, () => {
    assert.throws(() => parseNerCorpus(source, format, 'mini'), error);
  });
}

test('repairBio turns a stray I- into B-', () => {
  assert.deepStrictEqual(repairBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG']);
});

test('entity counts follow conlleval: exact type and boundaries', () => {
  const counts = newEntityCounts();
  // gold: PER 0-2, LOC 3; predicted: PER 0-1 (boundary wrong), LOC 3 (right), ORG 5 (spurious)
  countEntityMatches(counts, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O'], ['B-PER', 'O', 'O', 'B-LOC', 'O', 'B-ORG']);
  countEntityMatches(counts, ['B-ORG'], ['B-ORG']);
  assert.deepStrictEqual(entityScores(counts), {
    overall: { precision: 0.5, recall: 0.6667, f1: 0.5714, correct: 2, predicted: 4, gold: 3 },
    byType: {
      LOC: { precision: 1, recall: 1, f1: 1, correct: 1, predicted: 1, gold: 1 },
      ORG: { precision: 0.5, recall: 1, f1: 0.6667, correct: 1, predicted: 2, gold: 1 },
      PER: { precision: 0, recall: 0, f1: 0, correct: 0, predicted: 1, gold: 1 },
    },
  });
});
