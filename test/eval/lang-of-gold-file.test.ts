import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langFromPath, langOfGoldFile } from '../../src/eval/lang-of-gold-file.ts';

test('langFromPath: the language a gold path names, the file name before its folders', () => {
  const rows: Array<[string, 'nl' | 'en' | null]> = [
    ['gold/ud/UD_Dutch-Kranten/nl_kranten-ud-dev.conllu.gz', 'nl'],
    ['gold/ud/UD_English-Nieuws/en_nieuws-ud-dev.conllu', 'en'],
    // The folder names the language when the file name does not.
    ['gold/ud/UD_Dutch-Kranten/OUD_nl_kranten-ud-train.conllu.gz', 'nl'],
    ['gold/boeken-nl/coref/Schrijver_Titel.conll.gz', 'nl'],
    ['gold/namen-en/en_kranten-dev.iob2.gz', 'en'],
    ['C:\\gold\\ner-nl\\ned.train.gz', 'nl'],
    ['gold/rsyntax_dutch_quotes.txt', 'nl'],
    ['gold/ENGLISH/kranten.conllu', 'en'],
    // The nearest name decides.
    ['gold/UD_English-Vertaald/nl_vertaald-dev.conllu', 'nl'],
    // "en" or "nl" inside a word, or in the middle of a name, names nothing.
    ['gold/tienen/kranten-en-bladen-dev.conllu', null],
    ['gold/Dienen/nlp_dev.conllu', null],
    ['nieuws.conllu', null],
    ['', null],
  ];
  assert.deepStrictEqual(rows.map(([path]) => langFromPath(path)), rows.map(([, lang]) => lang));
});

test('langOfGoldFile: the given language first, else the path, else an error naming the file', () => {
  assert.equal(langOfGoldFile('gold/nl_kranten-dev.conllu', 'en'), 'en');
  assert.equal(langOfGoldFile('gold/nl_kranten-dev.conllu', undefined), 'nl');
  assert.throws(() => langOfGoldFile('gold/kranten.conllu', undefined), { message: 'gold/kranten.conllu: cannot tell the language from the file name; pass --lang nl or --lang en' });
});
