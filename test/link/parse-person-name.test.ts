import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePersonName, withoutGenitiveS, type PersonName } from '../../src/link/parse-person-name.ts';

interface Summary {
  readonly name: string;
  readonly title: string | null;
  readonly given: string;
  readonly surname: string;
  readonly surnameKey: string;
  readonly genitive: PersonName['genitive'];
}

function summary(text: string, parsed: PersonName | null): Summary | null {
  if (parsed === null) return null;
  return {
    name: text.slice(parsed.start, parsed.end),
    title: parsed.title,
    given: parsed.given.map((g) => `${g.text}${g.initial ? '.' : ''}=${g.key}`).join(' '),
    surname: parsed.surname,
    surnameKey: parsed.surnameKey,
    genitive: parsed.genitive,
  };
}

const row = (name: string, title: string | null, given: string, surname: string, surnameKey: string, genitive: PersonName['genitive'] = null): Summary =>
  ({ name, title, given, surname, surnameKey, genitive });

test('a person name taken apart: titles, given names, initials, particles, genitives', () => {
  const rows: readonly [string, Summary | null][] = [
    ['Sergej Sjojgoe', row('Sergej Sjojgoe', null, 'Sergej=sergei', 'Sjojgoe', 'xoigu')],
    ['minister van defensie Sergej Sjojgoe', row('Sergej Sjojgoe', 'minister van defensie', 'Sergej=sergei', 'Sjojgoe', 'xoigu')],
    ['President Kassim-Zjomart Tokajev', row('Kassim-Zjomart Tokajev', 'President', 'Kassim=kasim Zjomart=xomart', 'Tokajev', 'tokaev')],
    ['S. Sjojgoe', row('S. Sjojgoe', null, 'S.=s', 'Sjojgoe', 'xoigu')],
    ['Dhr. J.F. Kennedy Jr.', row('J.F. Kennedy', 'Dhr.', 'J.=i F.=f', 'Kennedy', 'kenedi')],
    ['Ch. Chroesjtsjov', row('Ch. Chroesjtsjov', null, 'Ch.=x', 'Chroesjtsjov', 'xruxov')],
    ['Ursula von der Leyen', row('Ursula von der Leyen', null, 'Ursula=ursula', 'von der Leyen', 'len')],
    ['Von der Leyen', row('Von der Leyen', null, '', 'Von der Leyen', 'len')],
    ['Bashar al-Assad', row('Bashar al-Assad', null, 'Bashar=baxar', 'al-Assad', 'asad')],
    ['Kim Jong-un', row('Kim Jong-un', null, 'Jong=iong un=un', 'Kim', 'kim')],
    ['Kim Jong Un', row('Kim Jong Un', null, 'Jong=iong Un=un', 'Kim', 'kim')],
    ['Kim Wilde', row('Kim Wilde', null, 'Kim=kim', 'Wilde', 'vilde')],
    ['Xi Jinping', row('Xi Jinping', null, 'Jinping=inping', 'Xi', 'ksi')],
    ["Putin's", row('Putin', null, '', 'Putin', 'putin', 'marked')],
    ['Sjojgoe’s', row('Sjojgoe', null, '', 'Sjojgoe', 'xoigu', 'marked')],
    ['Poetins', row('Poetins', null, '', 'Poetins', 'putins', 'possible')],
    ['Mr Johnson', row('Johnson', 'Mr', '', 'Johnson', 'iohnson')],
    ['Сергей Шойгу', row('Сергей Шойгу', null, 'Сергей=sergei', 'Шойгу', 'xoigu')],
    ['de president', null],
    ['', null],
  ];
  assert.deepStrictEqual(rows.map(([text]) => summary(text, parsePersonName(text))), rows.map(([, expected]) => expected));
});

test('a language role noun counts as a title when passed in', () => {
  const text = 'woordvoerder Dmitri Peskov';
  assert.deepStrictEqual(summary(text, parsePersonName(text, { titles: new Set(['woordvoerder']) })), row('Dmitri Peskov', 'woordvoerder', 'Dmitri=dmitri', 'Peskov', 'peskov'));
});

test('a possible genitive s can be taken off', () => {
  const text = 'Vladimir Poetins';
  const parsed = parsePersonName(text);
  assert.ok(parsed !== null);
  assert.deepStrictEqual(summary(text, withoutGenitiveS(parsed)), row('Vladimir Poetin', null, 'Vladimir=vladimir', 'Poetin', 'putin', 'marked'));
});
