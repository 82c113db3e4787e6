import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGumEntities } from '../../src/train/read-gum-entities.ts';

/** Our own sentences in GUM's CoNLL-U shape: [word, UPOS, MISC] per word. */
function conllu(docs: Array<{ id: string; sentences: Array<Array<[string, string, string]>> }>): string {
  const lines: string[] = [];
  for (const doc of docs) {
    lines.push(`# newdoc id = ${doc.id}`);
    for (const s of doc.sentences) {
      lines.push(`# text = ${s.map(([w]) => w).join(' ')}`);
      s.forEach(([w, upos, misc], i) => lines.push([i + 1, w, w, upos, '_', '_', '0', 'dep', '_', misc].join('\t')));
      lines.push('');
    }
  }
  return lines.join('\n');
}

const titles = new Set(['senator', 'mayor', 'secretary', 'state']);
const demonyms = new Set(['russians', 'dutch']);

function tagged(source: string, genres?: readonly string[]): string[][] {
  return readGumEntities(source, titles, demonyms, genres).map((d) => d.sentences.map((s) => s.words.map((w, i) => (s.tags[i] === 'O' ? w : `${w}/${s.tags[i]}`)).join(' ')));
}

const news = {
  id: 'GUM_news_harbour',
  sentences: [
    [
      ['The', 'DET', 'Entity=(1-organization-new-sssss-cf1-2,4-coref-Port_Authority_of_Leeds'],
      ['Authority', 'PROPN', '_'],
      ['of', 'ADP', '_'],
      ['Leeds', 'PROPN', 'Entity=(2-place-new-nnnnn-cf2-1-sgl-Leeds)1)'],
      ['hired', 'VERB', '_'],
      ['former', 'ADJ', 'Entity=(3-person-new-nnnnn-cf3-2,3,4,5,6-coref-Ann_Reed'],
      ['Secretary', 'PROPN', '_'],
      ['of', 'ADP', '_'],
      ['State', 'PROPN', '_'],
      ['Ann', 'PROPN', '_'],
      ['Reed', 'PROPN', 'Entity=3)'],
      ['.', 'PUNCT', '_'],
    ],
    [
      ['She', 'PRON', 'Entity=(3-person-giv:act-sssss-cf1-1-ana-Ann_Reed)'],
      ['grew', 'VERB', '_'],
      ['up', 'ADP', '_'],
      ['in', 'ADP', '_'],
      ['Otley', 'PROPN', 'Entity=(4-place-new-nnnnn-cf4-1,5-sgl-Otley'],
      [',', 'PUNCT', '_'],
      ['in', 'ADP', '_'],
      ['the', 'DET', '_'],
      ['Dales', 'PROPN', 'Entity=4)'],
      ['near', 'ADP', '_'],
      ['the', 'DET', 'Entity=(5-place-new-nnnnn-cf5-2-sgl'],
      ['river', 'NOUN', 'Entity=5)'],
      ['and', 'CCONJ', '_'],
      ['the', 'DET', 'Entity=(6-event-new-nnnnn-cf6-2-sgl-Otley_Show'],
      ['Show', 'PROPN', 'Entity=6)'],
      ['.', 'PUNCT', '_'],
    ],
  ] as Array<Array<[string, string, string]>>,
};

test('readGumEntities: named people, organisations and places become PER, ORG and LOC, the longest of nested names wins, a name stops at a comma, titles and "the" are left out, nouns and events are O', () => {
  assert.deepStrictEqual(tagged(conllu([news])), [
    [
      'The Authority/B-ORG of/I-ORG Leeds/I-ORG hired former Secretary of State Ann/B-PER Reed/I-PER .',
      'She grew up in Otley/B-LOC , in the Dales near the river and the Show .',
    ],
  ]);
});

test('readGumEntities leaves out peoples and roles that GUM counts as persons: a one-word person after "the", a name of demonyms only', () => {
  const peoples = {
    id: 'GUM_bio_peoples',
    sentences: [
      [
        ['The', 'DET', 'Entity=(1-person-new-sssss-cf1-2-coref-Regent'],
        ['Regent', 'PROPN', 'Entity=1)'],
        ['met', 'VERB', '_'],
        ['Russians', 'PROPN', 'Entity=(2-person-new-nnnnn-cf2-1-sgl)'],
        ['and', 'CCONJ', '_'],
        ['the', 'DET', 'Entity=(4-object-new-nnnnn-cf4-4-sgl'],
        ['Piet', 'PROPN', 'Entity=(3-person-new-nnnnn-cf3-1,2-sgl-Piet_Hein'],
        ['Hein', 'PROPN', 'Entity=3)'],
        ['prize', 'NOUN', 'Entity=4)'],
        ['.', 'PUNCT', '_'],
      ],
    ] as Array<Array<[string, string, string]>>,
  };
  assert.deepStrictEqual(tagged(conllu([peoples])), [['The Regent met Russians and the Piet/B-PER Hein/I-PER prize .']]);
});

test('readGumEntities reads only the genres it is given (by default those GUM publishes under CC BY)', () => {
  const fiction = { ...news, id: 'GUM_fiction_harbour' };
  assert.deepStrictEqual(tagged(conllu([fiction, news])).length, 1);
  assert.deepStrictEqual(tagged(conllu([fiction, news]), ['fiction']).length, 1);
  assert.deepStrictEqual(tagged(conllu([news]), ['fiction']), []);
});

test('readGumEntities names the file and line of a malformed row (through the project\'s CoNLL-U reader)', () => {
  assert.throws(() => readGumEntities('# newdoc id = GUM_news_x\n1\tword\tword\n', titles, demonyms, undefined, 'gum.conllu'), /^Error: gum\.conllu:2: expected 10 .*columns, found 3$/);
});
