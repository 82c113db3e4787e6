import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hedge, Lang } from '../../src/core/types.ts';
import { analyze } from '../../src/pipeline.ts';
import { findHedges } from '../../src/extract/find-hedges.ts';
import { packs } from '../../src/lang/index.ts';

/** The hedges of `text` as [text, kind] pairs, after the text layer. */
function hedges(text: string, lang: Lang): [string, Hedge['kind']][] {
  const base = analyze(text, {}, { lang, until: 'tokens' });
  return findHedges(base, { lang, pack: packs[lang] }).hedges.map((h) => [h.text, h.kind]);
}

const rows: [Lang, string, [string, Hedge['kind']][]][] = [
  // uncertain
  ['nl', 'De onrust is hoogstwaarschijnlijk spontaan begonnen.', [['hoogstwaarschijnlijk', 'uncertain']]],
  ['nl', 'Een spreekster wacht vermoedelijk hetzelfde lot.', [['vermoedelijk', 'uncertain']]],
  ['nl', 'Wellicht kan de club later aansluiten.', [['Wellicht', 'uncertain']]],
  ['nl', 'Er gaan geruchten over het mogelijke pensioen van de speler.', [['mogelijke', 'uncertain']]],
  ['nl', 'Ze kwamen naar alle waarschijnlijkheid om door koolmonoxide.', [['naar alle waarschijnlijkheid', 'uncertain']]],
  ['nl', 'Met deze speler lijkt de club een slag te hebben geslagen.', [['lijkt de club een slag te', 'uncertain']]],
  // unverified
  ['nl', 'Of dat waar is, valt niet na te gaan.', [['valt niet na te gaan', 'unverified']]],
  ['nl', 'Het bericht kon niet worden bevestigd.', [['kon niet worden bevestigd', 'unverified']]],
  ['nl', 'De beelden zijn niet onafhankelijk geverifieerd.', [['niet onafhankelijk geverifieerd', 'unverified']]],
  // reported
  ['nl', 'De minister is naar verluidt ziek.', [['naar verluidt', 'reported']]],
  ['nl', 'Hij zou ten onder zijn gegaan aan faalangst.', [['zou', 'reported']]],
  ['nl', 'Ze pakten mensen op die bij de moord betrokken zouden zijn geweest.', [['zouden', 'reported']]],
  ['nl', 'Officieel moesten de troepen optreden tegen terroristen.', [['Officieel', 'reported']]],
  // not hedges: conditional and modal "zou", "zo snel mogelijk", "mogelijk" as "possible", "formeel" without contrast
  ['nl', 'Hij zei dat hij zou vertrekken als het leger niet ontwapende.', []],
  ['nl', 'Zouden ze dat wel doen, dan is dat een stap.', []],
  ['nl', 'De leden zou die kans geboden moeten worden.', []],
  ['nl', 'Het zou mooi zijn als hij kwam.', []],
  ['nl', 'We willen zo snel mogelijk beginnen.', []],
  ['nl', 'Dat is niet mogelijk.', []],
  ['nl', 'De organisatie kan formeel alleen optreden bij inmenging.', []],
  ['nl', ",,Misschien is het beter zo'', zei de coach na afloop van de wedstrijd.", []],
  ['en', 'The minister was reportedly ill.', [['reportedly', 'reported']]],
  ['en', 'The claim could not be verified.', [['could not be verified', 'unverified']]],
  ['en', 'He probably left early.', [['probably', 'uncertain']]],
  ['en', 'The alleged bribe was small.', [['alleged', 'reported']]],
];

for (const [lang, text, expected] of rows) {
  test(`${lang} hedges: ${text}`, () => {
    assert.deepStrictEqual(hedges(text, lang), expected);
  });
}

test('a hedge covers the quotes and figures of its sentence', () => {
  const text = 'Naar verluidt kwamen 300 mensen om. Er waren 20 agenten.';
  let analysis = analyze(text, {}, { lang: 'nl', until: 'quantities' });
  analysis = findHedges(analysis, { lang: 'nl', pack: packs.nl });
  assert.deepStrictEqual(analysis.hedges.map((h) => ({ text: h.text, sentence: h.sentence, covers: h.covers })), [{ text: 'Naar verluidt', sentence: 0, covers: ['f1'] }]);
});
