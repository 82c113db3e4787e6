import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang, Quote, QuotedTerm } from '../../src/core/types.ts';
import { analyze } from '../../src/pipeline.ts';
import { findQuotedTerms } from '../../src/extract/find-quoted-terms.ts';
import { packs } from '../../src/lang/index.ts';

/** The quoted terms of `text` as [text, kind] pairs, after the text layer has paired the marks. */
function terms(text: string, lang: Lang, quotes: readonly Quote[] = []): [string, QuotedTerm['kind']][] {
  const base = analyze(text, {}, { lang, until: 'tokens' });
  return findQuotedTerms({ ...base, quotes }, { lang, pack: packs[lang] }).quotedTerms.map((t) => [t.text, t.kind]);
}

const rows: [Lang, string, [string, QuotedTerm['kind']][]][] = [
  ['nl', 'De regering sprak van ‘terroristen’ en ‘bandieten’.', [['‘terroristen’', 'scare'], ['‘bandieten’', 'scare']]],
  ['nl', 'De zogenaamde ‘hervorming’ kost geld.', [['‘hervorming’', 'scare']]],
  ['nl', 'De formulering ‘buitenlandse inmenging’ doet ertoe.', [['‘buitenlandse inmenging’', 'term']]],
  ['nl', 'Ze krijgen het stempel ‘buitenlands agent’ opgeplakt.', [['‘buitenlands agent’', 'term']]],
  ['nl', 'Het woord ‘crisis’ viel niet.', [['‘crisis’', 'term']]],
  ['nl', 'Het land wil het ‘Singapore van Azië’ worden.', [['‘Singapore van Azië’', 'name']]],
  ['nl', "Hij speelde op 'Wake up little Susie' van de Everly Brothers.", [["'Wake up little Susie'", 'name']]],
  ['nl', "Zijn plaat 'Teensville' (1960) verkocht goed.", [["'Teensville'", 'name']]],
  ['nl', "Atkins, bijgenaamd 'Mr. Guitar', overleed.", [["'Mr. Guitar'", 'name']]],
  // Not terms: speech in the typed Dutch style, long quotations, short sentences of their own.
  ['nl', ",,Dit was kwaliteit'', zei de coach.", []],
  ['nl', '‘Wij gaan morgen met de hele ploeg naar de kust toe’, zei hij.', []],
  ['nl', 'Hij riep ‘Ja, zeker!’ en liep weg.', []],
  ['en', 'The so-called "reform" cost money.', [['"reform"', 'scare']]],
  ['en', 'He avoided the word "crisis" all day.', [['"crisis"', 'term']]],
  ['en', 'The album "Almost Alone" sold well.', [['"Almost Alone"', 'name']]],
];

for (const [lang, text, expected] of rows) {
  test(`${lang} quoted terms: ${text}`, () => {
    assert.deepStrictEqual(terms(text, lang), expected);
  });
}

test('a short quotation that is the content of a direct quote is speech, not a term', () => {
  const text = 'Een ‘rotsituatie’ vond Boogerd het.';
  const content = { start: 5, end: 16, text: text.slice(5, 16) };
  const quote: Quote = { id: 'q1', kind: 'direct', content, cue: null, speaker: null, speakerName: 'Boogerd', speakerEntity: null, role: null, confidence: 1 };
  assert.deepStrictEqual(terms(text, 'nl', [quote]), []);
  assert.deepStrictEqual(terms(text, 'nl'), [['‘rotsituatie’', 'scare']]);
});
