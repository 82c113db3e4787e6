import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contains, overlaps } from '../src/core/span.ts';
import { indexSpans } from '../src/core/index-spans.ts';
import type { Span } from '../src/core/types.ts';

const spans: Span[] = [
  { start: 10, end: 20 }, { start: 0, end: 5 }, { start: 2, end: 30 }, { start: 12, end: 14 }, { start: 40, end: 41 }, { start: 14, end: 14 },
];

const rows: Array<[Span, number[], boolean]> = [
  // range, overlapping indexes, held
  [{ start: 0, end: 1 }, [1], true],
  [{ start: 13, end: 15 }, [0, 2, 3, 5], true],
  [{ start: 25, end: 45 }, [2, 4], false],
  [{ start: 30, end: 40 }, [], false],
  [{ start: 3, end: 30 }, [0, 1, 2, 3, 5], true],
  [{ start: 1, end: 31 }, [0, 1, 2, 3, 5], false],
  [{ start: 50, end: 60 }, [], false],
];

for (const [range, overlapping, held] of rows) {
  test(`indexSpans: [${range.start}, ${range.end})`, () => {
    const index = indexSpans(spans);
    assert.deepStrictEqual([index.overlapping(range), index.holds(range)], [overlapping, held]);
  });
}

test('indexSpans agrees with a pass over every span on random spans', () => {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const list: Span[] = Array.from({ length: next(20) }, () => {
      const start = next(100);
      return { start, end: start + next(30) };
    });
    const index = indexSpans(list);
    for (let q = 0; q < 20; q++) {
      const start = next(120);
      const range = { start, end: start + 1 + next(20) };
      const expected = list.map((s, i) => [s, i] as const).filter(([s]) => overlaps(s, range)).map(([, i]) => i);
      assert.deepStrictEqual(index.overlapping(range), expected);
      assert.equal(index.holds(range), list.some((s) => contains(s, range)));
    }
  }
});
