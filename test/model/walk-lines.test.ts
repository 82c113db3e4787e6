import { test } from 'node:test';
import assert from 'node:assert/strict';
import { walkLines } from '../../src/model/walk-lines.ts';

/** The lines walkLines visits, as [line, number] pairs. */
function visited(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  walkLines(text, (from, end, lineNo) => out.push([text.slice(from, end), lineNo]));
  return out;
}

test('walkLines: non-empty lines with their numbers, empty ones counted but not visited', () => {
  const rows: Array<[string, Array<[string, number]>]> = [
    ['', []],
    ['een', [['een', 1]]],
    ['een\n', [['een', 1]]],
    ['een\ntwee', [['een', 1], ['twee', 2]]],
    ['\n\neen\n\ntwee\n', [['een', 3], ['twee', 5]]],
    ['a\tb c\n# x\n', [['a\tb c', 1], ['# x', 2]]],
  ];
  for (const [text, expected] of rows) assert.deepStrictEqual(visited(text), expected, JSON.stringify(text));
});
