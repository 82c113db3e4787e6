import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.ts';
import type { Lang } from '../../src/core/types.ts';

/** Person mentions as [text, form, name of their entity], and person entities as [name, gender, role]. */
function people(text: string, lang: Lang): { mentions: [string, string, string | null][]; entities: [string, string | null, string | null][] } {
  const a = analyze(text, {}, { lang, until: 'coreference' });
  const name = (id: string | undefined): string | null => a.entities.find((e) => e.id === id)?.name ?? null;
  return {
    mentions: a.mentions.filter((m) => m.type === 'PER').map((m) => [m.text, m.form ?? 'name', name(m.entity)]),
    entities: a.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.gender ?? null, e.role ?? null]),
  };
}

type Row = readonly [text: string, lang: Lang, expected: ReturnType<typeof people>];

const ROWS: readonly Row[] = [
  // "ze" to the woman named before; gender from the first name.
  ['Lindsay Davenport won gisteren. Ze was blij met de zege.', 'nl', {
    mentions: [['Lindsay Davenport', 'name', 'Lindsay Davenport'], ['Ze', 'pronoun', 'Lindsay Davenport']],
    entities: [['Lindsay Davenport', 'f', null]],
  }],
  // "hij" to the compatible person, not to the woman mentioned last; roles from titles.
  ['Trainer Piet Zand en zijn speler Anna Kok kwamen te laat. Hij had de bus gemist.', 'nl', {
    mentions: [['Piet Zand', 'name', 'Piet Zand'], ['Anna Kok', 'name', 'Anna Kok'], ['Hij', 'pronoun', 'Piet Zand']],
    entities: [['Piet Zand', 'm', 'trainer'], ['Anna Kok', 'f', 'speler']],
  }],
  // "de president" to the person titled president.
  ['President Kassim-Zjomart Tokajev sprak het volk toe. De president was kort.', 'nl', {
    mentions: [['Kassim-Zjomart Tokajev', 'name', 'Kassim-Zjomart Tokajev'], ['De president', 'nominal', 'Kassim-Zjomart Tokajev']],
    entities: [['Kassim-Zjomart Tokajev', null, 'president']],
  }],
  // An indefinite description that a later name completes.
  ['Een gearresteerde Kirgiziër bekende de rellen. In eigen land werd hij herkend als pianist Vikram Roezachoenov.', 'nl', {
    mentions: [['Een gearresteerde Kirgiziër', 'nominal', 'Vikram Roezachoenov'], ['hij', 'pronoun', 'Vikram Roezachoenov'], ['Vikram Roezachoenov', 'name', 'Vikram Roezachoenov']],
    entities: [['Vikram Roezachoenov', 'm', 'pianist']],
  }],
  // Institutions and groups are never persons, so "hij" has no antecedent.
  ['Het Kremlin reageerde niet. Russische media zwegen. Getuigen zagen rook. Hij vertrok.', 'nl', { mentions: [], entities: [] }],
  ['Senator Mary Jones spoke first. She said little.', 'en', {
    mentions: [['Mary Jones', 'name', 'Mary Jones'], ['She', 'pronoun', 'Mary Jones']],
    entities: [['Mary Jones', 'f', 'senator']],
  }],
];

test('coreference: pronouns by gender and salience, descriptions by role, names completing descriptions, groups kept apart', () => {
  for (const [text, lang, expected] of ROWS) assert.deepStrictEqual(people(text, lang), expected, text);
});
