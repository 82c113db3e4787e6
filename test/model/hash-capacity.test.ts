import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashCapacity } from '../../src/model/hash-capacity.ts';

test('hashCapacity: a power of two, at least 16, at most half full', () => {
  const rows: Array<[number, number]> = [[0, 16], [1, 16], [8, 16], [9, 32], [16, 32], [17, 64], [1024, 2048], [1025, 4096]];
  for (const [expected, capacity] of rows) assert.equal(hashCapacity(expected), capacity, `expected ${expected}`);
});
