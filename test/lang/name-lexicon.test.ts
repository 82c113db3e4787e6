import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNameLexicon, NameDataError, type NameData } from '../../src/lang/name-lexicon.ts';
import { names } from '../../src/lang/names/index.ts';

const good: NameData = {
  cyrillicRu: { rules: [['а', 'a']] },
  cyrillicUk: { rules: [{ from: 'г', to: 'h' }] },
  nameKey: { fold: { 'š': 'sh' }, rules: [['sh', 'x'], { from: 'e', to: 'o', afterOutput: 'x' }] },
  titles: { titles: ['Mr'], feminine: ['mrs'], masculine: ['mr'], suffixes: ['jr'] },
  particles: { particles: ['van'], articles: ['de'], prefixes: ['al'] },
  genitives: { bareS: ['nl'] },
  surnameFirst: { surnames: ['Kim'], ambiguous: ['Kim'] },
  givenNameVariants: { groups: [['Sergej', 'Serhij']] },
  people: { people: [{ id: 'x', en: 'Sergei Shoigu', nl: ['Sergej Sjojgoe'], ambiguousSurname: false }] },
  places: { places: [{ id: 'moscow', type: 'LOC', en: 'Moscow', nl: 'Moskou' }] },
};

test('the name data of the project loads', () => {
  assert.ok(names.keyRules.length > 20 && names.people.length > 40 && names.places.length > 40 && names.titles.has('dhr'));
});

test('the lexicon is built from well-formed data, lower-casing the sets', () => {
  const lexicon = buildNameLexicon(good);
  assert.deepStrictEqual(
    [lexicon.cyrillicUk, lexicon.keyRules, [...lexicon.titles], [...lexicon.surnameFirst], lexicon.people, lexicon.places],
    [[{ from: 'г', to: 'h' }], [{ from: 'sh', to: 'x' }, { from: 'e', to: 'o', afterOutput: 'x' }], ['mr'], ['kim'],
      [{ id: 'x', names: { en: ['Sergei Shoigu'], nl: ['Sergej Sjojgoe'] }, ambiguousSurname: false }],
      [{ id: 'moscow', type: 'LOC', names: { en: ['Moscow'], nl: ['Moskou'] } }]],
  );
});

test('malformed data is refused with the file and the place', () => {
  const rows: readonly [Partial<NameData>, RegExp][] = [
    [{ nameKey: { fold: {}, rules: [['sh']] } }, /translit\/name-key\.json rule 1: a rule written as a list is \[from, to\]/],
    [{ cyrillicRu: { rules: [{ from: '', to: 'a' }] } }, /translit\/ru-nl\.json rule 1 "from": expected a non-empty string/],
    [{ titles: { titles: 'mr', feminine: [], masculine: [], suffixes: [] } }, /names\/titles\.json "titles": expected a list/],
    [{ people: { people: [{ id: 'y', nl: 'Jan' }] } }, /people-seed\.json person 1 \(y\): needs an "en" name/],
    [{ givenNameVariants: { groups: [['Sergej', 3]] } }, /given-name-variants\.json group 1 item 2: expected a string/],
    [{ places: { places: [{ id: 'z', type: 'PER', en: 'Zed' }] } }, /places-seed\.json place 1 \(z\): "type" must be "LOC" or "ORG"/],
  ];
  for (const [patch, message] of rows) {
    assert.throws(() => buildNameLexicon({ ...good, ...patch }), (error: unknown) => error instanceof NameDataError && message.test(error.message));
  }
});
