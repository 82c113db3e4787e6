import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBelow } from '../src/core/count-below.ts';

test('countBelow counts the sorted numbers strictly below a value', () => {
  const sorted = [2, 5, 5, 9];
  const cases: Array<[number, number]> = [
    [1, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ];
  assert.deepStrictEqual(cases.map(([value]) => countBelow(sorted, value)), cases.map(([, count]) => count));
  assert.equal(countBelow([], 4), 0);
});
