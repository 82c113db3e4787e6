import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSeedPerson } from '../../src/link/find-seed-person.ts';
import { parsePersonName } from '../../src/link/parse-person-name.ts';

function seedOf(text: string): string | null {
  const parsed = parsePersonName(text);
  assert.ok(parsed !== null, text);
  return findSeedPerson(parsed.surnameKey, parsed.given)?.person.id ?? null;
}

test('names of the seed list, in any spelling, and names it must not claim', () => {
  const rows: readonly [string, string | null][] = [
    ['Sjojgoe', 'sergei-shoigu'],
    ['Sergueï Choïgou', 'sergei-shoigu'],
    ['Сергей Шойгу', 'sergei-shoigu'],
    ['Evgueni Prigojine', 'yevgeny-prigozhin'],
    ['Prigojine', 'yevgeny-prigozhin'],
    ['Vladimir Jirinovski', 'vladimir-zhirinovsky'],
    ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
    ['Tokajev', 'kassym-jomart-tokayev'],
    ['Kim Jong Un', 'kim-jong-un'],
    ['Ким Чен Ын', 'kim-jong-un'],
    ['Kim Jong-il', 'kim-jong-il'],
    ['Kim', null],
    ['Boris Johnson', 'boris-johnson'],
    ['Lyndon Johnson', 'lyndon-johnson'],
    ['Johnson', null],
    ['Hafez al-Assad', 'hafez-al-assad'],
    ['Assad', null],
    ['Moammar Khadaffi', 'muammar-gaddafi'],
    ['Benjamin Netanjahoe', 'benjamin-netanyahu'],
    ['Dmitri Lavrov', null],
    ['Jan Jansen', null],
  ];
  assert.deepStrictEqual(rows.map(([text]) => [text, seedOf(text)]), rows);
});
