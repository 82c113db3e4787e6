import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterMentions } from '../../src/link/cluster-mentions.ts';
import { emptyAnalysis } from '../../src/core/analysis.ts';
import { packs } from '../../src/lang/index.ts';
import type { Analysis, Lang } from '../../src/core/types.ts';
import { markMentions } from '../helpers/mark-mentions.ts';

function link(marked: string, lang: Lang): Analysis {
  const { text, mentions } = markMentions(marked);
  return clusterMentions({ ...emptyAnalysis({ text, lang, meta: {} }), mentions }, { lang, pack: packs[lang] });
}

/** An entity as a row: type, name, aliases, its mentions as written, key. */
function rows(analysis: Analysis): string[] {
  const textOf = new Map(analysis.mentions.map((m) => [m.id, m.text]));
  return analysis.entities.map((e) => `${e.type} ${e.name} [${e.aliases.join('; ')}] {${e.mentions.map((id) => textOf.get(id)).join('; ')}} ${e.key}`);
}

test('within an article, every way of naming one person is one entity', () => {
  const cases: readonly [Lang, string, string[]][] = [
    ['nl', '[[Sergej Sjojgoe|PER]] sprak. Volgens [[Sjojgoe|PER]] bleef [[minister Sjojgoe|PER]] kalm; [[Sjojgoe’s|PER]] woorden.',
      ['PER Sergej Sjojgoe [Sjojgoe] {Sergej Sjojgoe; Sjojgoe; minister Sjojgoe; Sjojgoe’s} xoigu,sergei']],
    ['nl', '[[Poetins|PER]] leger rukte op. [[Vladimir Poetin|PER]] zweeg.',
      ['PER Vladimir Poetin [Poetin] {Poetins; Vladimir Poetin} putin,vladimir']],
    ['nl', '[[Frans Timmermans|PER]] sprak, en [[Timmermans|PER]] lachte.',
      ['PER Frans Timmermans [Timmermans] {Frans Timmermans; Timmermans} timermans,frans']],
    ['nl', '[[S. Sjojgoe|PER]] en later [[Sergej Sjojgoe|PER]].',
      ['PER Sergej Sjojgoe [S. Sjojgoe] {S. Sjojgoe; Sergej Sjojgoe} xoigu,sergei']],
    ['nl', 'Zei [[president Tokajev|PER]] eerst; daarna [[Kassim-Zjomart Tokajev|PER]].',
      ['PER Kassim-Zjomart Tokajev [Tokajev] {president Tokajev; Kassim-Zjomart Tokajev} tokaev,kasim iomart']],
    ['en', "[[Putin's|PER]] army. [[Vladimir Putin|PER]] said nothing.",
      ['PER Vladimir Putin [Putin] {Putin\'s; Vladimir Putin} putin,vladimir']],
    ['en', 'The pianist [[Vikram Rusakhunov|PER]] was shown on TV. [[Rusakhunov|PER]] said he was paid.',
      ['PER Vikram Rusakhunov [Rusakhunov] {Vikram Rusakhunov; Rusakhunov} rusaxunov,vikram']],
  ];
  for (const [lang, marked, expected] of cases) assert.deepStrictEqual(rows(link(marked, lang)), expected, marked);
});

test('people with one surname stay apart; a surname alone goes to the one named first in full', () => {
  assert.deepStrictEqual(rows(link('[[Kim Jong-un|PER]] noemde [[Kim Jong-il|PER]] zijn voorbeeld. [[Kim|PER]] lachte.', 'nl')), [
    'PER Kim Jong-un [Kim] {Kim Jong-un; Kim} kim,iong un',
    'PER Kim Jong-il [] {Kim Jong-il} kim,iong il',
  ]);
  assert.deepStrictEqual(rows(link('[[Johnson|PER]] quoted [[Boris Johnson|PER]] and [[Lyndon B. Johnson|PER]]. [[Johnson|PER]] smiled.', 'en')), [
    'PER Boris Johnson [Johnson] {Johnson; Boris Johnson; Johnson} iohnson,boris',
    'PER Lyndon B. Johnson [] {Lyndon B. Johnson} iohnson,lindon b',
  ]);
});

test('a title alone, a given name alone, the tail of a fuller name, and a title that tells the gender', () => {
  assert.deepStrictEqual(rows(link('[[U.S. President Donald Trump|PER]] spoke. The [[President|PER]] left; [[Donald|PER]] was tired.', 'en')), [
    'PER Donald Trump [Donald] {U.S. President Donald Trump; President; Donald} trump,donald',
  ]);
  assert.deepStrictEqual(rows(link('[[Clara Martínez Cantón|PER]] wrote it; [[Martínez Cantón|PER]] agreed.', 'en')), [
    'PER Clara Martínez Cantón [Martínez Cantón] {Clara Martínez Cantón; Martínez Cantón} kanton,klara martines',
  ]);
  assert.deepStrictEqual(rows(link('[[Frans Timmermans|PER]] en [[mevrouw Timmermans|PER]] kwamen; [[dhr. Timmermans|PER]] zwaaide naar [[mevr. Timmermans|PER]].', 'nl')), [
    'PER Frans Timmermans [Timmermans] {Frans Timmermans; dhr. Timmermans} timermans,frans',
    'PER Timmermans [] {mevrouw Timmermans; mevr. Timmermans} timermans',
  ]);
  assert.deepStrictEqual(rows(link('De [[Europese Commissie|ORG]] en de [[Commissie|ORG]]; de [[Tweede Kamer|ORG]] en de [[Eerste Kamer|ORG]] of de [[Kamer|ORG]].', 'nl')), [
    'ORG Europese Commissie [Commissie] {Europese Commissie; Commissie} european komision',
    'ORG Tweede Kamer [] {Tweede Kamer} tvede kamer',
    'ORG Eerste Kamer [] {Eerste Kamer} erste kamer',
    'ORG Kamer [] {Kamer} kamer',
  ]);
});

test('two spellings the seed list knows as one person are one entity', () => {
  assert.deepStrictEqual(rows(link('[[Evgueni Prigojine|PER]], or [[Yevgeny Prigozhin|PER]] in English; [[Prigojine|PER]] left.', 'en')), [
    'PER Evgueni Prigojine [Prigojine; Yevgeny Prigozhin] {Evgueni Prigojine; Yevgeny Prigozhin; Prigojine} prigoxin,evgeni',
  ]);
});

test('organisations and places: one key, genitives, acronyms, seed keys across languages; types stay apart', () => {
  assert.deepStrictEqual(rows(link('De [[Verenigde Naties|ORG]] en de [[VN|ORG]]. [[Ruslands|LOC]] leger in [[Rusland|LOC]]. [[Washington|LOC]] en [[George Washington|PER]].', 'nl')), [
    'ORG Verenigde Naties [VN] {Verenigde Naties; VN} united nations',
    'LOC Rusland [] {Ruslands; Rusland} rusia',
    'LOC Washington [] {Washington} vaxington',
    'PER George Washington [] {George Washington} vaxington,george',
  ]);
  assert.deepStrictEqual(rows(link("The [[Kremlin|ORG]] and [[the Kremlin's|ORG]] line; the [[CSTO|ORG]] and the [[Collective Security Treaty Organization|ORG]].", 'en')), [
    "ORG Kremlin [] {Kremlin; the Kremlin's} kremlin",
    'ORG Collective Security Treaty Organization [CSTO] {CSTO; Collective Security Treaty Organization} kolektive sekuriti treati organisation',
  ]);
});

test('Mention.entity is set on linked mentions; MISC, nameless and pronoun mentions are left alone', () => {
  const { text, mentions } = markMentions('[[Sergej Sjojgoe|PER]] en [[Russische|MISC]] troepen; [[de minister|PER]] zei dat [[Sjojgoe|PER]] gelijk had.');
  const pronoun = { id: 'p1', type: 'PER' as const, confidence: 1, start: 0, end: 6, text: text.slice(0, 6), form: 'pronoun' as const };
  const analysis = clusterMentions({ ...emptyAnalysis({ text, lang: 'nl', meta: {} }), mentions: [...mentions, pronoun] }, { lang: 'nl', pack: packs.nl });
  assert.deepStrictEqual(analysis.mentions.map((m) => [m.id, m.entity ?? null]), [['m1', 'e1'], ['m2', null], ['m3', null], ['m4', 'e1'], ['p1', null]]);
  assert.equal(analysis.text, text);
  for (const m of analysis.mentions) assert.equal(m.text, text.slice(m.start, m.end));
});
