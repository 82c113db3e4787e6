import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Approx } from '../../src/core/types.ts';
import { groupConflictingFigures, type FigureFact } from '../../src/link/group-conflicting-figures.ts';
import { seededRandom } from '../../src/model/seeded-random.ts';

const APPROX: readonly Approx[] = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most'];
const CLAIMANTS = [null, 'Karel Bos', 'K. Bos', 'Anna Smit', 'het waterschap'];
const OUTLETS = [null, 'De Krant', 'Het Dagblad'];

/** A figure about the dike of Oosterwold on one day (so every figure is in one group). */
function fact(random: () => number, i: number): FigureFact {
  const value = 100 + Math.floor(random() * 40) * 5;
  return {
    documentId: i + 1, source: `f${i}.txt`, title: null, outlet: OUTLETS[Math.floor(random() * OUTLETS.length)], published: '2026-06-01',
    text: `${value} meter`, value, valueMax: random() < 0.2 ? value + 20 : null, approx: APPROX[Math.floor(random() * APPROX.length)], unit: 'meter',
    unitKey: 'metre', entityKeys: ['oosterwold'], time: null, claimedBy: CLAIMANTS[Math.floor(random() * CLAIMANTS.length)],
    context: 'De dijk bij Oosterwold is zo lang.', start: 0, end: 9,
  };
}

/** The rule over every pair, as written before: two figures of different claimant or outlet whose intervals do not overlap. */
function disagreeByPairs(figures: readonly FigureFact[]): boolean {
  const interval = (f: FigureFact): [number, number] => {
    switch (f.approx) {
      case 'about': return [f.value * 0.9, (f.valueMax ?? f.value) * 1.1];
      case 'more-than': case 'at-least': return [f.value, Infinity];
      case 'less-than': case 'at-most': return [-Infinity, f.valueMax ?? f.value];
      default: return [f.value, f.valueMax ?? f.value];
    }
  };
  const claimant = (f: FigureFact): string => (f.claimedBy === null ? `writer:${f.outlet ?? ''}` : f.claimedBy === 'K. Bos' || f.claimedBy === 'Karel Bos' ? 'bos' : f.claimedBy.toLowerCase());
  return figures.some((a, i) => figures.slice(i + 1).some((b) => {
    if (claimant(a) === claimant(b) && a.outlet === b.outlet) return false;
    const [x, y] = [interval(a), interval(b)];
    return !(x[0] <= y[1] && y[0] <= x[1]);
  }));
}

test('a group of figures disagrees exactly when two of different sources cannot both be right (400 random groups)', () => {
  const random = seededRandom(17);
  let conflicts = 0;
  for (let round = 0; round < 400; round++) {
    const facts = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) => fact(random, i));
    const expected = disagreeByPairs(facts);
    assert.equal(groupConflictingFigures(facts).length === 1, expected, JSON.stringify(facts.map((f) => [f.value, f.valueMax, f.approx, f.claimedBy, f.outlet])));
    if (expected) conflicts += 1;
  }
  assert.ok(conflicts > 50 && conflicts < 350, `both answers occur (${conflicts} of 400 disagree)`);
});

test('a group of 20,000 figures about one thing is judged in well under a second', () => {
  const random = seededRandom(5);
  // One claimant and outlet for all but the last, which agrees with none of them: only that pair disagrees.
  const facts = Array.from({ length: 20_000 }, (_, i) => ({ ...fact(random, i), claimedBy: 'Karel Bos', outlet: 'De Krant', approx: 'exact' as const, value: 100, valueMax: null }));
  facts.push({ ...facts[0], documentId: 99_999, claimedBy: 'Anna Smit', value: 500 });
  const started = performance.now();
  const groups = groupConflictingFigures(facts);
  assert.deepEqual(groups.map((g) => [g.values, g.claimants]), [[[100, 500], ['Karel Bos', 'Anna Smit']]]);
  assert.ok(performance.now() - started < 1000, `${(performance.now() - started).toFixed(0)} ms`);
});
