import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAttributions, sameSpeaker } from '../src/eval/match-attributions.ts';
import { parseBrat } from '../src/eval/read-quote-gold.ts';

const span = (start: number, end: number) => ({ start, end });

test('statements match when they overlap by half the gold content, each once, largest overlap first', () => {
  const gold = [{ content: [span(0, 10)] }, { content: [span(20, 40)] }, { content: [span(50, 60)] }];
  const predicted = [
    { content: [span(4, 12)] }, // 6 of 10: matches gold 0
    { content: [span(0, 3)] }, // 3 of 10: too little
    { content: [span(25, 45)] }, // 15 of 20
    { content: [span(20, 31)] }, // 11 of 20, smaller overlap: gold 1 is taken
    { content: [span(50, 53), span(55, 60)] }, // two pieces, 8 of 10
  ];
  assert.deepStrictEqual(matchAttributions(gold, predicted), [[0, 0], [1, 2], [2, 4]]);
});

test('speaker names match equal or by surname, as FORMAT.md says', () => {
  const rows: [string | null, string | null, boolean][] = [
    ['Kassim-Zjomart Tokajev', 'Tokajev', true],
    ['Tokajev', 'Kassim-Zjomart Tokajev', true],
    ['het Kremlin', 'Het Kremlin', true],
    ['J. van \'t Hof', 'Van \'t Hof', true],
    ['woordvoerster van het ministerie van justitie', 'de woordvoerster van justitie', true],
    ['Antony Blinken', 'Sergej Sjojgoe', false],
    ['Antony Blinken', null, false],
    [null, null, true],
  ];
  for (const [gold, predicted, expected] of rows) assert.equal(sameSpeaker(gold, predicted), expected, `${gold} / ${predicted}`);
});

test('brat standoff: events tie content (also discontinuous), cue and source', () => {
  const text = '"We won," Ann Lee said, "and we will win." Bob thinks so.';
  const ann = [
    'T1\tContent 0 9;23 42\t"We won," "and we will win."',
    'T2\tSource 10 17\tAnn Lee',
    'T3\tCue 18 22\tsaid',
    'T4\tAttribution 18 22\tsaid',
    'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
    'T5\tCue 47 53\tthinks',
    'T6\tContent 54 56\tso',
    'T7\tAttribution 47 53\tthinks',
    'E2\tAttribution-no-source:T7 Cue:T5 Content:T6',
  ].join('\n');
  assert.deepStrictEqual(parseBrat(ann, text, 'x.ann'), [
    { kind: null, content: [span(0, 9), span(23, 42)], cue: span(18, 22), source: span(10, 17), sourceName: 'Ann Lee' },
    { kind: null, content: [span(54, 56)], cue: span(47, 53), source: null, sourceName: null },
  ]);
  assert.throws(() => parseBrat('T1\tContent 0 999\tx', text, 'bad.ann'), /bad\.ann:1: span 0 999 is outside the text/);
});
