import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizeBounded, memoizeBoundedPer } from '../src/core/memoize-bounded.ts';

test('memoizeBounded computes a key once, keeps null and false, and forgets all when full', () => {
  const asked: string[] = [];
  const lengthOrNull = memoizeBounded(3, (word: string): number | null => {
    asked.push(word);
    return word === '' ? null : word.length;
  });
  const rows: Array<[string, number | null]> = [
    ['zei', 3],
    ['zei', 3],
    ['', null],
    ['', null],
    ['meldt', 5],
    // Three kept: the fourth new word clears them first.
    ['stelt', 5],
    ['stelt', 5],
    ['zei', 3],
  ];
  assert.deepStrictEqual(rows.map(([word]) => lengthOrNull(word)), rows.map(([, length]) => length));
  assert.deepStrictEqual(asked, ['zei', '', 'meldt', 'stelt', 'zei']);

  const falseAsked: number[] = [];
  const isEven = memoizeBounded(10, (n: number): boolean => (falseAsked.push(n), n % 2 === 0));
  assert.deepStrictEqual([isEven(1), isEven(1), isEven(2)], [false, false, true]);
  assert.deepStrictEqual(falseAsked, [1, 2]);
});

test('memoizeBoundedPer keeps answers apart per owner', () => {
  const asked: Array<[string, string]> = [];
  const roles = new Set(['minister']);
  const places = new Set(['utrecht']);
  const listed = memoizeBoundedPer(100, (list: ReadonlySet<string>, word: string): boolean => {
    asked.push([list === roles ? 'roles' : 'places', word]);
    return list.has(word);
  });
  const rows: Array<[ReadonlySet<string>, string, boolean]> = [
    [roles, 'minister', true],
    [places, 'minister', false],
    [roles, 'minister', true],
    [places, 'utrecht', true],
    [places, 'minister', false],
  ];
  assert.deepStrictEqual(rows.map(([list, word]) => listed(list, word)), rows.map(([, , answer]) => answer));
  assert.deepStrictEqual(asked, [['roles', 'minister'], ['places', 'minister'], ['places', 'utrecht']]);
});
