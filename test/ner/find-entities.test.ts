import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.ts';
import type { Lang } from '../../src/core/types.ts';
import { needShared, shared } from '../helpers/shared-data.ts';

function mentionsOf(text: string, lang: Lang): Array<[string, string]> {
  const analysis = analyze(text, {}, { lang, until: 'entities' });
  for (const m of analysis.mentions) {
    assert.equal(m.text, text.slice(m.start, m.end), `mention ${m.id} text`);
    assert.ok(m.confidence >= 0 && m.confidence <= 1, `mention ${m.id} confidence ${m.confidence}`);
  }
  return analysis.mentions.map((m) => [m.text, m.type]);
}

/** Our own sentences, with names like those of the example article. */
const cases: Array<[Lang, string, Array<[string, string]>]> = [
  ['nl', 'De Oezbeekse president Sjavkat Mirzijojev sprak dinsdag in Tasjkent met de Russische minister van buitenlandse zaken Sergej Lavrov.', [
    ['Oezbeekse', 'MISC'], ['Sjavkat Mirzijojev', 'PER'], ['Tasjkent', 'LOC'], ['Russische', 'MISC'], ['Sergej Lavrov', 'PER'],
  ]],
  ['nl', 'Volgens woordvoerder Dmitri Peskov heeft het Kremlin geen bezwaar tegen de deal met Rosatom.', [
    ['Dmitri Peskov', 'PER'], ['Kremlin', 'LOC'], ['Rosatom', 'ORG'],
  ]],
  ['nl', 'Poetins woordvoerder zei dat Lukasjenko naar Minsk terugkeert.', [
    ['Poetin', 'PER'], ['Lukasjenko', 'PER'], ['Minsk', 'LOC'],
  ]],
  ['en', 'Russian Foreign Minister Sergei Lavrov met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday.', [
    ['Sergei Lavrov', 'PER'], ['Shavkat Mirziyoyev', 'PER'], ['Tashkent', 'LOC'],
  ]],
  // "The Kremlin had no objection": the Russian government (metonymy), ORG, as the English gazetteers list it beside the White House and the Pentagon.
  ['en', "Putin's spokesman Dmitry Peskov said the Kremlin had no objection to the deal with Kazatomprom.", [
    ['Putin', 'PER'], ['Dmitry Peskov', 'PER'], ['Kremlin', 'ORG'], ['Kazatomprom', 'ORG'],
  ]],
];

for (const [lang, text, expected] of cases) {
  test(`entities (${lang}): ${text.slice(0, 60)}…`, () => {
    assert.deepStrictEqual(mentionsOf(text, lang), expected);
  });
}

test('no sentences, no mentions', () => {
  assert.deepStrictEqual(analyze('   ', {}, { lang: 'nl', until: 'entities' }).mentions, []);
});

test('the example article: its people are PER, Kazatomprom and the CSTO are ORG', { skip: needShared('examples', 'nl-kazachstan.txt') }, () => {
  const text = readFileSync(shared('examples', 'nl-kazachstan.txt'), 'utf8');
  const found = new Set(mentionsOf(text, 'nl').map(([t, type]) => `${type} ${t}`));
  const expected = [
    'PER Antony Blinken', 'PER Kassim-Zjomart Tokajev', 'PER Sergej Sjojgoe', 'PER Vikram Roezachoenov',
    'PER Noersoeltan Nazarbajev', 'PER Poetin', 'ORG Kazatomprom', 'ORG CSTO',
  ];
  assert.deepStrictEqual(expected.filter((e) => found.has(e)), expected);
  // "Poetin" is the name inside "Poetins regime".
  const poetin = analyze(text, {}, { lang: 'nl', until: 'entities' }).mentions.find((m) => m.text === 'Poetin');
  assert.equal(text.slice(poetin!.start, poetin!.end + 8), 'Poetins regime');
});
