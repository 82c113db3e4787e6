import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../src/eval/parse-csv.ts';

test('CSV rows: quoted commas, newlines and doubled quotes stay in the field; \\n, \\r\\n and \\r end rows', () => {
  const cases: Array<[string, string[][]]> = [
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['a\rb', [['a'], ['b']]],
    ['x,"Zij zei: ""ja, morgen""",y\n', [['x', 'Zij zei: "ja, morgen"', 'y']]],
    ['"eerste regel\ntweede regel",z', [['eerste regel\ntweede regel', 'z']]],
    ['a,,\n', [['a', '', '']]],
    ['', []],
  ];
  for (const [source, rows] of cases) assert.deepStrictEqual(parseCsv(source), rows, JSON.stringify(source));
});
