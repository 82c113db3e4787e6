import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsLabelledItem, type SplitPoint } from '../src/text/break-without-stop.ts';
import { packs } from '../src/lang/index.ts';

/** The split point after the chunk numbered `last` (from 0) of a one-paragraph text whose sentence starts at its start. */
function pointAfter(text: string, last: number): SplitPoint {
  const chunks = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { text, sentenceStart: 0, chunkStart: chunks[last].start, chunkEnd: chunks[last].end, next: chunks[last + 1].start, limit: text.length, words: last + 1 };
}

test('startsLabelledItem: a "Label: value" item ends where a label of the same kind follows', () => {
  const rows: Array<[string, number, boolean]> = [
    ['Oppervlakte: 2106 km² Dialect: Brabants', 2, true],
    ['Oppervlakte: 2106 km² Dialect: Brabants', 1, false],
    ['PvdA: 22 VVD: 21', 1, true],
    ['lengte: 12 meter breedte: 4 meter', 2, true],
    // A lower-case label does not follow a capitalised one.
    ['Lengte: 12 meter breedte: 4 meter', 2, false],
    ['Hij sprak tegen de Tweede Kamer: het kabinet valt', 3, false],
    // Without a label at the start there is no item.
    ['Het dorp telt 2106 inwoners Dialect: Brabants', 4, false],
  ];
  assert.deepStrictEqual(rows.map(([text, last]) => startsLabelledItem(pointAfter(text, last), packs.nl.text)), rows.map(([, , starts]) => starts));
});
