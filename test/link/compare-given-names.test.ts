import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenNamesCompatible, mergeGivenNames } from '../../src/link/compare-given-names.ts';
import { parsePersonName, type GivenName } from '../../src/link/parse-person-name.ts';

function given(name: string): readonly GivenName[] {
  const parsed = parsePersonName(`${name} Surname`);
  assert.ok(parsed !== null, name);
  return parsed.given;
}

test('given names that can be one person, and those that cannot', () => {
  const rows: readonly [string, string, boolean][] = [
    ['Sergej', 'Sergei', true],
    ['Sergej', 'Sergueï', true],
    ['S.', 'Sergej', true],
    ['Ch.', 'Chroesjtsjov', true],
    ['Volodymyr', 'Vladimir', true],
    ['Aleksandr', 'Alexander', true],
    ['Oleksandr', 'Aleksandr', true],
    ['Kassim-Zjomart', 'Kassym-Jomart', true],
    ['George', 'George W.', true],
    ['J.F.', 'John F.', true],
    ['', 'Boris', true],
    ['Jong-un', 'Jong Un', true],
    ['Jong-un', 'Jong-il', false],
    ['Boris', 'Lyndon', false],
    ['Lyndon B.', 'Lyndon C.', false],
    ['Bill', 'Hillary', false],
    ['S.', 'Dmitri', false],
    ['Sergej', 'Dmitri', false],
  ];
  assert.deepStrictEqual(rows.map(([a, b]) => [a, b, givenNamesCompatible(given(a), given(b))]), rows);
});

test('merging keeps the fuller name at every place', () => {
  assert.deepStrictEqual(mergeGivenNames(given('S. W.'), given('Sergej')).map((g) => g.text), ['Sergej', 'W']);
  assert.deepStrictEqual(mergeGivenNames(given('George'), given('G. Walker')).map((g) => g.text), ['George', 'Walker']);
});
