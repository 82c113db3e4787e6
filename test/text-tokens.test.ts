import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';

function tokens(text: string, lang: Lang): string[] {
  return analyze(text, {}, { lang, until: 'tokens' }).tokens.map((t) => t.text);
}

const rows: Array<[string, Lang, string, string[]]> = [
  // Dutch
  ['elisions', 'nl', "'s Avonds naar 's-Hertogenbosch in de jaren '90.", ["'s", 'Avonds', 'naar', "'s-Hertogenbosch", 'in', 'de', 'jaren', "'90", '.']],
  ['hyphenated words stay whole', 'nl', 'Kassim-Zjomart zag CSTO-soldaten met een pot-verwijt-de-ketel-gehalte.', ['Kassim-Zjomart', 'zag', 'CSTO-soldaten', 'met', 'een', 'pot-verwijt-de-ketel-gehalte', '.']],
  ['a hyphen that ends a word belongs to it', 'nl', 'De olie- en gasbedrijven, land-, tuin- en bosbouw.', ['De', 'olie-', 'en', 'gasbedrijven', ',', 'land-', ',', 'tuin-', 'en', 'bosbouw', '.']],
  ['apostrophe forms', 'nl', "Zo'n camera's van Poetins auto’s.", ["Zo'n", "camera's", 'van', 'Poetins', 'auto’s', '.']],
  ['abbreviations keep their stop', 'nl', 'Dr. Jansen, d.w.z. o.a. de bijv. kleine', ['Dr.', 'Jansen', ',', 'd.w.z.', 'o.a.', 'de', 'bijv.', 'kleine']],
  ['numbers', 'nl', 'Er waren 20.000 mensen, 3,5% meer, om 22.30 uur.', ['Er', 'waren', '20.000', 'mensen', ',', '3,5%', 'meer', ',', 'om', '22.30', 'uur', '.']],
  ['initials', 'nl', 'S. Sjojgoe en J.F. Kennedy', ['S.', 'Sjojgoe', 'en', 'J.F.', 'Kennedy']],
  ['typed quotation marks are single tokens', 'nl', ",,Nee,'' zei hij.", [',,', 'Nee', ',', "''", 'zei', 'hij', '.']],
  ['curly marks are tokens of their own', 'nl', '“Eén les”, zei hij: ‘vrede’.', ['“', 'Eén', 'les', '”', ',', 'zei', 'hij', ':', '‘', 'vrede', '’', '.']],
  ['a comma then a typed mark', 'nl', 'zei hij,,,maar', ['zei', 'hij', ',', ',,', 'maar']],
  ['an initial at the end of a sentence gives up its stop', 'nl', 'Het gaat om punt B.', ['Het', 'gaat', 'om', 'punt', 'B', '.']],
  ['an abbreviation at the end of a sentence keeps it', 'nl', 'Appels, peren enz.', ['Appels', ',', 'peren', 'enz.']],
  ['ellipsis and brackets', 'nl', 'En toen... (stilte)', ['En', 'toen', '...', '(', 'stilte', ')']],
  ['slash and ampersand join Dutch words', 'nl', 'CD&V en/of AT&T', ['CD&V', 'en/of', 'AT&T']],
  // English
  ['contractions are one surface token', 'en', "I don't think it's fine; they're sure I'm right.", ['I', "don't", 'think', "it's", 'fine', ';', "they're", 'sure', "I'm", 'right', '.']],
  ['possessives are one surface token', 'en', "John's car and the parents' house", ["John's", 'car', 'and', 'the', "parents'", 'house']],
  ['a closing mark after s is not a possessive', 'en', "They called it 'the crisis' on TV.", ['They', 'called', 'it', "'", 'the', 'crisis', "'", 'on', 'TV', '.']],
  ['emoticons, slashes and disfluencies', 'en', 'I w- want it b/c :-) and/or $$$', ['I', 'w-', 'want', 'it', 'b/c', ':-)', 'and', '/', 'or', '$$$']],
  ['hyphens split except after prefixes', 'en', 'A long-term e-mail to re-elect the non-human Coca-Cola', ['A', 'long', '-', 'term', 'e-mail', 'to', 're-elect', 'the', 'non-human', 'Coca', '-', 'Cola']],
  ['money and dotted abbreviations', 'en', 'It cost $5.00 in the U.S., e.g. at 5 p.m. today', ['It', 'cost', '$', '5.00', 'in', 'the', 'U.S.', ',', 'e.g.', 'at', '5', 'p.m.', 'today']],
  ['numbers with commas, colons and slashes', 'en', '20,000 people at 5:30 on 08/16/2000', ['20,000', 'people', 'at', '5:30', 'on', '08/16/2000']],
  ['addresses stay whole', 'en', 'Mail jan.smit@example.org or see http://example.com/a-b?x=1.', ['Mail', 'jan.smit@example.org', 'or', 'see', 'http://example.com/a-b?x=1', '.']],
  ['punctuation runs', 'en', 'What?! No -- never...', ['What', '?!', 'No', '--', 'never', '...']],
  ['decades and hashtags', 'en', "In the ’80s #fashion ruled", ['In', 'the', '’80s', '#fashion', 'ruled']],
];

for (const [name, lang, text, expected] of rows) {
  test(`tokens (${lang}): ${name}`, () => {
    assert.deepStrictEqual(tokens(text, lang), expected);
  });
}

test('tokens: sentences record their token ranges and tokens their sentence', () => {
  const analysis = analyze('Een twee. Drie.', {}, { lang: 'nl', until: 'tokens' });
  assert.deepStrictEqual(
    analysis.sentences.map((s) => [s.tokenStart, s.tokenEnd]),
    [[0, 3], [3, 5]],
  );
  assert.deepStrictEqual(analysis.tokens.map((t) => t.sentence), [0, 0, 0, 1, 1]);
});

test('tokens: every non-space character is in exactly one token', () => {
  const text = "Zo'n 20.000 “CSTO-soldaten” (o.a. uit 's-Hertogenbosch) — ja?! €5,- en 3½ km² 😀 klaar.";
  const analysis = analyze(text, {}, { lang: 'nl', until: 'tokens' });
  let covered = '';
  let last = 0;
  for (const t of analysis.tokens) {
    assert.ok(t.start >= last, 'tokens are ordered and do not overlap');
    assert.match(text.slice(last, t.start), /^\s*$/);
    covered += t.text;
    last = t.end;
  }
  assert.equal(covered, text.replace(/\s+/g, ''));
});
