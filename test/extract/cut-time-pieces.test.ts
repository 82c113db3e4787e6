import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Span } from '../../src/core/types.ts';
import { cutTimePieces, MAX_TIME_PIECE } from '../../src/extract/cut-time-pieces.ts';
import { readChronoTimes } from '../../src/extract/read-chrono-times.ts';

const word = 'a'.repeat(MAX_TIME_PIECE - 5);
const rows: Array<[string, string, Span[]]> = [
  ['a short text is one piece', 'Op 12 maart 2024 om 10 uur.', [{ start: 0, end: 27 }]],
  ['a long run of white space is left out', `Maandag${' '.repeat(8)}dinsdag`, [{ start: 0, end: 7 }, { start: 15, end: 22 }]],
  ['seven spaces stay inside', `Maandag${' '.repeat(7)}dinsdag`, [{ start: 0, end: 21 }]],
  ['a long piece is cut after its last sentence end', `${word}. Op 12 maart 2024`, [{ start: 0, end: MAX_TIME_PIECE - 4 }, { start: MAX_TIME_PIECE - 4, end: MAX_TIME_PIECE + 13 }]],
  ['else at its last white space', `${word} 12 maart 2024`, [{ start: 0, end: MAX_TIME_PIECE - 2 }, { start: MAX_TIME_PIECE - 2, end: MAX_TIME_PIECE + 9 }]],
  ['a word longer than a piece is cut hard', 'a'.repeat(MAX_TIME_PIECE + 1), [{ start: 0, end: MAX_TIME_PIECE }, { start: MAX_TIME_PIECE, end: MAX_TIME_PIECE + 1 }]],
  ['only white space: no piece', ' '.repeat(20), []],
];

for (const [name, text, expected] of rows) {
  test(`cutTimePieces: ${name}`, () => assert.deepStrictEqual(cutTimePieces(text), expected));
}

test('chrono reads times at their offsets in every piece', () => {
  const text = `Maandag${' '.repeat(20)}op 12 maart 2024.`;
  const found = readChronoTimes(text, 'nl', { date: { year: 2024, month: 3, day: 10 }, timeZone: 'Europe/Amsterdam' })
    .map((t) => text.slice(t.start, t.end));
  assert.deepStrictEqual(found, ['Maandag', '12 maart 2024']);
});

test('a million spaces in Dutch are read in linear time (chrono alone took 2 s on 32,000)', () => {
  const started = process.cpuUsage();
  assert.deepStrictEqual(readChronoTimes(' '.repeat(1_000_000) + 'vrijdag', 'nl', { date: null, timeZone: 'Europe/Amsterdam' }).length, 1);
  const used = process.cpuUsage(started);
  // Quadratic, this took hours; linear, well under a second even on a loaded machine.
  assert.ok(used.user + used.system < 10_000_000, `took ${(used.user + used.system) / 1000} ms of CPU`);
});
