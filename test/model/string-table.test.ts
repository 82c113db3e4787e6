import { deepStrictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { StringTable } from '../../src/model/string-table.ts';

/** Our own words, with accents, an empty string, a surrogate pair and a repeat. */
const WORDS = ['fiets', 'één', '', 'Zoë', 'fiets', 'auto🚲', 'Fiets', 'één'];

test('StringTable numbers distinct strings in order of first appearance and finds them again', () => {
  const table = new StringTable(2);
  deepStrictEqual(
    { numbers: WORDS.map((w) => table.intern(w)), size: table.size, found: [...WORDS, 'FIETS', 'fiet', 'auto'].map((w) => table.indexOf(w)), back: [0, 1, 2, 3, 4, 5].map((i) => table.at(i)) },
    { numbers: [0, 1, 2, 3, 0, 4, 5, 1], size: 6, found: [0, 1, 2, 3, 0, 4, 5, 1, -1, -1, -1], back: ['fiets', 'één', '', 'Zoë', 'auto🚲', 'Fiets'] },
  );
});

test('StringTable keeps every string through growing and trimming, and an adopted copy of its parts answers the same', () => {
  const table = new StringTable(4);
  const words = Array.from({ length: 5000 }, (_, i) => `woord${i * 7}`);
  const numbers = words.map((w) => table.intern(w));
  table.trim();
  const adopted = StringTable.adopt(structuredClone(table.parts()));
  deepStrictEqual(
    { numbers, found: words.map((w) => table.indexOf(w)), adopted: words.map((w) => adopted.indexOf(w)), back: numbers.map((i) => adopted.at(i)), missing: adopted.indexOf('woord1') },
    { numbers: words.map((_, i) => i), found: words.map((_, i) => i), adopted: words.map((_, i) => i), back: words, missing: -1 },
  );
});

test('StringTable parts lie on shared memory (posted to a worker, they are shared, not copied)', () => {
  const table = new StringTable();
  table.intern('zegt');
  const { chars, starts, slots } = table.parts();
  deepStrictEqual([chars.buffer, starts.buffer, slots.buffer].map((b) => b instanceof SharedArrayBuffer), [true, true, true]);
});

test('StringTable.internRange and indexOfRange take a word out of a longer text without slicing it, numbered as intern does', () => {
  const text = 'fiets\tZoë\tfiets\tauto🚲\t';
  const table = new StringTable(2);
  const ranges: Array<[number, number]> = [[0, 5], [6, 9], [10, 15], [16, 22], [22, 22]];
  const numbers = ranges.map(([from, end]) => table.internRange(text, from, end));
  deepStrictEqual(
    { numbers, back: [0, 1, 2, 3].map((i) => table.at(i)), found: [table.indexOfRange(text, 6, 9), table.indexOf('auto🚲'), table.indexOfRange(text, 0, 4), table.indexOfRange('xZoëx', 1, 4)] },
    { numbers: [0, 1, 0, 2, 3], back: ['fiets', 'Zoë', 'auto🚲', ''], found: [1, 2, -1, 1] },
  );
});
