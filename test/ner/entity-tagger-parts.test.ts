import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../../src/core/types.ts';
import { loadEntityTagger } from '../../src/model/load-entity-tagger.ts';
import { tagWords } from '../../src/model/load-pos-tagger.ts';
import type { NerSentenceInput } from '../../src/model/ner-features.ts';

/**
 * The entity tagger sums each word's scores from parts it keeps per word (the word itself, the
 * word as each neighbour) plus the keys of its context. These tests hold the shipped taggers to
 * the plain sum of every key, tags and confidences alike, on our own sentences, also after the
 * kept parts start afresh.
 */
const documents: Record<Lang, string[][]> = {
  nl: [
    [
      'De Oezbeekse president Sjavkat Mirzijojev sprak dinsdag in Tasjkent met minister Sergej Lavrov .',
      'Mirzijojev zei dat Oezbekistan de deal met Rosatom steunt .',
      '" We gaan door " , zei woordvoerder Anna de Vries van de FNV in Den Haag .',
    ],
    ['Poetins woordvoerder zei dat Lukasjenko naar Minsk terugkeert .', 'Volgens het Kremlin is dat niet waar .'],
    ['Het Openbaar Ministerie in Rotterdam vervolgt Jan Jansen , de directeur van Havenbedrijf Rotterdam .'],
  ],
  en: [
    [
      'Russian Foreign Minister Sergei Lavrov met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday .',
      "Putin 's spokesman Dmitry Peskov said the Kremlin had no objection .",
    ],
    ['The World Health Organization said on Monday that 40 people had died in Lagos .'],
  ],
};

function document(lang: Lang, lines: readonly string[]): NerSentenceInput[] {
  return lines.map((line) => {
    const words = line.split(' ');
    return { words, pos: tagWords(words, lang).upos };
  });
}

for (const lang of ['nl', 'en'] as const) {
  test(`entity tagger (${lang}): tags and confidences from the kept parts equal those from all keys`, () => {
    const tagger = loadEntityTagger(lang);
    const docs = documents[lang].map((lines) => document(lang, lines));
    for (let round = 0; round < 2; round++) {
      for (const doc of docs) assert.deepStrictEqual(tagger.tagDocument(doc), tagger.tagDocumentFromAllKeys(doc));
    }
  });
}

test('entity tagger: the kept parts stay right when they start afresh', () => {
  const tagger = loadEntityTagger('nl');
  const docs = documents.nl.map((lines) => document('nl', lines));
  for (let round = 0; round < 3; round++) {
    for (const doc of docs) assert.deepStrictEqual(tagger.tagDocument(doc), tagger.tagDocumentFromAllKeys(doc));
    // Enough new words to fill the kept parts, in documents of 2,000 words.
    for (let d = 0; d < 5; d++) {
      const words = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? `Naam${round}x${d}x${i}` : `woord${round}x${d}x${i}`));
      const doc = [{ words, pos: words.map((w) => (w.startsWith('N') ? 'PROPN' : 'NOUN')) }];
      assert.deepStrictEqual(tagger.tagDocument(doc), tagger.tagDocumentFromAllKeys(doc));
    }
  }
});
