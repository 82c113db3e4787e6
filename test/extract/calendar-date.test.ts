import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatInstant, offsetInZone } from '../../src/extract/calendar-date.ts';

test('offsetInZone: the offset at noon of the day in the zone, asked again from memory', () => {
  const rows: Array<[string, number, number, number, string]> = [
    ['Europe/Amsterdam', 2022, 1, 7, '+01:00'],
    ['Europe/Amsterdam', 2022, 7, 7, '+02:00'],
    // The day summer time starts: at noon it has started.
    ['Europe/Amsterdam', 2022, 3, 27, '+02:00'],
    ['America/New_York', 2022, 1, 7, '-05:00'],
    ['Asia/Kolkata', 2022, 1, 7, '+05:30'],
    ['UTC', 2022, 1, 7, '+00:00'],
    ['Europe/Amsterdam', 2022, 1, 7, '+01:00'],
  ];
  assert.deepStrictEqual(rows.map(([zone, year, month, day]) => offsetInZone({ year, month, day }, zone)), rows.map((row) => row[4]));
  assert.equal(formatInstant({ year: 2022, month: 1, day: 14 }, 22, 30, 'Europe/Amsterdam'), '2022-01-14T22:30:00+01:00');
  assert.throws(() => offsetInZone({ year: 2022, month: 1, day: 7 }, 'Nergens/Niemandsland'), RangeError);
});
