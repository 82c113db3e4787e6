import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocMeta, Lang, TimeExpr } from '../../src/core/types.ts';
import { analyze } from '../../src/pipeline.ts';

type Expected = [text: string, value: string | null, granularity: TimeExpr['granularity'], valueEnd?: string];

/** The times of `text` as [text, value, granularity, valueEnd?] rows. */
function times(text: string, lang: Lang, meta: DocMeta): Expected[] {
  return analyze(text, meta, { lang }).times.map((t) => (t.valueEnd != null ? [t.text, t.value, t.granularity, t.valueEnd] : [t.text, t.value, t.granularity]));
}

// Friday 14 January 2022, as in the example article; Amsterdam is at +01:00 then.
const FRI = { published: '2022-01-14' };

const rows: [Lang, string, DocMeta, Expected[]][] = [
  ['nl', 'Dat zei de minister vrijdag.', FRI, [['vrijdag', '2022-01-07', 'day']]],
  ['nl', 'De ploeg speelt komende zaterdag tegen Ajax.', FRI, [['komende zaterdag', '2022-01-15', 'day']]],
  ['nl', 'De ploeg zal zaterdag tegen Ajax spelen.', FRI, [['zaterdag', '2022-01-15', 'day']]],
  ['nl', 'Camera’s registreerden gisteren het vertrek.', FRI, [['gisteren', '2022-01-13', 'day']]],
  ['nl', 'Het bleef gistermiddag rustig.', FRI, [['gistermiddag', '2022-01-13', 'day']]],
  ['nl', 'De opstand brak begin deze maand uit.', FRI, [['begin deze maand', '2022-01-01', 'part-of-month', '2022-01-10']]],
  // the Tuesday of the week before the week of publication (Mon 10 – Sun 16 January)
  ['nl', 'Dat gebeurde vorige week dinsdag.', FRI, [['vorige week dinsdag', '2022-01-04', 'day']]],
  ['nl', 'Over een week zijn alle troepen weg.', FRI, [['Over een week', '2022-01-21', 'day']]],
  ['nl', 'De jacht begon twee weken geleden.', FRI, [['twee weken geleden', '2021-12-31', 'day']]],
  ['nl', 'Begin deze eeuw wilde het land groeien.', FRI, [['Begin deze eeuw', '2000-01-01', 'part-of-century', '2033-05-01']]],
  ['nl', 'De revoluties in Georgië (2003) waren van buitenlandse makelij.', FRI, [['2003', '2003-01-01', 'year', '2003-12-31']]],
  ['nl', 'Hij werd geboren op 20 juni 1924 in Luttrell.', FRI, [['20 juni 1924', '1924-06-20', 'day']]],
  ['nl', 'Hij is sinds januari 1999 directeur.', FRI, [['januari 1999', '1999-01-01', 'month', '1999-01-31']]],
  ['nl', 'Vorig jaar won hij de titel.', FRI, [['Vorig jaar', '2021-01-01', 'year', '2021-12-31']]],
  ['nl', 'In de jaren tachtig was dat anders.', FRI, [['jaren tachtig', '1980-01-01', 'decade', '1989-12-31']]],
  ['nl', 'Zaterdagavond brak rond 22.30 uur brand uit.', FRI, [['Zaterdagavond', '2022-01-08', 'day'], ['22.30 uur', '2022-01-08T22:30:00+01:00', 'instant']]],
  ['nl', 'Het feest begint om 22.30 uur.', { published: '2022-07-01' }, [['22.30 uur', '2022-07-01T22:30:00+02:00', 'instant']]],
  // not times: scores and short words chrono would read as days
  ['nl', 'Zij won met 3 - 2 en dat was nu eenmaal zo.', FRI, []],
  // without a publication date, relative times keep their span without a value
  ['nl', 'Dat zei de minister gisteren.', {}, [['gisteren', null, 'day']]],
  ['en', 'The minister said on Friday that prices rose last month.', FRI, [['Friday', '2022-01-07', 'day'], ['last month', '2021-12-01', 'month', '2021-12-31']]],
  ['en', 'It happened on 5 May 2021.', FRI, [['5 May 2021', '2021-05-05', 'day']]],
  // English in its own zone: 03:00 UTC on the 15th is still the 14th in New York
  ['en', 'The mayor resigned yesterday.', { published: '2022-01-15T03:00:00Z', timeZone: 'America/New_York' }, [['yesterday', '2022-01-13', 'day']]],
];

for (const [lang, text, meta, expected] of rows) {
  test(`${lang} times (${meta.published ?? 'no date'}): ${text}`, () => {
    assert.deepStrictEqual(times(text, lang, meta), expected);
  });
}

test('a publication date that is no date is a message, and relative times stay unresolved', () => {
  const analysis = analyze('Dat zei hij gisteren.', { published: 'gisteren' }, { lang: 'nl' });
  assert.deepStrictEqual(analysis.times.map((t) => [t.text, t.value]), [['gisteren', null]]);
  assert.deepStrictEqual(analysis.messages.map((m) => m.ruleId), ['times-bad-published']);
});

test('every time span is a slice of the text', () => {
  const text = 'Vrijdag, gisteren en begin deze maand: over een week (2003).';
  for (const t of analyze(text, FRI, { lang: 'nl' }).times) assert.equal(t.text, text.slice(t.start, t.end));
});
